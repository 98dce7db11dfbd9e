"""Single cells through ``export`` and ``update``: a note on several lines keeps its lines both
ways; an implausible done date is refused with its cell; a formula never calculated is named as
such. Each workbook is a real ``export``, edited with openpyxl as a colleague would."""

from __future__ import annotations

import openpyxl
from test_sheet_cli import (
    git,
    save,
)

PLAN23 = "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"


def _cell(path, activity: str, header: str):
    """(workbook, sheet, the cell of ``activity`` under ``header``)."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Hoạt động"]
    head = {c.value: c.column for c in ws[1]}
    row = next(
        r for r in range(2, ws.max_row + 1) if ws.cell(r, head["Mã hoạt động"]).value == activity
    )
    return wb, ws, ws.cell(row, head[header])


def test_a_note_on_two_lines_is_exported_on_two_lines_and_stays_a_block(cli, kho):
    """Before: the cell showed the two lines as one; editing it (or --force) flattened the
    YAML block into one line."""
    plan = kho / PLAN23
    text = plan.read_text(encoding="utf-8")
    old = "      status: planned\n    - id: uom-tao-y-tuong"
    assert old in text
    block = "      note: |\n        Dòng 1: đã họp   ban tổ chức\n        Dòng 2: chờ kinh phí\n"
    plan.write_text(text.replace(old, "      status: planned\n" + block + old[22:]), "utf-8")
    git(kho, "commit", "-qam", "note")
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, ws, cell = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Ghi chú")
    assert cell.value == "Dòng 1: đã họp ban tổ chức\nDòng 2: chờ kinh phí"
    assert cell.alignment.wrap_text
    assert ws.row_dimensions[cell.row].height >= 2 * 15
    # the sheet sent back untouched: nothing to write (the note is the same)
    same = cli("update", "--from", "t.xlsx")
    assert same.exit_code == 0 and "Không có ô nào khác với kho" in same.stderr
    cell.value = "Dòng 1: đã họp ban tổ chức\nDòng 2: đã có kinh phí"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    after = plan.read_text(encoding="utf-8")
    assert (
        "      note: |-\n        Dòng 1: đã họp ban tổ chức\n        Dòng 2: đã có kinh phí\n"
        in (after)
    )
    assert cli("validate").exit_code == 0
    # only the line break taken out: that is a change too
    assert cli("export", "--year", "2023", "-o", "t2.xlsx").exit_code == 0
    wb, ws, cell = _cell(kho / "t2.xlsx", "tong-ket-trao-giai", "Ghi chú")
    cell.value = "Dòng 1: đã họp ban tổ chức Dòng 2: đã có kinh phí"
    save(wb, kho / "t2.xlsx")
    assert cli("update", "--from", "t2.xlsx").exit_code == 0
    assert "      note: 'Dòng 1: đã họp ban tổ chức Dòng 2: đã có kinh phí'\n" in plan.read_text(
        encoding="utf-8"
    )


def test_a_formula_never_calculated_is_named_as_such(cli, kho):
    """A cell a script wrote as a formula, never opened in a spreadsheet program: no value saved.
    Before: "số tiền không hợp lệ (=20000000+5000000 …)", not what docs/excel.md promises."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, _, cell = _cell(kho / "t.xlsx", "uom-tao-y-tuong", "Đã chi (đồng)")
    cell.value = "=20000000+5000000"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    assert (
        f"t.xlsx: Hoạt động!{cell.coordinate}: công thức chưa từng được tính (=20000000+5000000): "
        "mở tệp bằng Excel hoặc LibreOffice rồi lưu lại"
    ) in run.stderr
    assert git(kho, "status", "--porcelain", "--", "plans") == ""


def test_implausible_done_dates(cli, kho):
    """Before: accepted silently. A done date after today is refused; one before the activity's
    own time (2023-11, done 1/5/2023) is written with a warning naming the cell."""
    from datetime import date, datetime, timedelta

    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    plan = kho / PLAN23
    before = plan.read_text(encoding="utf-8")
    for future in (
        datetime(2099, 9, 20),
        datetime.combine(date.today() + timedelta(3), datetime.min.time()),
    ):
        wb, ws, cell = _cell(kho / "t.xlsx", "uom-tao-y-tuong", "Ngày hoàn thành")
        cell.value = future
        save(wb, kho / "t.xlsx")
        run = cli("update", "--from", "t.xlsx")
        assert run.exit_code == 1, run.output
        assert f"t.xlsx: Hoạt động!{cell.coordinate}: ngày hoàn thành " in run.stderr
        assert "sau hôm nay" in run.stderr
        assert plan.read_text(encoding="utf-8") == before
    cell.value = None
    save(wb, kho / "t.xlsx")
    wb, ws, cell = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Ngày hoàn thành")
    cell.value = datetime(2023, 5, 1)
    ws.cell(cell.row, cell.column - 1).value = "Hoàn thành"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert (
        f"Cảnh báo: t.xlsx: Hoạt động!{cell.coordinate}: ngày hoàn thành 01/5/2023 trước thời gian "
        "của hoạt động (tháng 11/2023, từ 01/11/2023); vẫn ghi"
    ) in run.stderr
    assert "done_date: 2023-05-01" in plan.read_text(encoding="utf-8")


def test_a_note_that_looks_like_a_formula_stays_text(cli, kho):
    """A note (or title) typed '=1+1' is written as text: Excel never computes it, and the sheet
    sent back untouched changes nothing. Before, openpyxl wrote it as a formula."""
    plan = kho / PLAN23
    text = plan.read_text(encoding="utf-8")
    old = "      status: planned\n    - id: uom-tao-y-tuong"
    plan.write_text(
        text.replace(old, '      status: planned\n      note: "=1+1"\n' + old[22:]), "utf-8"
    )
    git(kho, "commit", "-qam", "note")
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    _, _, cell = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Ghi chú")
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    same = cli("update", "--from", "t.xlsx")
    assert same.exit_code == 0 and "Không có ô nào khác với kho" in same.stderr


def test_today_is_the_day_the_user_gives_as_for_every_dated_command(cli, kho, monkeypatch):
    """``update`` refuses a done date after today, today being ``--today``, else
    ``KEHOACH_TODAY``, else the system date — as ``due``, ``report``, ``export``, ``site`` read it.
    Before: the system date only: a tester re-reading a 2027 sheet with KEHOACH_TODAY=2027-10-01
    had 10/4/2027 refused as "sau hôm nay (03/12/2026)"."""
    from datetime import datetime

    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, ws, cell = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Ngày hoàn thành")
    ws.cell(cell.row, cell.column - 1).value = "Hoàn thành"
    where = f"t.xlsx: Hoạt động!{cell.coordinate}: ngày hoàn thành"
    cell.value = datetime(2023, 12, 20)
    save(wb, kho / "t.xlsx")
    monkeypatch.setenv("KEHOACH_TODAY", "2023-12-01")  # the day the sheet came back, say
    run = cli("update", "--from", "t.xlsx", "--dry-run")
    assert run.exit_code == 1, run.output
    assert f"{where} 20/12/2023 sau hôm nay (01/12/2023)" in run.stderr, run.stderr
    run = cli("update", "--from", "t.xlsx", "--dry-run", "--today", "2023-12-31")  # option wins
    assert run.exit_code == 0, run.output
    assert "hoàn thành (ngày 20/12/2023)" in run.stdout
    cell.value = datetime(2099, 4, 10)
    save(wb, kho / "t.xlsx")
    monkeypatch.setenv("KEHOACH_TODAY", "2099-10-01")  # a day to come moves today forward too
    run = cli("update", "--from", "t.xlsx", "--dry-run")
    assert run.exit_code == 0, run.output
    assert "hoàn thành (ngày 10/4/2099)" in run.stdout
    bad = cli("update", "--from", "t.xlsx", "--today", "2099-02-30")
    assert bad.exit_code == 2 and "--today" in bad.output, bad.output
    assert bad.exception is None or isinstance(bad.exception, SystemExit)


def test_implausible_amounts_spent(cli, kho):
    """Before: ``1e20`` was written as spent 100000000000000000000 against a 30,000,000 budget,
    "12,500.000" read as 12.500.000, and validate said nothing. An amount
    above 10^15 đồng and a text whose separators do not say which they are are refused with their
    cell, nothing written; spent more than 5 times the budget is written with a warning naming
    the cell (once: validate's KH447 on the file is not said again)."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    plan = kho / PLAN23
    before = plan.read_text(encoding="utf-8")
    refused = {
        1e20: "số tiền 100.000.000.000.000.000.000 đồng quá lớn, không thể là số đã chi",
        "12,500.000": 'số tiền "12,500.000" viết lẫn dấu chấm và dấu phẩy, không rõ dấu nào ngăn '
        "hàng nghìn; ghi số đồng liền, không dấu chấm, dấu phẩy, ví dụ 12500000",
    }
    for value, said in refused.items():
        wb, _, cell = _cell(kho / "t.xlsx", "cham-thi", "Đã chi (đồng)")
        cell.value = value
        save(wb, kho / "t.xlsx")
        run = cli("update", "--from", "t.xlsx")
        assert run.exit_code == 1, run.output
        assert f"t.xlsx: Hoạt động!{cell.coordinate}: {said}" in run.stderr, run.stderr
        assert plan.read_text(encoding="utf-8") == before
    cell.value = 300_000_000  # the budget of cham-thi is 30,000,000: a zero too many?
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert (
        f"Cảnh báo: t.xlsx: Hoạt động!{cell.coordinate}: đã chi 300.000.000 đồng, quá 5 lần kinh "
        "phí dự kiến (30.000.000 đồng); vẫn ghi — kiểm tra lại số tiền"
    ) in run.stderr
    assert "KH447" not in run.stderr
    assert "      spent: 300000000\n" in plan.read_text(encoding="utf-8")
    # and validate says it of the file
    run = cli("validate")
    assert run.exit_code == 0 and "KH447" in run.output, run.output
    assert "Đã chi 300.000.000 đồng, gấp 10 lần kinh phí dự kiến (30.000.000 đồng" in run.output


def test_a_formula_that_failed_is_refused_not_written_as_a_note(cli, kho):
    """A formula whose result the spreadsheet program saved as an error value (``#REF!`` after a
    row it pointed at was deleted). Before: the note "#REF!" was written into the YAML, and the
    amount refused as "số tiền không hợp lệ"."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, ws, note = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Ghi chú")
    note.value = "#REF!"  # openpyxl stores it as an error value, as Excel and LibreOffice do
    assert note.data_type == "e"
    _, _, spent = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Đã chi (đồng)")
    ws[spent.coordinate].value = "#DIV/0!"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    assert f"t.xlsx: Hoạt động!{note.coordinate}: ô có lỗi công thức #REF!" in run.stderr
    assert f"t.xlsx: Hoạt động!{spent.coordinate}: ô có lỗi công thức #DIV/0!" in run.stderr
    assert "Traceback" not in run.output
    assert git(kho, "status", "--porcelain", "--", "plans") == ""


def test_a_read_only_plan_is_not_written_nor_any_other(cli, kho):
    """Before: update replaced a plan the user made read-only (the rename is allowed by the
    folder), and the file lost its read-only mark."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, _, cell = _cell(kho / "t.xlsx", "tong-ket-trao-giai", "Ghi chú")
    cell.value = "Tổ chức tại Phan Thiết"
    save(wb, kho / "t.xlsx")
    plan = kho / PLAN23
    plan.chmod(0o444)
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 2, run.output
    assert f"Tệp {PLAN23} chỉ đọc (read-only); kehoach không sửa tệp này" in run.stderr
    assert git(kho, "status", "--porcelain", "--", "plans") == ""
    assert plan.stat().st_mode & 0o777 == 0o444
    plan.chmod(0o640)
    assert cli("update", "--from", "t.xlsx").exit_code == 0
    assert plan.stat().st_mode & 0o777 == 0o640  # the file's permissions are kept
