"""Cells of the locked columns changed in a filled workbook (the office unprotected the sheet and
typed a new deadline): ``update`` never reads them back, and says so cell by cell, so that nobody
believes the change was recorded. Compared with what the export wrote for the activity, which is
known exactly only while its file is unchanged since the export."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from ..model import Document, Repository
from ..viet import money
from ..vocab import date_text, quoted
from .columns import COLUMNS
from .read import SheetRow
from .rows import row_values

__all__ = ["locked_changes", "norm"]

_HEADER = {c.field: c.header for c in COLUMNS}


def norm(value: object) -> object:
    """A cell's value as comparable with what the export wrote: dates as dates, whole numbers as
    ints, text NFC with its spaces collapsed, empty as None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = " ".join(unicodedata.normalize("NFC", value).split())
        return text or None
    return value


def _shown(value: object) -> str:
    if value is None:
        return "(trống)"
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return money(value)
    return quoted(value)


def locked_changes(
    repo: Repository, labels: dict[str, str], doc: Document, path: tuple, act: dict, row: SheetRow
) -> list[str]:
    """'Hoạt động!H3 (Hạn): 31/12/2026 → 30/11/2026' for each locked cell of ``row`` that differs
    from what the export wrote for ``act``."""
    expected = row_values(repo, labels, doc, path, act)
    out = []
    for name, (cell, value) in row.locked.items():
        old, new = norm(expected.get(name)), norm(value)
        if old != new:
            out.append(f"{cell} ({_HEADER[name]}): {_shown(old)} → {_shown(new)}")
    return out
