"""Tables written in sections (``table: {columns, rows}``), in every output family."""

from __future__ import annotations

import docx
import pytest

from helpers import ORGS, PLAN, build_tree, render_file
from kehoach.render.tables import as_text, block

TABLE = """extra_sections:
  - title: Phụ lục số liệu
    table:
      columns: [Đơn vị, Số đoàn viên, Ghi chú]
      rows:
        - [Thành phố Phan Thiết, 1250, "A & <b>"]
        - [Huyện Hàm Thuận Bắc, 830, ""]
"""


@pytest.fixture
def plan(tmp_path):
    build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": PLAN + TABLE},
    )
    return tmp_path / "plans" / "kh.yaml"


def test_block_formats_numbers_and_finds_numeric_columns():
    blk = block({"columns": ["A", "B"], "rows": [["x", 1250000], ["y", 3]]}, str)
    assert blk["rows"] == [["x", "1.250.000"], ["y", "3"]] and blk["numeric"] == [False, True]
    assert abs(sum(blk["weights"]) - 1) < 1e-9


def test_text_layout_aligns_or_falls_back_to_lines():
    blk = block({"columns": ["Đơn vị", "Số"], "rows": [["Phan Thiết", 12]]}, str)
    assert as_text(blk, 78).splitlines() == ["Đơn vị      Số", "----------  --", "Phan Thiết  12"]
    wide = block({"columns": ["Đơn vị", "Ghi chú"], "rows": [["Phan Thiết", "x" * 100]]}, str)
    assert as_text(wide, 40).startswith("- Phan Thiết: ghi chú xxx")


@pytest.mark.parametrize("width", [78, 20])
def test_text_layout_prints_a_table_of_headings_alone(width):
    """A table with its column headings and no rows (a heading row typed alone, a text box read
    as a table by an older import) is printed, whether its headings fit the width or not —
    before, headings wider than the page printed nothing."""
    heads = ["Hạn nộp ý tưởng: trước ngày 31/5/2026", "Ghi chú"]
    flat = " ".join(as_text(block({"columns": heads, "rows": []}, str), width).split())
    assert all(head in flat for head in heads)


def test_table_in_every_format(plan, tmp_path):
    txt = tmp_path / "o.txt"
    render_file(plan, "txt", str(txt))
    assert "Thành phố Phan Thiết         1.250  A & <b>" in txt.read_text(encoding="utf-8")
    md = tmp_path / "o.md"
    render_file(plan, "md", str(md))
    assert "| Thành phố Phan Thiết | 1.250 | A & \\<b\\> |" in md.read_text(encoding="utf-8")
    html = tmp_path / "o.html"
    render_file(plan, "html", str(html))
    assert '<td class="num">1.250</td><td>A &amp; &lt;b&gt;</td>' in html.read_text(
        encoding="utf-8"
    )
    out = tmp_path / "o.docx"
    render_file(plan, "docx", str(out))
    rows = [[c.text for c in r.cells] for t in docx.Document(str(out)).tables for r in t.rows]
    assert ["Đơn vị", "Số đoàn viên", "Ghi chú"] in rows and [
        "Thành phố Phan Thiết",
        "1.250",
        "A & <b>",
    ] in rows


@pytest.mark.parametrize("head", ["STT", "TT", "Số TT", "Số thứ tự", "stt."])
def test_a_column_of_row_numbers_is_centred(head):
    """The row numbers of a written table (a dự toán, a table of figures) centred, as the activity
    tables print theirs; amounts right, words left. Before: right-aligned like an amount."""
    blk = block({"columns": [head, "Nội dung", "Kinh phí"], "rows": [["1", "x", 5000]]}, str)
    assert blk["align"] == ["center", "left", "right"]
    blk = block({"columns": ["Số lớp", "Nội dung"], "rows": [["1", "x"]]}, str)
    assert blk["align"] == ["right", "left"]


ORDINALS = """extra_sections:
  - title: Dự toán
    table:
      columns: [STT, Nội dung, Kinh phí (đồng)]
      rows:
        - [1, Hội nghị, 15000000]
        - [2, Tập huấn, 60000000]
"""


def test_row_numbers_centred_in_every_format(tmp_path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": PLAN + ORDINALS},
    )
    plan = tmp_path / "plans" / "kh.yaml"
    out = tmp_path / "o.docx"
    render_file(plan, "docx", str(out))
    heads = ["STT", "Nội dung", "Kinh phí (đồng)"]
    tables = docx.Document(str(out)).tables
    table = next(t for t in tables if [c.text for c in t.rows[0].cells] == heads)
    aligned = [[c.paragraphs[0].alignment for c in r.cells] for r in table.rows[1:]]
    centre, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    assert aligned == [[centre, WD_ALIGN_PARAGRAPH.LEFT, right]] * 2
    html = tmp_path / "o.html"
    render_file(plan, "html", str(html))
    assert '<td class="no">1</td><td>Hội nghị</td><td class="num">15.000.000</td>' in (
        html.read_text(encoding="utf-8")
    )
    md = tmp_path / "o.md"
    render_file(plan, "md", str(md))
    assert "| STT | Nội dung | Kinh phí (đồng) |\n|:---:|---|---:|" in md.read_text(
        encoding="utf-8"
    )
