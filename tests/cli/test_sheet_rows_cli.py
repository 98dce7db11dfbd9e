"""Which rows ``update`` reads, as an office reshapes a sheet: a row copied with its hidden key (to
make a new activity) is refused with the row it came from, not written onto that activity; merged
cells are refused with their range, not read as emptied cells; a formatted cell at the bottom of
the sheet is not a million rows to read; an exported activity whose row was deleted is named.
Each workbook is a real ``export`` (``examples/``, 2023: rows 9–14 are the activities of
``khlt-sang-tao-tre-2023-bt``), edited with openpyxl as a colleague would in Excel."""

from __future__ import annotations

import openpyxl
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet
from test_sheet_cli import git, save

PLAN23 = "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
SHEET = "Hoạt động"


def _export(cli, kho, *args: str) -> tuple[openpyxl.Workbook, dict[str, int], dict[str, int]]:
    """The exported workbook, its header (title → column number) and rows (activity id → row)."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx", *args).exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb.worksheets[0]
    head = {c.value: c.column for c in ws[1]}
    rows = {ws.cell(r, 2).value: r for r in range(2, ws.max_row + 1)}
    return wb, head, rows


def _untouched(kho) -> bool:
    return git(kho, "status", "--porcelain", "--", "plans") == ""


def test_a_row_copied_with_its_key_is_refused_with_the_row_it_came_from(cli, kho):
    """Sheet unprotected, row 12 copied to row 15 with the hidden key, a new activity typed over
    it: before, its status and note were written onto ``cham-thi`` (exit 0, only a warning about
    the title cell)."""
    wb, head, rows = _export(cli, kho)
    ws = wb[SHEET]
    src, new = rows["cham-thi"], max(rows.values()) + 1
    assert src == 12 and new == 15
    ws.protection.sheet = False
    for col in range(1, head["Khóa (không sửa)"] + 1):
        ws.cell(new, col).value = ws.cell(src, col).value
    ws.cell(new, head["Nội dung hoạt động"]).value = "Chấm chung khảo vòng 2 (việc mới)"
    ws.cell(new, head["Trạng thái"]).value = "Chưa thực hiện"
    ws.cell(new, head["Ghi chú"]).value = "Việc mới, chưa có trong kế hoạch"
    ws.cell(rows["uom-tao-y-tuong"], head["Trạng thái"]).value = "Đang thực hiện"
    save(wb, kho / "t.xlsx")
    for args in (("--dry-run",), (), ("--force",)):
        run = cli("update", "--from", "t.xlsx", *args)
        assert run.exit_code == 1, run.output
        flat = " ".join(run.stderr.split())
        assert (
            "t.xlsx: Hoạt động!12, Hoạt động!15: hai dòng cùng mang khóa ẩn (cột “Khóa (không "
            "sửa)”) của một hoạt động — “Chấm sơ khảo, chung khảo các sản phẩm, ý tưởng dự thi” "
            "(cham-thi, khlt-sang-tao-tre-2023-bt)"
        ) in flat, flat
        assert "Xóa dòng chép" in flat and "thêm vào tệp YAML của kế hoạch" in flat
        assert "cột khóa, không ghi vào kho" not in flat  # neither row read
        assert "Việc mới" not in run.stdout and _untouched(kho)
    # a workbook without the record of the export (an older kehoach): the same sheet, refused too
    del wb["kehoach-lúc-xuất"]
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1 and "Hoạt động!12, Hoạt động!15: hai dòng" in run.stderr
    assert _untouched(kho)


def test_a_row_copied_onto_another_party_s_sheet_is_refused(cli, kho):
    """``--by-party``: an activity is on one sheet unless several parties lead it; a row of the
    Tỉnh Đoàn's sheet pasted, key and all, on the Sở KH&CN's sheet is a copy too. A copied sheet
    (Move or Copy → Create a copy) holds every key a second time."""
    wb, head, rows = _export(cli, kho, "--by-party")
    first, second = wb.worksheets[0], wb.worksheets[1]
    assert (first.title, second.title) == ("Tỉnh Đoàn (tinhdoan-bt)", "Sở KH&CN (skhcn-bt)")
    src, new = rows["tong-ket-trao-giai"], second.max_row + 1
    second.protection.sheet = False
    for col in range(1, head["Khóa (không sửa)"] + 1):
        second.cell(new, col).value = first.cell(src, col).value
    second.cell(new, head["Trạng thái"]).value = "Hoàn thành"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    assert (
        f"t.xlsx: Tỉnh Đoàn (tinhdoan-bt)!{src}, Sở KH&CN (skhcn-bt)!{new}: hai dòng cùng mang "
        "khóa ẩn"
    ) in run.stderr
    assert _untouched(kho)
    wb, *_ = _export(cli, kho, "--by-party", "--force")
    wb.copy_worksheet(wb.worksheets[1]).title = "Sở KH&CN (bản sao)"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1 and "Sở KH&CN (skhcn-bt)!2, Sở KH&CN (bản sao)!2: hai dòng" in (
        run.stderr
    )


def test_merged_cells_over_read_columns_are_refused_with_their_range(cli, kho):
    """Merge & Center keeps the top-left value only: before, merging I12:I14 after setting I12
    deleted the status of rows 13–14, merging notes deleted a note, and a merge in the Văn bản
    column was taken for rows sorted without their key."""
    for merge, column in (
        ("I12:I14", "“Trạng thái”"),
        ("M9:M10", "“Ghi chú”"),
        ("A2:A6", "“Văn bản”"),
        ("L12:M13", "“Đã chi (đồng)”, “Ghi chú”"),
    ):
        wb, head, rows = _export(cli, kho, "--force")
        ws = wb[SHEET]
        ws["I12"] = "Hoàn thành"
        ws.merge_cells(merge)
        save(wb, kho / "t.xlsx")
        run = cli("update", "--from", "t.xlsx")
        assert run.exit_code == 1, run.output
        flat = " ".join(run.stderr.split())
        assert f"t.xlsx: 'Hoạt động'!{merge}: ô gộp — bỏ gộp ô rồi chạy lại." in flat, flat
        assert f"các ô khác của nó (cột {column}) đọc như ô trống" in flat
        assert "sắp xếp hay chép dán" not in flat and "Không ghi tệp nào: 1 lỗi" in flat
        assert _untouched(kho)


def test_merged_cells_of_a_column_not_read_change_nothing(cli, kho):
    """The same “Nội dung phối hợp” merged over a document's rows: nothing read is lost, the
    rows are read, and the cells the merge hides are not reported as locked cells typed over."""
    wb, head, rows = _export(cli, kho)
    ws = wb[SHEET]
    ws.merge_cells("D9:D14")
    ws.cell(rows["uom-tao-y-tuong"], head["Trạng thái"]).value = "Đang thực hiện"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert "cột khóa" not in run.stderr
    assert "chưa thực hiện → đang thực hiện" in run.stdout


def test_a_formatted_cell_at_the_bottom_is_not_a_million_rows_to_read(cli, kho, monkeypatch):
    """A fill on M1048576 (the file stays small): before, ``update`` asked for every cell of every
    row down to it — 82 s and 4.4 GB. Now only the rows holding values are asked for: any cell
    asked for below the table fails the test at once."""
    wb, head, rows = _export(cli, kho)
    wb[SHEET]["M1048576"].fill = PatternFill("solid", fgColor="FFFF00")
    wb["kehoach-lúc-xuất"]["A1048576"].fill = PatternFill("solid", fgColor="FFFF00")
    wb[SHEET].cell(rows["uom-tao-y-tuong"], head["Trạng thái"]).value = "Đang thực hiện"
    save(wb, kho / "t.xlsx")
    cell = Worksheet.cell

    def bounded(self, row, column=None, value=None):
        assert row < 100, f"{self.title}!{row}: a row no value reaches was read"
        return cell(self, row, column, value)

    with monkeypatch.context() as m:
        m.setattr(Worksheet, "cell", bounded)
        run = cli("update", "--from", "t.xlsx", "--dry-run")
    assert run.exception is None or isinstance(run.exception, SystemExit), run.exception
    assert run.exit_code == 0, run.output
    assert "chưa thực hiện → đang thực hiện" in run.stdout
    assert "không còn dòng nào" not in run.stderr  # every row read, none taken for deleted


def test_a_deleted_row_is_named_and_nothing_deleted(cli, kho):
    """Before: '12 dòng đã đọc', not a word of the activity whose row was deleted."""
    wb, head, rows = _export(cli, kho)
    ws = wb[SHEET]
    ws.delete_rows(rows["tong-ket-trao-giai"])
    ws.cell(rows["tong-ket-trao-giai"], head["Trạng thái"]).value = "Đang thực hiện"  # the next
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    flat = " ".join(run.stderr.split())
    assert (
        "Cảnh báo: t.xlsx: hoạt động “Tổng kết, trao giải và triển lãm sản phẩm sáng tạo trẻ” "
        "(tong-ket-trao-giai, khlt-sang-tao-tre-2023-bt) không còn dòng nào trong bảng tính"
    ) in flat, flat
    assert "không gì của hoạt động này được cập nhật" in flat
    assert "Xóa dòng trong bảng tính không xóa hoạt động trong kho" in flat
    assert "“Đã hủy”" in flat
    text = (kho / PLAN23).read_text(encoding="utf-8")
    assert "id: tong-ket-trao-giai" in text  # still there
    rest = text[text.index("id: uom-tao-y-tuong") :]
    assert "status: in_progress" in rest  # the row below it read as itself
    # every row there: no such warning
    _export(cli, kho, "--force")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0 and "không còn dòng nào" not in run.stderr


def test_a_row_pasted_down_thousands_of_times_is_one_short_message(cli, kho):
    """A copied row pasted over 2,000 rows: refused, every row counted. Before: the message named
    all 2,001 rows on one line (10,000 rows: a 200 KB line)."""
    wb, head, rows = _export(cli, kho)
    ws = wb[SHEET]
    src, first = rows["cham-thi"], max(rows.values()) + 1
    values = [ws.cell(src, col).value for col in range(1, head["Khóa (không sửa)"] + 1)]
    for r in range(first, first + 2000):
        for col, value in enumerate(values, 1):
            ws.cell(r, col).value = value
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx", "--dry-run")
    assert run.exit_code == 1, run.output
    line = next(x for x in run.stderr.splitlines() if "cùng mang khóa ẩn" in x)
    assert line.startswith(f"t.xlsx: Hoạt động!{src}, Hoạt động!{first}, ")
    assert f"Hoạt động!{first + 8} và 1.991 dòng khác: 2001 dòng cùng mang khóa ẩn" in line
    assert len(line) < 1500 and _untouched(kho)
