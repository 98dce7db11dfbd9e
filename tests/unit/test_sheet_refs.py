"""References in the progress workbook (``sheet.refs``): a sheet's name quoted as Excel writes it
in every formula and defined name — spaces, diacritics, punctuation, an apostrophe doubled — so
that a party's sheet named 'Huyện đoàn Cư M'gar' is counted by the summary, offered by the
drop-down lists and printed with its header."""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import date

import openpyxl
import pytest
from openpyxl.formula.tokenizer import Tokenizer

from helpers import EXAMPLES
from kehoach.sheet.export import run_export
from kehoach.sheet.refs import cell, column_cells, ref, row_cell, rows, sheet_name, sheet_title
from kehoach.sheet.xlsx import as_xlsx
from libreoffice import recalculated

APOSTROPHE = "Huyện đoàn Cư M'gar"  # a district of Đắk Lắk: an apostrophe inside the name


@pytest.mark.parametrize(
    ("sheet", "quoted"),
    [
        ("Data", "Data"),
        ("Tiến độ", "'Tiến độ'"),
        ("Hoạt động", "'Hoạt động'"),
        (APOSTROPHE, "'Huyện đoàn Cư M''gar'"),
        ("Sở KH&CN", "'Sở KH&CN'"),
        ("2026", "'2026'"),
        ("AB12", "'AB12'"),  # read as a cell if not quoted
        ("R1C1", "'R1C1'"),
        ("TRUE", "'TRUE'"),
        ("Quý_1", "'Quý_1'"),
    ],
)
def test_a_sheet_is_named_as_excel_names_it(sheet, quoted):
    assert sheet_name(sheet) == quoted
    assert ref(sheet, "B2") == f"{quoted}!B2"


def test_cells_ranges_and_rows():
    assert cell("B", 2) == "B2" and cell(2, 2, absolute=True) == "$B$2"
    assert cell(27, 3) == "AA3"
    assert column_cells("I", 2, 40) == "$I$2:$I$40"
    assert column_cells("I", 2, 40, absolute=False) == "I2:I40"
    assert row_cell("I", 2) == "$I2"
    assert rows(1) == "1:1" and rows(2, 5) == "2:5"
    assert ref("Tiến độ", column_cells("A", 2, 9)) == "'Tiến độ'!$A$2:$A$9"


def test_sheet_titles_keep_an_inner_apostrophe_and_drop_what_excel_refuses():
    used: set[str] = set()
    assert sheet_title(APOSTROPHE, used) == APOSTROPHE
    assert sheet_title("'Tổ công tác'", used) == "Tổ công tác"  # none at either end
    assert sheet_title("Ban A/B: [2026]?", used) == "Ban A B   2026"
    assert sheet_title(APOSTROPHE.upper(), used) == APOSTROPHE.upper() + " (2)"  # case aside
    long = "Ban Chỉ đạo công tác thanh niên tỉnh Đắk Lắk"
    assert len(sheet_title(long, used)) == 31
    assert sheet_title("'''", used) == "Trang"


def _repo(tmp_path) -> str:
    """The examples, one party with an apostrophe in its short name (its sheet's name)."""
    orgs = (EXAMPLES / "orgs.yaml").read_text(encoding="utf-8")
    assert "    short: Sở KH&CN\n" in orgs
    orgs = orgs.replace("    short: Sở KH&CN\n", f'    short: "{APOSTROPHE}"\n', 1)
    root = tmp_path / "kho"
    shutil.copytree(EXAMPLES, root)
    (root / "orgs.yaml").write_text(orgs, encoding="utf-8")
    return str(root)


def _sheets_named(formula: str) -> set[str]:
    """The sheets a formula's references name, unquoted as Excel reads them."""
    out = set()
    for token in Tokenizer(formula).items:
        if token.type == "OPERAND" and token.subtype == "RANGE" and "!" in token.value:
            name = token.value.rsplit("!", 1)[0]
            if name.startswith("'"):
                assert name.endswith("'") and "'" not in name[1:-1].replace("''", ""), name
                name = name[1:-1].replace("''", "'")
            out.add(name)
    return out


def test_every_reference_names_a_sheet_of_the_workbook(tmp_path):
    result = run_export([_repo(tmp_path)], by_party=True, today=date(2023, 6, 15))
    data = as_xlsx(result)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert APOSTROPHE in wb.sheetnames  # the party's name, its apostrophe kept
    named: set[str] = set()
    formulas = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    named |= _sheets_named(c.value)
                    formulas += 1
        for dv in ws.data_validations.dataValidation:
            if dv.formula1 and not dv.formula1.startswith('"'):
                named |= _sheets_named("=" + dv.formula1)
    assert formulas > 20 and APOSTROPHE in named
    assert named <= set(wb.sheetnames), named - set(wb.sheetnames)
    # the printed header row of the sheet: a defined name of the sheet, quoted
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
    assert "'Huyện đoàn Cư M''gar'!$1:$1</definedName>" in book


@pytest.mark.external
def test_libreoffice_counts_the_rows_of_a_sheet_named_with_an_apostrophe(tmp_path):
    result = run_export([_repo(tmp_path)], by_party=True, today=date(2023, 6, 15))
    (tmp_path / "t.xlsx").write_bytes(as_xlsx(result))
    ws = recalculated(tmp_path / "t.xlsx", tmp_path / "out")["Tổng hợp"]
    rows_ = list(ws.iter_rows(values_only=True))
    errors = [v for r in rows_ for v in r if isinstance(v, str) and v.startswith("#")]
    assert not errors
    # every table adds up to every activity, those of the sheet with the apostrophe too
    assert [r[1] for r in rows_ if r[0] == "Cộng"] == [len(result.rows)] * 3
    mine = sum(1 for r in result.rows if r.lead == "skhcn-bt")
    assert mine and next(r[1] for r in rows_ if r[0] == APOSTROPHE) >= mine
