"""Read a filled progress workbook: every row of every activity sheet (a sheet with the header of
one, found where it is: ``header``), with the address of each cell so that problems name their
place (``Hoạt động!J7``), and the row's values at the export (``baseline``). A sheet missing one of
the columns to fill in (its header renamed or deleted) is a problem, not a column silently skipped;
a sheet without its hidden key column is refused, its rows never matched by guess."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from .baseline import exported_sheets, read_base
from .cells import FormulaFailed, Uncalculated
from .columns import COLUMNS, EDITABLE, META_SHEET, Key
from .extent import filled_rows
from .header import SCAN_ROWS, find_header, keyless_sheet, missing_columns
from .merged import merged_problems
from .opening import check_file, open_workbook
from .refs import place, row_place

LOCKED = tuple(c for c in COLUMNS if not c.editable and c.field != "key")
__all__ = ["SheetRow", "Read", "read_workbook"]

KEY_HEADER = next(c.header for c in COLUMNS if c.field == "key")


@dataclass
class SheetRow:
    sheet: str
    row: int
    key_text: object
    key: Key | None
    cells: dict[str, tuple[str, object]] = field(default_factory=dict)  # field -> (address, value)
    locked: dict[str, tuple[str, object]] = field(default_factory=dict)  # the locked columns too
    exported: dict[str, object] | None = None  # the values at the export, when the file has them

    @property
    def where(self) -> str:
        return row_place(self.sheet, self.row)

    @property
    def added(self) -> bool:
        """A line the user added: no key (the hidden key column left empty), other cells filled
        (an empty line is not read at all)."""
        return _blank(self.key_text)

    def locked_text(self, name: str) -> str | None:
        """What a locked cell (``document``, ``title``…) holds, as text; None when empty."""
        value = self.locked.get(name, ("", None))[1]
        return None if _blank(value) else " ".join(str(value).split())


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass
class Read:
    rows: list[SheetRow]
    problems: list[str]  # columns missing from a sheet, with the header cell; merged cells
    # what the export wrote, by key text (``baseline``): every row it wrote, a row deleted since too
    exported: dict[str, dict[str, object]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # the ``kehoach`` sheet: name → value
    sheets: list[str] = field(default_factory=list)  # the names of every sheet of the workbook


def read_workbook(path: Path) -> Read:
    """Rows of the activity sheets. A formula cell gives the value the spreadsheet program saved
    with it; one never calculated (written by a script) reads as ``Uncalculated``, refused by the
    cell readers."""
    from openpyxl.cell.cell import MergedCell

    check_file(path)
    values = open_workbook(path, data_only=True)
    formulas = open_workbook(path, data_only=False)
    out: list[SheetRow] = []
    problems: list[str] = []
    base = read_base(values)
    found = False
    for ws in values.worksheets:
        header = find_header(ws)
        if header is None:
            continue
        found = True
        if not header.keyed:  # no row can be matched to its activity: refused, not guessed
            problems.append(keyless_sheet(ws, header))
            continue
        columns = header.columns
        problems += missing_columns(ws, header)
        problems += merged_problems(ws, columns, header.row)
        raw = formulas[ws.title]
        # the rows holding a value (a formula never calculated has none in ``ws``), not every row
        # up to ``max_row``, which one formatted cell far below stretches to the end of the sheet
        for r in filled_rows(ws, raw, min_row=header.first):
            key_text = ws.cell(row=r, column=columns["key"]).value
            cells: dict[str, tuple[str, object]] = {}
            for col in EDITABLE:
                if col.field in columns:
                    c = columns[col.field]
                    cell = ws.cell(row=r, column=c)
                    value = cell.value
                    if value is None:
                        formula = raw.cell(row=r, column=c).value
                        if isinstance(formula, str) and formula.startswith("="):
                            value = Uncalculated(formula)
                    elif cell.data_type == "e":  # '#REF!' saved as a formula's result
                        formula = raw.cell(row=r, column=c).value
                        shown = (
                            formula
                            if isinstance(formula, str) and formula.startswith("=")
                            else None
                        )
                        value = FormulaFailed(str(value), shown)
                    cells[col.field] = (place(ws.title, c, r), value)
            locked: dict[str, tuple[str, object]] = {}
            for col in LOCKED:
                cell = ws.cell(r, columns[col.field]) if col.field in columns else None
                # a cell a merge hides (not its first) was not typed over: nothing to report
                if cell is not None and not isinstance(cell, MergedCell):
                    locked[col.field] = (place(ws.title, columns[col.field], r), cell.value)
            if _blank(key_text) and not any(
                not _blank(v) for _, v in (*cells.values(), *locked.values())
            ):
                continue  # an empty line
            exported = base.get(key_text) if isinstance(key_text, str) else None
            out.append(
                SheetRow(ws.title, r, key_text, Key.parse(key_text), cells, locked, exported)
            )
    if not found:
        raise _no_sheet(path, base)
    return Read(out, problems, base, _meta(values), list(values.sheetnames))


def _no_sheet(path: Path, base: dict[str, dict[str, object]]) -> KehoachError:
    """No activity sheet: a kehoach workbook whose sheets were all deleted (or their headers
    rewritten), or another workbook."""
    hint = "Xuất bảng bằng `kehoach export --to xlsx`, điền, rồi cập nhật từ chính tệp đó."
    names = list(dict.fromkeys(n for v in base.values() for n in exported_sheets(v)))
    if names:
        shown = ", ".join(f"“{n}”" for n in names)
        return KehoachError(
            f"{path.name}: không còn trang hoạt động nào (lúc xuất: {shown}) — các trang đã bị xóa, "
            f"hoặc hàng tiêu đề của chúng không còn cột “{KEY_HEADER}” và “Mã hoạt động”, “Nội "
            f"dung hoạt động” (trong {SCAN_ROWS} hàng đầu); không đọc được dòng nào.",
            hint=hint,
        )
    return KehoachError(
        f"{path.name} không phải bảng tiến độ do kehoach xuất: không trang nào có cột "
        f'"{KEY_HEADER}".',
        hint=hint,
    )


def _meta(wb) -> dict[str, str]:
    """The names and values of the hidden ``kehoach`` sheet (what the workbook is, from where)."""
    if META_SHEET not in wb.sheetnames:
        return {}
    ws = wb[META_SHEET]
    pairs = ((ws.cell(r, 1).value, ws.cell(r, 2).value) for r in filled_rows(ws, min_row=1))
    return {str(k): "" if v is None else str(v) for k, v in pairs if k is not None}
