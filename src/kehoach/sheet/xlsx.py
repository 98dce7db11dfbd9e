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
import re

from .. import __version__
from ..vocab import date_text
from .columns import (
    COLUMNS,
    FORMAT_VERSION,
    HELP_SHEET,
    LISTS,
    META_SHEET,
    SHEET,
    STATUS_LABELS,
    SUMMARY,
    Column,
)
from .export import ExportResult
from .rows import Row

__all__ = ["as_xlsx", "MONEY_FORMAT", "DATE_FORMAT"]

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


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


COL = {c.field: _letter(i) for i, c in enumerate(COLUMNS)}


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    base = re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:31] or "Trang"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _height(row: Row) -> float:
    lines = 1
    for c in COLUMNS:
        if c.wrap and isinstance(row.values.get(c.field), str):
            lines = max(lines, math.ceil(len(row.values[c.field]) / max(c.width - 2, 8)))
    return 15.0 * min(lines, 8) + 3


def _activity_sheet(wb, title: str, rows: list[Row], parties: int) -> None:
    from openpyxl.comments import Comment
    from openpyxl.formatting.rule import FormulaRule, Rule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.styles.differential import DifferentialStyle
    from openpyxl.styles.numbers import NumberFormat
    from openpyxl.worksheet.datavalidation import DataValidation

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
        ws.column_dimensions[_letter(i)].width = col.width
    ws.column_dimensions[COL["key"]].hidden = True
    ws.row_dimensions[1].height = 33
    styles = [_named_style(wb, col, border) for col in COLUMNS]  # one style per column, once
    for r, row in enumerate(rows, start=2):
        for i, col in enumerate(COLUMNS):
            value = row.key.text() if col.field == "key" else row.values.get(col.field)
            ws.cell(row=r, column=i + 1, value=value).style = styles[i]
        ws.row_dimensions[r].height = _height(row)
    last = max(len(rows) + 1, 2)
    end = _letter(len(COLUMNS) - 1)
    ws.auto_filter.ref = f"A1:{end}{last}"
    ws.freeze_panes = "D2"

    def validation(col: str, dv) -> None:
        dv.add(f"{COL[col]}2:{COL[col]}{last}")
        ws.add_data_validation(dv)

    status_list = '"' + ",".join(STATUS_LABELS.values()) + '"'
    validation(
        "status",
        DataValidation(
            type="list",
            formula1=status_list,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Trạng thái",
            error="Chọn một trạng thái trong danh sách.",
        ),
    )
    validation(
        "lead",
        DataValidation(
            type="list",
            formula1=f"'{LISTS}'!$A$2:$A${max(parties, 1) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Đơn vị chủ trì",
            error="Chọn một đơn vị trong danh sách (orgs.yaml).",
        ),
    )
    validation(
        "done_date",
        DataValidation(
            type="date",
            operator="between",
            formula1="DATE(2000,1,1)",
            formula2="DATE(2100,12,31)",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Ngày hoàn thành",
            error="Nhập một ngày, ví dụ 20/9/2022.",
        ),
    )
    validation(
        "spent",
        DataValidation(
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Đã chi",
            error="Nhập số tiền bằng số nguyên (đồng), không âm.",
        ),
    )
    data = f"A2:{end}{last}"
    done, cancelled = STATUS_LABELS["done"], STATUS_LABELS["cancelled"]
    d, s = COL["deadline"], COL["status"]
    ws.conditional_formatting.add(
        data,
        FormulaRule(
            formula=[f'AND(${d}2<>"",${d}2<TODAY(),${s}2<>"{done}",${s}2<>"{cancelled}")'],
            fill=PatternFill("solid", fgColor=LATE_FILL, bgColor=LATE_FILL),
        ),
    )
    big = DifferentialStyle(numFmt=NumberFormat(numFmtId=200, formatCode=BIG_MONEY_FORMAT))
    for field in ("budget", "spent"):
        ws.conditional_formatting.add(
            f"{COL[field]}2:{COL[field]}{last}",
            Rule(type="cellIs", operator="greaterThanOrEqual", formula=["1000000000"], dxf=big),
        )
    _protect(ws)


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


def _range(sheet: str, field: str, last: int) -> str:
    return f"'{sheet}'!${COL[field]}$2:${COL[field]}${last}"


def _sum_over(sheets: list[tuple[str, int]], expr) -> str:
    """``expr(sheet, last)`` added over every activity sheet, as one formula."""
    return "=" + "+".join(expr(name, last) for name, last in sheets) if sheets else "=0"


def _summary_sheet(wb, result: ExportResult, sheets: list[tuple[str, int]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(SUMMARY)
    ws["A1"] = "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN"
    ws["A1"].font = Font(name=FONT, bold=True, size=14)
    scope = [f"Xuất ngày {date_text(result.today)}"]
    if result.party:
        scope.append(f"đơn vị: {result.labels.get(result.party, result.party)}")
    if result.year:
        scope.append(f"năm {result.year}")
    ws["A2"] = "; ".join(scope) + ". Số liệu là công thức, tự cập nhật khi sửa các trang hoạt động."
    ws["A2"].font = Font(name=FONT, italic=True)
    widths = {"A": 48, "B": 12, "C": 14, "D": 14, "E": 14, "F": 12, "G": 18, "H": 18}
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w
    statuses = list(STATUS_LABELS.values())

    def match(sheet: str, field: str, last: int, cell: str) -> str:
        # statuses compare as Excel does (case-insensitive); names and areas exactly
        if field == "status":
            return f"({_range(sheet, field, last)}={cell})"
        return f"EXACT({_range(sheet, field, last)},{cell})"

    def count(field: str, cell: str, status: str | None = None):
        def expr(sheet: str, last: int) -> str:
            cond = match(sheet, field, last, cell)
            if status is not None:
                cond += f'*({_range(sheet, "status", last)}="{status}")'
            return f"SUMPRODUCT({cond}*1)"

        return _sum_over(sheets, expr)

    def money(field: str, cell: str, amount: str):
        def expr(sheet: str, last: int) -> str:
            # the two-array form counts text and blank cells as 0
            return (
                f"SUMPRODUCT(({_range(sheet, field, last)}={cell})*1,{_range(sheet, amount, last)})"
            )

        return _sum_over(sheets, expr)

    row = 4
    head = Font(name=FONT, bold=True)
    fill = PatternFill("solid", fgColor=HEAD_FILL)

    def header(cells: list[str]) -> None:
        nonlocal row
        for i, text in enumerate(cells):
            c = ws.cell(row=row, column=i + 1, value=text)
            c.font, c.fill = head, fill
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        row += 1

    def table(title: str, label: str, field: str, labels: list[str]) -> None:
        nonlocal row
        ws.cell(row=row, column=1, value=title).font = Font(name=FONT, bold=True, size=12)
        row += 1
        header(
            [
                label,
                "Số hoạt động",
                *statuses,
                "Kinh phí dự kiến (đồng)",
                "Đã chi (đồng)",
            ]
        )
        first = row
        for label in labels:
            ws.cell(row=row, column=1, value=label).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
            cell = f"$A{row}"
            ws.cell(row=row, column=2, value=count(field, cell))
            for j, status in enumerate(statuses):
                ws.cell(row=row, column=3 + j, value=count(field, cell, status))
            ws.cell(
                row=row, column=7, value=money(field, cell, "budget")
            ).number_format = MONEY_FORMAT
            ws.cell(
                row=row, column=8, value=money(field, cell, "spent")
            ).number_format = MONEY_FORMAT
            row += 1
        ws.cell(row=row, column=1, value="Cộng").font = head
        for j in range(2, 9):
            letter = _letter(j - 1)
            c = ws.cell(row=row, column=j, value=f"=SUM({letter}{first}:{letter}{row - 1})")
            c.font = head
            if j >= 7:
                c.number_format = MONEY_FORMAT
        row += 2

    ws.cell(row=row, column=1, value="Theo trạng thái").font = Font(name=FONT, bold=True, size=12)
    row += 1
    header(
        ["Trạng thái", "Số hoạt động", "", "", "", "", "Kinh phí dự kiến (đồng)", "Đã chi (đồng)"]
    )
    first = row
    for status in statuses:
        ws.cell(row=row, column=1, value=status)
        ws.cell(row=row, column=2, value=count("status", f"$A{row}"))
        ws.cell(
            row=row, column=7, value=money("status", f"$A{row}", "budget")
        ).number_format = MONEY_FORMAT
        ws.cell(
            row=row, column=8, value=money("status", f"$A{row}", "spent")
        ).number_format = MONEY_FORMAT
        row += 1
    ws.cell(row=row, column=1, value="Cộng").font = head
    for letter in ("B", "G", "H"):
        c = ws[f"{letter}{row}"]
        c.value = f"=SUM({letter}{first}:{letter}{row - 1})"
        c.font = head
        if letter != "B":
            c.number_format = MONEY_FORMAT
    row += 2
    areas = sorted(
        {r.values["area"] for r in result.rows if r.values.get("area")}, key=_area_order(result)
    )
    if areas:
        table("Theo nội dung phối hợp", "Nội dung phối hợp", "area", areas)
    leads = [
        result.labels.get(o, o) for o in result.repo.orgs if any(r.lead == o for r in result.rows)
    ]
    if leads:
        table("Theo đơn vị chủ trì", "Đơn vị chủ trì", "lead", leads)
    for r in ws.iter_rows(min_row=4, max_row=row):
        for c in r:
            if c.font is None or not c.font.b:
                c.font = Font(name=FONT, bold=bool(c.font and c.font.b))


def _area_order(result: ExportResult):
    order: dict[str, int] = {}
    for r in result.rows:
        order.setdefault(r.values.get("area") or "", len(order))
    return lambda title: order.get(title, 0)


def _lists_sheet(wb, result: ExportResult) -> int:
    ws = wb.create_sheet(LISTS)
    ws["A1"], ws["B1"] = "Đơn vị", "Trạng thái"
    labels = list(result.labels.values())
    for i, label in enumerate(labels, start=2):
        ws.cell(row=i, column=1, value=label)
    for i, label in enumerate(STATUS_LABELS.values(), start=2):
        ws.cell(row=i, column=2, value=label)
    ws.sheet_state = "hidden"
    return len(labels)


HELP = [
    "CÁCH ĐIỀN BẢNG TIẾN ĐỘ",
    "",
    "1. Chỉ điền các cột màu vàng: Đơn vị chủ trì, Trạng thái, Ngày hoàn thành, Đã chi, Ghi chú.",
    "   Các cột khác lấy từ kế hoạch đã ký và được khóa (trang không đặt mật khẩu).",
    "2. Trạng thái và Đơn vị chủ trì: chọn trong danh sách thả xuống.",
    "3. Ngày hoàn thành: nhập ngày/tháng/năm, ví dụ 20/9/2022.",
    "4. Đã chi: số tiền bằng số, đơn vị đồng, ví dụ 48500000 (hiện 48.500.000).",
    "5. Không thêm, xóa hay sắp lại dòng bằng cách chép dán; không sửa cột Khóa (bị ẩn).",
    "   Được lọc, sắp xếp, đổi độ rộng cột.",
    "6. Dòng tô đỏ: hoạt động đã quá hạn mà chưa hoàn thành hoặc hủy.",
    "7. Trang Tổng hợp tự tính lại số hoạt động và kinh phí theo trạng thái, nội dung, đơn vị.",
    "",
    "Gửi lại tệp này cho người tổng hợp; họ cập nhật vào kho kế hoạch bằng lệnh",
    "    kehoach update --from <tệp này>",
    "Lệnh chỉ ghi các ô đã đổi, cho xem trước các thay đổi và từ chối ô sai (báo trang, dòng, cột).",
]


def _help_sheet(wb) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet(HELP_SHEET)
    ws.column_dimensions["A"].width = 100
    for i, line in enumerate(HELP, start=1):
        ws.cell(row=i, column=1, value=line).font = Font(
            name=FONT, bold=i == 1, size=14 if i == 1 else 12
        )


def _meta_sheet(wb, result: ExportResult) -> None:
    ws = wb.create_sheet(META_SHEET)
    rows = [
        ("format", "kehoach-progress"),
        ("version", FORMAT_VERSION),
        ("kehoach", __version__),
        ("exported", result.today.isoformat()),
        ("repository", result.repo.root.name),
        ("party", result.party or ""),
        ("year", result.year or ""),
    ]
    for i, (k, v) in enumerate(rows, start=1):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)
    ws.sheet_state = "hidden"


def as_xlsx(result: ExportResult, style=None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    used = {s.lower() for s in (SUMMARY, LISTS, HELP_SHEET, META_SHEET)}
    groups = result.sheets()
    titled = []
    for lead, rows in groups:
        if lead is None and not result.by_party:
            name = SHEET
        else:
            name = result.labels.get(lead, lead) if lead else "Chưa rõ chủ trì"
        titled.append((sheet_title(name, used), rows))
    parties = len(result.labels)
    for title, rows in titled:
        _activity_sheet(wb, title, rows, parties)
    _summary_sheet(wb, result, [(t, max(len(r) + 1, 2)) for t, r in titled])
    _help_sheet(wb)
    _lists_sheet(wb, result)
    _meta_sheet(wb, result)
    wb.active = 0
    wb.properties.creator = "kehoach"
    wb.properties.title = "Tiến độ thực hiện kế hoạch"
    buf = io.BytesIO()
    wb.save(buf)
    return _stable(buf.getvalue())


def _stable(data: bytes) -> bytes:
    """The same repository gives the same bytes: zip entry times and the document's timestamps
    fixed (openpyxl writes the current time)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                    rb"<dcterms:\1\2>2000-01-01T00:00:00Z<",
                    body,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()
