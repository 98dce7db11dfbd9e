"""The error of a cell ``update`` cannot read: a Vietnamese reason; the caller adds the sheet, row
and column."""

from __future__ import annotations

__all__ = ["CellError"]


class CellError(ValueError):
    pass
