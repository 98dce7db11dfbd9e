"""Activity tables and roles as a third trial of ``import`` found them typed: group rows with the
Roman number in the STT column and the name merged over the other cells (the first one not read
as a second header row), a contents heading that also says "phân công", a lead cell saying "X
phối hợp Y"."""

from __future__ import annotations

from . import wordmake as wm
from .samples import doan_header_table

HEAD = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"]


def _document(body) -> bytes:
    """A Thành Đoàn plan: header, title, ``body(d)`` (its sections), a closing section, the
    signature and Nơi nhận."""
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    body(d)
    wm.para(d, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    s = d.add_table(rows=1, cols=2)
    wm.cell_lines(s.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(
        s.cell(0, 1),
        [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True), ("Nguyễn Văn Hùng", True)],
    )
    return wm.save(d)


def _table(d, rows: list[list[str]], groups: dict[int, tuple[str, str]]) -> None:
    """An activity table of ``rows``; before row ``i`` of ``groups``, a group row: its number in
    the TT cell, its name merged over the others (an empty number: the whole row merged)."""
    table = [HEAD]
    merged: list[tuple[int, str, str]] = []
    for i, row in enumerate(rows):
        if i in groups:
            merged.append((len(table), *groups[i]))
            table.append([""] * len(HEAD))
        table.append(row)
    t = wm.grid_table(d, table, repeat=False)  # no header row marked: found by its words
    for r, number, name in merged:
        if number:
            wm.cell_lines(t.cell(r, 0), [(number, True)], center=False)
            wm.cell_lines(t.cell(r, 1).merge(t.cell(r, len(HEAD) - 1)), [(name, True)], False)
        else:
            wm.cell_lines(t.cell(r, 0).merge(t.cell(r, len(HEAD) - 1)), [(name, True)], False)


def _plan(heading: str, rows: list[list[str]], groups: dict[int, tuple[str, str]]) -> bytes:
    """The plan whose ``heading`` section holds the activity table (``_table``)."""

    def body(d):
        wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
        wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
        wm.para(d, heading, bold=True)
        _table(d, rows, groups)

    return _document(body)


ROWS = [
    ["1", "Phát động Ngày hội", "Thành Đoàn", "Sở KH&CN", "Quý II/2023", "15.000.000"],
    ["2", "Trưng bày sản phẩm", "Sở KH&CN", "Thành Đoàn", "Tháng 9/2023", "40.000.000"],
    ["3", "Tuyên dương", "Thành Đoàn", "", "Tháng 12/2023", ""],
]


def test_group_rows_numbered_in_the_stt_column(word_repo, import_word):
    """'I.' | 'HOẠT ĐỘNG KHOA HỌC…' (merged): the first group was read as a second header row
    (its words lost, "TT I.: 1" in every activity's details), the next as an activity with no
    lead — both are groups now, as a row merged whole is."""
    groups = {0: ("I.", "HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"), 2: ("II.", "CÔNG TÁC TUYÊN DƯƠNG")}
    got = import_word(_plan("II. NỘI DUNG", ROWS, groups), word_repo)
    assert got.errors == []
    acts = got.activities()
    assert [(a["title"], a.get("group")) for a in acts] == [
        ("Phát động Ngày hội", "HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"),
        ("Trưng bày sản phẩm", "HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"),
        ("Tuyên dương", "CÔNG TÁC TUYÊN DƯƠNG"),
    ]
    assert not any("details" in a for a in acts)
    assert [a["lead"] for a in acts] == ["tdhn", "skhcn-hn", "tdhn"]

    # the rows merged whole, number and name in one cell
    whole = _plan("II. NỘI DUNG", ROWS, {0: ("", "I. HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ")})
    acts = import_word(whole, word_repo, name="ca-hang.docx").activities()
    assert [a.get("group") for a in acts] == ["HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"] * 3


def test_a_contents_heading_that_also_says_who_does_it(word_repo, import_word):
    """ "NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN" is the contents (its words come first): before, "phân
    công" made it the implementation section, its table a plain table, no activity tracked."""
    got = import_word(_plan("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", ROWS, {}), word_repo)
    assert got.errors == []
    assert got.data["contents"]["title"] == "NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"
    assert len(got.activities()) == 3
    assert "table" not in (got.data.get("implementation") or {})


def test_a_lead_cell_saying_who_works_with_it(word_repo, import_word):
    """ "Ban Phong trào Thành Đoàn phối hợp Văn phòng Sở KH&CN" in the Chủ trì column: the Thành
    Đoàn leads through its Ban Phong trào, the Sở supports through its Văn phòng — before, the Sở
    led, with "Ban Phong trào Thành Đoàn phối hợp Văn phòng" as its department, and no TODO."""
    rows = [["1", "Tập huấn", "Ban Phong trào Thành Đoàn phối hợp Văn phòng Sở KH&CN", "",
             "Quý II/2023", ""]]  # fmt: skip
    (act,) = import_word(_plan("II. NỘI DUNG", rows, {}), word_repo).activities()
    assert (act["lead"], act["lead_unit"]) == ("tdhn", "Ban Phong trào")
    assert act["support"] == ["skhcn-hn"] and act["support_units"] == {"skhcn-hn": "Văn phòng"}


def test_words_typed_after_a_table_stay_after_it(word_repo, import_word):
    """A section's note under its table ("Tổng số: …", "Ghi chú: …") is printed after the table
    again: it goes into an untitled section that follows it — before, the section's paragraphs
    held it, and a section prints its paragraphs before its table."""

    def body(d):
        wm.para(d, "II. SỐ LƯỢNG ĐẠI BIỂU", bold=True)
        wm.para(d, "Mỗi đơn vị cử đại biểu như sau:")
        wm.grid_table(d, [["TT", "Đơn vị", "Số đại biểu"], ["1", "Quận Đoàn Ba Đình", "10"],
                          ["2", "Quận Đoàn Hoàn Kiếm", "12"]])  # fmt: skip
        wm.para(d, "Tổng số: 22 đại biểu.")

    got = import_word(_document(body), word_repo)
    assert got.errors == []
    (part,) = [p for p in got.data["extra_sections"] if p["title"] == "SỐ LƯỢNG ĐẠI BIỂU"]
    assert part["paragraphs"] == ["Mỗi đơn vị cử đại biểu như sau:"]
    assert len(part["table"]["rows"]) == 2
    assert part["sections"] == [{"paragraphs": ["Tổng số: 22 đại biểu."]}]


def test_a_table_without_a_total_row_is_printed_without_one(word_repo, import_word):
    """The source's activity table has budgets but no "Tổng cộng" row: ``print_total: false``,
    and the reprint has none either (before: a total row the office never typed). A table with a
    total row keeps it."""
    from kehoach.render.document import render
    from kehoach.validate.run import run_validate

    for name, rows in (("khong-tong.docx", ROWS), ("co-tong.docx", [*ROWS, ["", "Tổng cộng", "",
                       "", "", "55.000.000"]])):  # fmt: skip
        got = import_word(_plan("II. NỘI DUNG", rows, {}), word_repo, name=name)
        total = name == "co-tong.docx"
        assert got.errors == [] and got.data["contents"].get("print_total", True) is total
        plan = word_repo / "plans" / name.replace(".docx", ".yaml")
        plan.parent.mkdir(exist_ok=True)
        plan.write_text(got.text, encoding="utf-8")
        result = run_validate([str(plan)], use_cache=False, need_repo=True)
        (doc,) = [x for x in result.repo.documents if x.path.endswith(plan.name)]
        assert ("Tổng cộng" in render(doc, result.repo, "txt").decode("utf-8")) is total


def test_subheadings_lettered_as_typed(word_repo, import_word):
    """ "a) Ưu điểm", "b) Hạn chế" typed as italic subheadings: ``sections_style: letter``, so the
    reprint letters them again (before: "1.1. Ưu điểm", "1.2. Hạn chế")."""

    def body(d):
        wm.para(d, "I. ĐÁNH GIÁ NĂM 2022", bold=True)
        wm.para(d, "a) Ưu điểm", italic=True)
        wm.para(d, "- Các cơ sở Đoàn tích cực hưởng ứng.")
        wm.para(d, "b) Hạn chế", italic=True)
        wm.para(d, "- Kinh phí còn hạn chế.")

    got = import_word(_document(body), word_repo)
    assert got.errors == []
    (part,) = [p for p in got.data["extra_sections"] if p["title"] == "ĐÁNH GIÁ NĂM 2022"]
    assert part["sections_style"] == "letter"
    assert [s["title"] for s in part["sections"]] == ["Ưu điểm", "Hạn chế"]


def test_a_unit_line_over_the_table_scales_its_budgets(word_repo, import_word):
    """ "Đơn vị tính: nghìn đồng" typed over a table whose header says only "Kinh phí": the
    budgets are thousands (before: 15.000 đồng for 15 million, silently); the line goes, said in a
    TODO — the reprint's amounts are in đồng."""

    def body(d):
        wm.para(d, "I. NỘI DUNG", bold=True)
        wm.para(d, "Đơn vị tính: nghìn đồng")
        wm.grid_table(d, [HEAD, ["1", "Phát động Ngày hội", "Thành Đoàn", "Sở KH&CN", "Quý II/2023",
                                 "15.000"]])  # fmt: skip

    got = import_word(_document(body), word_repo)
    assert got.errors == []
    (act,) = got.activities()
    assert act["budget"] == 15_000_000
    assert "Đơn vị tính" not in str(got.data["contents"].get("paragraphs"))
    assert 'văn bản ghi "Đơn vị tính: nghìn đồng": kinh phí đã đổi ra đồng' in got.text


def test_a_department_alone_leads_for_the_one_issuer(word_repo, import_word):
    """ "Văn phòng" alone in the Chủ trì column of the Thành Đoàn's own plan: its Văn phòng, with no
    TODO (before: "kiểm tra đơn vị chủ trì", which said nothing of what to check)."""
    rows = [["1", "Tập huấn", "Văn phòng", "", "Quý II/2023", ""]]
    got = import_word(_plan("II. NỘI DUNG", rows, {}), word_repo)
    (act,) = got.activities()
    assert (act["lead"], act["lead_unit"]) == ("tdhn", "Văn phòng")
    assert "kiểm tra đơn vị chủ trì" not in got.text and 'chủ trì ghi "Văn phòng' not in got.text


def test_the_standing_committee_leads_as_typed(word_repo, import_word):
    """ "Ban Thường vụ Thành Đoàn" in the Chủ trì column: the Thành Đoàn leads, printed "Ban Thường
    vụ Thành Đoàn" as typed (before: "Thành Đoàn", the board's words gone)."""
    rows = [["1", "Tập huấn", "Ban Thường vụ Thành Đoàn", "Sở KH&CN", "Quý II/2023", ""]]
    got = import_word(_plan("II. NỘI DUNG", rows, {}), word_repo)
    (act,) = got.activities()
    assert (act["lead"], act["lead_unit"]) == ("tdhn", "Ban Thường vụ")
    assert "TODO" not in got.text.split("activities:")[1].split("budget:")[0]
