"""Output of ``kehoach export``: the progress workbook (``xlsx``). ``update`` prints its changes
with the wording of ``kehoach diff`` and its problems as ``validate`` does (see ``cli.update``)."""

from __future__ import annotations

from ..output import Format, table
from .xlsx import as_xlsx

__all__ = ["FORMATS"]

FORMATS = table(
    Format(
        "xlsx", as_xlsx, "bảng tính Excel (LibreOffice Calc, Google Sheets mở được)", binary=True
    ),
)
