"""What the export wrote in each row, kept in a hidden sheet of the workbook (``BASE_SHEET``), so
that ``update`` compares a cell with its value *at the export* and not only with the repository as
it is now.

Two files exported for two units (``--party``) hold the same activity; once the first is written
back, the repository differs from what the second file was given. A cell of the second file still
as exported is then no change (the unit did not touch it) and must not put back the old value; a
cell it changed is written when the repository still holds the exported value, and is a conflict
when both changed it. The identifying cells (document, id, title) are kept too: a row whose visible
cells no longer match its hidden key (rows sorted or pasted without the key column) is refused.

One row per exported row, found by the key's text (sorting the activity sheet does not matter):
``key``, then each value as JSON — the identifying texts, and the editable fields as ``update``
reads them back (org id, status code, ISO date, whole đồng, note text); an empty cell is a value
not known (not readable at the export). Last, ``rows``: how many rows the export wrote for the key
— one, or with ``--by-party`` one on the sheet of each party leading a co-led activity —, so that
a row copied with its key (the sheet unprotected) is told from the rows the export wrote; and
``sheets``: the names of the sheets it wrote them on, so that a sheet deleted is named as such
(``missing``)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from .cells import CellError, party_index, reader
from .columns import BASE_SHEET, EDITABLE
from .extent import filled_rows
from .rows import Row

__all__ = ["IDENTITY", "base_sheet", "read_base", "described", "exported_sheets"]

IDENTITY = ("document", "id", "title")
_FIELDS = (*IDENTITY, *(c.field for c in EDITABLE))
ROWS = "rows"  # how many rows of the activity sheets the export wrote for the key
SHEETS = "sheets"  # the names of the sheets holding them, as exported
_RECORD = (*_FIELDS, ROWS, SHEETS)
_LIMIT = 32000  # characters of a cell Excel keeps


def _exported(row: Row, ids: dict[str, str]) -> dict[str, object]:
    out: dict[str, object] = {name: row.values.get(name) for name in IDENTITY}
    for col in EDITABLE:
        try:
            out[col.field] = reader(col.field, ids)(row.values.get(col.field))
        except CellError:  # an empty lead: nothing an update could compare with
            pass
    return out


def base_sheet(
    wb, rows: Iterable[Row], labels: dict[str, str], sheets: dict[str, list[str]] | None = None
) -> None:
    """The hidden sheet of the values of ``rows`` as exported; ``sheets``: key text → the sheets
    holding a row of it, one per row (one row when not given)."""
    ws = wb.create_sheet(BASE_SHEET)
    ws.append(["key", *_RECORD])
    ids = party_index(labels)
    for r, row in enumerate(rows, start=2):
        key_text = row.key.text()
        ws.cell(row=r, column=1, value=key_text)
        values = _exported(row, ids)
        held = (sheets or {}).get(key_text)
        values[ROWS] = len(held) if held else 1
        if held:
            values[SHEETS] = held
        for c, name in enumerate(_RECORD, start=2):
            if name in values:
                text = json.dumps(values[name], ensure_ascii=False)
                if len(text) <= _LIMIT:
                    ws.cell(row=r, column=c, value=text)
    ws.sheet_state = "hidden"
    ws.protection.sheet = True


def read_base(wb) -> dict[str, dict[str, object]]:
    """Key text → the values of its row as exported (only those known); empty for a workbook
    exported before this sheet existed."""
    if BASE_SHEET not in wb.sheetnames:
        return {}
    ws = wb[BASE_SHEET]
    head = [c.value for c in next(ws.iter_rows(min_row=1, max_row=1), ())]
    while head and head[-1] is None:  # a formatted cell far right: not a column
        head.pop()
    out: dict[str, dict[str, object]] = {}
    for r in filled_rows(ws):  # not up to ``max_row``: a formatted cell far below stretches it
        cells = [ws.cell(r, c).value for c in range(1, len(head) + 1)]
        if not cells or not isinstance(cells[0], str):
            continue
        values: dict[str, object] = {}
        for name, text in zip(head[1:], cells[1:], strict=False):
            if name in _RECORD and isinstance(text, str):
                try:
                    values[name] = json.loads(text)
                except ValueError:
                    continue
        out[cells[0]] = values
    return out


def described(title: object, otherwise: str, *names: object) -> str:
    """An activity in a message, as the export wrote it: '“title” (id, document)' — ``otherwise``
    when no title is known, the ``names`` given after it."""
    known = ", ".join(str(n) for n in names if n)
    what = f"“{title}”" if title else otherwise
    return what + (f" ({known})" if known else "")


def exported_sheets(values: dict[str, object]) -> list[str]:
    """The sheets the export wrote an activity's rows on (``read_base``'s values); none known in a
    workbook exported before they were recorded."""
    held = values.get(SHEETS)
    return [s for s in held if isinstance(s, str)] if isinstance(held, list) else []
