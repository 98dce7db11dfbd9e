"""The look shared by the workbook's sheets: number and date formats, fills, the font, and the
column letters of the activity sheet."""

from __future__ import annotations

from .columns import COLUMNS

__all__ = [
    "MONEY_FORMAT",
    "BIG_MONEY_FORMAT",
    "DATE_FORMAT",
    "COL",
    "ROLE_COL",
    "letter",
    "FONT",
    "HEAD_FILL",
]

# '.' between thousands on every computer (a plain '#,##0' follows the computer's language);
# amounts from a billion on get a conditional format of their own (a format has two conditions)
MONEY_FORMAT = r"[>=1000000]#\.###\.##0;[>=1000]#\.##0;0"
BIG_MONEY_FORMAT = r"[>=1000000000000]#\.###\.###\.###\.##0;#\.###\.###\.##0"
DATE_FORMAT = "dd/mm/yyyy"

HEAD_FILL = "D9E1F2"
EDIT_HEAD_FILL = "FFD966"
EDIT_FILL = "FFF8E1"
LATE_FILL = "F8CBAD"
FONT = "Times New Roman"


def letter(index: int) -> str:
    """The spreadsheet column of the 0-based ``index`` (0 → A, 26 → AA), as openpyxl's
    ``get_column_letter`` gives it — without importing openpyxl when this module is imported
    (every command's start-up imports it through the CLI)."""
    number, out = index + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        out = chr(65 + rest) + out
    return out


COL = {c.field: letter(i) for i, c in enumerate(COLUMNS)}
ROLE_COL = letter(len(COLUMNS))  # after the key, on the sheets of a ``--by-party`` shared workbook
