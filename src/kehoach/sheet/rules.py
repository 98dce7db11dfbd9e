"""The rules of an activity sheet's cells: the drop-down lists and checks of the columns to fill
in (statuses, parties from the hidden list sheet, dates, whole đồng), the overdue rows in red (a
formula, so it follows the cells) and the amounts from a billion on shown with their groups."""

from __future__ import annotations

from ..spending import MAX_AMOUNT
from .columns import LISTS, STATUS_LABELS
from .refs import cells, column_cells, ref, row_cell
from .statusformula import cell_is
from .style import BIG_MONEY_FORMAT, COL, LATE_FILL

__all__ = ["sheet_rules"]


def sheet_rules(ws, last: int, end: str, parties: int) -> None:
    """The rules of ``ws``, whose rows 2 to ``last`` hold activities in columns A to ``end``;
    ``parties``: how many names the list sheet (``LISTS``) holds."""
    from openpyxl.formatting.rule import FormulaRule, Rule
    from openpyxl.styles import PatternFill
    from openpyxl.styles.differential import DifferentialStyle
    from openpyxl.styles.numbers import NumberFormat
    from openpyxl.worksheet.datavalidation import DataValidation

    def validation(col: str, dv) -> None:
        dv.add(column_cells(COL[col], 2, last, absolute=False))
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
            formula1=ref(LISTS, column_cells("A", 2, max(parties, 1) + 1)),
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
            operator="between",
            formula1="0",
            formula2=str(MAX_AMOUNT),  # above: no amount (1e20), refused by update too
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Đã chi",
            error="Nhập số tiền bằng số nguyên (đồng), không âm, không quá 10^15 (một triệu tỷ).",
        ),
    )
    data = cells("A", 2, end, last)
    d, s = row_cell(COL["deadline"], 2), row_cell(COL["status"], 2)
    finished = cell_is(s, ("done", "cancelled"))  # every spelling update reads
    ws.conditional_formatting.add(
        data,
        FormulaRule(
            formula=[f'AND({d}<>"",{d}<TODAY(),NOT({finished}))'],
            fill=PatternFill("solid", fgColor=LATE_FILL, bgColor=LATE_FILL),
        ),
    )
    big = DifferentialStyle(numFmt=NumberFormat(numFmtId=200, formatCode=BIG_MONEY_FORMAT))
    for field in ("budget", "spent"):
        ws.conditional_formatting.add(
            column_cells(COL[field], 2, last, absolute=False),
            Rule(type="cellIs", operator="greaterThanOrEqual", formula=["1000000000"], dxf=big),
        )
