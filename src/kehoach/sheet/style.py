"""The look shared by the workbook's sheets: number and date formats, fills, the font, and the
column letters of the activity sheet."""

from __future__ import annotations

from .columns import COLUMNS

__all__ = ["MONEY_FORMAT", "BIG_MONEY_FORMAT", "DATE_FORMAT", "COL", "letter", "FONT", "HEAD_FILL"]

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
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


COL = {c.field: letter(i) for i, c in enumerate(COLUMNS)}
