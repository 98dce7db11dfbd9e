"""``contents.columns.units``: the lead and the supporting units in one column, as documents typed
with an 'Đơn vị thực hiện' column print them ('Tỉnh Đoàn (chủ trì); Sở KH&CN (phối hợp)'). Before,
the format had no such column: an imported table printed two columns, Đơn vị thực hiện and
Phối hợp, and lost the '(chủ trì)' the document typed."""

from __future__ import annotations

import docx
import pytest

from helpers import ORGS, PLAN, build_tree, render_file
from kehoach.render.activity_table import units_cell

UNITS = PLAN.replace(
    "contents:\n  activities:\n",
    "contents:\n  layout: table\n  columns: {units: Đơn vị thực hiện, number: TT}\n  activities:\n",
).replace(
    "      time: 2022-Q2\n",
    "      time: 2022-Q2\n      budget: 5000000\n"
    "    - {id: a2, title: Tập huấn, lead: skhcn, time: 2022-Q3, budget: 3000000}\n",
)
HEADS = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Kinh phí (đồng)"]
CELLS = ["Tỉnh Đoàn (chủ trì); Sở KH&CN (phối hợp)", "Sở KH&CN"]


@pytest.fixture
def plan(tmp_path):
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": UNITS}
    build_tree(tmp_path, files)
    return tmp_path / "plans" / "kh.yaml"


def test_the_cell_names_each_role():
    assert units_cell("Tỉnh Đoàn", "Sở KH&CN") == "Tỉnh Đoàn (chủ trì); Sở KH&CN (phối hợp)"
    assert units_cell("Tỉnh Đoàn", "") == "Tỉnh Đoàn"
    assert units_cell("", "Sở KH&CN") == "Sở KH&CN (phối hợp)"


def test_docx_prints_one_column_for_both(plan, tmp_path):
    out = tmp_path / "o.docx"
    render_file(plan, "docx", str(out))
    table = next(t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "TT")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == HEADS
    assert [r[2] for r in rows[1:3]] == CELLS and [r[3] for r in rows[1:3]] == [
        "Quý II/2022",
        "Quý III/2022",
    ]
    assert rows[3][-1] == "8.000.000" and set(rows[3][:4]) == {"Tổng cộng"}  # one merged cell
    widths = [c.width for c in table.columns]
    assert len(widths) == 5 and widths[2] > widths[3]  # the two columns' room, in one


def test_html_and_markdown_print_one_column_for_both(plan, tmp_path):
    html, md = tmp_path / "o.html", tmp_path / "o.md"
    render_file(plan, "html", str(html))
    render_file(plan, "md", str(md))
    page = html.read_text(encoding="utf-8")
    assert "<th>Đơn vị thực hiện</th><th>Thời gian</th>" in page and "<th>Phối hợp</th>" not in page
    assert "<td>Tỉnh Đoàn (chủ trì); Sở KH&amp;CN (phối hợp)</td>" in page
    assert '<td colspan="4">Tổng cộng</td>' in page
    lines = md.read_text(encoding="utf-8").splitlines()
    at = lines.index("| " + " | ".join(HEADS) + " |")
    assert lines[at + 1] == "|:---:|---|:---:|:---:|---:|"
    assert "| Tỉnh Đoàn (chủ trì); Sở KH&CN (phối hợp) | Quý II/2022 |" in lines[at + 2]
    assert all(line.count("|") == 6 for line in lines[at : at + 6] if line.startswith("|"))


NOTE = PLAN.replace(
    "contents:\n  activities:\n",
    "contents:\n  layout: table\n  columns: {note: Ghi chú}\n  activities:\n",
).replace(
    "      time: 2022-Q2\n",
    "      time: 2022-Q2\n      details: ['Địa điểm: Nhà Thiếu nhi', 'Ghi chú: Cấp tỉnh']\n"
    "      note: Đã xong vòng sơ khảo\n",  # the progress note: never printed
)


@pytest.fixture
def noted(tmp_path):
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": NOTE}
    build_tree(tmp_path, files)
    return tmp_path / "plans" / "kh.yaml"


def test_a_note_column_prints_the_typed_note_last(noted, tmp_path):
    """``columns.note``: a Ghi chú column at the end with the words of the document's Ghi chú
    column (the detail ``import`` keeps); before, they printed under the content, in italics."""
    out = tmp_path / "o.docx"
    render_file(noted, "docx", str(out))
    table = next(t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "STT")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú"]
    assert rows[1][1] == "Hội thi\nĐịa điểm: Nhà Thiếu nhi" and rows[1][-1] == "Cấp tỉnh"
    html, md, txt = tmp_path / "o.html", tmp_path / "o.md", tmp_path / "o.txt"
    for path in (html, md, txt):
        render_file(noted, path.suffix[1:], str(path))
    page = html.read_text(encoding="utf-8")
    assert "<th>Thời gian</th><th>Ghi chú</th>" in page and "<td>Cấp tỉnh</td></tr>" in page
    assert "Đã xong vòng sơ khảo" not in page
    lines = md.read_text(encoding="utf-8").splitlines()
    at = lines.index("| STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Ghi chú |")
    assert lines[at + 1] == "|:---:|---|:---:|:---:|:---:|---|"
    assert lines[at + 2].endswith("| Quý II/2022 | Cấp tỉnh |") and "Ghi chú" not in lines[at + 2]
    table = lines[at : lines.index("", at)]  # one row a line, no blank line inside the table
    assert all(line.count("|") == 7 for line in table), table
    flat = " ".join(txt.read_text(encoding="utf-8").split())
    assert "Thời gian: Quý II/2022; Ghi chú: Cấp tỉnh" in flat and flat.count("Cấp tỉnh") == 1
