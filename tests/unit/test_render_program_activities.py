"""The activities of a coordination program's content areas (``areas[].activities``): printed
with their time, lead (and its unit), supporting bodies and budget — the terms the parties sign
and ``due``, ``who`` and the reports hold them to — as a detailed list (the default), a table
under the area or a plain list (``areas_layout``, or an area's own ``layout``), in every format.
Before, each printed as a bullet with its title alone."""

from __future__ import annotations

import io
import re

import docx
import pytest

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
  - id: sang-tao
    title: Khoa học kỹ thuật trong học sinh
    items: [Hỗ trợ học sinh nghiên cứu khoa học.]
{area_layout}    activities:
      - id: cuoc-thi
        title: Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học
        lead: skhcn
        lead_unit: Phòng Quản lý khoa học
        support: [td]
        support_units: {{td: Ban Phong trào}}
        support_others: [Sở Giáo dục và Đào tạo]
        time: 2022-Q3
        budget: 50000000
      - id: dien-dan
        title: Diễn đàn khoa học trẻ
        lead: td
        time: 2023-05
  - id: khoi-nghiep
    title: Hỗ trợ thanh niên khởi nghiệp
    activities:
      - id: ngay-hoi
        group: Ngày hội
        title: Ngày hội khởi nghiệp
        lead: td
        time: 2022-10
        budget: 20000000
duties:
  - org: td
    items: [Chủ trì tổ chức các hoạt động.]
signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
  - {{org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Văn B}}
recipients:
  archive: [VT]
"""

CUOC_THI = [
    "- Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học",
    "+ Thời gian: Quý III/2022.",
    "+ Đơn vị chủ trì: Phòng Quản lý khoa học Sở KH&CN; phối hợp: Ban Phong trào Tỉnh Đoàn, Sở"
    " Giáo dục và Đào tạo.",
    "+ Kinh phí: 50.000.000 đồng.",
]


def _program(tmp_path, layout: str = "", area_layout: str = ""):
    text = PROGRAM.format(layout=layout, area_layout=area_layout)
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": text},
    )
    return load(root / "programs/ctph.yaml")


def _areas(text: str) -> list[str]:
    """The lines of section II (the areas) of a txt, lines of an item joined."""
    part = text.split("II. NỘI DUNG PHỐI HỢP")[1].split("III. TRÁCH NHIỆM")[0]
    return [" ".join(b.split()) for b in re.split(r"\n(?=\S)", part) if b.strip()]


def _docx_areas(data: bytes) -> tuple[list[str], list[list[list[str]]]]:
    d = docx.Document(io.BytesIO(data))
    paras = [p.text for p in d.paragraphs]
    start = paras.index("II. NỘI DUNG PHỐI HỢP")
    end = next(i for i, t in enumerate(paras) if t.startswith("III. "))
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
    return paras[start:end], [t for t in tables if t[0][0] == "STT"]


def test_by_default_each_activity_says_its_time_lead_support_and_budget(tmp_path):
    lines = _areas(render(*_program(tmp_path), "txt").decode("utf-8"))
    assert lines == [
        "1. Khoa học kỹ thuật trong học sinh",
        "- Hỗ trợ học sinh nghiên cứu khoa học.",
        *CUOC_THI,
        "- Diễn đàn khoa học trẻ",
        "+ Thời gian: Tháng 5/2023.",
        "+ Đơn vị chủ trì: Tỉnh Đoàn.",
        "2. Hỗ trợ thanh niên khởi nghiệp",
        "2.1. Ngày hội",  # a group: a subheading, its activities lettered
        "a) Ngày hội khởi nghiệp",
        "- Thời gian: Tháng 10/2022.",
        "- Đơn vị chủ trì: Tỉnh Đoàn.",
        "- Kinh phí: 20.000.000 đồng.",
    ]


def test_the_detailed_list_in_every_format(tmp_path):
    doc, repo = _program(tmp_path)
    paras, tables = _docx_areas(render(doc, repo, "docx"))
    assert tables == []
    at = paras.index(CUOC_THI[0])
    assert paras[at : at + 4] == CUOC_THI
    for fmt in ("md", "html"):
        text = render(doc, repo, fmt).decode("utf-8").replace("&amp;", "&")
        places = [text.index(line[2:]) for line in CUOC_THI]
        assert places == sorted(places), fmt
        assert "Thời gian: Tháng 10/2022." in text, fmt


def test_a_table_under_each_area(tmp_path):
    doc, repo = _program(tmp_path, layout="areas_layout: table\n")
    paras, tables = _docx_areas(render(doc, repo, "docx"))
    assert not any("Thời gian:" in t for t in paras)
    first, second = tables
    assert first == [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí (đồng)"],
        [
            "1",
            "Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học",
            "Phòng Quản lý khoa học Sở KH&CN",
            "Ban Phong trào Tỉnh Đoàn, Sở Giáo dục và Đào tạo",
            "Quý III/2022",
            "50.000.000",
        ],
        ["2", "Diễn đàn khoa học trẻ", "Tỉnh Đoàn", "", "Tháng 5/2023", ""],
        ["Tổng cộng"] * 5 + ["50.000.000"],
    ]
    assert second[1] == ["I. Ngày hội"] * 6  # the group row across the table
    md = render(doc, repo, "md").decode("utf-8")
    assert md.index("### 1. Khoa học") < md.index("| 1 | Cuộc thi") < md.index("### 2. Hỗ trợ")
    assert md.index("### 2. Hỗ trợ") < md.index("| 1 | Ngày hội khởi nghiệp |")
    html = render(doc, repo, "html").decode("utf-8")
    assert html.count('<tr class="group">') == 1 and "Ban Phong trào Tỉnh Đoàn" in html
    txt = render(doc, repo, "txt").decode("utf-8")
    assert "Chủ trì: Phòng Quản lý khoa học Sở KH&CN; Phối hợp: Ban Phong trào" in " ".join(
        txt.split()
    )


def test_an_areas_own_layout_wins_and_a_table_may_leave_out_its_total(tmp_path):
    area = "    layout: table\n    print_total: false\n"
    doc, repo = _program(tmp_path, layout="areas_layout: list\n", area_layout=area)
    paras, tables = _docx_areas(render(doc, repo, "docx"))
    ((*_, last),) = tables  # the first area's table, without its "Tổng cộng"
    assert last[1] == "Diễn đàn khoa học trẻ"
    assert paras[-2:] == ["2.1. Ngày hội", "- Ngày hội khởi nghiệp."]  # the second: a list


def test_a_title_alone_ends_as_the_items_beside_it_do(tmp_path):
    """``list``: an activity printed as its title alone is an item of the area as the items
    written above it are ('.'), a title typed with its own end mark keeps it; in a detailed list
    the title heads its lines and stays as written."""
    doc, repo = _program(tmp_path, layout="areas_layout: list\n")
    lines = _areas(render(doc, repo, "txt").decode("utf-8"))
    assert lines[:4] == [
        "1. Khoa học kỹ thuật trong học sinh",
        "- Hỗ trợ học sinh nghiên cứu khoa học.",
        "- Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học.",
        "- Diễn đàn khoa học trẻ.",
    ]
    doc.data["areas"][0]["activities"][1]["title"] = "Diễn đàn khoa học trẻ;"
    assert "- Diễn đàn khoa học trẻ;" in _areas(render(doc, repo, "txt").decode("utf-8"))


def test_plans_lists_are_left_as_they_were(tmp_path):
    """A plan's ``layout: list`` prints its titles as typed (the Đồng Tháp plan ends each with
    '.' itself): only a program's areas end a bare title."""
    doc, repo = _program(tmp_path)
    from kehoach.render import sections
    from kehoach.render.writer import Writer

    w = Writer(repo)
    sections.activities(w, {"layout": "list"}, doc.data["areas"][0]["activities"])
    assert [b["text"] for b in w.out] == [
        "Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học",
        "Diễn đàn khoa học trẻ",
    ]


@pytest.mark.parametrize(
    ("layout", "area_layout"),
    [("areas_layout: grid\n", ""), ("", "    layout: annex\n")],
)
def test_a_layout_programs_do_not_have_is_an_error_not_a_traceback(tmp_path, layout, area_layout):
    text = PROGRAM.format(layout=layout, area_layout=area_layout)
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": text},
    )
    result = run_validate([str(root / "programs/ctph.yaml")], use_cache=False)
    assert [p.code for p in result.problems if p.level == "error"] == ["KH204"]
