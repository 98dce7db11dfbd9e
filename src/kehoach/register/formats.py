"""The formats of ``kehoach register``.

- ``xlsx``: for the office to keep filling in (dates as real dates, sortable, filterable);
- ``docx``: the book to print (Phụ lục IV's cover and table, landscape A4);
- ``csv``: UTF-8 with a byte-order mark and CRLF, so Excel on Windows opens it with its
  Vietnamese intact; dates as ``YYYY-MM-DD``, which no regional setting misreads (``05/02/2022``
  opened by an Excel set to the US format would become 2 May).
"""

from __future__ import annotations

from ..output import Format, Style, csv_text, table
from .cover import text_cells
from .run import COLUMNS, RegisterResult


def as_csv(result: RegisterResult, style: Style) -> str:
    headings = [heading for _, heading, _ in COLUMNS]
    rows = (dict(zip(headings, cells, strict=True)) for cells in text_cells(result, iso_dates=True))
    return csv_text(headings, rows)


def as_xlsx(result: RegisterResult, style: Style) -> bytes:
    from .xlsx import workbook

    return workbook(result)


def as_docx(result: RegisterResult, style: Style) -> bytes:
    from .docx import book

    return book(result)


FORMATS = table(
    Format(
        "xlsx", as_xlsx, "bảng tính Excel (ngày là ngày thật, lọc và sắp xếp được)", binary=True
    ),
    Format("docx", as_docx, "sổ để in: bìa và bảng theo Phụ lục IV, A4 ngang", binary=True),
    Format("csv", as_csv, "CSV UTF-8 (có BOM, mở đúng bằng Excel)"),
)
