"""A Word body → a flat list of blocks in reading order: paragraphs (``Para``) and tables
(``Table``, with each cell's grid column, horizontal span, vertical merge and left border).

Text boxes anchored in a paragraph come first, as a one-row ``Table`` with ``boxes=True`` (one
cell per box): a header typed in two text boxes then reads like a header typed in a two-column
table. Content controls (``w:sdt``) are opened; deleted table rows are dropped; nested tables are
read into their cell's paragraphs. Empty paragraphs are left out; an empty one drawn as a line (a
bottom border: the rule under an issuing body) marks the paragraph above it (``rule_below``).
Every block knows its Word section and whether that section is landscape (an appendix).
"""

from __future__ import annotations

from .docx_package import Package
from .docx_runs import ParagraphReader
from .docx_styles import Numbering, Styles, W, wval
from .model import Block, Cell, Para, Table

_NIL = {"nil", "none", None}


class _Walker:
    def __init__(self, pkg: Package):
        self.styles = Styles(pkg.styles)
        self.numbering = Numbering.load(pkg.numbering)
        self.reader = ParagraphReader(self.styles)
        self.paras = 0
        self.tables = 0
        self.blank = False  # the paragraph just read was empty

    # -- paragraphs --

    def para(self, p, where: str | None = None) -> tuple[Para | None, list[Table], bool]:
        """The paragraph (None when empty), the text boxes anchored in it, and whether it is
        drawn with a line under it."""
        self.paras += 1
        runs, boxes = self.reader.runs(p)
        ppr = p.find(W + "pPr")
        ruled = _bottom_border(ppr)
        label = self._label(ppr)
        outline = wval(ppr, "outlineLvl")
        pstyle = wval(ppr, "pStyle")
        level = (
            int(outline) if outline and outline.isdigit() else self.styles.get(pstyle, "outline")
        )
        boxed = [self.box_table(boxes)] if boxes else []
        text = "".join(r.text for r in runs)
        if not text.strip():
            return None, boxed, ruled
        para = Para(runs, wval(ppr, "jc") or "", label, where or f"đoạn {self.paras}", level)
        para.rule_below = ruled
        return para, boxed, False

    def _label(self, ppr) -> str:
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num = None
        if numpr is not None and wval(numpr, "numId") is not None:
            num = (wval(numpr, "numId") or "0", int(wval(numpr, "ilvl") or 0))
        else:
            num = self.styles.get(wval(ppr, "pStyle"), "num")
            if num is not None and numpr is not None and wval(numpr, "ilvl") is not None:
                num = (num[0], int(wval(numpr, "ilvl") or 0))
        if num is None:
            return ""
        return self.numbering.label(*num)

    def box_table(self, boxes: list) -> Table:
        cells = []
        for i, box in enumerate(boxes):
            paras: list[Para] = []
            for child in self.children(box):
                self.collect(child, paras, flat=True)
            cells.append(Cell(paras, col=i))
        return Table([cells], where=f"khung chữ gần đoạn {self.paras}", borders=False, boxes=True)

    # -- tables --

    def table(self, tbl) -> Table:
        self.tables += 1
        where = f"bảng {self.tables}"
        rows: list[list[Cell]] = []
        header_rows = 0
        for tr in self.children(tbl, "tr"):
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue
            if (
                trpr is not None
                and trpr.find(W + "tblHeader") is not None
                and len(rows) == header_rows
            ):
                header_rows += 1
            col = int(wval(trpr, "gridBefore") or 0)
            cells = []
            for tc in self.children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                span = int(wval(tcpr, "gridSpan") or 1)
                vm = tcpr.find(W + "vMerge") if tcpr is not None else None
                vmerge = (
                    ""
                    if vm is None
                    else ("restart" if vm.get(W + "val") == "restart" else "continue")
                )
                paras: list[Para] = []
                nested: list[Table] = []
                self.blank = False
                for child in self.children(tc):
                    self.collect(
                        child,
                        paras,
                        flat=True,
                        where=f"{where}, dòng {len(rows) + 1}",
                        nested=nested,
                    )
                cells.append(Cell(paras, col, span, vmerge, _left_border(tcpr), nested))
                col += span
            rows.append(cells)
        cells = [c for row in rows for c in row]
        ruled = _has_borders(tbl) or (  # borders set cell by cell (LibreOffice writes them so)
            bool(cells) and sum(c.left_border for c in cells) * 2 > len(cells)
        )
        return Table(rows, header_rows, where, ruled)

    # -- walking --

    def children(self, el, only: str | None = None):
        """Children of ``el``, with content controls and custom XML opened."""
        for child in el:
            tag = child.tag
            if tag in (W + "sdt",):
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from self.children(content, only)
            elif tag == W + "customXml":
                yield from self.children(child, only)
            elif only is None or tag == W + only:
                yield child

    def collect(
        self, el, out: list, *, flat: bool = False, where: str | None = None, nested=None
    ) -> None:
        """Append the blocks of body-level element ``el`` to ``out``; ``flat`` reads tables into
        paragraphs (inside cells and text boxes)."""
        if el.tag == W + "p":
            para, boxes, ruled = self.para(el, where)
            for box in boxes:
                if flat:
                    out.extend(p for c in box.rows[0] for p in c.paras)
                else:
                    out.append(box)
            if para is not None:
                para.blank_above, self.blank = self.blank, False
                out.append(para)
            elif ruled and out and isinstance(out[-1], Para):
                out[-1].rule_below = True
            else:
                self.blank = not boxes
        elif el.tag == W + "tbl":
            table = self.table(el)
            if nested is not None:
                nested.append(table)
            if flat:
                out.extend(p for row in table.rows for c in row for p in c.paras)
            else:
                out.append(table)


def _left_border(tcpr) -> bool:
    if tcpr is None:
        return False
    borders = tcpr.find(W + "tcBorders")
    if borders is None:
        return False
    left = borders.find(W + "left")
    if left is None:
        left = borders.find(W + "start")
    return left is not None and left.get(W + "val") not in _NIL


def _has_borders(tbl) -> bool:
    tblpr = tbl.find(W + "tblPr")
    borders = tblpr.find(W + "tblBorders") if tblpr is not None else None
    if borders is None:
        style = wval(tblpr, "tblStyle") or ""
        return "grid" in style.lower() or "table" in style.lower()
    return any(b.get(W + "val") not in _NIL for b in borders)


def _bottom_border(ppr) -> bool:
    borders = ppr.find(W + "pBdr") if ppr is not None else None
    bottom = borders.find(W + "bottom") if borders is not None else None
    return bottom is not None and bottom.get(W + "val") not in _NIL


def _landscape(sect) -> bool:
    size = sect.find(W + "pgSz") if sect is not None else None
    if size is None:
        return False
    if size.get(W + "orient") == "landscape":
        return True
    try:
        return int(size.get(W + "w") or 0) > int(size.get(W + "h") or 0) > 0
    except ValueError:
        return False


def read_blocks(pkg: Package) -> list[Block]:
    """Every paragraph and table of the body, in reading order, with its section."""
    walker = _Walker(pkg)
    out: list[Block] = []
    start = section = 0
    last = None
    for child in walker.children(pkg.body):
        if child.tag == W + "sectPr":
            last = child
            continue
        walker.collect(child, out)
        ppr = child.find(W + "pPr") if child.tag == W + "p" else None
        sect = ppr.find(W + "sectPr") if ppr is not None else None
        if sect is not None:  # this paragraph closes a section
            _mark(out[start:], section, _landscape(sect))
            start, section = len(out), section + 1
    _mark(out[start:], section, _landscape(last))
    return out


def _mark(blocks: list[Block], section: int, landscape: bool) -> None:
    for b in blocks:
        b.section, b.landscape = section, landscape


def read_paragraphs(pkg: Package, root) -> list[Para]:
    """Every paragraph of another part (a page header or footer): its tables and text boxes read
    into paragraphs."""
    walker = _Walker(pkg)
    out: list[Para] = []
    for child in walker.children(root):
        walker.collect(child, out, flat=True)
    return out
