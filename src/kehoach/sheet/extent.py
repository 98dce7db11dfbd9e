"""Which rows of a sheet hold anything. A sheet's ``max_row`` counts every cell the file
describes, a cell with a fill or a border but no value too: one formatted cell in row 1048576 (a
fill dragged down, a border set on the last row) makes it the whole sheet, and reading cell by cell
up to it cost minutes and gigabytes. The rows are taken from the cells the file holds instead, so
that reading is bounded by what the sheet contains."""

from __future__ import annotations

__all__ = ["filled_rows"]


def filled_rows(*sheets, min_row: int = 2) -> list[int]:
    """The numbers, in order, of the rows from ``min_row`` on where any of ``sheets`` (the same
    sheet read for its values and for its formulas) holds a value. Only the cells openpyxl loaded
    from the file are looked at (``_cells``: asking ``ws.cell`` for an absent cell creates it)."""
    rows: set[int] = set()
    for ws in sheets:
        for (r, _), cell in ws._cells.items():
            if r >= min_row and cell.value is not None:
                rows.add(r)
    return sorted(rows)
