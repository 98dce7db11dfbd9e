"""A table's Tổng cộng row never starts a PDF page alone: it travels with at least the last data
row (the activity table, the dự toán table, a table typed in a section with a 'Cộng' row), and
the heading row repeats on the next page. Each case ends its table exactly at the foot of page 1:
a first render with many rows tells how many fit there. Needs soffice and poppler-utils."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from browser import Browser
from helpers import ORGS, build_tree, load, pdf_pages
from kehoach.render.document import render
from kehoach.render.tables import block

PLAN = """\
kind: plan
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch thử
{body}
signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn Ký}}
recipients:
  groups:
    - {{purpose: b/c, items: [TW Đoàn]}}
  archive: [VT]
"""

# one line a row, as tall as the total's, so that the total cannot squeeze into the room left
# under the last row that fits
TABLES = {
    "activities": (
        "contents:\n  activities:\n",
        "    - {{id: a{i}, title: Hoạt động số {i}, lead: td, time: 2022, budget: 1000000}}",
        "",
        "Tổng cộng",
    ),
    "budget": (
        "budget:\n  layout: table\n  lines:\n",
        "    - {{item: Khoản chi số {i}, amount: 1000000}}",
        "",
        "Tổng cộng",
    ),
    "typed": (
        "purpose:\n  table:\n    columns: [STT, Đơn vị, Số đoàn viên]\n    rows:\n",
        "      - [{i}, Đơn vị số {i}, 100]",
        '      - ["", Cộng, {total}]',
        "Cộng",
    ),
}
THEN = {
    "signature": "",  # the table ends the body: the signature keeps with it
    "section": "implementation:\n  paragraphs: [Các đơn vị tổ chức thực hiện Kế hoạch.]\n",
}
ROW = re.compile(r"(?:Hoạt động|Khoản chi|Đơn vị) số (\d+)")


def _plan(tmp_path: Path, table: str, then: str, rows: int) -> Path:
    head, row, total, _ = TABLES[table]
    lines = [row.format(i=i) for i in range(1, rows + 1)]
    if total:
        lines.append(total.format(total=100 * rows))
    body = head + "\n".join(lines) + "\n" + THEN[then]
    root = build_tree(
        tmp_path / f"{table}-{then}-{rows}",
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "plans/kh.yaml": PLAN.format(body=body),
        },
    )
    return root / "plans/kh.yaml"


def _lines(pdf: bytes, folder: Path) -> list[list[str]]:
    return [
        [ln.strip() for ln in page.splitlines() if ln.strip()] for page in pdf_pages(pdf, folder)
    ]


def _pdf(tmp_path: Path, table: str, then: str, rows: int) -> list[list[str]]:
    """The lines of each page of the PDF (DOCX through LibreOffice)."""
    return _lines(render(*load(_plan(tmp_path, table, then, rows)), "pdf"), tmp_path)


def _fit(pages: list[list[str]]) -> int:
    """The last data row on page 1."""
    return max(int(m.group(1)) for ln in pages[0] if (m := ROW.search(ln)))


def _assert_total_with_its_row(pages: list[list[str]], table: str, fit: int) -> None:
    """The total is not on page 1 (the probe pushed it over), and the page it is on has the
    heading row, then the last data row, above it."""
    label = TABLES[table][3]
    at = next(i for i, p in enumerate(pages) if any(ln.startswith(label) for ln in p))
    assert at > 0, "the probe should push the total to the next page"
    page = pages[at]
    total = next(i for i, ln in enumerate(page) if ln.startswith(label))
    rows = [int(m.group(1)) for ln in page[:total] if (m := ROW.search(ln))]
    assert fit in rows, page  # the last data row travels with the total
    # the heading row repeats at the top of the page, above the rows
    heading = next(i for i, ln in enumerate(page) if ln.startswith("STT"))
    assert heading < next(i for i, ln in enumerate(page) if ROW.search(ln))
    if table == "budget":  # the total in words stays under the total
        assert any(ln.startswith("(Bằng chữ: ") for ln in page[total:]), page


@pytest.mark.parametrize("then", THEN)
@pytest.mark.parametrize("table", TABLES)
def test_total_row_never_starts_a_page(tmp_path, table, then):
    fit = _fit(_pdf(tmp_path, table, then, 60))
    # as many rows as fill page 1: the total does not fit under the last of them
    _assert_total_with_its_row(_pdf(tmp_path, table, then, fit), table, fit)


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


@pytest.mark.parametrize("table", TABLES)
def test_html_printed_by_a_browser_keeps_the_total_with_its_row(browser, tmp_path, table):
    """The HTML printed from Chromium: the total once, after the last row — a table footer
    (``tfoot``) is printed at the foot of every page, 'Tổng cộng 60.000.000' under row 17 — and
    never alone at the top of a page."""

    def printed(rows: int) -> list[list[str]]:
        path = tmp_path / f"{table}-{rows}.html"
        path.write_bytes(render(*load(_plan(tmp_path, table, "section", rows)), "html"))
        browser.open(path.as_uri())
        return _lines(browser.pdf(), tmp_path)

    probe = printed(60)
    label = TABLES[table][3]
    totals = [i for i, p in enumerate(probe) for ln in p if ln.startswith(label)]
    assert len(totals) == 1 and totals[0] > 0, totals  # once, under a table of two pages
    fit = _fit(probe)
    _assert_total_with_its_row(printed(fit), table, fit)


def _keeps(row) -> bool:
    """Every paragraph of the row keeps with the next (``w:keepNext``)."""
    paras = row._tr.findall(".//" + qn("w:p"))
    return bool(paras) and all(
        p.find(qn("w:pPr") + "/" + qn("w:keepNext")) is not None for p in paras
    )


@pytest.mark.parametrize("table", TABLES)
def test_docx_keeps_the_row_before_the_total_with_it(tmp_path, table):
    """What Word and LibreOffice read: rows never split, the heading row repeats on each page,
    the row before the total keeps with the next row; the total itself only with its words
    ('(Bằng chữ: …)' under the dự toán table), in a table followed by more text."""
    d = docx.Document(io.BytesIO(render(*load(_plan(tmp_path, table, "section", 5)), "docx")))
    (t,) = [t for t in d.tables if t.rows[0].cells[0].text == "STT"]
    assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in t.rows)
    assert t.rows[-1].cells[1 if table != "activities" else 0].text == TABLES[table][3]
    assert [_keeps(r) for r in t.rows[1:]] == [False] * 4 + [True, table == "budget"]


def test_a_last_row_of_totals_is_known_by_its_label():
    def total(label: str, rows: int = 2) -> bool:
        body = [["", f"Đơn vị {i}", "1"] for i in range(rows - 1)]
        return block({"columns": ["STT", "Đơn vị", "Số"], "rows": [*body, ["", label, "3"]]}, str)[
            "total_row"
        ]

    assert all(total(x) for x in ["Tổng cộng", "Cộng", "Cộng:", "TỔNG SỐ", "Tổng kinh phí"])
    assert not any(total(x) for x in ["Cộng đồng khởi nghiệp", "Huyện Tuy Phong", "Tổng kết"])
    assert not total("Tổng cộng", rows=1)  # a table of one row has no row to keep it with
    assert block({"columns": ["A"], "rows": [["x"], ["y"]]}, str, total_row=True)["total_row"]
