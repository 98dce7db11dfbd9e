"""The outgoing register as an Excel workbook: the cover lines on top, then Phụ lục IV's ten
columns with their headings and their numbers (1)…(10), one row per document.

Dates are real dates (format ``dd/mm/yyyy``) so that the clerk can sort and filter; the count of
copies is a number. The headings repeat on every printed page, the page is A4 landscape, fitted
to the width; the panes are frozen under the headings and the headings carry a filter.
"""

from __future__ import annotations

import io
import warnings

from ..xlsxcell import text_cell
from .cover import cover, organ_lines
from .run import COLUMNS, RegisterResult, cells

WIDTHS = {  # characters
    "symbol": 18,
    "date": 12,
    "summary": 48,
    "signers": 20,
    "recipients": 34,
    "archive": 14,
    "copies": 8,
    "sent": 11,
    "received": 11,
    "note": 18,
}
FONT = "Times New Roman"


def workbook(result: RegisterResult) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = (f"Sổ đi {result.year}" + (f" {result.book}" if result.book else ""))[:31]
    ncol = len(COLUMNS)
    last = get_column_letter(ncol)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top_left = Alignment(horizontal="left", vertical="top", wrap_text=True)
    top_centre = Alignment(horizontal="center", vertical="top", wrap_text=True)

    parent, organ = organ_lines(result)
    lines = [(parent, False), (organ, True), ("", False)] + [
        (text, i == 0) for i, text in enumerate(cover(result))
    ]
    row = 1
    for text, bold in lines:
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = text_cell(ws.cell(row=row, column=1, value=text or None))
        cell.font = Font(name=FONT, size=14 if text == cover(result)[0] else 12, bold=bold)
        cell.alignment = Alignment(horizontal="center")
        row += 1
    row += 1
    head = row
    for col, (number, heading, key) in enumerate(COLUMNS, start=1):
        ws.cell(row=head, column=col, value=heading)
        ws.cell(row=head + 1, column=col, value=f"({number})")
        ws.column_dimensions[get_column_letter(col)].width = WIDTHS[key]
        for r in (head, head + 1):
            c = ws.cell(row=r, column=col)
            c.font = Font(name=FONT, size=12, bold=r == head, italic=r != head)
            c.alignment = centre
            c.border = box
    ws.row_dimensions[head].height = 48
    shared = result.shared_numbers
    for i, rec in enumerate(result.rows):
        r = head + 2 + i
        values = cells(rec, shared.get(rec.number or 0, ()))
        for col, (_, _, key) in enumerate(COLUMNS, start=1):
            value = values[key]
            if key == "recipients":
                value = "\n".join(rec.recipients)
            c = text_cell(ws.cell(row=r, column=col, value=value if value != "" else None))
            c.font = Font(name=FONT, size=12)
            c.border = box
            c.alignment = top_centre if key in ("symbol", "date", "copies") else top_left
            if key == "date":
                c.number_format = "dd/mm/yyyy"
    ws.freeze_panes = ws.cell(row=head + 2, column=1)
    end = head + 1 + max(1, len(result.rows))
    ws.auto_filter.ref = f"A{head}:{last}{end}"
    ws.print_title_rows = f"{head}:{head + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.properties.title = f"Sổ đăng ký văn bản đi năm {result.year}"
    wb.properties.creator = "kehoach"
    buf = io.BytesIO()
    with warnings.catch_warnings():
        # openpyxl opens a temporary file in text mode without an encoding (its own, not ours)
        warnings.simplefilter("ignore", EncodingWarning)
        wb.save(buf)
    return buf.getvalue()
