"""A coordination program typed in Word: the duties of each party under headings that name the
party as people write it (without the province), and the reviews set in a "TỔ CHỨC THỰC HIỆN"
section's sentences; its KINH PHÍ section read as the program's ``budget``."""

from __future__ import annotations

import io

import docx
import pytest

from kehoach.render.document import render
from kehoach.validate.run import run_validate

from . import wordmake as wm
from .samples import STATE_RIGHT
from .test_word_layouts import JOINT_LEFT


def _program(
    points: bool = False,
    budget: bool = False,
    areas: bool = True,
    duties_heading: str = "1. Sở Khoa học và Công nghệ",
    reviews: str
    | list[str] = "- Hằng năm, hai bên tổ chức sơ kết việc thực hiện Chương trình; kết "
    "thúc giai đoạn tổ chức tổng kết.",
    common: str = "",
    intros: bool = False,
    lettered: bool = False,
    tail=None,
    extra_reviews: bool = False,
    follow: str = "- Giao Văn phòng Thành Đoàn làm đầu mối theo dõi.",
    table: bool | list[list[str]] = False,
) -> bytes:
    d = wm.new()
    wm.header_table(d, JOINT_LEFT, STATE_RIGHT, "Số: 12-CTr/TĐTN-SKHCN",
                    "Hà Nội, ngày 20 tháng 01 năm 2023")  # fmt: skip
    wm.para(d, "CHƯƠNG TRÌNH PHỐI HỢP", bold=True, center=True)
    wm.para(d, "giữa Thành Đoàn và Sở Khoa học và Công nghệ giai đoạn 2023 - 2025", bold=True,
            center=True)  # fmt: skip
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Phát huy vai trò của thanh niên trong khoa học, công nghệ.")
    if areas:
        wm.para(d, "II. NỘI DUNG PHỐI HỢP", bold=True)
        if intros:  # the section's own words before its first area
            wm.para(d, "Hai bên thống nhất phối hợp các nội dung sau:")
            wm.para(d, "- Trong phạm vi chức năng, nhiệm vụ của mỗi bên.")
        wm.para(d, "1. Tuyên truyền, phổ biến kiến thức khoa học", bold=True)
        if points:  # the area's points typed a), b): an area prints no item style
            wm.para(d, "a) Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên;")
            wm.para(d, "b) Biên soạn tài liệu phổ biến kiến thức.")
        else:
            wm.para(d, "- Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên.")
        if table is True:  # the area's activities, as a table
            wm.grid_table(d, [["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
                              ["1", "Diễn đàn khoa học trẻ", "Thành đoàn", "Sở KH&CN", "Quý II/2023"],
                              ["2", "Biên soạn tài liệu", "Sở KH&CN", "Thành đoàn", "Tháng 9/2023"]])  # fmt: skip
        elif table:
            wm.grid_table(d, table)
    wm.para(d, "III. TRÁCH NHIỆM CỦA CÁC BÊN", bold=True)
    if intros:
        wm.para(d, "Hai bên thống nhất phân công như sau:")
    if common:  # the duties of both parties first, as programs often begin
        wm.para(d, f"1. {common}", bold=True)
        wm.para(d, "- Phối hợp xây dựng kế hoạch hằng năm.")
        wm.para(d, "- Trao đổi thông tin, sơ kết việc thực hiện.")
        duties_heading = "2. Sở Khoa học và Công nghệ"
    wm.para(d, duties_heading, bold=True)
    if lettered:
        wm.para(d, "a) Cử chuyên gia tư vấn, phản biện;")
        wm.para(d, "b) Hỗ trợ kinh phí giải thưởng.")
    else:
        wm.para(d, "- Cử chuyên gia tư vấn, phản biện.")
    wm.para(d, f"{3 if common else 2}. Thành đoàn thành phố", bold=True)
    wm.para(d, "- Chỉ đạo các cấp bộ Đoàn triển khai thực hiện.")
    if budget:
        wm.para(d, "IV. KINH PHÍ THỰC HIỆN", bold=True)
        wm.para(d, "Kinh phí thực hiện Chương trình từ nguồn kinh phí hoạt động của mỗi bên.")
        wm.para(d, "- Giải thưởng Hội thi: 30.000.000 đồng (ngân sách sự nghiệp khoa học).")
        wm.para(d, "Tổng kinh phí: 30.000.000 đồng (Bằng chữ: Ba mươi triệu đồng).")
    wm.para(d, "V. TỔ CHỨC THỰC HIỆN" if budget else "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    for line in [reviews] if isinstance(reviews, str) else reviews:
        wm.para(d, line)
    if extra_reviews:  # the reviews said under a section of another name
        wm.para(d, "VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO", bold=True)
        wm.para(d, "- Các bên trao đổi thông tin định kỳ hằng quý.")
        wm.para(d, "VII. TỔ CHỨC SƠ KẾT", bold=True)
        wm.para(d, "Hằng năm tổ chức sơ kết 6 tháng vào tháng 7, tổng kết vào tháng 12.")
    if follow:
        wm.para(d, follow)
    if tail is not None:  # the signature area typed otherwise
        tail(d)
        return wm.save(d)
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")
    return wm.save(d)


def test_duties_under_the_names_people_write(word_repo, import_word):
    got = import_word(_program(), word_repo, kind="program")
    assert got.errors == []
    duties = got.data["duties"]
    assert [d["org"] for d in duties] == ["skhcn-hn", "tdhn"]
    assert duties[0]["items"] == ["Cử chuyên gia tư vấn, phản biện."]
    assert "extra_sections" not in got.data


@pytest.mark.parametrize("title", ["Trách nhiệm chung", "Trách nhiệm của hai bên"])
def test_duties_common_to_the_parties(word_repo, import_word, title):
    """A first subsection "1. Trách nhiệm chung" before each party's: ``duties_common`` — before,
    the whole section was kept as an extra section, and `who` found no duty of either party."""
    got = import_word(_program(common=title), word_repo, kind="program")
    assert got.errors == []
    common = {"items": ["Phối hợp xây dựng kế hoạch hằng năm.",
                        "Trao đổi thông tin, sơ kết việc thực hiện."]}  # fmt: skip
    if title != "Trách nhiệm chung":
        common = {"title": title, **common}
    assert got.data["duties_common"] == common
    assert [d["org"] for d in got.data["duties"]] == ["skhcn-hn", "tdhn"]
    assert "extra_sections" not in got.data


def test_the_words_of_a_section_before_its_subsections_stay_in_place(word_repo, import_word):
    """The words under "II. NỘI DUNG PHỐI HỢP" and "III. TRÁCH NHIỆM CỦA CÁC BÊN" before their
    first subsection: ``areas_intro``, ``duties_intro``, printed where they were typed — before,
    the duties' were lost without a word, the areas' moved to a section at the end ("Nội dung
    chưa xếp được"), and an item under the areas' title was lost too."""
    got = import_word(_program(intros=True), word_repo, kind="program")
    assert got.errors == []
    assert got.data["areas_intro"] == {
        "paragraphs": ["Hai bên thống nhất phối hợp các nội dung sau:"],
        "items": ["Trong phạm vi chức năng, nhiệm vụ của mỗi bên."],
    }
    assert got.data["duties_intro"] == {"paragraphs": ["Hai bên thống nhất phân công như sau:"]}
    assert "extra_sections" not in got.data
    assert [d["org"] for d in got.data["duties"]] == ["skhcn-hn", "tdhn"]


def test_a_dutys_lettered_points_keep_their_letters(word_repo, import_word):
    """A party's duties typed a), b): kept as typed (a duty prints no item style) — before, they
    printed as '-' items."""
    got = import_word(_program(lettered=True), word_repo, kind="program")
    assert got.data["duties"][0] == {
        "org": "skhcn-hn",
        "title": "Sở Khoa học và Công nghệ",
        "paragraphs": ["a) Cử chuyên gia tư vấn, phản biện;", "b) Hỗ trợ kinh phí giải thưởng."],
    }


def test_a_program_without_a_content_section_gives_a_valid_draft(word_repo, import_word):
    """No "NỘI DUNG PHỐI HỢP" section (the parties' duties say it all): ``areas`` is required,
    so the draft holds one area to fill in, with a TODO — before, it failed its schema (KH201)
    and was marked as an error."""
    got = import_word(_program(areas=False), word_repo, kind="program")
    assert got.errors == [] and not [p for p in got.file.problems if p.level == "error"]
    assert got.data["areas"] == [{"id": "noi-dung", "title": "TODO: nội dung phối hợp"}]
    assert "văn bản không có mục nội dung phối hợp" in got.text
    assert [d["org"] for d in got.data["duties"]] == ["skhcn-hn", "tdhn"]
    # the summary counts the places to fill as the KH418 warnings printed above it name them
    said = [p for p in got.file.problems if p.code == "KH418"]
    assert said and got.file.todos == len(said)


def test_reviews_set_in_the_implementation_section(word_repo, import_word):
    got = import_word(_program(), word_repo, kind="program")
    reviews = got.data["reviews"]
    assert reviews["title"] == "TỔ CHỨC THỰC HIỆN"
    assert reviews["items"][1] == "Giao Văn phòng Thành Đoàn làm đầu mối theo dõi."
    assert [(s["kind"], s.get("every")) for s in reviews["schedule"]] == [
        ("interim", "year"),
        ("final", None),
    ]
    assert "print_schedule" not in reviews  # tracked only: the sentences print as written


def test_the_month_a_review_sentence_gives_is_kept(word_repo, import_word):
    """ "sơ kết 6 tháng vào tháng 7" is one review a year, in July: before, it became ``every:
    half`` (June and December), and `due` asked for a review in months nobody holds one."""
    got = import_word(
        _program(reviews="- Hằng năm, tổ chức sơ kết 6 tháng đầu năm vào tháng 7; năm 2024 sơ kết "
                 "giữa giai đoạn; kết thúc giai đoạn tổ chức tổng kết."),
        word_repo,
        kind="program",
    )  # fmt: skip
    assert got.errors == []
    schedule = got.data["reviews"]["schedule"]
    assert [{k: v for k, v in s.items() if k != "id"} for s in schedule] == [
        {"kind": "interim", "title": "Sơ kết giữa kỳ", "time": 2024},
        {"kind": "interim", "title": "Sơ kết 6 tháng", "every": "year", "month": 7},
        {"kind": "final", "title": "Tổng kết", "time": "2025-Q4"},
    ]
    assert 'suy ra từ câu "Hằng năm, tổ chức sơ kết 6 tháng' in got.text  # a TODO still says it


def test_numbered_sentences_of_the_reviews_section_keep_their_numbers(word_repo, import_word):
    """'1. …', '2. …' under "TỔ CHỨC THỰC HIỆN": the numbers kept as typed — before, the draft
    had ``reviews.item_style`` (KH202: the section has no item style), was invalid and could not
    be printed."""
    lines = [
        "1. Hằng năm, các bên xây dựng kế hoạch phối hợp cụ thể, ban hành trước ngày 31/01.",
        "2. Hằng năm tổ chức sơ kết 6 tháng vào tháng 7.",
        "3. Chương trình có hiệu lực kể từ ngày ký.",
    ]
    got = import_word(_program(reviews=lines, follow=""), word_repo, kind="program")
    assert got.errors == []
    reviews = got.data["reviews"]
    assert reviews["paragraphs"] == lines and "item_style" not in reviews
    assert [s["title"] for s in reviews["schedule"]] == ["Sơ kết 6 tháng"]


def test_a_key_the_reader_should_not_write_leaves_a_valid_draft(
    word_repo, import_word, monkeypatch
):
    """Whatever a reader slips (here: an item style left in the reviews, as before the fix
    above), the draft stays valid: the key goes into a TODO (KH202 mended)."""
    from kehoach.exchange.importer import program_map

    read = program_map.reviews
    monkeypatch.setattr(
        program_map, "reviews", lambda *a, **kw: {**read(*a, **kw), "item_style": "number"}
    )
    got = import_word(_program(), word_repo, kind="program")
    assert got.errors == []
    assert "item_style" not in got.data["reviews"]
    assert "văn bản ghi item_style: number" in got.text


def test_reviews_said_in_another_section_are_tracked(word_repo, import_word):
    """A section "CHẾ ĐỘ THÔNG TIN, BÁO CÁO" takes the reviews' place; the sentences of "TỔ CHỨC
    THỰC HIỆN" (kept as an extra section) still give the schedule, tracked only — before, `due`
    knew no review of the program."""
    got = import_word(
        _program(reviews=["- Chương trình có hiệu lực kể từ ngày ký."], extra_reviews=True),
        word_repo,
        kind="program",
    )
    assert got.errors == []
    reviews = got.data["reviews"]
    assert reviews["title"] == "CHẾ ĐỘ THÔNG TIN, BÁO CÁO"
    assert reviews["print_schedule"] is False
    assert [(s["title"], s.get("every"), s.get("month")) for s in reviews["schedule"]] == [
        ("Tổng kết năm", "year", None), ("Sơ kết 6 tháng", "year", 7)
    ]  # fmt: skip
    assert "(ở mục khác)" in got.text


def test_an_activity_table_of_an_area_gives_its_activities(word_repo, import_word):
    """A table of activities under an area of a program: the area's ``activities`` (``due`` and
    ``who`` follow them) — before, its rows became paragraphs joined with '|'."""
    got = import_word(_program(table=True), word_repo, kind="program")
    assert got.errors == []
    area = got.data["areas"][0]
    assert [(a["title"], a["lead"], a.get("support"), a["time"]) for a in area["activities"]] == [
        ("Diễn đàn khoa học trẻ", "tdhn", ["skhcn-hn"], "2023-Q2"),
        ("Biên soạn tài liệu", "skhcn-hn", ["tdhn"], "2023-09"),
    ]
    assert not any("|" in p for p in area.get("paragraphs") or [])
    # printed back as the document had them: a table under the area, not kehoach's list
    assert area["layout"] == "table"
    draft = word_repo / "programs" / "ctph.yaml"
    draft.parent.mkdir()
    draft.write_text(got.text, encoding="utf-8")
    result = run_validate([str(draft)], use_cache=False, need_repo=True)
    (doc,) = [d for d in result.repo.documents if d.path.endswith(draft.name)]
    body = docx.Document(io.BytesIO(render(doc, result.repo, "docx")))
    (table,) = [t for t in body.tables if t.rows[0].cells[0].text == "TT"]  # as typed
    assert [r.cells[1].text for r in table.rows[1:]] == [
        "Diễn đàn khoa học trẻ",
        "Biên soạn tài liệu",
    ]


def test_an_area_table_keeps_the_column_titles_typed(word_repo, import_word):
    """An area's table typed 'STT | Nội dung công việc | Đơn vị thực hiện | Thời gian hoàn
    thành': ``columns`` of the area, printed with those four columns (before: 'STT | Nội dung |
    Chủ trì | Phối hợp | Thời gian', five columns, as no area had ``columns``)."""
    rows = [
        ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        ["1", "Diễn đàn khoa học trẻ", "Thành đoàn chủ trì, phối hợp với Sở KH&CN", "Quý II/2023"],
        ["2", "Biên soạn tài liệu", "Sở KH&CN", "Tháng 9/2023"],
    ]
    got = import_word(_program(table=rows), word_repo, kind="program")
    assert got.errors == []
    area = got.data["areas"][0]
    assert area["columns"] == {
        "title": "Nội dung công việc",
        "units": "Đơn vị thực hiện",
        "time": "Thời gian hoàn thành",
    }
    draft = word_repo / "programs" / "ctph.yaml"
    draft.parent.mkdir()
    draft.write_text(got.text, encoding="utf-8")
    result = run_validate([str(draft)], use_cache=False, need_repo=True)
    assert [p for p in result.problems if p.level == "error"] == []
    (doc,) = [d for d in result.repo.documents if d.path.endswith(draft.name)]
    body = docx.Document(io.BytesIO(render(doc, result.repo, "docx")))
    (table,) = [t for t in body.tables if t.rows[0].cells[0].text == "STT"]
    assert [c.text for c in table.rows[0].cells] == rows[0]
    assert [c.text for c in table.rows[2].cells] == ["2", "Biên soạn tài liệu", "Sở KH&CN",
                                                     "Tháng 9/2023"]  # fmt: skip


BUDGETED = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (đồng)"],
    ["1", "Diễn đàn khoa học trẻ", "Thành đoàn", "Sở KH&CN", "Quý II/2023", "20.000.000"],
    ["2", "Biên soạn tài liệu", "Sở KH&CN", "Thành đoàn", "Tháng 9/2023", "10.000.000"],
]


@pytest.mark.parametrize("total", [False, True])
def test_an_area_table_without_a_total_row_is_printed_without_one(word_repo, import_word, total):
    """An area's activity table with budgets and no "Tổng cộng" row: ``print_total: false``, so
    the reprint adds no total the parties never signed; with one, kehoach prints it as well."""
    rows = [*BUDGETED, ["", "Tổng cộng", "", "", "", "30.000.000"]] if total else BUDGETED
    got = import_word(_program(table=rows), word_repo, kind="program")
    assert got.errors == []
    area = got.data["areas"][0]
    assert [a.get("budget") for a in area["activities"]] == [20_000_000, 10_000_000]
    assert area["layout"] == "table" and area.get("print_total") is (None if total else False)


def test_a_symbol_with_a_small_letter_is_read_whole(word_repo, import_word):
    """'12-CTr/TĐTN-SKHCN' (CTr: Chương trình, Decree 30 Phụ lục III): the whole symbol, nothing
    left over as unplaced text."""
    got = import_word(_program(), word_repo, kind="program")
    assert got.data["symbol"] == "CTr/TĐTN-SKHCN"


def test_an_areas_points_typed_a_b_keep_their_letters(word_repo, import_word):
    got = import_word(_program(points=True), word_repo, kind="program")
    assert got.result.files[0].problems == [] or all(
        p.level != "error" for p in got.result.files[0].problems
    )
    area = got.data["areas"][0]
    assert "item_style" not in area and "items" not in area
    assert area["paragraphs"] == [
        "a) Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên;",
        "b) Biên soạn tài liệu phổ biến kiến thức.",
    ]


def test_the_budget_section_is_the_programs_budget(word_repo, import_word):
    """A program's KINH PHÍ section: ``budget`` (not an extra section printed after the focal
    points), its amounts read as in a plan, the other sections still found."""
    got = import_word(_program(budget=True), word_repo, kind="program")
    assert got.errors == []
    assert got.data["budget"] == {
        "title": "KINH PHÍ THỰC HIỆN",
        "paragraphs": ["Kinh phí thực hiện Chương trình từ nguồn kinh phí hoạt động của mỗi bên."],
        "lines": [
            {
                "item": "Giải thưởng Hội thi",
                "amount": 30000000,
                "source": "ngân sách sự nghiệp khoa học",
            },
        ],  # fmt: skip
        "total": 30000000,
    }
    assert list(got.data).index("budget") == list(got.data).index("duties") + 1
    assert "extra_sections" not in got.data
    assert [s["kind"] for s in got.data["reviews"]["schedule"]] == ["interim", "final"]


def test_two_mottos_on_the_right_are_said_in_a_todo(word_repo, import_word):
    """Quốc hiệu, Tiêu ngữ and 'ĐOÀN TNCS HỒ CHÍ MINH' on the right: kehoach prints one of them;
    the draft says so rather than dropping the other without a word."""
    from .samples import DOAN_RIGHT

    d = wm.new()
    wm.header_table(d, JOINT_LEFT, STATE_RIGHT + DOAN_RIGHT, "Số: 12-KHLT/TĐTN-SKHCN",
                    "Hà Nội, ngày 15 tháng 3 năm 2023")  # fmt: skip
    wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")
    got = import_word(wm.save(d), word_repo)
    assert "in cả Quốc hiệu, Tiêu ngữ và dòng của Đoàn" in got.text


def test_a_party_written_without_its_place_is_the_party_not_a_placeless_namesake(
    word_repo, import_word
):
    """orgs.yaml holds a body named exactly as the heading is typed, without a place (kept for a
    document of a province the repository does not know): the heading "Sở Khoa học và Công nghệ
    thành phố" of a Hà Nội program is still its party, the Sở of Hà Nội — before, the duties
    went to that namesake, not a party, and the whole section to ``extra_sections``."""
    orgs = word_repo / "orgs.yaml"
    orgs.write_text(
        orgs.read_text(encoding="utf-8")
        + "  - id: skhcn-tp\n    name: Sở Khoa học và Công nghệ thành phố\n"
        "    short: Sở KH&CN\n    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n    code: SKHCN\n    system: state\n",
        encoding="utf-8",
    )
    got = import_word(_program(duties_heading="1. Sở Khoa học và Công nghệ thành phố"), word_repo,
                      kind="program")  # fmt: skip
    assert got.errors == []
    assert [d["org"] for d in got.data["duties"]] == ["skhcn-hn", "tdhn"]
    assert "extra_sections" not in got.data


def test_the_summary_counts_a_value_left_to_fill(word_repo, import_word):
    """A signature block with a name and no post: the signer's title is a value to fill ('TODO:
    chức vụ người ký', no '# TODO' comment beside it) — counted in the summary's "chỗ TODO" as
    KH418 names it (before: the count was of the comments only, and said fewer than printed)."""

    def tail(d) -> None:
        t = d.add_table(rows=1, cols=2)
        wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VT.", False)], center=False)
        wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True),
                                     ("Nguyễn Văn Hùng", True)])  # fmt: skip

    got = import_word(_program(tail=tail), word_repo, kind="program")
    said = [p for p in got.file.problems if p.code == "KH418"]
    assert got.file.todos >= len(said) > 0, (got.file.todos, said, got.text)
