"""Read a filled progress workbook: every row of every activity sheet (a sheet whose header has
the key column), with the address of each cell so that problems name their place
(``Hoạt động!J7``), and the row's values at the export (``baseline``). A sheet missing one of the
columns to fill in (its header renamed or deleted) is a problem, not a column silently skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from .baseline import read_base
from .cells import Uncalculated
from .columns import COLUMNS, EDITABLE, META_SHEET, Key
from .extent import filled_rows
from .merged import merged_problems
from .opening import check_file, open_workbook
from .refs import place, row_place
from .style import COL

LOCKED = tuple(c for c in COLUMNS if not c.editable and c.field != "key")
# columns a sheet must keep: those read back, and the id that checks a row against its key
REQUIRED = tuple(c for c in COLUMNS if c.editable or c.field == "id")

__all__ = ["SheetRow", "Read", "read_workbook"]

_BY_HEADER = {" ".join(c.header.casefold().split()): c for c in COLUMNS}
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


def _missing(ws, columns: dict[str, int]) -> list[str]:
    """A problem for each required column the header of ``ws`` lacks, at the cell the export put
    it in."""
    out = []
    for col in REQUIRED:
        if col.field in columns:
            continue
        cell = f"{COL[col.field]}1"
        now = ws[cell].value
        known = isinstance(now, str) and " ".join(now.casefold().split()) in _BY_HEADER
        there = (
            "" if known else (f" (ô này ghi “{now}”)" if now not in (None, "") else " (ô trống)")
        )
        what = "cột cần điền" if col.editable else "cột đối chiếu dòng với khóa"
        out.append(
            f"{ws.title}!{cell}: không thấy {what} “{col.header}”{there}; tên cột phải giữ đúng "
            "như lúc xuất: đặt lại tên cột (hoặc xuất lại bảng) rồi chạy lại"
        )
    return out


def _header(ws) -> dict[str, int]:
    """Field → column number, from the first row's headers."""
    out: dict[str, int] = {}
    for cell in next(ws.iter_rows(min_row=1, max_row=1), ()):
        if isinstance(cell.value, str):
            col = _BY_HEADER.get(" ".join(cell.value.casefold().split()))
            if col is not None and col.field not in out:
                out[col.field] = cell.column
    return out


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
        columns = _header(ws)
        if "key" not in columns:
            continue
        found = True
        problems += _missing(ws, columns)
        problems += merged_problems(ws, columns)
        raw = formulas[ws.title]
        # the rows holding a value (a formula never calculated has none in ``ws``), not every row
        # up to ``max_row``, which one formatted cell far below stretches to the end of the sheet
        for r in filled_rows(ws, raw):
            key_text = ws.cell(row=r, column=columns["key"]).value
            cells: dict[str, tuple[str, object]] = {}
            for col in EDITABLE:
                if col.field in columns:
                    c = columns[col.field]
                    value = ws.cell(row=r, column=c).value
                    if value is None:
                        formula = raw.cell(row=r, column=c).value
                        if isinstance(formula, str) and formula.startswith("="):
                            value = Uncalculated(formula)
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
        raise KehoachError(
            f"{path.name} không phải bảng tiến độ do kehoach xuất: không trang nào có cột "
            f'"{KEY_HEADER}".',
            hint="Xuất bảng bằng `kehoach export --to xlsx`, điền, rồi cập nhật từ chính tệp đó.",
        )
    return Read(out, problems, base, _meta(values))


def _meta(wb) -> dict[str, str]:
    """The names and values of the hidden ``kehoach`` sheet (what the workbook is, from where)."""
    if META_SHEET not in wb.sheetnames:
        return {}
    ws = wb[META_SHEET]
    pairs = ((ws.cell(r, 1).value, ws.cell(r, 2).value) for r in filled_rows(ws, min_row=1))
    return {str(k): "" if v is None else str(v) for k, v in pairs if k is not None}
