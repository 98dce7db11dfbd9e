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
