"""A plan's contents as every format prints it: activities together with subsections, the unit
that leads an activity, the note of an activity."""

from __future__ import annotations

import io
import re

import docx
import pytest

from helpers import ORGS, build_tree, load
from kehoach.render.document import render

SECTIONS = """\
  sections:
    - title: Đối tượng dự thi
      paragraphs: [Thanh thiếu niên trong tỉnh.]
    - title: Lĩnh vực dự thi
      items: [Cơ khí, Tin học]
"""
ACTIVITIES = """\
  activities:
    - id: a1
      title: Phát động Hội thi
      lead: td
      time: 2022-03
    - id: a2
      title: Chấm sơ khảo
      lead: td
      support: [skhcn]
      time: 2022-05
"""
PLAN = """\
kind: plan
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch thử
contents:
  layout: {layout}
{first}{second}signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
recipients:
  groups:
    - items: [TW Đoàn]
  archive: [VT]
"""


def _plan(tmp_path, first=SECTIONS, second=ACTIVITIES, layout="table", name="kh"):
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            f"plans/{name}.yaml": PLAN.format(layout=layout, first=first, second=second),
        },
    )
    return root / f"plans/{name}.yaml"


def _contents(text: str) -> list[str]:
    """The numbered lines of the contents section of a txt rendering, as printed."""
    part = re.split(r"\n[IVX]+\. NỘI DUNG\n", text)[1].split("Nơi nhận")[0]
    return [ln for ln in part.splitlines() if re.match(r"^\d+\. ", ln)]


def test_activities_follow_the_subsections_numbered_on(tmp_path):
    txt = render(*load(_plan(tmp_path)), "txt").decode("utf-8")
    assert _contents(txt) == [
        "1. Đối tượng dự thi",
        "2. Lĩnh vực dự thi",
        "3. Các hoạt động cụ thể",
        "1. Phát động Hội thi",  # the rows of the table under 3., numbered as its STT column
        "2. Chấm sơ khảo",
    ]


def test_the_activities_subsection_may_be_named(tmp_path):
    """``activities_title``: the words of that subsection (an imported plan keeps its own)."""
    named = "  activities_title: Các hoạt động chính\n" + ACTIVITIES
    txt = render(*load(_plan(tmp_path, second=named)), "txt").decode("utf-8")
    assert _contents(txt)[2] == "3. Các hoạt động chính"


def test_the_order_of_the_keys_does_not_matter(tmp_path):
    written = render(*load(_plan(tmp_path / "a")), "txt")
    swapped = render(*load(_plan(tmp_path / "b", first=ACTIVITIES, second=SECTIONS)), "txt")
    assert written == swapped


def test_every_format_agrees(tmp_path):
    doc, repo = load(_plan(tmp_path))
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    paras = [p.text for p in d.paragraphs]
    heads = [t for t in paras if re.match(r"^\d+\. ", t)]
    assert heads == ["1. Đối tượng dự thi", "2. Lĩnh vực dự thi", "3. Các hoạt động cụ thể"]
    # the table comes after the heading of its subsection
    body = d.element.body
    children = list(body.iterchildren())
    head = next(c for c in children if "3. Các hoạt động cụ thể" in "".join(c.itertext()))
    tables = [c for c in children if c.tag.endswith("}tbl") and "STT" in "".join(c.itertext())]
    assert tables and children.index(tables[0]) > children.index(head)
    md = render(doc, repo, "md").decode("utf-8")
    html = render(doc, repo, "html").decode("utf-8")
    for text in (md, html):
        places = [text.index(s) for s in ("Đối tượng", "Lĩnh vực", "Các hoạt động cụ thể", "STT")]
        assert places == sorted(places), text


def test_list_layout_under_its_subsection_too(tmp_path):
    txt = render(*load(_plan(tmp_path, layout="list")), "txt").decode("utf-8")
    part = txt.split("3. Các hoạt động cụ thể")[1]
    assert part.lstrip().startswith("- Phát động Hội thi")


def test_without_subsections_no_extra_heading(tmp_path):
    txt = render(*load(_plan(tmp_path, first="")), "txt").decode("utf-8")
    assert "Các hoạt động cụ thể" not in txt
    assert _contents(txt) == ["1. Phát động Hội thi", "2. Chấm sơ khảo"]


UNITS = """\
  activities:
    - id: a1
      title: Tuyên truyền
      lead: td
      lead_unit: Ban Tuyên giáo Tỉnh Đoàn
      time: 2022-03
    - id: a2
      title: Hội thi
      lead: td
      lead_unit: Ban Phong trào
      time: 2022-05
    - id: a3
      title: Tập huấn
      lead: skhcn
      lead_unit: Văn phòng Sở Khoa học và Công nghệ tỉnh Bình Thuận
      time: 2022-06
"""


def test_lead_unit_naming_its_org_is_not_followed_by_it_again(tmp_path):
    doc, repo = load(_plan(tmp_path, first="", second=UNITS))
    printed = {fmt: render(doc, repo, fmt).decode("utf-8") for fmt in ("txt", "md", "html")}
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "STT")
    column = [r.cells[2].text for r in table.rows[1:4]]
    assert column == [
        "Ban Tuyên giáo Tỉnh Đoàn",
        "Ban Phong trào Tỉnh Đoàn",
        "Văn phòng Sở Khoa học và Công nghệ tỉnh Bình Thuận",
    ]
    for fmt, text in printed.items():
        assert "Tỉnh Đoàn Tỉnh Đoàn" not in text, fmt
        assert "Bình Thuận Sở KH&amp;CN" not in text and "Bình Thuận Sở KH&CN" not in text, fmt
        assert "Ban Phong trào Tỉnh Đoàn" in text, fmt


ALONE = """\
  activities:
    - id: a1
      title: Tuyên truyền
      lead: td
      lead_unit: Ban Tuyên giáo
      lead_unit_alone: true
      co_leads: [skhcn]
      time: 2022-03
    - id: a2
      title: Hội thi
      lead: td
      lead_unit: Ban Phong trào
      time: 2022-05
"""


def test_lead_unit_alone_prints_the_department_without_its_body(tmp_path):
    """``lead_unit_alone``: 'Ban Tuyên giáo', as the Tỉnh Đoàn's own plan typed it, in every
    format; without it the body's name follows ('Ban Phong trào Tỉnh Đoàn')."""
    doc, repo = load(_plan(tmp_path, first="", second=ALONE))
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "STT")
    assert [r.cells[2].text for r in table.rows[1:3]] == [
        "Ban Tuyên giáo, Sở KH&CN",
        "Ban Phong trào Tỉnh Đoàn",
    ]
    for fmt in ("txt", "md", "html"):
        text = render(doc, repo, fmt).decode("utf-8")
        assert "Ban Tuyên giáo Tỉnh Đoàn" not in text and "Ban Phong trào Tỉnh Đoàn" in text, fmt
    listed = render(*load(_plan(tmp_path, "", ALONE, "detailed_list", "ds")), "txt")
    assert "Đơn vị chủ trì: Ban Tuyên giáo, Sở KH&CN." in listed.decode("utf-8")


SUPPORT_UNITS = """\
  activities:
    - id: a1
      title: Tập huấn
      lead: skhcn
      support: [td]
      support_units: {td: Ban Phong trào}
      time: 2022-03
    - id: a2
      title: Hội thảo
      lead: skhcn
      support: [td]
      support_units: {td: Ban Tuyên giáo Tỉnh Đoàn}
      support_others: [Hội Nông dân tỉnh]
      time: 2022-05
"""


def test_a_supporting_department_prints_before_its_body(tmp_path):
    """``support_units``: "Ban Phong trào Tỉnh Đoàn" in the Phối hợp column — the body still the
    supporting party (``support``) — and a unit that names its body is not followed by it again."""
    doc, repo = load(_plan(tmp_path, first="", second=SUPPORT_UNITS))
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "STT")
    assert [r.cells[3].text for r in table.rows[1:3]] == [
        "Ban Phong trào Tỉnh Đoàn",
        "Ban Tuyên giáo Tỉnh Đoàn, Hội Nông dân tỉnh",
    ]
    listed = render(*load(_plan(tmp_path, "", SUPPORT_UNITS, "detailed_list", "ds")), "txt")
    assert "phối hợp: Ban Phong trào Tỉnh Đoàn" in listed.decode("utf-8")


LETTERED = """\
  sections:
    - title: Đánh giá chung
      sections_style: letter
      sections:
        - title: Ưu điểm
          items: [Hoàn thành chỉ tiêu.]
        - title: Hạn chế
          items: [Kinh phí còn ít.]
    - title: Số liệu
      table: {columns: [Đơn vị, Số lượng], rows: [[Quận Đoàn Ba Đình, "10"]]}
      sections:
        - paragraphs: ["Tổng số: 10 đại biểu."]
        - title: Ghi chú
          paragraphs: [Số liệu đến ngày 30/6.]
"""


def test_lettered_subsections_and_an_untitled_one_taking_no_number(tmp_path):
    """``sections_style: letter`` numbers the subsections a), b) (a report's "a) Ưu điểm"); an
    untitled subsection (the words after a table) goes on without a number, and the next titled
    one is 2.1., not 2.2."""
    txt = render(*load(_plan(tmp_path, first=LETTERED, second="")), "txt").decode("utf-8")
    for line in ("a) Ưu điểm", "b) Hạn chế", "2.1. Ghi chú"):
        assert f"\n{line}\n" in txt, line
    assert "2.2." not in txt
    assert txt.index("Quận Đoàn Ba Đình") < txt.index("Tổng số: 10 đại biểu.")


NESTED_UNTITLED = """\
  sections:
    - title: Cấp tỉnh
      paragraphs: [Tỉnh Đoàn chỉ đạo.]
    - paragraphs: [Các đơn vị sau phối hợp.]
      sections:
        - title: Ban Phong trào
          paragraphs: [Tham mưu.]
        - title: Văn phòng
          paragraphs: [Tổng hợp.]
    - title: Cấp cơ sở
      paragraphs: [Triển khai.]
"""


def test_an_untitled_subsection_s_own_subsections_go_on_with_the_numbers(tmp_path):
    """The titled subsections of an untitled one take their parent's next numbers (1., 2., 3.,
    4.): before, they started again at 1. and two entries of the section shared a number; and
    the activities after them are 5."""
    txt = render(*load(_plan(tmp_path, first=NESTED_UNTITLED)), "txt").decode("utf-8")
    assert _contents(txt) == [
        "1. Cấp tỉnh",
        "2. Ban Phong trào",
        "3. Văn phòng",
        "4. Cấp cơ sở",
        "5. Các hoạt động cụ thể",
        "1. Phát động Hội thi",
        "2. Chấm sơ khảo",
    ]
    assert txt.index("Tỉnh Đoàn chỉ đạo.") < txt.index("Các đơn vị sau phối hợp.")
    assert txt.index("Các đơn vị sau phối hợp.") < txt.index("2. Ban Phong trào")


def test_a_unit_ending_with_its_body_s_first_word_names_it_once():
    """'Văn phòng Sở' of the Sở KH&CN prints 'Văn phòng Sở KH&CN' (before: '… Sở Sở KH&CN'); a
    unit naming its body whole prints alone; another is followed by the body's short name."""
    from pathlib import Path

    from kehoach.model import Repository

    orgs = {
        "s": {"id": "s", "name": "Sở Khoa học và Công nghệ tỉnh Bình Thuận", "short": "Sở KH&CN"},
        "t": {"id": "t", "name": "Tỉnh Đoàn Bình Thuận", "short": "Tỉnh Đoàn"},
    }
    repo = Repository(Path("."), settings={}, orgs=orgs, documents=[])
    assert repo.unit_name("s", "Văn phòng Sở") == "Văn phòng Sở KH&CN"
    assert repo.unit_name("s", "Phòng Quản lý khoa học") == "Phòng Quản lý khoa học Sở KH&CN"
    assert repo.unit_name("t", "Ban Tuyên giáo Tỉnh Đoàn") == "Ban Tuyên giáo Tỉnh Đoàn"
    assert repo.unit_name("t", "Ban Phong trào") == "Ban Phong trào Tỉnh Đoàn"
    assert repo.unit_name("t", "") == "Tỉnh Đoàn"


@pytest.mark.parametrize("layout", ["table", "detailed_list", "appendix"])
def test_the_words_after_the_activities_print_after_them(tmp_path, layout):
    """``after_activities``: after the table (or the list, or the line pointing at the Phụ lục),
    in every format."""
    after = (
        '  after_activities:\n    paragraphs: ["Ngoài các hoạt động trên, các đơn vị chủ động."]\n'
    )
    doc, repo = load(_plan(tmp_path, first="", second=ACTIVITIES + after, layout=layout))
    closing = "Ngoài các hoạt động trên, các đơn vị chủ động."
    txt = render(doc, repo, "txt").decode("utf-8")
    body = txt.split("Nơi nhận")[0]
    if layout == "appendix":
        assert body.index("(Chi tiết tại") < body.index(closing)
    else:
        assert body.index("Chấm sơ khảo") < body.index(closing)
    d = docx.Document(io.BytesIO(render(doc, repo, "docx")))
    children = list(d.element.body.iterchildren())
    at = next(i for i, c in enumerate(children) if closing in "".join(c.itertext()))
    if layout == "table":
        table = next(i for i, c in enumerate(children) if c.tag.endswith("}tbl"))
        assert table < at
    for fmt in ("md", "html"):
        text = render(doc, repo, fmt).decode("utf-8").split("Nơi nhận")[0]
        assert text.index("Phát động Hội thi" if layout != "appendix" else "Chi tiết") < text.index(
            closing
        ), fmt


@pytest.mark.parametrize("print_total", [True, False])
def test_the_total_of_an_appendix_table_is_printed_unless_said(tmp_path, print_total):
    said = "" if print_total else "\n    print_total: false"
    appendix = f"""appendices:
  - title: DỰ KIẾN HOẠT ĐỘNG{said}
    activities:
      - {{id: b1, title: Hội thi, lead: td, budget: 80000000}}
      - {{id: b2, title: Tập huấn, lead: td, budget: 20000000}}
"""
    path = _plan(tmp_path, first="", second=ACTIVITIES)
    path.write_text(path.read_text(encoding="utf-8") + appendix, encoding="utf-8")
    txt = render(*load(path), "txt").decode("utf-8")
    appendix_part = txt.split("DỰ KIẾN HOẠT ĐỘNG")[1]
    assert ("Tổng cộng: 100.000.000 đồng" in appendix_part) is print_total
