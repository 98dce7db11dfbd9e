"""A program's area activities in a Phụ lục (``areas_layout: appendix``, or an area's own
``layout: appendix``): the body keeps each area's heading and words and one line pointing at the
Phụ lục; after the signature, on a landscape page, one table over the areas — a group row per
area (``I. <area title>``), a row ``1. <group>`` for a group of activities inside an area, the
rows numbered on through the table, co-leads in the Chủ trì cell as a plan's table prints them.
The program's other appendices follow, all labelled Phụ lục I, II…; ``due`` sees the same
activities whatever the layout."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest
from docx.enum.section import WD_ORIENT

from helpers import ORGS, build_tree, load
from kehoach.render.document import render
from kehoach.validate.run import run_validate

PROGRAM = """\
kind: program
parties: [td, skhcn]
date: 2021-12-30
period: {{from: 2021, to: 2025}}
title: Phối hợp thử
goals: {{paragraphs: [Mục đích của chương trình.]}}
{layout}areas:
  - id: tuyen-truyen
    title: Tuyên truyền, phổ biến kiến thức khoa học
    items: ["Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên."]
{area_layout}    activities:
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
        time: 2023-05
  - id: khoi-nghiep
    title: Hỗ trợ thanh niên khởi nghiệp
    paragraphs: [Hai bên hỗ trợ thanh niên khởi nghiệp sáng tạo.]
    activities:
      - id: ngay-hoi
        group: Ngày hội
        title: Ngày hội khởi nghiệp
        lead: td
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
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
  - {{org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Văn B}}
recipients:
  archive: [VT]
{extra}"""

APPENDIX = "areas_layout: appendix\n"
HEADER = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí (đồng)"]
ROWS = [
    ["I. Tuyên truyền, phổ biến kiến thức khoa học"] * 6,
    ["1", "Diễn đàn khoa học trẻ", "Tỉnh Đoàn, Sở KH&CN", "Sở Giáo dục và Đào tạo", "Quý III/2022",
     "30.000.000"],
    ["2", "Biên soạn tài liệu phổ biến kiến thức", "Phòng Quản lý khoa học Sở KH&CN", "Tỉnh Đoàn",
     "Tháng 5/2023", ""],
    ["II. Hỗ trợ thanh niên khởi nghiệp"] * 6,
    ["1. Ngày hội"] * 6,
    ["3", "Ngày hội khởi nghiệp", "Tỉnh Đoàn", "", "Tháng 10/2022", "20.000.000"],
    ["4", "Triển lãm sản phẩm khởi nghiệp", "Tỉnh Đoàn", "", "Tháng 10/2022", ""],
    ["2. Diễn đàn"] * 6,
    ["5", "Diễn đàn khởi nghiệp", "Sở KH&CN", "", "Năm 2024", ""],
    ["Tổng cộng"] * 5 + ["50.000.000"],
]  # fmt: skip


def _program(tmp_path, layout: str = APPENDIX, area_layout: str = "", extra: str = ""):
    text = PROGRAM.format(layout=layout, area_layout=area_layout, extra=extra)
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": text},
    )
    return load(root / "programs/ctph.yaml")


def _areas(text: str) -> list[str]:
    """The lines of section II (the areas) of a txt, lines of an item joined."""
    part = text.split("II. NỘI DUNG PHỐI HỢP")[1].split("III. TRÁCH NHIỆM")[0]
    return [" ".join(b.split()) for b in re.split(r"\n(?=\S)", part) if b.strip()]


def _tables(d) -> list[list[list[str]]]:
    return [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]


def test_the_body_keeps_the_areas_words_and_one_pointer(tmp_path):
    """Each area's heading and words stay; no activity is printed under them; one line points
    at the Phụ lục, after the words of the last area with activities there (the third has
    none)."""
    doc, repo = _program(tmp_path)
    assert run_validate([doc.path], use_cache=False).problems == []
    assert _areas(render(doc, repo, "txt").decode("utf-8")) == [
        "1. Tuyên truyền, phổ biến kiến thức khoa học",
        "- Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên.",
        "2. Hỗ trợ thanh niên khởi nghiệp",
        "Hai bên hỗ trợ thanh niên khởi nghiệp sáng tạo.",
        "(Chi tiết tại Phụ lục kèm theo)",
        "3. Công tác phối hợp khác",
        "- Trao đổi thông tin thường xuyên.",
    ]


def test_the_docx_phu_luc_after_the_signature_landscape_titled_with_its_group_rows(tmp_path):
    doc, repo = _program(tmp_path)
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    main, annex = d.sections
    assert main.orientation == WD_ORIENT.PORTRAIT
    assert annex.orientation == WD_ORIENT.LANDSCAPE and annex.page_width > annex.page_height
    paras = [p.text for p in d.paragraphs]
    pointer = paras.index("(Chi tiết tại Phụ lục kèm theo)")
    label = paras.index("Phụ lục")
    assert pointer < paras.index("III. TRÁCH NHIỆM CỦA CÁC BÊN") < label
    assert paras[label + 1] == "DANH MỤC CÁC HOẠT ĐỘNG PHỐI HỢP GIAI ĐOẠN 2021 – 2025"
    assert paras[label + 2].startswith("(Kèm theo Chương trình phối hợp số …-CTPH/TĐTN-SKHCN")
    *_, signature, table = _tables(d)
    assert signature[-1][0].strip().startswith("Nơi nhận:")
    assert table == [HEADER, *ROWS]
    body = d.element.body  # the Phụ lục follows the signature and Nơi nhận
    assert body.index(d.tables[-2]._tbl) < body.index(d.paragraphs[label]._p)


def test_every_format_prints_the_group_rows(tmp_path):
    doc, repo = _program(tmp_path)
    md = render(doc, repo, "md").decode("utf-8")
    assert md.index("**II. Hỗ trợ thanh niên khởi nghiệp**") < md.index("***1\\. Ngày hội***")
    assert md.index("***1\\. Ngày hội***") < md.index("| 3 | Ngày hội khởi nghiệp |")
    html = render(doc, repo, "html").decode("utf-8")
    assert html.count('<tr class="group">') == 2 and html.count('<tr class="subgroup">') == 2
    assert html.index("(Chi tiết tại Phụ lục kèm theo)") < html.index('<tr class="group">')
    txt = render(doc, repo, "txt").decode("utf-8")
    annex = txt.split("GIAI ĐOẠN 2021 – 2025")[1]
    assert "2. Diễn đàn\n-----------\n\n5. Diễn đàn khởi nghiệp" in annex
    assert "Chủ trì: Tỉnh Đoàn, Sở KH&CN; Phối hợp: Sở Giáo dục và Đào tạo" in annex


def test_the_title_the_pointer_and_the_total_are_the_program_s_to_set(tmp_path):
    own = (
        APPENDIX + "areas_appendix_title: Các hoạt động phối hợp cụ thể\n"
        "areas_appendix_note: Các hoạt động cụ thể tại {label} kèm theo.\n"
        "areas_appendix_print_total: false\n"
    )
    doc, repo = _program(tmp_path, layout=own)
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    paras = [p.text for p in d.paragraphs]
    assert "Các hoạt động cụ thể tại Phụ lục kèm theo." in paras
    assert paras[paras.index("Phụ lục") + 1] == "CÁC HOẠT ĐỘNG PHỐI HỢP CỤ THỂ"
    assert _tables(d)[-1][-1][1] == "Diễn đàn khởi nghiệp"  # no Tổng cộng row


def test_other_appendices_follow_and_all_are_numbered(tmp_path):
    extra = (
        "appendices:\n  - title: Dự toán kinh phí\n"
        "    table: {columns: [Khoản, Số tiền], rows: [[Giải thưởng, 30.000.000]]}\n"
    )
    doc, repo = _program(tmp_path, extra=extra)
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    paras = [p.text for p in d.paragraphs]
    assert "(Chi tiết tại Phụ lục I kèm theo)" in paras
    first, second = paras.index("Phụ lục I"), paras.index("Phụ lục II")
    assert paras[first + 1].startswith("DANH MỤC CÁC HOẠT ĐỘNG PHỐI HỢP")
    assert paras[second + 1] == "DỰ TOÁN KINH PHÍ" and first < second
    assert [s.orientation for s in d.sections][1:] == [WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]


def test_an_area_s_own_layout_appendix_and_an_area_s_own_table(tmp_path):
    """Under the default layout, an area's ``layout: appendix`` sends its activities alone to
    the Phụ lục (the pointer after its words); under ``areas_layout: appendix``, an area's own
    ``layout: table`` keeps its table in the body and out of the Phụ lục."""
    doc, repo = _program(tmp_path, layout="", area_layout="    layout: appendix\n")
    lines = _areas(render(doc, repo, "txt").decode("utf-8"))
    assert lines[2:4] == ["(Chi tiết tại Phụ lục kèm theo)", "2. Hỗ trợ thanh niên khởi nghiệp"]
    assert "2.1. Ngày hội" in lines  # the second area's detailed list stays in the body
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    assert _tables(d)[-1] == [HEADER, *ROWS[:3], ["Tổng cộng"] * 5 + ["30.000.000"]]

    doc, repo = _program(tmp_path / "b", area_layout="    layout: table\n")
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    body_table, annex = [t for t in _tables(d) if t[0] == HEADER]
    assert body_table[1][1] == "Diễn đàn khoa học trẻ"
    assert [r[0] for r in annex[1:3]] == ["I. Hỗ trợ thanh niên khởi nghiệp", "1. Ngày hội"]
    assert annex[3][0] == "1"  # numbered from 1: the first area's rows are not in the Phụ lục


def test_due_sees_the_same_activities_whatever_the_layout(tmp_path, cli):
    """``due`` reads the data, not the layout: the same items, dates, leads and lines."""
    doc, _ = _program(tmp_path, layout="areas_layout: detailed_list\n")
    args = ("due", doc.path, "--all", "--format", "json", "--today", "2022-06-01")
    before = cli(*args)
    path = tmp_path / "programs/ctph.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("areas_layout: detailed_list", "areas_layout: appendix"),
                    encoding="utf-8")  # fmt: skip
    after = cli(*args)
    assert before.exit_code == after.exit_code == 0
    items = json.loads(before.stdout)["items"]
    assert len([i for i in items if i.get("kind") == "activity"]) == 5
    assert after.stdout == before.stdout


@pytest.mark.parametrize(
    ("value", "code", "line"),
    [("areas_layout: phu-luc\n", "KH204", 7), ("areas_appendix_print_total: không\n", "KH203", 7)],
)
def test_a_wrong_value_is_a_located_error_not_a_traceback(tmp_path, value, code, line):
    text = PROGRAM.format(layout=value, area_layout="", extra="")
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": text},
    )
    result = run_validate([str(root / "programs/ctph.yaml")], use_cache=False)
    assert [(p.code, p.line) for p in result.problems if p.level == "error"] == [(code, line)]
