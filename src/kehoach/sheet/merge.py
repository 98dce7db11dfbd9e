"""Which cells of a row are changes: each editable cell compared three ways — with its value at
the export (``baseline``), with the repository now, and with what the export would write now.

- the cell still holds its exported value: the person did not touch it, **no change** (even when
  the repository changed since: another file's update, a hand edit — theirs stays);
- the cell equals the repository now: nothing to write;
- the cell was changed and the repository still holds the exported value: a **change**;
- both changed, differently: a **conflict**, refused (``--force``: the sheet's value, said).

Without a value at the export (a workbook exported before kehoach kept them), the repository as it
is stands for it while the file is unchanged since the export; otherwise the field is ``STALE``:
refused unless ``--force``, as before."""

from __future__ import annotations

from datetime import date

from ..viet import money
from ..vocab import clean, one_line, quoted
from .cells import CellError, reader
from .columns import STATUS_LABELS
from .rows import sheet_values

__all__ = ["SAME", "WRITE", "CONFLICT", "STALE", "current", "differs", "decide", "shown"]

SAME, WRITE, CONFLICT, STALE = "same", "write", "conflict", "stale"
_UNKNOWN = object()


def current(act: dict, field_name: str) -> object:
    """The activity's value of an editable field, comparable with a cell's reading."""
    value = act.get(field_name)
    if field_name == "note":
        return one_line(value) or None if value is not None else None
    return value


def differs(field_name: str, new: object, old: object) -> bool:
    if field_name == "note":  # spaces as printed; a line break is a difference
        return one_line(new) != one_line(old)
    if field_name == "status" and new is None:
        return old is not None
    return new != old


def _now(act: dict, field_name: str, labels: dict[str, str], ids: dict[str, str]) -> object:
    """What the export would write in the cell now, read back as the cell would be."""
    try:
        return reader(field_name, ids)(sheet_values(act, labels)[field_name])
    except CellError:
        return _UNKNOWN


def decide(
    field_name: str,
    new: object,
    act: dict,
    exported: dict[str, object] | None,
    stale: bool,
    labels: dict[str, str],
    ids: dict[str, str],
) -> tuple[str, object]:
    """(SAME | WRITE | CONFLICT | STALE, the repository's value as the sheet reads it)."""
    if not differs(field_name, new, current(act, field_name)):
        return SAME, None
    now = _now(act, field_name, labels, ids)
    base = (exported or {}).get(field_name, _UNKNOWN)
    if base is _UNKNOWN and not stale:
        base = now  # the file is as exported: so is the field
    if base is _UNKNOWN:
        return STALE, now
    if not differs(field_name, new, base):
        return SAME, now  # not touched in the sheet
    if now is not _UNKNOWN and not differs(field_name, now, base):
        return WRITE, now
    return CONFLICT, now


def shown(field_name: str, value: object, labels: dict[str, str]) -> str:
    """A field's value as a message shows it ('Hoàn thành', '20/9/2022', '48.500.000')."""
    if value is None or value is _UNKNOWN:
        return "(trống)"
    if field_name == "status" and isinstance(value, str):
        return quoted(STATUS_LABELS.get(value, value))
    if field_name == "lead" and isinstance(value, str):
        return quoted(labels.get(value, value))
    if field_name == "done_date" and isinstance(value, str):
        try:
            d = date.fromisoformat(value)
            return f"{d.day}/{d.month}/{d.year}"
        except ValueError:
            return quoted(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return money(value)
    return quoted(one_line(value) if isinstance(value, str) else clean(value))
