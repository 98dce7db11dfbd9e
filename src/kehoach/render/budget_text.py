"""A dự toán table (``budget.layout: table``) as plain text: one entry per line of the budget, its
number, its words wrapped in the middle and its amount right-aligned at the right edge; the other
cells of the line (Nguồn, Ghi chú) under its words, each after its column's title; the Tổng cộng
row set apart by a rule.

    STT  Nội dung                                                   Kinh phí (đồng)
    ---  ---------------------------------------------------------  ---------------
      1  Hội nghị quán triệt                                             15.000.000
         Nguồn: Ngân sách tỉnh
    ---  ---------------------------------------------------------  ---------------
         Tổng cộng                                                      120.000.000
"""

from __future__ import annotations

from .text import wrapped

GAP = "  "
MIN_WORDS = 20  # the words' column never narrower than this


def as_text(blk: dict, width: int) -> str:
    """``blk`` (a ``tables.block`` of STT | Nội dung | Kinh phí [| …], ``estimate``: whether its
    last row is the Tổng cộng row) laid out in ``width`` columns."""
    columns, rows = blk["columns"], blk["rows"]
    total = rows[-1] if blk["estimate"].get("total") and rows else None
    lines = rows[:-1] if total is not None else rows
    no_w = max(len(c[0]) for c in [columns, *rows])
    amount_w = max(len(c[2]) for c in [columns, *rows])
    words_w = max(width - no_w - amount_w - 2 * len(GAP), MIN_WORDS)
    indent = " " * (no_w + len(GAP))

    def entry(no: str, words: str, amount: str) -> list[str]:
        said = wrapped(words, words_w).split("\n")
        first = GAP.join([no.rjust(no_w), said[0].ljust(words_w), amount.rjust(amount_w)])
        return [first, *(indent + w for w in said[1:])]

    rule = GAP.join("-" * w for w in (no_w, words_w, amount_w))
    out = [
        GAP.join([columns[0].ljust(no_w), columns[1].ljust(words_w), columns[2].rjust(amount_w)])
    ]
    out.append(rule)
    for row in lines:
        out += entry(row[0], row[1], row[2])
        for title, cell in zip(columns[3:], row[3:], strict=True):
            if cell:  # Nguồn, Ghi chú: under the words, after the column's title
                said = wrapped(f"{title}: {cell}", words_w + len(indent), indent=indent,
                               subsequent=indent + "  ")  # fmt: skip
                out += said.split("\n")
    if total is not None:
        out.append(rule)
        out += entry("", total[1], total[2])
    return "\n".join(line.rstrip() for line in out)
