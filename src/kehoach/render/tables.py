"""Tables written in a section (``table: {columns, rows}``): the block every template prints, and
its plain-text layout."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from .. import viet
from . import budget_text
from .metrics import text_width_twips

_NUMERIC = re.compile(r"^[\d.,%\s+-]*$")
# the label of a row of totals: 'Tổng cộng', 'Cộng', 'Tổng số', 'Tổng kinh phí', 'Tổng:'
_TOTAL_LABEL = re.compile(r"(tổng( cộng| số| kinh phí)?|cộng)\s*:?", re.I)
# the heading of a column of row numbers: 'STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự'
_ORDINAL_HEAD = re.compile(r"(số\s*)?(s?tt|thứ\s+tự)\.?", re.I)


def block(table: dict, clean: Callable[[object], str], total_row: bool | None = None) -> dict:
    """Cells as printed (integers with '.' separators), which columns are numeric, how each
    column's cells align (``align``: a column of row numbers, ``STT``, centred as in the activity
    tables; other numbers right; words left) and each column's share of the width.
    ``total_row``: the last row is a row of totals, kept on the page of the row before it; by
    default when its first filled cell says so (``Tổng cộng``, ``Cộng``)."""
    columns = [clean(c) for c in table.get("columns") or []]
    rows = [
        [viet.money(c) if isinstance(c, int) and not isinstance(c, bool) else clean(c) for c in row]
        for row in table.get("rows") or []
        if isinstance(row, list)
    ]
    rows = [(row + [""] * len(columns))[: len(columns)] for row in rows]
    numeric = [bool(rows) and all(_NUMERIC.match(r[i]) for r in rows) for i in range(len(columns))]
    if total_row is None:
        total_row = len(rows) > 1 and is_total_label(next((c for c in rows[-1] if c.strip()), ""))
    return {
        "type": "table",
        "columns": columns,
        "rows": rows,
        "numeric": numeric,
        "align": [
            "center" if is_ordinal_head(c) else "right" if num else "left"
            for c, num in zip(columns, numeric, strict=True)
        ],
        "total_row": bool(total_row) and len(rows) > 1,
        "weights": weights(columns, rows, numeric),
    }


def is_ordinal_head(text: str) -> bool:
    """'STT', 'TT', 'Số TT', 'Số thứ tự': the heading of a column of row numbers."""
    return _ORDINAL_HEAD.fullmatch(text.strip()) is not None


def is_total_label(text: str) -> bool:
    """'Tổng cộng', 'Cộng:', 'TỔNG SỐ': the label of a row of totals."""
    return _TOTAL_LABEL.fullmatch(text.strip()) is not None


TEXT_TWIPS = 9071  # the A4 text block of the templates (210 mm less 30 mm and 20 mm margins)
CELL_TWIPS = 200  # cell margins (2 × 70) and some room, so Word does not break a word that fits
TABLE_PT = 12  # the size of table text in the DOCX templates
WANT_TWIPS = 4000  # no column asks for more than this before the others have what they need


def weights(columns: list[str], rows: list[list[str]], numeric: list[bool]) -> list[float]:
    """Each column's share of the width, sized from its content as printed (Times New Roman
    metrics): first every column gets room for its longest word — the header's in bold, a
    number or a date whole — so nothing is broken inside a word or stacked one letter per line;
    what is left goes to the columns whose text is longer, in proportion."""
    need: list[int] = []  # room for the longest word (twips)
    want: list[int] = []  # room the column would like
    for i, col in enumerate(columns):
        cells = [r[i] for r in rows]
        head = max([text_width_twips(w, TABLE_PT, True) for w in col.split()] + [0])
        body = [
            text_width_twips(c, TABLE_PT)
            if numeric[i]
            else max([text_width_twips(w, TABLE_PT) for w in c.split()] + [0])
            for c in cells
        ]
        need.append(max([head, *body, 300]) + CELL_TWIPS)
        whole = [
            text_width_twips(col, TABLE_PT, True),
            *(text_width_twips(c, TABLE_PT) for c in cells),
        ]
        want.append(max(need[-1], min(WANT_TWIPS, max(whole) + CELL_TWIPS)))
    spare = TEXT_TWIPS - sum(need)
    extra = [w - n for w, n in zip(want, need, strict=True)]
    asked = sum(extra)
    if spare > 0 and asked:
        sizes = [n + min(e, spare * e / asked) for n, e in zip(need, extra, strict=True)]
    else:
        sizes = [float(n) for n in need]
    total = sum(sizes) or 1.0
    return [size / total for size in sizes]


def as_text(blk: dict, width: int) -> str:
    """Aligned columns when the table fits ``width``; otherwise one wrapped line per row,
    ``first cell: column value; column value…`` (a table of headings alone: its headings). A dự
    toán table (``estimate``): one entry per line, its amount right-aligned (``budget_text``)."""
    if blk.get("estimate"):
        return budget_text.as_text(blk, width)
    columns, rows, numeric = blk["columns"], blk["rows"], blk["numeric"]
    sizes = [
        max(len(c), *(len(r[i]) for r in rows)) if rows else len(c) for i, c in enumerate(columns)
    ]
    if sum(sizes) + 2 * (len(sizes) - 1) <= width:

        def line(cells: list[str]) -> str:
            return "  ".join(
                c.rjust(w) if num else c.ljust(w)
                for c, w, num in zip(cells, sizes, numeric, strict=True)
            ).rstrip()

        return "\n".join(
            [line(columns), "  ".join("-" * w for w in sizes), *(line(r) for r in rows)]
        )
    if not rows:  # the headings alone (a heading row typed without rows): printed, wrapped
        return textwrap.fill(" | ".join(columns), width)
    out = []
    for r in rows:
        pairs = "; ".join(f"{c.lower()} {v}" for c, v in zip(columns[1:], r[1:], strict=True) if v)
        head = f"{r[0]}: " if r[0] else ""  # a row with no first cell (Tổng cộng): no label
        out.append(textwrap.fill(f"- {head}{pairs}", width, subsequent_indent="  "))
    return "\n".join(out)
