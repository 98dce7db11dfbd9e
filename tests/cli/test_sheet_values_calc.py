"""Cells LibreOffice Calc stores after an edit, read back by ``update``: a boolean typed in the
note (saved as ``=TRUE()``), a done date kept as text with a two-digit year, and one in the US
order, refused with the date it probably means. The workbook turned into Calc's flat XML, the
cells set there, saved back to .xlsx by Calc (headless)."""

from __future__ import annotations

import pytest
from test_sheet_cli import PLAN, _fods_edit, diff_lines

from libreoffice import convert

ACTIVITY = "tuyen-duong-tai-nang-tre"
EMPTY_DATE = '<table:table-cell table:style-name="ce12" table:content-validation-name="val3"/>'
EMPTY_NOTE = '<table:table-cell table:style-name="ce15"/>'
BOOLEAN = (
    '<table:table-cell office:value-type="boolean" office:boolean-value="true">'
    "<text:p>TRUE</text:p></table:table-cell>"
)


def _text(value: str) -> str:
    return (
        f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    )


def _saved(kho, tmp_path, done: str):
    """The exported workbook with the activity done on ``done`` (text) and a note TRUE, as Calc
    saves it."""
    work = tmp_path / f"calc-{len(list(tmp_path.iterdir()))}"
    fods = convert(kho / "t.xlsx", "fods", work)
    text = fods.read_text(encoding="utf-8")
    text = _fods_edit(
        text, ACTIVITY, "<text:p>Chưa thực hiện</text:p>", "<text:p>Hoàn thành</text:p>"
    )
    text = _fods_edit(text, ACTIVITY, EMPTY_DATE, _text(done))
    text = _fods_edit(text, ACTIVITY, EMPTY_NOTE, BOOLEAN)
    fods.write_text(text, encoding="utf-8")
    return convert(fods, "xlsx", work)


@pytest.mark.external
def test_cells_as_calc_stores_them(cli, kho, tmp_path):
    assert cli("export", "-o", "t.xlsx", "--today", "2023-06-15").exit_code == 0
    before = (kho / PLAN).read_text(encoding="utf-8")
    run = cli("update", "--from", str(_saved(kho, tmp_path, "12/20/2022")), "--today", "2023-06-15")
    assert run.exit_code == 1, run.output
    assert 'ngày "12/20/2022" viết theo kiểu tháng/ngày/năm' in run.stderr
    assert "ghi 20/12/2022" in run.stderr
    assert (kho / PLAN).read_text(encoding="utf-8") == before
    run = cli("update", "--from", str(_saved(kho, tmp_path, "20/12/22")), "--today", "2023-06-15")
    assert run.exit_code == 0, run.output
    removed, added = diff_lines(kho)
    assert "      done_date: 2022-12-20" in added
    assert "      note: 'TRUE'" in added  # the text shown, quoted: not a YAML boolean
