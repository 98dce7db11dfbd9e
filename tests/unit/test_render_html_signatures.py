"""Joint signature blocks in the HTML output, and the HTML printed by a browser.

Side by side, the blocks are laid out as in the DOCX: as wide as the DOCX makes them (a block whose
line may not break, "TM. BAN THƯỜNG TRỰC", as wide as that line), their lines broken where the
DOCX breaks them, the names in a row of their own so that they line up. Before: equal columns,
the browser's own breaks ("TM. BAN THƯỜNG / TRỰC", "THUẬN" alone on a line) and each name under
its own block, lower under a longer title.

Printed, the header and the blocks reach 5 mm into the margins (as in the DOCX) and are printed
whole; before, the browser cut what stood outside the 30 and 15 mm margins ("IÊN HIỆP CÁC HỘI" for
"LIÊN HIỆP CÁC HỘI", "TM. BAN THƯỜNG TRỰ")."""

from __future__ import annotations

import io
import re
import subprocess
from html.parser import HTMLParser

import docx
import pytest

from browser import Browser
from helpers import ORGS_QNG, build_tree, load
from kehoach.render.document import render

PLAN = """\
kind: plan
issuers: [td, skhcn, lhh]
date: 2027-01-10
year: 2027
title: Kế hoạch thử
purpose: {items: [Một ý]}
signers:
  - {org: td, authority: TM., title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, title: GIÁM ĐỐC, name: Nguyễn Văn B}
  - {org: lhh, authority: TM., title: CHỦ TỊCH, name: Nguyễn Văn C}
recipients:
  groups:
    - items: [Như trên]
  archive: [VT]
appendices:
  - title: Số liệu
    orientation: landscape
    table: {columns: [Đơn vị, Số lượng], rows: [[Mộtđơnvị, 12]]}
"""
NAMES = ["Nguyễn Văn A", "Nguyễn Văn B", "Nguyễn Văn C"]
MM = 72 / 25.4  # points in a millimetre


@pytest.fixture
def plan(tmp_path):
    build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS_QNG, "plans/kh.yaml": PLAN},
    )
    return tmp_path / "plans/kh.yaml"


class _Rows(HTMLParser):
    """The cells of the joint signature tables: the lines of each (``<br>`` and ``<div>`` break)."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[list[str]]] = []
        self.depth = 0  # inside a closing-table joint

    def handle_starttag(self, tag, attrs):
        if tag == "table" and dict(attrs).get("class") == "closing-table joint":
            self.depth = 1
        elif self.depth and tag == "tr":
            self.rows.append([])
        elif self.depth and tag == "td":
            self.rows[-1].append([""])
        elif self.depth and tag in ("br", "div") and self.rows and self.rows[-1]:
            self.rows[-1][-1].append("")

    def handle_endtag(self, tag):
        if tag == "table":
            self.depth = 0

    def handle_data(self, data):
        if self.depth and self.rows and self.rows[-1]:
            self.rows[-1][-1][-1] += data


def _cells(html: str) -> list[list[list[str]]]:
    parser = _Rows()
    parser.feed(html)
    return [[[ln.strip() for ln in cell if ln.strip()] for cell in row] for row in parser.rows]


def test_joint_blocks_break_as_the_docx_and_names_share_a_row(plan):
    doc = load(plan)
    titles, names = _cells(render(*doc, "html").decode("utf-8"))
    assert names == [[n] for n in NAMES]
    d = docx.Document(io.BytesIO(render(*doc, "docx")))
    assert titles == [cell.text.split("\n") for cell in d.tables[1].rows[0].cells]
    assert ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"] == titles[2][-2:]
    assert all(line.strip() != "THUẬN" for cell in titles for line in cell)


@pytest.mark.parametrize("n", [2, 4])
def test_two_and_four_signers(tmp_path, n):
    """Two blocks in a row; four, two by two: each row's lines as the DOCX row's, its names in
    a row of their own."""
    extra = "  - {org: ubnd, authority: TM., title: CHỦ TỊCH, name: Nguyễn Văn D}\n"
    if n == 4:
        plan = PLAN.replace("issuers: [td, skhcn, lhh]", "issuers: [td, skhcn, lhh, ubnd]")
        plan = plan.replace("recipients:", extra + "recipients:")
    else:
        plan = PLAN.replace("issuers: [td, skhcn, lhh]", "issuers: [td, skhcn]")
        plan = re.sub(r"  - \{org: lhh.*\n", "", plan)
    build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS_QNG, "plans/kh.yaml": plan},
    )
    doc = load(tmp_path / "plans/kh.yaml")
    rows = _cells(render(*doc, "html").decode("utf-8"))
    d = docx.Document(io.BytesIO(render(*doc, "docx")))
    tables = d.tables[1:-1]  # after the header's, before the Phụ lục's
    assert len(rows) == 2 * len(tables) == (2 if n == 2 else 4)
    for k, table in enumerate(tables):
        assert rows[2 * k] == [cell.text.split("\n") for cell in table.rows[0].cells]
        assert rows[2 * k + 1] == [[cell.text] for cell in table.rows[1].cells]


def _words(pdf: str) -> list[tuple[int, float, float, float, float, str]]:
    """Each word of the PDF: its page, its box (points from the top left) and its text."""
    out = subprocess.run(
        ["pdftotext", "-bbox", pdf, "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    words = []
    for n, page in enumerate(out.split("<page ")[1:], 1):
        for box in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page
        ):
            words.append((n, *map(float, box[:4]), box[4]))
    return words


def _page(pdf: str, n: int) -> tuple[int, bytes]:
    """Page ``n`` at 72 dpi in grey (a byte a pixel, a pixel a point): its width and pixels."""
    raw = subprocess.run(
        ["pdftoppm", "-r", "72", "-gray", "-f", str(n), "-l", str(n), pdf],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    head = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", raw)
    assert head
    return int(head.group(1)), raw[head.end() :]


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


def test_printed_page_keeps_what_reaches_into_the_margins(plan, tmp_path, browser):
    page = tmp_path / "kh.html"
    page.write_bytes(render(*load(plan), "html"))
    browser.open(page.as_uri())
    pdf = tmp_path / "kh.pdf"
    pdf.write_bytes(browser.pdf())
    words = _words(str(pdf))
    # the text keeps the margins of Decree 30: 30 mm on the left (Nơi nhận)
    (left,) = [w for w in words if w[5] == "Nơi"]
    assert abs(left[1] - 30 * MM) < 1
    # and so does the landscape Phụ lục (its table's first cell, inside the cell's 3 pt)
    (cell,) = [w for w in words if w[5] == "Mộtđơnvị"]
    assert abs(cell[1] - 30 * MM - 3) < 1.5
    # the names line up
    assert len({(w[0], round(w[2])) for w in words if w[5] in ("A", "B", "C")}) == 1
    # each word standing in the 5 mm of margin the header and the blocks take is printed there
    inner, outer = 30 * MM, (210 - 15) * MM
    band = [w for w in words if w[1] < inner - 1 or w[3] > outer + 1]
    assert any(w[0] == 1 and w[2] < 150 for w in band), "the header was meant to reach there"
    pages = {}
    for n, x0, y0, x1, y1, word in band:
        width, pixels = pages.setdefault(n, _page(str(pdf), n))
        xs = range(int(x0), int(inner) - 1) if x0 < inner - 1 else range(int(outer) + 2, int(x1))
        assert any(pixels[y * width + x] < 128 for y in range(int(y0), int(y1)) for x in xs), word
