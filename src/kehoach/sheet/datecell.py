"""A “Ngày hoàn thành” cell back into a date, as Excel or LibreOffice stores it after an edit.

- a date cell (whatever its display: ``m/d/yyyy`` on a computer set to English (US) is the same
  date), a date and time (the time dropped), or its serial number when the cell's format was
  changed to a number;
- text, when the program did not take what was typed for a date — which happens when the
  computer's language writes dates otherwise: day/month/year with ``/``, ``.`` or ``-``, the year
  in four digits or two (``20/9/26``: 2026, as Excel reads a two-digit year: 00–29 are 2000–2029,
  30–99 are 1930–1999, refused as outside 2000–2100), a time after it dropped; or ISO
  ``2026-09-20``.

Text that reads as month/day/year only (``12/31/2026``, typed on a computer set to English (US)
and kept as text because there is no month 31) is refused with the date it probably means —
never read as another date; text where both readings are dates (``5/6/2026``) is read as
day/month/year, the way the sheet asks for it."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..timeexpr import TimeError, parse_date
from .cellerror import CellError

__all__ = ["read_date"]

_DMY = re.compile(
    r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})"
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?"
)
_PIVOT = 30  # a two-digit year below it is 20yy, else 19yy (Excel's rule)
_HOW = "viết ngày/tháng/năm, ví dụ 20/9/2022"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < _PIVOT else 1900
    return year


def _text_date(text: str) -> date:
    m = _DMY.fullmatch(text)
    if m is None:
        return parse_date(text)
    day, month, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
    if month > 12 and 1 <= day <= 12:  # month/day/year: the US order
        try:
            meant = date(year, day, month)
        except ValueError:
            meant = None
        if meant is not None:
            raise CellError(
                f'ngày "{text}" viết theo kiểu tháng/ngày/năm (máy đặt tiếng Anh – Mỹ?): không có '
                f"tháng {month}; nếu là ngày {meant.day} tháng {meant.month} năm {meant.year}, "
                f"ghi {meant.day}/{meant.month}/{meant.year} (ngày/tháng/năm)"
            )
    return date(year, month, day)


def read_date(value: object) -> str | None:
    """A date cell (or text d/m/yyyy, d/m/yy, yyyy-mm-dd) → 'YYYY-MM-DD'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, bool):
        raise CellError(f"ngày không hợp lệ (ô ghi {'TRUE' if value else 'FALSE'}; {_HOW})")
    if isinstance(value, int | float) and 20000 < value < 80000:
        from openpyxl.utils.datetime import from_excel

        return _checked(from_excel(value).date())
    text = " ".join(str(value).split())
    try:
        found = _text_date(text)
    except CellError:
        raise
    except (ValueError, TimeError):
        raise CellError(f'ngày không hợp lệ ("{text}"; {_HOW})') from None
    return _checked(found)


def _checked(d: date) -> str:
    if not 2000 <= d.year <= 2100:
        raise CellError(f"ngày không hợp lệ ({d.day}/{d.month}/{d.year}: năm ngoài 2000–2100)")
    return d.isoformat()
