"""``update --from`` a workbook an office reshaped in Excel or LibreOffice: rows inserted above the
header (a title merged over them), the hidden key column deleted, an activity sheet deleted, a
sheet copied in without its key. The header is found where it is; what cannot be matched to its
activity is refused with the sheet and cell, never guessed, never a traceback."""

from __future__ import annotations

import openpyxl
from test_sheet_cli import PLAN, diff_lines

from helpers import save_workbook as save

KEY = "Khóa (không sửa)"


def _head(ws, row: int = 1) -> dict[str, int]:
    return {c.value: c.column for c in ws[row] if c.value}


def _row(ws, activity: str, head_row: int = 1) -> int:
    col = _head(ws, head_row)["Mã hoạt động"]
    return next(r for r in range(head_row + 1, ws.max_row + 1) if ws.cell(r, col).value == activity)


def test_rows_inserted_above_the_header_are_skipped_and_the_rows_read(cli, kho):
    assert cli("export", "-o", "t.xlsx", "--today", "2023-06-15").exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    ws.protection.sheet = False  # as an office unprotects it to insert rows
    ws.insert_rows(1, 3)
    ws["A1"] = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN — BAN PHONG TRÀO"  # a title over the whole width
    ws.merge_cells("A1:N1")
    ws["A2"] = "Ngày báo cáo: 15/6/2023"
    r = _row(ws, "tuyen-duong-tai-nang-tre", 4)
    ws.cell(r, _head(ws, 4)["Trạng thái"]).value = "Đang thực hiện"
    bad = _row(ws, "chuyen-giao-mo-hinh", 4)
    ws.cell(bad, _head(ws, 4)["Đã chi (đồng)"]).value = "nhiều"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    # the bad cell named where it now is, nothing written
    assert run.exit_code == 1, run.output
    assert f"t.xlsx: Hoạt động!L{bad}: số tiền không hợp lệ" in run.stderr
    assert "ô gộp" not in run.stderr and "Traceback" not in run.output
    ws.cell(bad, _head(ws, 4)["Đã chi (đồng)"]).value = None
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert "không còn dòng nào" not in run.stderr  # every row read
    assert diff_lines(kho) == (["      status: planned"], ["      status: in_progress"])


def test_the_hidden_key_column_deleted_is_refused_at_its_cell(cli, kho):
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    before = (kho / PLAN).read_text(encoding="utf-8")
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    ws.cell(_row(ws, "tuyen-duong-tai-nang-tre"), _head(ws)["Trạng thái"]).value = "Hoàn thành"
    ws.delete_cols(_head(ws)[KEY])
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    assert f"t.xlsx: Hoạt động!N1: trang không có cột khóa ẩn “{KEY}”" in run.stderr
    assert "không đọc trang này" in run.stderr and "Traceback" not in run.output
    assert (kho / PLAN).read_text(encoding="utf-8") == before


def _keyless_copy(ws, copy) -> None:
    """The rows of ``ws`` into the sheet ``copy`` without the hidden key column (pasted as values
    elsewhere), one activity marked done in the copy."""
    key = _head(ws)[KEY]
    for row in ws.iter_rows():
        copy.append([c.value for c in row if c.column != key])
    copy.cell(
        _row(copy, "tuyen-duong-tai-nang-tre"), _head(copy)["Trạng thái"]
    ).value = "Hoàn thành"


def test_a_sheet_pasted_in_without_its_key_is_refused_not_skipped(cli, kho):
    """A unit's sheet copied into the workbook (another file's, or values only): its rows cannot
    be matched; before, the sheet was skipped and its changes lost without a word."""
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    _keyless_copy(ws, wb.create_sheet("Ban Phong trào"))
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    assert f"t.xlsx: Ban Phong trào!N1: trang không có cột khóa ẩn “{KEY}”" in run.stderr
    assert diff_lines(kho) == ([], [])


def test_a_sheet_copied_into_a_new_workbook_without_its_key_is_refused(cli, kho):
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    ws = openpyxl.load_workbook(kho / "t.xlsx")["Hoạt động"]
    new = openpyxl.Workbook()
    new.active.title = "Tiến độ"
    _keyless_copy(ws, new.active)
    save(new, kho / "moi.xlsx")
    run = cli("update", "--from", "moi.xlsx")
    assert run.exit_code == 1, run.output
    assert "moi.xlsx: Tiến độ!N1: trang không có cột khóa ẩn" in run.stderr
    assert diff_lines(kho) == ([], [])


def test_an_activity_sheet_deleted_is_named_once(cli, kho):
    assert cli("export", "--by-party", "--year", "2022", "-o", "t.xlsx").exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    sheets = [ws for ws in wb.worksheets if KEY in _head(ws)]
    assert len(sheets) >= 2
    gone, kept = sheets[0], sheets[1]
    held = sum(1 for r in range(2, gone.max_row + 1) if gone.cell(r, 1).value)
    assert held >= 1
    r = 2
    note = _head(kept)["Ghi chú"]
    kept.cell(r, note).value = "Đã gửi báo cáo."
    wb.remove(gone)
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    line = f"trang “{gone.title}” không còn trong bảng tính (đã bị xóa): {held} hoạt động"
    assert line in run.stderr
    assert "không còn dòng nào" not in run.stderr  # not one line per activity of the sheet
    assert "      note: Đã gửi báo cáo." in diff_lines(kho)[1]  # the other sheet is read


def test_every_activity_sheet_deleted_is_named(cli, kho):
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    wb.remove(wb["Hoạt động"])
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 2, run.output
    assert "t.xlsx: không còn trang hoạt động nào (lúc xuất: “Hoạt động”)" in run.output
