"""The shape every output format has: a name, a function from a command's result to text or
bytes, and a line of help. Each feature keeps a table of its formats; the CLI builds its
``--format`` choices from that table and hands the result to the chosen function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Style:
    """How text output should look where it goes."""

    color: bool = False  # ANSI colours (a terminal that wants them)
    width: int | None = None  # the terminal's width; None: not a terminal


@dataclass(frozen=True)
class Format:
    """One output format of a command."""

    name: str
    write: Callable[[Any, Style], str | bytes]
    help: str = ""
    binary: bool = False  # bytes that a terminal cannot show (docx, pdf)


def table(*formats: Format) -> dict[str, Format]:
    """A feature's formats by name, in the order given (the first is the default)."""
    return {f.name: f for f in formats}


BOM = "\ufeff"


def csv_text(fields: list[str], rows: list[dict]) -> str:
    """CSV that Excel on Windows opens with its Vietnamese intact when the file is double-clicked:
    UTF-8 with a byte-order mark (without it Excel reads the bytes as the Windows code page and
    "Hội thi" becomes "Há»™i thi"), comma-separated, CRLF line ends (RFC 4180). Python's
    ``csv`` with ``encoding="utf-8-sig"``, LibreOffice and Google Sheets read it as well."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in fields})
    return BOM + buf.getvalue()
