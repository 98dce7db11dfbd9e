"""The progress workbook (openpyxl): activity sheets people fill in, a summary made of formulas,
instructions, and two hidden sheets (the drop-down lists; what the workbook is, for ``update``).

Activity sheets: a frozen header with filters; only the columns to fill in are unlocked (the sheet
is protected without a password, so nothing else is changed by accident) and marked in yellow with
a note; drop-down lists of statuses (Vietnamese) and parties; dates typed as dates (dd/mm/yyyy);
money as whole numbers shown with '.' between thousands whatever the computer's language; overdue
rows in red (a formula, so it follows the cells); widths that fit Vietnamese text; a hidden key.
"""

from __future__ import annotations

import io
import math
import warnings

from ..xlsxcell import text_cell
from .baseline import base_sheet
from .columns import (
    BASE_SHEET,
    COLUMNS,
    HELP_SHEET,
    LISTS,
    META_SHEET,
    ROLE_CO_LEAD,
    ROLE_HEADER,
    ROLE_LEAD,
    SHEET,
    SUMMARY,
    Column,
)
from .export import ExportResult
from .parts import help_sheet, lists_sheet, meta_sheet, stable
from .refs import cells, sheet_title
from .refs import rows as whole_rows
from .rows import Row
from .rules import sheet_rules
from .style import (
    COL,
    DATE_FORMAT,
    EDIT_FILL,
    EDIT_HEAD_FILL,
    FONT,
    HEAD_FILL,
    MONEY_FORMAT,
    ROLE_COL,
    letter,
)
from .summary import summary_sheet

__all__ = ["as_xlsx", "MONEY_FORMAT", "DATE_FORMAT", "sheet_title"]


def _height(row: Row) -> float:
    lines = 1
    for c in COLUMNS:
        if c.wrap and isinstance(text := row.values.get(c.field), str):
            per_line = max(c.width - 2, 8)  # a line break in a note starts a new line
            shown = sum(max(math.ceil(len(part) / per_line), 1) for part in text.split("\n"))
            lines = max(lines, shown)
    return 15.0 * min(lines, 8) + 3


def _activity_sheet(
    wb, title: str, rows: list[Row], parties: int, roles: list[str] | None = None
) -> None:
    """One activity sheet; ``roles``: the sheet's party's role in each row (``ROLE_HEADER``),
    when an activity is on several sheets."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    ws = wb.create_sheet(title)
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, col in enumerate(COLUMNS):
        cell = ws.cell(row=1, column=i + 1, value=col.header)
        cell.font = Font(name=FONT, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor=EDIT_HEAD_FILL if col.editable else HEAD_FILL)
        cell.border = border
        if col.editable:
            cell.comment = Comment(f"Cột cần điền.\n{col.help}", "kehoach", width=260, height=90)
        ws.column_dimensions[letter(i)].width = col.width
    ws.column_dimensions[COL["key"]].hidden = True
    ws.row_dimensions[1].height = 33
    styles = [_named_style(wb, col, border) for col in COLUMNS]  # one style per column, once
    for r, row in enumerate(rows, start=2):
        for i, col in enumerate(COLUMNS):
            value = row.key.text() if col.field == "key" else row.values.get(col.field)
            text_cell(ws.cell(row=r, column=i + 1, value=value)).style = styles[i]
        ws.row_dimensions[r].height = _height(row)
    last = max(len(rows) + 1, 2)
    end = letter(len(COLUMNS) - 1)
    if roles is not None:  # sorted and filtered with the rows: inside the filter's range
        _role_column(wb, ws, roles, border)
        end = ROLE_COL
    ws.auto_filter.ref = cells("A", 1, end, last)
    ws.freeze_panes = "D2"
    # printed: A4 landscape, all columns on the page width, the header on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = whole_rows(1)

    sheet_rules(ws, last, end, parties)
    _protect(ws)


def _role_column(wb, ws, roles: list[str], border) -> None:
    """The column after the key: whether the sheet's party leads the row's activity or co-leads
    it (the copy of a row of the lead's sheet, which the summary counts instead)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    col = len(COLUMNS) + 1
    head = ws.cell(row=1, column=col, value=ROLE_HEADER)
    head.font = Font(name=FONT, bold=True)
    head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    head.fill = PatternFill("solid", fgColor=HEAD_FILL)
    head.border = border
    ws.column_dimensions[ROLE_COL].width = 16
    style = _named_style(wb, Column("role", ROLE_HEADER, 16), border)
    for r, role in enumerate(roles, start=2):
        ws.cell(row=r, column=col, value=role).style = style


def _named_style(wb, col: Column, border) -> str:
    """The cell style of a column, registered once in the workbook (styles set cell by cell
    would cost openpyxl a lookup of every style object for every cell)."""
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection

    name = f"kehoach-{col.field}"
    if name in wb.named_styles:
        return name
    style = NamedStyle(name=name, font=Font(name=FONT), border=border)
    style.alignment = Alignment(vertical="top", wrap_text=col.wrap)
    if col.kind == "date":
        style.number_format = DATE_FORMAT
        style.alignment = Alignment(vertical="top", horizontal="center")
    elif col.kind == "money":
        style.number_format = MONEY_FORMAT
    if col.editable:
        style.protection = Protection(locked=False)
        style.fill = PatternFill("solid", fgColor=EDIT_FILL)
    wb.add_named_style(style)
    return name


def _protect(ws) -> None:
    """Protected without a password: the filled-in columns stay editable; filters, sorting and
    column widths still work."""
    p = ws.protection
    p.sheet = True
    p.autoFilter = False
    p.sort = False
    p.formatColumns = False
    p.formatRows = False
    p.selectLockedCells = False
    p.selectUnlockedCells = False


def as_xlsx(result: ExportResult, style=None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    used = {s.lower() for s in (SUMMARY, LISTS, HELP_SHEET, META_SHEET, BASE_SHEET)}
    groups = result.sheets()
    titled = []
    for lead, rows in groups:
        if lead is None and not result.by_party:
            name = SHEET
        else:
            name = result.labels.get(lead, lead) if lead else "Chưa rõ chủ trì"
        roles = (
            [ROLE_LEAD if result.home(lead, row) else ROLE_CO_LEAD for row in rows]
            if result.shared
            else None
        )
        titled.append((sheet_title(name, used), rows, roles))
    parties = len(result.labels)
    for title, rows, roles in titled:
        _activity_sheet(wb, title, rows, parties, roles)
    summary_sheet(wb, result, [(t, max(len(r) + 1, 2)) for t, r, _ in titled])
    help_sheet(wb, shared=result.shared)
    lists_sheet(wb, result)
    meta_sheet(wb, result)
    # the sheets of each activity's rows: a co-led one is on each of its leads' (--by-party)
    sheets: dict[str, list[str]] = {}
    for title, rows, _ in titled:
        for row in rows:
            sheets.setdefault(row.key.text(), []).append(title)
    base_sheet(wb, result.rows, result.labels, sheets)
    wb.active = 0
    wb.properties.creator = "kehoach"
    wb.properties.title = "Tiến độ thực hiện kế hoạch"
    buf = io.BytesIO()
    with warnings.catch_warnings():
        # openpyxl names its temporary files with a text-mode NamedTemporaryFile it never writes
        # to: an EncodingWarning of the library's, not a text kehoach encodes
        warnings.simplefilter("ignore", EncodingWarning)
        wb.save(buf)
    return stable(buf.getvalue())
