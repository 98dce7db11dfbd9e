"""References to cells in the workbook, in Excel's form — the one place that writes them, for the
formulas (the summary, the drop-down lists, the red overdue rows), the defined names and the
places named in messages.

A sheet's name is quoted as Excel writes it: between apostrophes unless it is plain ASCII letters,
digits and ``_`` that cannot be read as something else (a cell ``AB12``, ``R1C1``, ``TRUE``), an
apostrophe in it doubled: ``'Tiến độ'!B2``, ``'Huyện đoàn Cư M''gar'!$I$2:$I$40``. Excel and
LibreOffice read such a reference in a formula, in a defined name, in the Go To box (F5) and the
Name Box alike. Sheet names are made valid by ``sheet_title``: 31 characters at most, none of
``[]:*?/\\``, no apostrophe at either end (Excel refuses these)."""

from __future__ import annotations

import re

from .style import letter

__all__ = [
    "sheet_name",
    "sheet_title",
    "cell",
    "cells",
    "row_cell",
    "column_cells",
    "rows",
    "ref",
    "place",
    "row_place",
]

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# a name Excel would read as a cell (A1 or R1C1 style) or a boolean if it were not quoted
_LOOKS_LIKE = re.compile(r"[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*|TRUE|FALSE", re.I)
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_TITLE = 31  # characters of a sheet's name


def sheet_name(sheet: str) -> str:
    """``sheet`` as a formula names it: ``'Tiến độ'``, ``'Cư M''gar'``, ``Data``."""
    if _PLAIN.fullmatch(sheet) and not _LOOKS_LIKE.fullmatch(sheet):
        return sheet
    return "'" + sheet.replace("'", "''") + "'"


def sheet_title(name: str, used: set[str]) -> str:
    """A valid sheet name for ``name``, unique among ``used`` (lower case; the new one is added):
    31 characters, none of ``[]:*?/\\`` (each a space), no apostrophe at either end — one inside
    is kept (``Cư M'gar``) and doubled where a formula names the sheet (``sheet_name``)."""
    base = _FORBIDDEN.sub(" ", name).strip().strip("'").strip()[:MAX_TITLE].strip().strip("'")
    base = base or "Trang"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: MAX_TITLE - len(suffix)].rstrip().rstrip("'") + suffix, n + 1
    used.add(title.lower())
    return title


def _column(column: int | str) -> str:
    """A column letter from a 1-based number, or the letter itself."""
    return letter(column - 1) if isinstance(column, int) else column


def cell(column: int | str, row: int, absolute: bool = False) -> str:
    """``B2``, or ``$B$2`` when ``absolute``; ``column`` a letter or a 1-based number."""
    mark = "$" if absolute else ""
    return f"{mark}{_column(column)}{mark}{row}"


def row_cell(column: int | str, row: int) -> str:
    """``$I2``: the column fixed, the row following the cell a rule or a copied formula is in."""
    return f"${_column(column)}{row}"


def cells(
    first_column: int | str,
    first_row: int,
    last_column: int | str,
    last_row: int,
    absolute: bool = False,
) -> str:
    """A rectangle: ``A1:N40``, or ``$A$1:$N$40`` when ``absolute``."""
    return f"{cell(first_column, first_row, absolute)}:{cell(last_column, last_row, absolute)}"


def column_cells(column: int | str, first_row: int, last_row: int, absolute: bool = True) -> str:
    """The cells of one column from ``first_row`` to ``last_row``: ``$I$2:$I$40``."""
    return cells(column, first_row, column, last_row, absolute)


def rows(first: int, last: int | None = None) -> str:
    """Whole rows: ``1:1``, ``2:5`` (print titles)."""
    return f"{first}:{first if last is None else last}"


def ref(sheet: str, area: str) -> str:
    """``area`` (a cell, a range, rows) on ``sheet``, as a formula or a defined name writes it:
    ``'Tiến độ'!$B$2:$B$9``."""
    return f"{sheet_name(sheet)}!{area}"


def place(sheet: str, column: int | str, row: int) -> str:
    """Where a cell is, for a message: ``Hoạt động!J7`` (the sheet's name as its tab shows it)."""
    return f"{sheet}!{cell(column, row)}"


def row_place(sheet: str, row: int) -> str:
    """Where a row is, for a message: ``Hoạt động!7``."""
    return f"{sheet}!{row}"
