"""A program whose area activities stand in a Phụ lục after the signature (the areas in the body
with their words only, one line ``(Chi tiết tại Phụ lục kèm theo)``, then a table whose group
rows name the areas) comes back as ``areas_layout: appendix``, each activity under the area its
group row names — tracked by ``due`` and ``who``, where before they were left in ``appendices``.
A group row naming no area keeps its activities, with a TODO."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from helpers import ORGS, build_tree, document_xml, load, run
from kehoach.exchange.importer import run_import
from kehoach.render.document import render

from . import wordmake as wm
from .samples import STATE_RIGHT

PROGRAM = """\
kind: program
parties: [td, skhcn]
date: 2021-12-30
period: {from: 2021, to: 2025}
title: Phối hợp phát triển khoa học và công nghệ trong thanh niên giai đoạn 2021 - 2025
goals: {paragraphs: [Mục đích của chương trình.]}
areas_layout: appendix
areas:
  - id: tuyen-truyen
    title: Tuyên truyền, phổ biến kiến thức khoa học
    items:
      - Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên.
      - Biên soạn tài liệu phổ biến kiến thức.
    activities:
      - id: dien-dan
        title: Diễn đàn khoa học trẻ
        lead: td
        co_leads: [skhcn]
        support_others: [Sở Giáo dục và Đào tạo]
        time: 2022-Q3
        budget: 30000000
      - id: tai-lieu
        title: Biên soạn tài liệu phổ biến kiến thức
        lead: skhcn
        lead_unit: Phòng Quản lý khoa học
        support: [td]
        support_units: {td: Ban Phong trào}
        time: 2023-05
  - id: khoi-nghiep
    title: Hỗ trợ thanh niên khởi nghiệp
    paragraphs: [Hai bên hỗ trợ thanh niên khởi nghiệp sáng tạo.]
    items: [Kết nối thanh niên với các quỹ đầu tư.]
    activities:
      - id: ngay-hoi
        group: Ngày hội
        title: Ngày hội khởi nghiệp
        lead: td
        support: [skhcn]
        time: 2022-10
        budget: 20000000
      - id: trien-lam
        group: Ngày hội
        title: Triển lãm sản phẩm khởi nghiệp
        lead: td
        time: 2022-10
      - id: dien-dan-kn
        group: Diễn đàn
        title: Diễn đàn khởi nghiệp
        lead: skhcn
        time: 2024
  - id: khac
    title: Công tác phối hợp khác
    items: [Trao đổi thông tin thường xuyên.]
duties:
  - org: td
    items: [Chủ trì tổ chức các hoạt động.]
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Văn B}
recipients:
  archive: [VT]
appendices:
  - title: Dự toán kinh phí
    table: {columns: [Khoản, Số tiền], rows: [[Giải thưởng, 30.000.000]]}
"""

FIELDS = ("group", "title", "lead", "lead_unit", "co_leads", "support", "support_units",
          "support_others", "time", "budget")  # fmt: skip


def _acts(area: dict) -> list[tuple]:
    return [tuple(a.get(k) for k in FIELDS) for a in area.get("activities") or []]


def test_a_rendered_program_comes_back_with_its_areas_activities(tmp_path):
    """Render → DOCX → import: every area with its words and its activities as they were
    (titles, groups, lead and its unit, co-leads, support, time, budget); the Phụ lục of the
    activities is the first of two (pointer "Phụ lục I"); the draft validates and prints the
    very same document."""
    root = build_tree(
        tmp_path / "kho",
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": PROGRAM},
    )
    doc, repo = load(root / "programs/ctph.yaml")
    source = tmp_path / "ctph.docx"
    source.write_bytes(render(doc, repo, "docx"))
    (tmp_path / "out").mkdir()
    result = run_import([str(source)], output=str(tmp_path / "out"), repo_root=str(root))
    draft = result.files[0]
    import yaml

    data = yaml.safe_load(draft.text)
    assert data["areas_layout"] == "appendix"
    assert not {"areas_appendix_title", "areas_appendix_note", "areas_appendix_print_total"} & set(
        data
    )  # kehoach's own title, pointer and total
    assert [a["title"] for a in data["appendices"]] == ["DỰ TOÁN KINH PHÍ"]  # the other one
    want = doc.data["areas"]
    assert [_acts(a) for a in data["areas"]] == [_acts(a) for a in want]
    prose = ("title", "paragraphs", "items")
    assert [{k: a[k] for k in prose if k in a} for a in data["areas"]] == [
        {k: a[k] for k in prose if k in a} for a in want
    ]  # the pointer is not left in the second area's words
    assert "# TODO" not in draft.text
    placed = root / "programs/ctph.yaml"
    placed.write_text(draft.text, encoding="utf-8")
    assert run([str(placed)], use_cache=False).errors == []
    new, new_repo = load(placed)
    assert document_xml(render(new, new_repo, "docx")) == document_xml(source.read_bytes())


# -- typed in Word ---------------------------------------------------------------------------------

LEFT = [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True), ("UBND THÀNH PHỐ HÀ NỘI", False),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("________", False)]  # fmt: skip
HEAD = ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"]


def _typed(
    rows: list[list[str]],
    pointer: str = "second",
    total: bool = False,
    table: bool = False,
    title: str = "DANH MỤC CÁC HOẠT ĐỘNG PHỐI HỢP GIAI ĐOẠN 2023 - 2025",
) -> bytes:
    """A program typed in Word: two areas with their words, one of them (``pointer``: "first",
    "second", the section's lead-in "intro", or none "") ending with the line pointing at the
    Phụ lục; after the signature, on a landscape page, a Phụ lục with its title and an activity
    table of ``rows`` (a row of one cell: across the table). ``table``: the first area's own
    activity table under its words."""
    d = wm.new()
    wm.header_table(d, LEFT, STATE_RIGHT, "Số: 12-CTr/TĐTN-SKHCN",
                    "Hà Nội, ngày 20 tháng 01 năm 2023")  # fmt: skip
    wm.para(d, "CHƯƠNG TRÌNH PHỐI HỢP", bold=True, center=True)
    wm.para(d, "giữa Thành Đoàn và Sở Khoa học và Công nghệ giai đoạn 2023 - 2025", bold=True,
            center=True)  # fmt: skip
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Phát huy vai trò của thanh niên trong khoa học, công nghệ.")
    wm.para(d, "II. NỘI DUNG PHỐI HỢP", bold=True)
    if pointer == "intro":
        wm.para(d, "Hai bên thống nhất phối hợp các nội dung sau (chi tiết tại Phụ lục kèm theo):")
    wm.para(d, "1. Tuyên truyền, phổ biến kiến thức khoa học, văn hóa", bold=True)
    wm.para(d, "- Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên.")
    if table:
        wm.grid_table(d, [HEAD, ["1", "Hội thảo khoa học", "Sở KH&CN", "", "Quý III/2023", ""]])
    if pointer == "first":
        wm.para(d, "(Chi tiết tại Phụ lục kèm theo)")
    wm.para(d, "2. Hỗ trợ thanh niên khởi nghiệp", bold=True)
    wm.para(d, "Hai bên phối hợp hỗ trợ thanh niên khởi nghiệp, đổi mới sáng tạo.")
    if pointer == "second":
        wm.para(d, "(Chi tiết tại Phụ lục kèm theo)")
    wm.para(d, "III. TRÁCH NHIỆM CỦA CÁC BÊN", bold=True)
    wm.para(d, "1. Sở Khoa học và Công nghệ", bold=True)
    wm.para(d, "- Cử chuyên gia tư vấn, phản biện.")
    wm.para(d, "2. Thành đoàn thành phố", bold=True)
    wm.para(d, "- Chỉ đạo các cấp bộ Đoàn triển khai thực hiện.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    wm.para(d, "PHỤ LỤC", bold=True, center=True)
    wm.para(d, title, bold=True, center=True)
    wm.para(d, "(Kèm theo Chương trình số 12 của Thành Đoàn và Sở KH&CN)", italic=True, center=True)
    if total:
        rows = [*rows, ["Tổng cộng", "", "", "", "", "50.000.000"]]
    annex = wm.grid_table(d, [HEAD, *[[*r, *[""] * 5] if len(r) == 1 else r for r in rows]])
    for r, row in enumerate(rows, 1):
        if len(row) == 1:
            annex.cell(r, 0).merge(annex.cell(r, 5))
    return wm.save(d)


ROWS = [
    # upper case, the old placing of the mark ('HOÁ'): the first area all the same
    ["I. TUYÊN TRUYỀN, PHỔ BIẾN KIẾN THỨC KHOA HỌC, VĂN HOÁ"],
    ["1", "Diễn đàn khoa học trẻ", "Thành đoàn", "Sở KH&CN", "Quý II/2023", "20.000.000"],
    ["II. Hỗ trợ thanh niên khởi nghiệp."],
    ["1. Ngày hội"],
    ["2", "Ngày hội khởi nghiệp", "Sở KH&CN", "Thành đoàn", "Tháng 10/2023", "30.000.000"],
    ["3", "Triển lãm sản phẩm", "Thành đoàn", "", "Tháng 10/2023", ""],
]


def test_a_program_typed_with_its_activities_in_a_phu_luc(word_repo, import_word):
    got = import_word(_typed(ROWS), word_repo, kind="program")
    data = got.data
    assert got.errors == []
    assert data["areas_layout"] == "appendix" and "appendices" not in data
    first, second = data["areas"]
    assert first["items"] == ["Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên."]
    assert second["paragraphs"] == [
        "Hai bên phối hợp hỗ trợ thanh niên khởi nghiệp, đổi mới sáng tạo."
    ]  # the pointer is kehoach's to print again
    assert [(a.get("group"), a["title"], a["lead"], a.get("support"), a["time"], a.get("budget"))
            for a in first["activities"]] == [
        (None, "Diễn đàn khoa học trẻ", "tdhn", ["skhcn-hn"], "2023-Q2", 20_000_000)]  # fmt: skip
    assert "không trùng tên nội dung" not in got.text  # every group row named its area
    assert [(a.get("group"), a["title"]) for a in second["activities"]] == [
        ("Ngày hội", "Ngày hội khởi nghiệp"), ("Ngày hội", "Triển lãm sản phẩm")]  # fmt: skip
    # the title is kehoach's ('2023 - 2025' as '2023 – 2025'); the table has no Tổng cộng row
    assert "areas_appendix_title" not in data and "areas_appendix_note" not in data
    assert data["areas_appendix_print_total"] is False
    assert "văn bản ghi: (Kèm theo Chương trình số 12 của Thành Đoàn và Sở KH&CN)" in got.text
    text = got.text
    assert text.index("areas_layout: appendix") < text.index("areas:")


def test_a_title_of_its_own_is_kept(word_repo, import_word):
    got = import_word(
        _typed(ROWS, title="CÁC HOẠT ĐỘNG PHỐI HỢP CỤ THỂ"), word_repo, kind="program"
    )
    assert got.data["areas_appendix_title"] == "CÁC HOẠT ĐỘNG PHỐI HỢP CỤ THỂ"


def test_a_total_row_is_printed_again(word_repo, import_word):
    got = import_word(_typed(ROWS, total=True), word_repo, kind="program")
    assert got.data["areas_layout"] == "appendix"
    assert "areas_appendix_print_total" not in got.data


def test_a_group_row_naming_no_area_keeps_its_activities_with_a_todo(word_repo, import_word):
    rows = [
        ["1", "Hội nghị triển khai", "Thành đoàn", "", "Tháng 2/2023", ""],  # before any group row
        *ROWS,
        ["III. Hoạt động khác"],
        ["4", "Tập huấn kỹ năng", "Thành đoàn", "", "Năm 2024", ""],
    ]
    got = import_word(_typed(rows), word_repo, kind="program")
    first, second = got.data["areas"]
    assert [a["title"] for a in first["activities"]] == [
        "Hội nghị triển khai", "Diễn đàn khoa học trẻ"]  # fmt: skip
    assert [(a.get("group"), a["title"]) for a in second["activities"]][-1] == (
        "Hoạt động khác", "Tập huấn kỹ năng")  # fmt: skip
    text = " ".join(got.text.split())
    assert "hoạt động ở Phụ lục trước dòng nhóm thứ nhất, không thuộc nội dung nào" in text
    assert 'dòng nhóm "III. Hoạt động khác" ở Phụ lục không trùng tên nội dung phối hợp' in text
    assert got.errors == []


def test_without_the_pointer_the_phu_luc_stays_an_appendix_with_a_todo(word_repo, import_word):
    """The areas do not point at the Phụ lục: its table is kept as an appendix (printed, not
    tracked), and the TODO says how to make its activities the areas'."""
    got = import_word(_typed(ROWS, pointer=""), word_repo, kind="program")
    assert "areas_layout" not in got.data
    (app,) = got.data["appendices"]
    assert len(app["activities"]) == 3
    assert "chuyển vào activities của từng nội dung với areas_layout: appendix" in " ".join(
        got.text.split()
    )


def test_a_pointer_typed_elsewhere_is_printed_after_the_last_area_with_a_todo(
    word_repo, import_word
):
    """The line typed after the first area's words (or as the section's lead-in, in its own
    words): taken out there, kept as the program's pointer (``areas_appendix_note``), and a TODO
    says kehoach prints it after the words of the last area with activities in the Phụ lục."""
    got = import_word(_typed(ROWS, pointer="first"), word_repo, kind="program")
    first, second = got.data["areas"]
    assert first["items"] == ["Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên."]
    assert 'văn bản ghi câu "(Chi tiết tại Phụ lục kèm theo)" ở nội dung "Tuyên truyền' in " ".join(
        got.text.split()
    )
    assert "areas_appendix_note" not in got.data

    got = import_word(_typed(ROWS, pointer="intro"), word_repo, kind="program")
    assert got.data["areas_layout"] == "appendix" and "areas_intro" not in got.data
    assert got.data["areas_appendix_note"] == (
        "Hai bên thống nhất phối hợp các nội dung sau (chi tiết tại {label} kèm theo):"
    )
    assert "ở lời dẫn; kehoach in câu ấy sau lời của nội dung" in " ".join(got.text.split())


def test_an_area_with_its_own_table_in_the_body_keeps_it(word_repo, import_word):
    """An area whose activities are typed under it as a table keeps them there (``layout:
    table``); activities the Phụ lục also names it with are added to it, with a TODO: an area
    prints all its activities one way."""
    rows = [*ROWS[:2], ["2", "Hội thảo khoa học", "Thành đoàn", "", "Quý IV/2023", ""], *ROWS[2:]]
    got = import_word(_typed(rows, table=True), word_repo, kind="program")
    first, second = got.data["areas"]
    assert got.data["areas_layout"] == "appendix" and first["layout"] == "table"
    assert [(a["id"], a["title"]) for a in first["activities"]] == [
        ("hoi-thao-khoa-hoc", "Hội thảo khoa học"),
        ("dien-dan-khoa-hoc-tre", "Diễn đàn khoa học trẻ"),
        ("hoi-thao-khoa-hoc-2", "Hội thảo khoa học"),  # not the id of the one in the body
    ]
    assert "layout" not in second and len(second["activities"]) == 2
    assert "nội dung có hoạt động ở cả phần nội dung lẫn Phụ lục" in got.text
    assert got.errors == []


def test_a_phu_luc_naming_only_areas_printed_in_the_body_stays_an_appendix(word_repo, import_word):
    """Every area the Phụ lục names has its activities in the body: kehoach would print no Phụ
    lục of the areas, nor the line pointing at it (lost words), so the Phụ lục stays an appendix
    and the line stays where it was typed."""
    got = import_word(_typed(ROWS[:2], table=True), word_repo, kind="program")
    assert "areas_layout" not in got.data and len(got.data["appendices"]) == 1
    assert got.data["areas"][1]["paragraphs"][-1] == "(Chi tiết tại Phụ lục kèm theo)"
