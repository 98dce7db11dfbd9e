"""The progress workbook as written (sheets, locked and editable columns, drop-downs, types,
formulas, key) and the cell readers of ``update``."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, datetime

import openpyxl
import pytest

from helpers import EXAMPLES, run, save_workbook
from kehoach.model import navigate
from kehoach.sheet.cells import (
    CellError,
    party_index,
    read_date,
    read_money,
    read_party,
    read_status,
    read_text,
)
from kehoach.sheet.columns import COLUMNS, STATUS_LABELS, Key
from kehoach.sheet.export import run_export
from kehoach.sheet.xlsx import MONEY_FORMAT, as_xlsx
from libreoffice import recalculated

TODAY = date(2023, 6, 15)


def workbook(**kw):
    result = run_export([str(EXAMPLES)], today=TODAY, **kw)
    return result, openpyxl.load_workbook(io.BytesIO(as_xlsx(result)))


def header(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def row_of(ws, activity: str) -> int:
    col = header(ws)["Mã hoạt động"]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == activity)


def test_sheets_and_columns():
    result, wb = workbook()
    assert wb.sheetnames == [
        "Hoạt động",
        "Tổng hợp",
        "Hướng dẫn",
        "Danh mục",
        "kehoach",
        "kehoach-lúc-xuất",
    ]
    hidden = ("Danh mục", "kehoach", "kehoach-lúc-xuất")
    assert all(wb[name].sheet_state == "hidden" for name in hidden)
    ws = wb["Hoạt động"]
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    activities = sum(len(list(navigate.activities(d))) for d in run([str(EXAMPLES)]).repo.documents)
    assert activities > 20 and ws.max_row == activities + 1  # every activity of the examples
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref == f"A1:N{activities + 1}"
    assert ws.column_dimensions["N"].hidden  # the key
    assert ws.protection.sheet and not ws.protection.autoFilter and not ws.protection.sort


def test_editable_columns_unlocked_others_locked():
    _, wb = workbook()
    ws = wb["Hoạt động"]
    h = header(ws)
    editable = {c.header for c in COLUMNS if c.editable}
    assert editable == {
        "Đơn vị chủ trì",
        "Trạng thái",
        "Ngày hoàn thành",
        "Đã chi (đồng)",
        "Ghi chú",
    }
    for name, col in h.items():
        cell = ws.cell(2, col)
        assert cell.protection.locked is (name not in editable), name
        assert (ws.cell(1, col).comment is not None) is (name in editable)


def test_typed_cells_and_key():
    _, wb = workbook()
    ws = wb["Hoạt động"]
    h = header(ws)
    r = row_of(ws, "y-tuong-khoi-nghiep")
    assert ws.cell(r, h["Ngày hoàn thành"]).value == datetime(2022, 5, 20)
    assert ws.cell(r, h["Hạn"]).value == datetime(2022, 5, 31)
    assert ws.cell(r, h["Hạn"]).number_format == "dd/mm/yyyy"
    spent = ws.cell(r, h["Đã chi (đồng)"])
    assert spent.value == 47200000 and spent.number_format == MONEY_FORMAT
    assert ws.cell(r, h["Trạng thái"]).value == "Hoàn thành"
    assert ws.cell(r, h["Thời gian"]).value == "Từ tháng 3/2022 đến tháng 5/2022"
    assert ws.cell(r, h["Nội dung phối hợp"]).value == "Hỗ trợ thanh niên khởi nghiệp"
    key = Key.parse(ws.cell(r, h["Khóa (không sửa)"]).value)
    assert key is not None and key.file == "plans/2022/kh-2022-tinhdoan-bt.yaml"
    assert key.json_path == ("contents", "activities", 1) and key.activity == "y-tuong-khoi-nghiep"
    assert len(key.sha) == 16


def test_drop_downs_and_validations():
    _, wb = workbook()
    ws = wb["Hoạt động"]
    rules = {str(dv.sqref)[0]: dv for dv in ws.data_validations.dataValidation}
    assert rules["I"].type == "list" and "Hoàn thành" in rules["I"].formula1
    assert rules["E"].type == "list" and rules["E"].formula1.startswith("'Danh mục'!$A$2")
    assert rules["J"].type == "date" and rules["L"].type == "whole"
    # an amount spent up to 10^15 đồng (update refuses more: 1e20 is no amount)
    assert (rules["L"].operator, rules["L"].formula1, rules["L"].formula2) == (
        "between",
        "0",
        "1000000000000000",
    )
    names = [c.value for c in wb["Danh mục"]["A"][1:]]
    assert "Tỉnh Đoàn (tinhdoan-bt)" in names and "Tỉnh đoàn (tinhdoan-dt)" in names


def test_summary_is_formulas():
    result, wb = workbook()
    last = len(result.rows) + 1
    ws = wb["Tổng hợp"]
    formulas = [
        c.value
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert len(formulas) > 30
    assert any("SUMPRODUCT" in f and f"'Hoạt động'!$I$2:$I${last}" in f for f in formulas)
    assert any(f"EXACT('Hoạt động'!$E$2:$E${last}" in f for f in formulas)


def test_filters_and_sheet_per_party():
    result, _ = workbook(party="skhcn-bt", year=2022)
    assert result.rows and all("skhcn-bt" in (r.lead, *r.support) for r in result.rows)
    assert all(r.doc.id != "kh-khcn-2021-tinhdoan-dt" for r in result.rows)
    result, wb = workbook(by_party=True)
    others = ("Tổng hợp", "Hướng dẫn", "Danh mục", "kehoach", "kehoach-lúc-xuất")
    sheets = [s for s in wb.sheetnames if s not in others]
    leads = {r.lead for r in result.rows}
    orgs = run([str(EXAMPLES)]).repo.orgs
    # one sheet per lead party, in the order of orgs.yaml, named by its short name (with its id
    # when two parties share one)
    assert sheets == [result.labels[o] for o in orgs if o in leads]
    assert sheets[:2] == ["Tỉnh Đoàn (tinhdoan-bt)", "Sở KH&CN (skhcn-bt)"]
    assert sum(wb[s].max_row - 1 for s in sheets) == len(result.rows)
    formula = wb["Tổng hợp"]["B6"].value
    assert all(f"'{s}'!" in formula for s in sheets)


def test_same_repository_same_bytes():
    result = run_export([str(EXAMPLES)], today=TODAY)
    assert as_xlsx(result) == as_xlsx(result)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Hoàn thành", "done"),
        ("  hoàn   THÀNH ", "done"),
        ("đã huỷ", "cancelled"),
        ("in_progress", "in_progress"),
        # typed with the keyboard's Vietnamese input off
        ("hoan thanh ", "done"),
        ("Dang thuc hien", "in_progress"),
        ("CHUA THUC HIEN", "planned"),
        ("Da huy", "cancelled"),
        ("", None),
        (None, None),
    ],
)
def test_read_status(value, expected):
    assert read_status(value) == expected


def test_unmarked_status_counted_by_formulas():
    # the summary sheet and the red rows count what update reads: the unmarked spelling too
    from kehoach.sheet.cells import status_spellings

    assert "hoan thanh" in status_spellings("done")
    assert "da huy" in status_spellings("cancelled")
    with pytest.raises(CellError):  # 'Huy' alone is a name, not a cancellation
        read_status("Huy")


@pytest.mark.parametrize(
    "value,expected",
    [
        (datetime(2022, 9, 20), "2022-09-20"),
        (date(2022, 9, 20), "2022-09-20"),
        ("20/9/2022", "2022-09-20"),
        ("20.09.2022", "2022-09-20"),
        ("2022-09-20", "2022-09-20"),
        (44824, "2022-09-20"),
        ("", None),
        (None, None),
    ],
)
def test_read_date(value, expected):
    assert read_date(value) == expected


@pytest.mark.parametrize(
    "value", ["31/02/2022", "hôm qua", "2022-13-01", datetime(1990, 1, 1), "=A1+1"]
)
def test_bad_dates(value):
    with pytest.raises(CellError, match="ngày không hợp lệ"):
        read_date(value)


@pytest.mark.parametrize(
    "value,expected",
    [
        (48500000, 48500000),
        (48500000.0, 48500000),
        ("48.500.000", 48500000),
        ("48,500,000 đ", 48500000),
        ("48500000 đồng", 48500000),
        (None, None),
        ("", None),
    ],
)
def test_read_money(value, expected):
    assert read_money(value) == expected


@pytest.mark.parametrize(
    "value", ["48,5 triệu", -5, 1.5, "1.23.456", True, "=L2*2", float("inf"), float("nan")]
)
def test_bad_money(value):
    with pytest.raises(CellError):
        read_money(value)


@pytest.mark.parametrize(
    "value,said",
    [
        ("12,500.000", "viết lẫn dấu chấm và dấu phẩy"),
        ("1.500.000,000", "viết lẫn dấu chấm và dấu phẩy"),
    ],
)
def test_money_with_separators_that_do_not_say_which_they_are(value, said):
    """Before: "12,500.000" read as 12.500.000."""
    with pytest.raises(CellError, match="ghi số đồng liền, không dấu chấm, dấu phẩy") as caught:
        read_money(value)
    assert said in str(caught.value)


@pytest.mark.parametrize(
    "value,amount", [("1.500", 1500), ("12,500 đ", 12500), ("125.000", 125000)]
)
def test_one_separator_before_three_digits_groups_thousands(value, amount):
    """An amount in đồng has no decimals: '125.000' as Vietnamese write it is 125.000 đồng."""
    assert read_money(value) == amount


def test_read_party_and_text():
    ids = party_index({"td": "Tỉnh Đoàn", "skhcn": "Sở KH&CN"})
    assert read_party("tỉnh đoàn", ids) == "td" and read_party("skhcn", ids) == "skhcn"
    with pytest.raises(CellError, match="không có đơn vị"):
        read_party("Sở GD&ĐT", ids)
    with pytest.raises(CellError, match="để trống"):
        read_party(None, ids)
    assert read_text("  Dòng một  \r\n Dòng hai ") == "Dòng một\nDòng hai"
    assert read_text("Hoa\u0300") == "Hoà"  # NFD from some spreadsheet programs → NFC
    assert read_text("   ") is None


def test_a_short_name_two_orgs_share_is_said_ambiguous_not_missing():
    """The list shows "Sở KH&CN (skhcn-bt)" when two orgs are "Sở KH&CN"; typing the name alone
    was "không có đơn vị "Sở KH&CN" trong orgs.yaml", though it is there twice."""
    ids = party_index({"skhcn-bt": "Sở KH&CN (skhcn-bt)", "skhcn-ld": "Sở KH&CN (skhcn-ld)"})
    assert read_party("sở kh&cn (skhcn-ld)", ids) == "skhcn-ld"
    with pytest.raises(
        CellError, match=r'"Sở KH&CN" là tên của nhiều đơn vị \(skhcn-bt, skhcn-ld\)'
    ):
        read_party("Sở KH&CN", ids)


def test_column_letters_are_openpyxl_s_without_importing_it():
    from openpyxl.utils import get_column_letter

    from kehoach.sheet.style import letter

    assert [letter(i) for i in range(800)] == [get_column_letter(i + 1) for i in range(800)]
    assert letter(16383) == "XFD"  # the last column of a worksheet


def _summary_rows(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=4, values_only=True) if any(v is not None for v in r)]


def test_summary_counts_activities_without_area_and_every_status_spelling():
    """Before: the area table left out activities without an area (its total 6 of 13), and a
    status typed as update reads it (``done``, `` Đã huỷ ``, NFD) was counted nowhere."""
    result, wb = workbook(year=2023)
    rows = _summary_rows(wb["Tổng hợp"])
    labels = [r[0] for r in rows]
    assert "(không thuộc nội dung nào)" in labels
    formula = next(r for r in rows if r[0] == "Hoàn thành")[1]
    assert '"done"' in formula and '"hoàn thành"' in formula
    assert f'"{unicodedata.normalize("NFD", "hoàn thành")}"' in formula
    assert '"đã huỷ"' in next(r for r in rows if r[0] == "Đã hủy")[1]


@pytest.mark.external
def test_summary_as_calculated_by_libreoffice(tmp_path):
    """Every table of the summary adds up to every activity, statuses typed in other spellings
    counted: the workbook calculated by LibreOffice Calc (headless)."""
    result, wb = workbook(year=2023)
    ws = wb["Hoạt động"]
    col = header(ws)["Trạng thái"]
    spellings = ("done", " Đã huỷ ", unicodedata.normalize("NFD", "Hoàn thành"))
    for r, text in enumerate(spellings, start=2):
        ws.cell(r, col).value = text
    ws.cell(len(spellings) + 2, col).value = None  # a status cleared: counted on its own row
    done = _recalculated(wb, tmp_path)["Tổng hợp"]
    totals = [r[1] for r in _summary_rows(done) if r[0] == "Cộng"]
    assert totals == [len(result.rows)] * 3  # by status, by area, by lead
    assert next(r for r in _summary_rows(done) if r[0] == "(chưa ghi trạng thái)")[1] == 1


def _recalculated(wb, tmp_path) -> openpyxl.Workbook:
    """``wb`` as LibreOffice Calc (headless) calculates it: the values of its formulas."""
    save_workbook(wb, tmp_path / "s.xlsx")
    return recalculated(tmp_path / "s.xlsx", tmp_path / "out")


# statuses as typed or pasted: each one update reads (a no-break space from a web page or Zalo, a
# line break, the codes, huỷ, NFD, the tone marks apart as Unikey's composed Unicode types them)
TYPED = (
    "\u00a0Hoàn thành",
    "Đã huỷ",
    "done",
    "cancelled",
    "Hoàn thành\n",
    unicodedata.normalize("NFD", "Đã hủy"),
    "Ch\u01b0a th\u01b0\u0323c hi\u00ea\u0323n",
    "\u0110ang th\u01b0\u0323c hi\u00ea\u0323n\u00a0",
    "\tHOÀN THÀNH",
)


@pytest.mark.external
def test_the_summary_and_the_red_rows_read_a_status_as_update_does(tmp_path):
    """Once LibreOffice recalculates, the summary counts each status as ``update`` reads it and
    the red overdue rows are those ``update`` would read as neither done nor cancelled. Before,
    TRIM left the no-break space: "\u00a0Hoàn thành" counted nowhere (Cộng 12 of 13 activities);
    the red rule tested the two labels only: a row of "Đã huỷ", "done", "cancelled" stayed red."""
    from openpyxl.utils import get_column_letter

    result, wb = workbook(year=2023)
    ws = wb["Hoạt động"]
    col = header(ws)
    rows = range(2, ws.max_row + 1)
    dated = [r for r in rows if ws.cell(r, col["Hạn"]).value is not None]
    for r, text in zip(dated, TYPED, strict=False):
        ws.cell(r, col["Trạng thái"]).value = text
    statuses = {r: read_status(ws.cell(r, col["Trạng thái"]).value) for r in rows}
    assert {statuses[r] for r in dated[: len(TYPED)]} == {
        "planned",
        "in_progress",
        "done",
        "cancelled",
    }
    # the red rule's formula, row by row, in a column of its own
    rule = next(
        rule.formula[0]
        for cf in ws.conditional_formatting
        for rule in cf.rules
        if "TODAY()" in rule.formula[0]
    )
    red = ws.max_column + 1
    for r in rows:
        ws.cell(r, red).value = "=" + re.sub(r"(\$[A-Z]+)2\b", rf"\g<1>{r}", rule)
    calculated = _recalculated(wb, tmp_path)
    summary = _summary_rows(calculated["Tổng hợp"])
    assert [r[1] for r in summary if r[0] == "Cộng"] == [len(result.rows)] * 3
    for code, label in STATUS_LABELS.items():
        counted = next(r[1] for r in summary if r[0] == label)
        assert counted == list(statuses.values()).count(code), label
    # every 2023 deadline is past: red unless done or cancelled
    shown = calculated["Hoạt động"]
    painted = {r for r in rows if shown.cell(r, red).value is True}
    late = {r for r in dated if statuses[r] not in ("done", "cancelled")}
    assert painted == late, get_column_letter(red)
