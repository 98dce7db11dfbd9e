"""Tables written in a section (``table: {columns, rows}``): the block every template prints, and
its plain-text layout."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from .. import viet

_NUMERIC = re.compile(r"^[\d.,%\s+-]*$")


def block(table: dict, clean: Callable[[object], str]) -> dict:
    """Cells as printed (integers with '.' separators), which columns are numeric (right-aligned)
    and each column's share of the width."""
    columns = [clean(c) for c in table.get("columns") or []]
    rows = [
        [viet.money(c) if isinstance(c, int) and not isinstance(c, bool) else clean(c) for c in row]
        for row in table.get("rows") or []
        if isinstance(row, list)
    ]
    rows = [(row + [""] * len(columns))[: len(columns)] for row in rows]
    numeric = [bool(rows) and all(_NUMERIC.match(r[i]) for r in rows) for i in range(len(columns))]
    return {
        "type": "table",
        "columns": columns,
        "rows": rows,
        "numeric": numeric,
        "weights": weights(columns, rows, numeric),
    }


LINE_CHARS = 78  # about how many characters of table text fit across an A4 text block


def weights(columns: list[str], rows: list[list[str]], numeric: list[bool]) -> list[float]:
    """Each column's share of the width, sized from its content: first every column gets room
    for its longest word (a number, a date, a header word: never broken, never one letter per
    line), then what is left goes to the columns whose text is longer, in proportion."""
    need, want = [], []
    for i, col in enumerate(columns):
        cells = [r[i] for r in rows]
        words = [w for text in [col, *cells] for w in text.split()]
        longest = max([len(w) for w in words] + [len(c) for c in cells if numeric[i]] + [3])
        need.append(longest + 1)
        want.append(max(need[-1], min(45, max([len(col), *(len(c) for c in cells)]) + 1)))
    spare = LINE_CHARS - sum(need)
    extra = [w - n for w, n in zip(want, need, strict=True)]
    if spare > 0 and sum(extra):
        sizes = [n + min(e, spare * e / sum(extra)) for n, e in zip(need, extra, strict=True)]
    else:
        sizes = [float(n) for n in need]
    total = sum(sizes) or 1.0
    return [size / total for size in sizes]


def as_text(blk: dict, width: int) -> str:
    """Aligned columns when the table fits ``width``; otherwise one wrapped line per row,
    ``first cell: column value; column value…``."""
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
    out = []
    for r in rows:
        pairs = "; ".join(f"{c.lower()} {v}" for c, v in zip(columns[1:], r[1:], strict=True) if v)
        out.append(textwrap.fill(f"- {r[0]}: {pairs}", width, subsequent_indent="  "))
    return "\n".join(out)
