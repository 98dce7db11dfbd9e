"""A plan's Kinh phí as every format prints it: each line's note (``lines[].note``, a Ghi chú
column of the dự toán table, ``note_column``), the total in words ending with 'chẵn'
(``total_even``)."""

from __future__ import annotations

import io

import docx

from helpers import ORGS, build_tree, load
from kehoach.render.document import render

PLAN = """\
kind: plan
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch thử
budget:
{budget}implementation:
  items: [Các đơn vị triển khai Kế hoạch.]
signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
recipients:
  groups:
    - items: [TW Đoàn]
  archive: [VT]
"""

LINES = """\
  lines:
    - {item: Giải thưởng Hội thi, amount: 30000000, source: Sở KH&CN, note: 01 giải Nhất}
    - {item: Tập huấn, amount: 20000000}
  total: 50000000
"""


def _plan(tmp_path, budget: str):
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "plans/kh.yaml": PLAN.format(budget=budget),
        },
    )
    return load(root / "plans/kh.yaml")


def _table(doc, repo) -> list[list[str]]:
    tables = docx.Document(io.BytesIO(render(doc, repo, "docx"))).tables
    table = next(t for t in tables if t.rows[0].cells[0].text == "STT")
    return [[c.text for c in r.cells] for r in table.rows]


def test_a_lines_note_in_the_ghi_chu_column(tmp_path):
    doc, repo = _plan(tmp_path, LINES + "  layout: table\n")
    assert _table(doc, repo) == [
        ["STT", "Nội dung", "Kinh phí (đồng)", "Nguồn", "Ghi chú"],
        ["1", "Giải thưởng Hội thi", "30.000.000", "Sở KH&CN", "01 giải Nhất"],
        ["2", "Tập huấn", "20.000.000", "", ""],
        ["", "Tổng cộng", "50.000.000", "", ""],
    ]
    for fmt in ("md", "html", "txt"):
        assert "01 giải Nhất" in render(doc, repo, fmt).decode("utf-8"), fmt


def test_a_ghi_chu_column_typed_with_no_note_is_printed(tmp_path):
    budget = LINES.replace(", note: 01 giải Nhất", "") + "  layout: table\n  note_column: Ghi chú\n"
    doc, repo = _plan(tmp_path, budget)
    rows = _table(doc, repo)
    assert rows[0][-1] == "Ghi chú" and [r[-1] for r in rows[1:]] == ["", "", ""]
    plain = _plan(tmp_path / "khong", budget.replace("  note_column: Ghi chú\n", ""))
    assert _table(*plain)[0] == ["STT", "Nội dung", "Kinh phí (đồng)", "Nguồn"]


def test_a_lines_note_in_the_list(tmp_path):
    txt = render(*_plan(tmp_path, LINES), "txt").decode("utf-8")
    text = " ".join(txt.split())
    assert "- Giải thưởng Hội thi: 30.000.000 đồng (Sở KH&CN; ghi chú: 01 giải Nhất);" in text
    assert "- Tập huấn: 20.000.000 đồng." in text


def test_the_total_in_words_says_chan(tmp_path):
    """``total_even``: '… đồng chẵn', under the table and in the total line of a list."""
    for layout in ("table", "list"):
        doc, repo = _plan(tmp_path / layout, LINES + f"  layout: {layout}\n  total_even: true\n")
        for fmt in ("txt", "md", "html"):
            text = " ".join(render(doc, repo, fmt).decode("utf-8").split())
            assert "Bằng chữ: Năm mươi triệu đồng chẵn)" in text, (layout, fmt)
        paras = [p.text for p in docx.Document(io.BytesIO(render(doc, repo, "docx"))).paragraphs]
        assert any("Năm mươi triệu đồng chẵn)" in p for p in paras), layout
    doc, repo = _plan(tmp_path / "le", LINES)
    assert "chẵn" not in render(doc, repo, "txt").decode("utf-8")


def _section(txt: str) -> str:
    """The Kinh phí section of a plain-text render, without its heading."""
    return txt.split("I. KINH PHÍ\n\n")[1].split("\n\nII. ")[0]


def test_the_plain_text_dự_toán_is_one_entry_per_line(tmp_path):
    """The dự toán table in plain text: each line's amount right-aligned at the right edge, its
    words wrapped beside it, its Nguồn and Ghi chú under them, the Tổng cộng row set apart —
    before, '- 1: nội dung …; kinh phí (đồng) 30.000.000; nguồn …', the amounts lost in the
    words."""
    budget = LINES.replace(
        "Tập huấn",
        '"Tập huấn kỹ năng khởi nghiệp, sở hữu trí tuệ cho đoàn viên, thanh niên các xã"',
    )
    doc, repo = _plan(tmp_path, budget + "  layout: table\n")
    assert _section(render(doc, repo, "txt").decode("utf-8")) == "\n".join(
        [
            "STT  Nội dung                                                  Kinh phí (đồng)",
            "---  --------------------------------------------------------  ---------------",
            "  1  Giải thưởng Hội thi                                            30.000.000",
            "     Nguồn: Sở KH&CN",
            "     Ghi chú: 01 giải Nhất",
            "  2  Tập huấn kỹ năng khởi nghiệp, sở hữu trí tuệ cho đoàn          20.000.000",
            "     viên, thanh niên các xã",
            "---  --------------------------------------------------------  ---------------",
            "     Tổng cộng                                                      50.000.000",
            "",
            "(Bằng chữ: Năm mươi triệu đồng)",
        ]
    )


def test_the_plain_text_dự_toán_in_the_unit_typed(tmp_path):
    """Under 'Kinh phí (triệu đồng)' the amounts in millions; under a title with no unit each says
    'đồng'; no Tổng cộng row typed (``print_total: false``): no rule, no total."""
    budget = LINES.replace("  total: 50000000\n", "")
    typed = budget + "  layout: table\n  columns: [TT, Khoản chi, Kinh phí (triệu đồng), Nguồn]\n"
    lines = _section(render(*_plan(tmp_path, typed), "txt").decode("utf-8")).splitlines()
    assert lines[0].split() == ["TT", "Khoản", "chi", "Kinh", "phí", "(triệu", "đồng)"]
    assert [ln[-4:] for ln in lines if ln[-1:].isdigit()] == ["  30", "  20", "  50"]
    plain = budget + "  layout: table\n  columns: [STT, Nội dung chi, Kinh phí]\n"
    plain += "  print_total: false\n"
    text = _section(render(*_plan(tmp_path / "dong", plain), "txt").decode("utf-8"))
    assert text.splitlines()[2].endswith("  30.000.000 đồng")
    rules = [ln for ln in text.splitlines() if ln.startswith("---")]
    assert "Tổng cộng" not in text and len(rules) == 1  # the heading's rule alone
    assert all(len(ln) <= 78 for ln in text.splitlines())
