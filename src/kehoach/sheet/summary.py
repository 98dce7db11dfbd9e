"""The summary sheet: activities counted and money added per status, per content area and per lead
party, as formulas over the activity sheets (``SUMPRODUCT``: exact, no wildcard, no 255-character
limit on a criterion), so the summary stays right when the cells change.

A status counts as ``update`` reads it: any spelling it accepts (``done``, `` Đã huỷ ``, NFD, a
non-breaking space around it), not only the label of the drop-down list (``statusformula``).
Activities without a content area have a row of their own, so that every table adds up to the
same number of activities. A co-led activity on several sheets
(``--by-party``) counts once: only the rows whose role column says the sheet's party leads it
(``ROLE_LEAD``) are counted.

The table by lead counts a co-led activity (``co_leads``) under each of its leads, as ``who``,
``due --party`` and ``report`` do: a row counts for a party that is its lead (the Đơn vị chủ trì
cell) or that the Đơn vị phối hợp cell names as leading with it (``CO_LEAD_MARK``). Its rows may
then add up to more than its Cộng row, which counts each activity once (as ``report``'s table);
a note under the table says so."""

from __future__ import annotations

from ..vocab import date_text
from ..xlsxcell import text_cell
from .columns import CO_LEAD_MARK, ROLE_LEAD, STATUS_LABELS, SUMMARY
from .export import ExportResult
from .refs import column_cells, ref
from .statusformula import blank_rows, rows_with
from .style import COL, FONT, HEAD_FILL, MONEY_FORMAT, ROLE_COL, letter

__all__ = ["summary_sheet", "NO_AREA"]

NO_AREA = "(không thuộc nội dung nào)"
ANY = "*"  # ``match``: every row of an activity (``cell``)
NO_STATUS = "(chưa ghi trạng thái)"


def _range(sheet: str, field: str, last: int) -> str:
    return ref(sheet, column_cells(COL[field], 2, last))


def _sum_over(sheets: list[tuple[str, int]], expr) -> str:
    """``expr(sheet, last)`` added over every activity sheet, as one formula."""
    return "=" + "+".join(expr(name, last) for name, last in sheets) if sheets else "=0"


def summary_sheet(wb, result: ExportResult, sheets: list[tuple[str, int]]) -> None:
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
    for name, w in widths.items():
        ws.column_dimensions[name].width = w
    statuses = list(STATUS_LABELS.values())
    codes = list(STATUS_LABELS)

    def match(sheet: str, field: str, last: int, cell: str | None) -> str:
        """The condition of the rows of ``cell``'s value (None: an empty cell); a status by code
        (``cell`` the code), names and areas exactly."""
        cells = _range(sheet, field, last)
        if cell is None:
            return blank_rows(cells) if field == "status" else f"(LEN(TRIM({cells}))=0)"
        if cell == ANY:  # every row of an activity: each has its key
            return f"(LEN({cells})>0)"
        if field == "status":  # every spelling update reads, case aside (``statusformula``)
            return rows_with(cells, [cell])
        if field == "lead" and co_led:
            # its lead, or one the Phối hợp cell names as leading with it: 'Sở KH&CN (cùng chủ
            # trì), Ban Phong trào Tỉnh Đoàn' — a whole entry between the commas, as FIND does:
            # case and all, no wildcard
            entry = f'", "&{cell}&"{CO_LEAD_MARK},"'
            named = f'ISNUMBER(FIND({entry},", "&{_range(sheet, "support", last)}&","))'
            return f"((EXACT({cells},{cell})+{named})>0)"
        return f"EXACT({cells},{cell})"

    co_led = sum(1 for r in result.rows if r.co_leads)

    def home(sheet: str, last: int) -> str:
        """The rows counted: all, or those of the lead's sheet when an activity is on several."""
        if not result.shared:
            return ""
        cells = ref(sheet, column_cells(ROLE_COL, 2, last))
        return f'*EXACT({cells},"{ROLE_LEAD}")'

    def count(field: str, cell: str | None, status: str | None = None):
        def expr(sheet: str, last: int) -> str:
            cond = match(sheet, field, last, cell) + home(sheet, last)
            if status is not None:
                cond += "*" + match(sheet, "status", last, status)
            return f"SUMPRODUCT({cond}*1)"

        return _sum_over(sheets, expr)

    def money(field: str, cell: str | None, amount: str):
        def expr(sheet: str, last: int) -> str:
            # the two-array form counts text and blank cells as 0
            cond = match(sheet, field, last, cell) + home(sheet, last)
            return f"SUMPRODUCT({cond}*1,{_range(sheet, amount, last)})"

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

    def table(
        title: str, label: str, field: str, labels: list[str], blank: str = "", note: str = ""
    ) -> None:
        """A table of ``labels`` (and of ``blank``: the rows with an empty cell, when given);
        with ``note``, its rows may count an activity more than once: its Cộng row counts every
        activity once, and ``note`` follows it."""
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
        for label in [*labels, *([blank] if blank else [])]:
            text_cell(ws.cell(row=row, column=1, value=label)).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
            cell = None if blank and label == blank else f"$A{row}"
            ws.cell(row=row, column=2, value=count(field, cell))
            for j, code in enumerate(codes):
                ws.cell(row=row, column=3 + j, value=count(field, cell, code))
            ws.cell(
                row=row, column=7, value=money(field, cell, "budget")
            ).number_format = MONEY_FORMAT
            ws.cell(
                row=row, column=8, value=money(field, cell, "spent")
            ).number_format = MONEY_FORMAT
            row += 1
        ws.cell(row=row, column=1, value="Cộng").font = head
        for j in range(2, 9):
            col = letter(j - 1)
            c = ws.cell(row=row, column=j, value=f"=SUM({col}{first}:{col}{row - 1})")
            if note:  # every activity once: each row of the activity sheets
                what = {2: count("key", ANY), 7: money("key", ANY, "budget")}
                what[8] = money("key", ANY, "spent")
                what.update((3 + k, count("key", ANY, code)) for k, code in enumerate(codes))
                c.value = what[j]
            c.font = head
            if j >= 7:
                c.number_format = MONEY_FORMAT
        if note:
            row += 1
            c = ws.cell(row=row, column=1, value=note)
            c.font = Font(name=FONT, italic=True)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            ws.row_dimensions[row].height = 32
        row += 2

    ws.cell(row=row, column=1, value="Theo trạng thái").font = Font(name=FONT, bold=True, size=12)
    row += 1
    header(
        ["Trạng thái", "Số hoạt động", "", "", "", "", "Kinh phí dự kiến (đồng)", "Đã chi (đồng)"]
    )
    first = row
    # a status cell left empty (cleared by whoever fills the sheet) is counted on a row of its
    # own: the table then adds up to every activity, as the other tables do
    for code, status in [*STATUS_LABELS.items(), (None, NO_STATUS)]:
        ws.cell(row=row, column=1, value=status)
        ws.cell(row=row, column=2, value=count("status", code))
        ws.cell(
            row=row, column=7, value=money("status", code, "budget")
        ).number_format = MONEY_FORMAT
        ws.cell(
            row=row, column=8, value=money("status", code, "spent")
        ).number_format = MONEY_FORMAT
        row += 1
    ws.cell(row=row, column=1, value="Cộng").font = head
    for col in ("B", "G", "H"):
        c = ws[f"{col}{row}"]
        c.value = f"=SUM({col}{first}:{col}{row - 1})"
        c.font = head
        if col != "B":
            c.number_format = MONEY_FORMAT
    row += 2
    areas = sorted(
        {a for r in result.rows if isinstance(a := r.values.get("area"), str) and a},
        key=_area_order(result),
    )
    no_area = any(not r.values.get("area") for r in result.rows)
    if areas:
        blank = NO_AREA if no_area else ""
        table("Theo nội dung phối hợp", "Nội dung phối hợp", "area", areas, blank)
    leading = {o for r in result.rows for o in (r.lead, *r.co_leads)}
    leads = [result.labels.get(o, o) for o in result.repo.orgs if o in leading]
    if leads:
        table("Theo đơn vị chủ trì", "Đơn vị chủ trì", "lead", leads, note=_co_led_note(co_led))
    for r in ws.iter_rows(min_row=4, max_row=row):
        for c in r:
            if c.font is None or not c.font.b:
                c.font = Font(name=FONT, bold=bool(c.font and c.font.b))


def _co_led_note(co_led: int) -> str:
    """Why the rows of the table by lead add up to more than its Cộng row (as ``report`` says
    it); none when no activity is co-led."""
    if not co_led:
        return ""
    return (
        f"Ghi chú: hoạt động có đơn vị đồng chủ trì ({co_led} hoạt động) được tính cho mỗi đơn vị "
        "chủ trì, nên cộng các dòng trên có thể lớn hơn dòng Cộng; dòng Cộng tính mỗi hoạt động "
        "một lần."
    )


def _area_order(result: ExportResult):
    order: dict[str, int] = {}
    for r in result.rows:
        area = r.values.get("area")
        order.setdefault(area if isinstance(area, str) else "", len(order))
    return lambda title: order.get(title, 0)
