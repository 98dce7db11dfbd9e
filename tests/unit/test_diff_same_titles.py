"""``kehoach diff`` names an activity whose title another activity of the document shares with
what tells it apart — its content area, its group, else its number as printed (STT in a table, its
place in a list or in a program's area) — and an activity of its own title as before. Found by a
trial over a 2027–2029 cycle: "Họp định kỳ" in two content areas, a line said
'"Họp định kỳ": chưa thực hiện → hoàn thành' and the reader could not tell which one was done."""

from __future__ import annotations

from cycle_data import PLAN_2024, PLAN_FILE, PROGRAM, PROGRAM_FILE
from kehoach.diff.documents import compare
from kehoach.diff.sides import Side
from kehoach.io.yamlio import parse

NAMES = {"tinhdoan-ld": "Tỉnh Đoàn", "skhcn-ld": "Sở KH&CN"}.get

# two meetings of one title in two content areas, two of another in one group and one area, a
# third title in two groups
MEETINGS = """\
    - id: hop-tuyen-truyen
      title: Họp định kỳ
      area: tuyen-truyen
      lead: tinhdoan-ld
      time: 2024-06
      status: planned
    - id: hop-khoi-nghiep
      title: Họp định kỳ
      area: khoi-nghiep
      lead: skhcn-ld
      time: 2024-06
      status: planned
    - id: giao-ban-1
      title: Giao ban
      area: sang-tao
      group: Công tác phối hợp
      lead: tinhdoan-ld
      time: 2024-03
    - id: giao-ban-2
      title: Giao ban
      area: sang-tao
      group: Công tác phối hợp
      lead: tinhdoan-ld
      time: 2024-09
    - id: so-ket-1
      title: Sơ kết
      group: Công tác phối hợp
      lead: tinhdoan-ld
      time: 2024-06
    - id: so-ket-2
      title: Sơ kết
      group: Công tác khác
      lead: tinhdoan-ld
      time: 2024-12
    - id: tuyen-duong
"""

PLAN = PLAN_2024.replace("    - id: tuyen-duong\n", MEETINGS, 1)


def _lines(old: str, new: str, *, program: bool = True) -> list[str]:
    before = {PLAN_FILE: parse(PLAN_FILE, old)}
    after = {PLAN_FILE: parse(PLAN_FILE, new)}
    if program:  # changed on one side: the areas' titles are read from it
        before[PROGRAM_FILE] = parse(PROGRAM_FILE, PROGRAM)
        after[PROGRAM_FILE] = parse(PROGRAM_FILE, PROGRAM.replace("Giao ban quý", "Giao ban"))
    result = compare(Side("a", before), Side("b", after), NAMES)
    return [c.text for d in result.documents if d.path == PLAN_FILE for c in d.changes]


def _edit(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def test_a_title_in_two_content_areas_is_named_with_its_area():
    done = _edit(
        PLAN,
        ("      area: khoi-nghiep\n      lead: skhcn-ld\n      time: 2024-06\n      status: planned",
         "      area: khoi-nghiep\n      lead: skhcn-ld\n      time: 2024-07\n      status: done"),
    )  # fmt: skip
    assert _lines(PLAN, done) == [
        'Hạn của "Họp định kỳ" (nội dung "Hỗ trợ thanh niên khởi nghiệp") dời từ tháng 6/2024 '
        "sang tháng 7/2024",
        '"Họp định kỳ" (nội dung "Hỗ trợ thanh niên khởi nghiệp"): chưa thực hiện → hoàn thành',
    ]


def test_a_title_in_one_area_and_group_is_named_by_its_number_in_the_table():
    later = _edit(PLAN, ("      time: 2024-09\n", "      time: 2024-10\n"))
    # the table numbers the activities 1, 2, … on through the groups: "Giao ban" is the 7th row
    assert _lines(PLAN, later) == [
        'Hạn của "Giao ban" (STT 7) dời từ tháng 9/2024 sang tháng 10/2024'
    ]
    # a list prints no such number: the activity's place in it
    listed = PLAN.replace("  layout: table\n", "  layout: list\n", 1)
    assert _lines(listed, listed.replace("      time: 2024-09\n", "      time: 2024-10\n")) == [
        'Hạn của "Giao ban" (hoạt động thứ 7) dời từ tháng 9/2024 sang tháng 10/2024'
    ]


def test_a_title_in_two_groups_is_named_with_its_group():
    noted = _edit(PLAN, ("      time: 2024-12\n", "      time: 2024-12\n      note: Đã họp\n"))
    assert _lines(PLAN, noted) == [
        'Ghi chú của "Sơ kết" (nhóm "Công tác khác"): (trống) → "Đã họp"'
    ]


def test_a_title_of_its_own_is_said_as_before():
    done = _edit(PLAN, ("      budget: 30000000\n      status: planned",
                        "      budget: 30000000\n      status: done"))  # fmt: skip
    assert _lines(PLAN, done) == [
        '"Tập huấn khởi nghiệp cho thanh niên": chưa thực hiện → hoàn thành'
    ]


def test_added_removed_and_renamed_are_named_in_their_own_version():
    # a third "Họp định kỳ" added; one of the two others renamed; a "Giao ban" removed
    edited = _edit(
        PLAN,
        ("      title: Họp định kỳ\n      area: tuyen-truyen",
         "      title: Họp định kỳ quý\n      area: tuyen-truyen"),
        ("    - id: giao-ban-2\n      title: Giao ban\n      area: sang-tao\n"
         "      group: Công tác phối hợp\n      lead: tinhdoan-ld\n      time: 2024-09\n", ""),
        ("    - id: tuyen-duong\n",
         "    - id: hop-sang-tao\n      title: Họp định kỳ\n      area: sang-tao\n"
         "      lead: tinhdoan-ld\n      time: 2024-10\n    - id: tuyen-duong\n"),
    )  # fmt: skip
    assert _lines(PLAN, edited) == [
        # two "Họp định kỳ" in the new version: the one added is told apart by its area
        'Thêm hoạt động "Họp định kỳ" (nội dung "Hỗ trợ thanh niên nghiên cứu, sáng tạo") '
        "(chủ trì Tỉnh Đoàn, tháng 10/2024)",
        # removed: as the old version named it (two "Giao ban" there, one area, one group)
        'Bỏ hoạt động "Giao ban" (STT 7)',
        # renamed: its old title was shared, its new one is not
        'Đổi tên hoạt động "Họp định kỳ" (nội dung "Tuyên truyền về khoa học, công nghệ trong '
        'thanh niên") thành "Họp định kỳ quý"',
    ]


def test_a_move_to_another_area_names_the_area_it_leaves():
    moved = _edit(
        PLAN,
        ("      area: khoi-nghiep\n      lead: skhcn-ld\n      time: 2024-06",
         "      area: sang-tao\n      lead: skhcn-ld\n      time: 2024-06"),
    )  # fmt: skip
    assert _lines(PLAN, moved) == [
        '"Họp định kỳ" (nội dung "Hỗ trợ thanh niên khởi nghiệp"): chuyển sang nội dung '
        '"Hỗ trợ thanh niên nghiên cứu, sáng tạo"'
    ]


def test_titles_cut_to_the_same_words_are_told_apart():
    """Two long titles differing after the 70th character: the lines that cut them (status,
    time…) tell them apart; the lines that say them whole need not."""
    long = "Tổ chức tập huấn nâng cao năng lực ứng dụng khoa học, công nghệ cho cán bộ Đoàn"
    plan = _edit(
        PLAN,
        ("      title: Giao ban\n      area: sang-tao\n      group: Công tác phối hợp\n"
         "      lead: tinhdoan-ld\n      time: 2024-03",
         f"      title: {long} cấp huyện\n      area: sang-tao\n      group: Công tác phối hợp\n"
         "      lead: tinhdoan-ld\n      time: 2024-03"),
        ("      title: Giao ban\n", f"      title: {long} cấp xã\n"),
    )  # fmt: skip
    later = _edit(plan, ("      time: 2024-09\n", "      time: 2024-10\n"))
    (line,) = _lines(plan, later)
    assert line.startswith(
        'Hạn của "Tổ chức tập huấn nâng cao năng lực ứng dụng khoa học, công nghệ'
    )
    assert line.endswith('…" (STT 7) dời từ tháng 9/2024 sang tháng 10/2024'), line
    added = _edit(plan, ("    - id: so-ket-1\n", "    - id: so-ket-0\n"))
    assert _lines(plan, added)[0].startswith('Đổi mã hoạt động "Sơ kết" (nhóm "Công tác phối hợp")')


def test_an_id_changed_is_said_once_with_the_other_changes_of_its_activity():
    """An activity whose id changed, its title kept, is one activity with a new id — the old id
    is what ``carried_from`` and calendar UIDs follow — not one removed and one added; its other
    changes are said as of any activity. Two gone or two added with one title: removed + added."""
    moved = _edit(PLAN, ("    - id: tuyen-duong\n", "    - id: tuyen-duong-2024\n"))
    assert _lines(PLAN, moved) == [
        'Đổi mã hoạt động "Tuyên dương thanh niên tiêu biểu trong ứng dụng khoa học, công nghệ": '
        "tuyen-duong → tuyen-duong-2024 "
        "(nơi ghi mã cũ, như `carried_from`, phải sửa theo)"
    ]
    both = _edit(moved, ("      time: 2024-12\n", "      time: 2024-11\n"))
    lines = _lines(PLAN, both)
    assert lines[0].startswith('Đổi mã hoạt động "Tuyên dương')
    assert any("đưa sớm" in ln for ln in lines[1:]), lines


def test_a_program_s_activities_of_one_title_in_one_area_are_named_by_their_place():
    program = PROGRAM.replace(
        "    title: Hỗ trợ thanh niên khởi nghiệp\n",
        "    title: Hỗ trợ thanh niên khởi nghiệp\n    activities:\n"
        "      - {id: a1, title: Hội thảo, lead: tinhdoan-ld, time: 2024-Q2}\n"
        "      - {id: a2, title: Hội thảo, lead: skhcn-ld, time: 2025-Q2}\n",
        1,
    )
    later = program.replace("time: 2025-Q2}", "time: 2025-Q3}")
    result = compare(
        Side("a", {PROGRAM_FILE: parse(PROGRAM_FILE, program)}),
        Side("b", {PROGRAM_FILE: parse(PROGRAM_FILE, later)}),
        NAMES,
    )
    assert [c.text for d in result.documents for c in d.changes] == [
        'Hạn của "Hội thảo" (nội dung "Hỗ trợ thanh niên khởi nghiệp", hoạt động thứ 2) dời từ '
        "quý II/2025 sang quý III/2025"
    ]


def test_what_an_edit_would_change_names_the_areas_of_the_program_on_disk(tmp_path):
    """``update`` prints its changes in ``diff``'s words from the texts before and after
    (``compare_texts``): the program the plan cites is read from the working tree."""
    from cycle_data import build_cycle
    from kehoach.diff import compare_texts

    root = build_cycle(tmp_path / "kho")
    done = _edit(
        PLAN,
        ("      area: khoi-nghiep\n      lead: skhcn-ld\n      time: 2024-06\n      status: planned",
         "      area: khoi-nghiep\n      lead: skhcn-ld\n      time: 2024-06\n      status: done"),
    )  # fmt: skip
    result = compare_texts(root, {PLAN_FILE: (PLAN, done)}, ("kho", "bảng tính"))
    assert [c.text for d in result.documents for c in d.changes] == [
        '"Họp định kỳ" (nội dung "Hỗ trợ thanh niên khởi nghiệp"): chưa thực hiện → hoàn thành'
    ]


def test_a_done_date_that_is_no_day_is_shown_as_written():
    """``done_date: 2027-02-29`` (no such day): the status line shows it as written, said not to
    be valid — before, "hoàn thành (ngày 28/4/2027) → hoàn thành", as if the date were removed."""
    from kehoach.diff.fields import status_text

    assert status_text({"status": "done", "done_date": "2027-02-29"}) == (
        'hoàn thành (ngày "2027-02-29", không hợp lệ)'
    )
    assert (
        status_text({"status": "done", "done_date": "2027-04-28"}) == "hoàn thành (ngày 28/4/2027)"
    )
