"""What a trial of documents typed by offices found (session 14), each read back right: a time
typed "Trong năm", "Cả năm" (the whole plan year, printed in the office's words), "Hằng năm" in a
program (no yearly time for an activity in the format: kept as words with a TODO that says so),
lines under an activity numbered by Word ("a)", "2.1.": printed with their numbers, not as "+"
bullets or bare paragraphs)."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from kehoach.render.document import render
from kehoach.validate.run import run_validate

from . import wordmake as wm
from .test_word_contents import _plan


def _reprinted(got, repo, name: str = "nhap.yaml") -> str:
    """The draft ``got`` rendered again as txt, from a copy in ``repo``."""
    path = repo / "plans" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run_validate([str(path)], use_cache=False, need_repo=True)
    assert [p for p in result.problems if p.level == "error" and p.path.endswith(name)] == []
    (doc,) = [d for d in result.repo.documents if d.path.endswith(name)]
    return render(doc, result.repo, "txt").decode("utf-8")


WHOLE_YEAR = ["Trong năm", "Cả năm", "Trong năm 2023", "Suốt năm"]


def test_the_whole_year_in_the_offices_words_is_printed_so(word_repo, import_word):
    """'Trong năm', 'Cả năm', 'Trong năm 2023', 'Suốt năm' in the time column of an annual plan:
    tracked over the plan's year (``time: 2023``) and printed as typed, in the time cell — before,
    'Trong năm' printed 'Năm 2023', and 'Cả năm' both in the content cell and as 'Năm 2023'."""
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]]
    rows += [[str(n), f"Hoạt động {n}", "Thành Đoàn", t] for n, t in enumerate(WHOLE_YEAR, 1)]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    acts = got.activities()
    assert [a["time"] for a in acts] == [2023] * 4
    assert [a["details"] for a in acts] == [[f"Thời gian: {t}"] for t in WHOLE_YEAR]
    assert "# TODO" not in got.text  # read exactly: nothing to check
    text = _reprinted(got, word_repo)
    assert "Năm 2023" not in text
    for t in WHOLE_YEAR:
        assert text.count(f"Thời gian: {t}\n") == 1, t  # in the time cell, once


def test_the_whole_year_of_a_detailed_list_is_printed_so(word_repo, import_word):
    """'- Thời gian: Trong năm.' under a lettered activity: the line prints as typed."""

    def contents(d):
        wm.para(d, "1. Công tác tuyên truyền", bold=True)
        wm.para(d, "a) Tuyên truyền trên mạng xã hội")
        wm.para(d, "- Thời gian: Trong năm.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")
        wm.para(d, "b) Tọa đàm về chuyển đổi số")
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first = got.activities()[0]
    assert first["time"] == 2023 and first["details"] == ["Thời gian: Trong năm."]
    text = _reprinted(got, word_repo)
    assert "- Thời gian: Trong năm." in text and "Năm 2023" not in text


def test_a_yearly_time_of_a_program_spans_its_years_and_prints_as_typed(
    word_repo, import_word, monkeypatch
):
    """'Hằng năm', 'Định kỳ hằng năm' as the time of a program's activity: tracked over the
    program's years (``time: 2023..2025``; each year's plan carries it out, ``new plan`` copying
    it) and printed as typed — before, no ``time`` at all (``due`` and ``new plan`` saw nothing),
    and earlier still a TODO saying the words could not be read as a time."""
    from .test_word_program import _program

    grid = wm.grid_table
    times = ["Hằng năm", "Định kỳ hằng năm"]

    def yearly_times(d, rows, **kw):
        return grid(
            d, [rows[0]] + [[*r[:4], t] for r, t in zip(rows[1:], times, strict=True)], **kw
        )

    monkeypatch.setattr(wm, "grid_table", yearly_times)
    got = import_word(_program(table=True), word_repo, kind="program")
    acts = got.data["areas"][0]["activities"]
    assert [a.get("time") for a in acts] == ["2023..2025", "2023..2025"]
    assert [a["details"] for a in acts] == [[f"Thời gian: {t}"] for t in times]
    assert "lặp lại hằng năm" not in got.text  # nothing left to do
    printed = _reprinted(got, word_repo, "ct.yaml")
    assert "Hằng năm" in printed and "Định kỳ hằng năm" in printed


def _lines(d, texts: list[str], levels: list[tuple[str, str]]) -> None:
    """``texts`` as paragraphs of a new list numbered by Word (not typed)."""
    num = wm.numbering(d, levels)
    for text in texts:
        wm.numbered(d, text, num)


def test_lettered_lines_of_an_activity_keep_their_letters(word_repo, import_word):
    """'1. Tổ chức Hội thi' then its lines lettered by Word 'a) Thời gian: …', 'b) Đơn vị chủ trì:
    …': the fields are read (``time``, ``lead``, ``place``) and the lines print with their letters —
    before, they printed as '+ Thời gian: …' bullets."""

    def contents(d):
        wm.para(d, "1. Tổ chức Hội thi sáng tạo", bold=True)
        _lines(d, ["Thời gian: Quý II/2023.", "Đơn vị chủ trì: Thành Đoàn.",
                   "Địa điểm: Cung Thanh niên."], [("lowerLetter", "%1)")])  # fmt: skip
        wm.para(d, "2. Tập huấn kỹ năng", bold=True)
        _lines(d, ["Thời gian: Tháng 9/2023.", "Đơn vị chủ trì: Thành Đoàn."],
               [("lowerLetter", "%1)")])  # fmt: skip

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.activities()
    assert (first["time"], first["lead"], first["place"]) == ("2023-Q2", "tdhn", "Cung Thanh niên")
    assert second["time"] == "2023-09"
    text = _reprinted(got, word_repo)
    for line in ("a) Thời gian: Quý II/2023.", "b) Đơn vị chủ trì: Thành Đoàn.",
                 "c) Địa điểm: Cung Thanh niên.", "a) Thời gian: Tháng 9/2023."):  # fmt: skip
        assert f"\n{line}\n" in text, line
    assert "+ Thời gian" not in text and text.count("Thời gian: Quý II/2023") == 1


def test_lettered_lines_keep_the_order_they_were_typed_in(word_repo, import_word):
    """'a) Thời gian', 'b) Địa điểm', 'c) Đơn vị chủ trì': printed in that order — before, in
    kehoach's own order of the fields, which read 'a), c), b)' (trial 14b)."""

    def contents(d):
        wm.para(d, "1. Tổ chức Hội thi sáng tạo", bold=True)
        _lines(d, ["Thời gian: Quý II/2023.", "Địa điểm: Cung Thanh niên.",
                   "Đơn vị chủ trì: Thành Đoàn."], [("lowerLetter", "%1)")])  # fmt: skip

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    text = _reprinted(got, word_repo)
    a, b, c = (text.index(f"\n{x}) ") for x in "abc")
    assert a < b < c, text
    assert "b) Địa điểm: Cung Thanh niên." in text and "c) Đơn vị chủ trì: Thành Đoàn." in text


def test_a_numbered_list_under_an_activity_keeps_its_numbers(word_repo, import_word):
    """'2.1.', '2.2.' by Word under the activity '2. Tập huấn kỹ năng' (before its lines): details
    printed with their numbers — before, the numbers were lost (bare paragraphs)."""

    def contents(d):
        wm.para(d, "1. Tổ chức Hội thi sáng tạo", bold=True)
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")
        wm.para(d, "2. Tập huấn kỹ năng", bold=True)
        wm.para(d, "Nội dung tập huấn:")
        _lines(d, ["Kỹ năng tổ chức hoạt động;", "Kỹ năng truyền thông."], [("decimal", "2.%1.")])
        wm.para(d, "- Thời gian: Tháng 9/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    second = got.activities()[1]
    assert second["details"] == [
        "Nội dung tập huấn:", "2.1. Kỹ năng tổ chức hoạt động;", "2.2. Kỹ năng truyền thông."
    ]  # fmt: skip
    assert "2.2. Kỹ năng truyền thông." in _reprinted(got, word_repo)


def test_a_numbered_list_in_an_activity_cell_keeps_its_letters(word_repo, import_word):
    """Paragraphs lettered by Word under the activity's name in the Nội dung cell: details 'a) …',
    'b) …' as typed ones are — before, the letters were lost."""

    def contents(d):
        t = wm.grid_table(d, [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
                              ["1", "Tổ chức Hội thi sáng tạo", "Thành Đoàn", "Quý II/2023"],
                              ["2", "Tập huấn", "Thành Đoàn", "Tháng 9/2023"]])  # fmt: skip
        num = wm.numbering(d, [("lowerLetter", "%1)")])
        for text in ("Vòng sơ khảo tại các cơ sở;", "Vòng chung khảo cấp thành phố."):
            p = wm.para(d, text, container=t.cell(1, 1))
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
            ))  # fmt: skip

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first = got.activities()[0]
    assert first["title"] == "Tổ chức Hội thi sáng tạo"
    assert first["details"] == [
        "a) Vòng sơ khảo tại các cơ sở;",
        "b) Vòng chung khảo cấp thành phố.",
    ]
    assert "b) Vòng chung khảo cấp thành phố." in _reprinted(got, word_repo)


def _nested_recipients(d, rows: list[tuple[list[str], list[str]]]) -> None:
    """The signature table with its Nơi nhận typed in a table inside the left cell: each row the
    recipients (lines of the left cell) and, right, the brace and purpose lines."""
    t = d.add_table(rows=1, cols=2)
    left = t.cell(0, 0)
    wm.cell_lines(left, [("Nơi nhận:", True)], center=False)
    inner = left.add_table(rows=len(rows), cols=2)
    for r, (names, label) in enumerate(rows):
        wm.cell_lines(inner.cell(r, 0), [(n, False) for n in names], center=False)
        if label:
            wm.cell_lines(inner.cell(r, 1), [(x, False) for x in label], center=False)
    left.add_paragraph()  # Word keeps a paragraph after a table in a cell
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip


def plan_opening(d) -> None:
    """A plan's header, title and body, up to where its signature and Nơi nhận begin."""
    from . import samples

    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.para(d, "- Thành Đoàn tổ chức Ngày hội.")


def _plan_with_recipients(rows) -> bytes:
    d = wm.new()
    plan_opening(d)
    _nested_recipients(d, rows)
    return wm.save(d)


def test_recipients_in_a_nested_table_keep_their_braces_and_purposes(word_repo, import_word):
    """Nơi nhận in a table inside the signature table's cell, a row per group: recipients left,
    '}' and 'để b/c' / 'để thực hiện' right — groups with their purposes, as for braces typed
    after a tab; before, each row became one recipient ('Ban Bí thư TW Đoàn; - Thường trực Thành
    ủy') and the purposes were lost."""
    rows = [
        (["- Ban Bí thư TW Đoàn;", "- Thường trực Thành ủy;"], ["}", "để b/c"]),
        (["- Các quận, huyện, thị đoàn;", "- Các cơ sở Đoàn trực thuộc;", "- Ban Phong trào;"],
         ["} để thực hiện"]),
        (["- Lưu: VP, BPT."], []),
    ]  # fmt: skip
    got = import_word(_plan_with_recipients(rows), word_repo)
    assert got.data["recipients"] == {
        "groups": [
            {"purpose": "b/c", "items": ["Ban Bí thư TW Đoàn", "Thường trực Thành ủy"]},
            {"purpose": "t/h", "items": ["Các quận, huyện, thị đoàn", "Các cơ sở Đoàn trực thuộc",
                                         "Ban Phong trào"]},
        ],
        "archive": ["VP", "BPT"],
    }  # fmt: skip
    assert "# TODO" not in got.text.split("recipients:")[1]


def test_recipients_one_per_row_of_a_nested_table_with_brace_glyphs(word_repo, import_word):
    """A row per recipient, the brace typed as '}' in each row of a group, the purpose against one
    of them: the groups are found as for braces typed after a tab."""
    rows = [
        (["- Ban Bí thư TW Đoàn;"], ["}"]),
        (["- Thường trực Thành ủy;"], ["} để b/c"]),
        (["- Các quận, huyện, thị đoàn;"], ["}"]),
        (["- Các cơ sở Đoàn trực thuộc;"], ["} để t/h"]),
        (["- Lưu: VP."], []),
    ]
    got = import_word(_plan_with_recipients(rows), word_repo)
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["Ban Bí thư TW Đoàn", "Thường trực Thành ủy"]},
        {"purpose": "t/h", "items": ["Các quận, huyện, thị đoàn", "Các cơ sở Đoàn trực thuộc"]},
    ]


def test_words_beside_a_nested_group_that_name_no_purpose_are_kept(word_repo, import_word):
    """'} để phối hợp, theo dõi' beside a group: no purpose kehoach prints, so the words follow
    the group's last recipient — never dropped."""
    rows = [
        (["- Các quận, huyện, thị đoàn;", "- Các cơ sở Đoàn trực thuộc;"],
         ["}", "để phối hợp, theo dõi"]),
        (["- Lưu: VP."], []),
    ]  # fmt: skip
    got = import_word(_plan_with_recipients(rows), word_repo)
    assert got.data["recipients"]["groups"] == [
        {"items": ["Các quận, huyện, thị đoàn",
                   "Các cơ sở Đoàn trực thuộc (để phối hợp, theo dõi)"]},
    ]  # fmt: skip


def _signature_area(text: str) -> str:
    return text[text.index("./.") : text.index("Nơi nhận")]


def test_joint_blocks_print_no_body_line_the_source_did_not_type(word_repo, import_word):
    """A joint program signed 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC' beside 'TM. BAN THƯỜNG VỤ THÀNH
    ĐOÀN', no body's name typed above either block: ``above: ""`` on the Sở's block, and the draft
    printed again has no 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' over it — before, kehoach added the line (its
    rule for blocks side by side), which the source did not have."""
    from .test_word_program import _program

    got = import_word(_program(), word_repo, kind="program")
    state, doan = got.data["signers"]
    assert state["above"] == "" and "above" not in doan
    area = _signature_area(_reprinted(got, word_repo, "ct.yaml"))
    assert "SỞ KHOA HỌC" not in area and "KT. GIÁM ĐỐC" in area


def test_joint_blocks_keep_the_body_line_the_source_typed(word_repo, import_word):
    """The same blocks with 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' typed above 'KT. GIÁM ĐỐC': the line
    kehoach prints is that one — no ``above``, and the line printed again."""
    from .test_word_program import _program

    def tail(d):
        t = d.add_table(rows=1, cols=2)
        wm.cell_lines(t.cell(0, 0), [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("KT. GIÁM ĐỐC", True),
                                     ("PHÓ GIÁM ĐỐC", True), ("Trần Thị Mai", True)])  # fmt: skip
        wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                     ("Nguyễn Văn Hùng", True)])  # fmt: skip
        wm.para(d, "Nơi nhận:", bold=True, italic=True)
        wm.para(d, "- Lưu: VT.")

    got = import_word(_program(tail=tail), word_repo, kind="program")
    assert all("above" not in s for s in got.data["signers"])
    area = _signature_area(_reprinted(got, word_repo, "ct.yaml"))
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in area


def test_a_yearly_time_in_an_annual_plan_is_the_plan_s_year(word_repo, import_word):
    """'Hằng năm' in a plan of one year: that year, printed as typed."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Tổng kết công tác Đoàn", "Văn phòng", "Hằng năm"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    (act,) = got.data["contents"]["activities"]
    assert (act["time"], act["details"]) == (2023, ["Thời gian: Hằng năm"])


def test_a_table_under_a_subheading_keeps_its_groups_and_prints_no_total_never_typed(
    word_repo, import_word
):
    """'2. Các hoạt động' holding the activity table: its group rows are the activities' groups
    and, with budgets but no Tổng cộng row, ``print_total: false`` — as for a table right under
    the section (before: kehoach printed a Tổng cộng row the document never had, trial 14b)."""
    from .test_word_contents import ROWS, _plan

    def contents(d):
        wm.para(d, "1. Đối tượng: đoàn viên, thanh niên.")
        wm.para(d, "2. Các hoạt động", bold=True)
        rows = [ROWS[0], ["I. Tuyên truyền", "", "", "", "", ""], ROWS[1], ROWS[2]]
        t = wm.grid_table(d, rows)
        t.cell(1, 0).merge(t.cell(1, 5))

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    part = got.data["contents"]
    assert part["print_total"] is False
    assert [a.get("group") for a in part["activities"]] == ["Tuyên truyền", "Tuyên truyền"]


def test_numbered_activities_are_printed_numbered_again(word_repo, import_word):
    """'1. Lễ ra quân …', '2. Ngày hội …', each with its lines: ``activities_style: number``, and
    the print numbers them '1.', '2.' — before, '- Lễ ra quân …' (trial 14b)."""

    def contents(d):
        wm.para(d, "1. Lễ ra quân Tháng Thanh niên", bold=True)
        wm.para(d, "- Thời gian: Tháng 3/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")
        wm.para(d, "2. Ngày hội việc làm", bold=True)
        wm.para(d, "- Thời gian: Tháng 4/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.data["contents"]["activities_style"] == "number"
    text = _reprinted(got, word_repo)
    assert "\n1. Lễ ra quân Tháng Thanh niên\n" in text and "\n2. Ngày hội việc làm\n" in text
    assert "- Lễ ra quân" not in text


def test_a_stacked_authority_keeps_the_body_named_under_it(word_repo, import_word):
    """'TM. BAN THƯỜNG VỤ' / 'HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH':
    the line above the block's own authority keeps the body's name typed under it (before, the
    name was dropped, ``above: TM. BAN THƯỜNG VỤ``, and the printed block said not whose Ban
    Thường vụ signs)."""
    from .test_word_program import _program

    def tail(d):
        t = d.add_table(rows=1, cols=2)
        wm.cell_lines(t.cell(0, 0), [("TM. BAN THƯỜNG VỤ", True),
                                     ("HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ", True),
                                     ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True),
                                     ("Lê Văn Nam", True)])  # fmt: skip
        wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                     ("Nguyễn Văn Hùng", True)])  # fmt: skip
        wm.para(d, "Nơi nhận:", bold=True, italic=True)
        wm.para(d, "- Lưu: VT.")

    got = import_word(_program(tail=tail), word_repo, kind="program")
    first = got.data["signers"][0]
    assert first["above"] == "TM. BAN THƯỜNG VỤ HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ"
    assert (first["authority"], first["title"]) == ("KT.", "PHÓ CHỦ TỊCH")
    area = " ".join(_signature_area(_reprinted(got, word_repo, "ct.yaml")).split())
    assert "HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ" in area
