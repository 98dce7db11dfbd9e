"""Spreadsheet formulas that tell a status as ``update`` reads it (``cells.read_status``), for the
summary sheet and the red overdue rows: every spelling it accepts (the label, the code, ``huỷ``,
each in NFC, NFD and with the tone marks apart — ``cells.status_spellings``), case aside, the
cell's text cleaned as ``update`` cleans it. Excel's ``TRIM`` removes the ordinary space only: a
non-breaking space (pasted from a web page or Zalo), a tab or a line break around the text would
leave a cell ``update`` reads as done counted nowhere, its row still red. They become spaces
first: ``CHAR(9)``, ``CHAR(10)``, ``CHAR(13)``, and the non-breaking space written as itself in the
formula's text — ``CHAR(160)`` is the character 160 of the computer's code page (U+FFFD in
LibreOffice on a UTF-8 system, '†' in Excel for Mac), and ``UNICHAR`` is unknown to Excel 2010.

The spellings are one array constant compared with the cleaned cells (a column against a row of
texts), and ``MMULT`` by a column of ones gives one number per row: short formulas however many
spellings and sheets (Excel keeps 8,192 characters of a formula), no wildcard (``MATCH`` and
``COUNTIF`` would read ``*`` and ``?`` in a cell as patterns)."""

from __future__ import annotations

from collections.abc import Iterable

from .cells import status_spellings

__all__ = ["cleaned", "rows_with", "blank_rows", "cell_is"]

# read as spaces, as ``update`` does (``str.split``): a no-break space, a tab, line breaks
_SPACES = ('"\u00a0"', "CHAR(9)", "CHAR(10)", "CHAR(13)")


def cleaned(ref: str) -> str:
    """The text of ``ref`` (a cell or a range) as ``update`` compares it, case aside."""
    expr = ref
    for space in _SPACES:
        expr = f'SUBSTITUTE({expr},{space}," ")'
    return f"TRIM({expr})"


def _texts(codes: Iterable[str]) -> list[str]:
    return [text for code in codes for text in status_spellings(code)]


def _row(texts: list[str]) -> str:
    return "{" + ",".join(f'"{text}"' for text in texts) + "}"


def rows_with(cells: str, codes: Iterable[str]) -> str:
    """1 for each row of the range ``cells`` whose status is one of ``codes``, else 0 (a
    column), inside ``SUMPRODUCT``."""
    texts = _texts(codes)
    ones = "{" + ";".join("1" for _ in texts) + "}"
    return f"(MMULT(({cleaned(cells)}={_row(texts)})*1,{ones})>0)"


def blank_rows(cells: str) -> str:
    """True for each row of ``cells`` ``update`` reads as no status (empty, or spaces only)."""
    return f"(LEN({cleaned(cells)})=0)"


def cell_is(cell: str, codes: Iterable[str]) -> str:
    """True when the status in ``cell`` is one of ``codes`` (a conditional format's test)."""
    return f"OR({cleaned(cell)}={_row(_texts(codes))})"
