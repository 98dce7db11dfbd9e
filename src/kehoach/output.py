"""The shape every output format has: a name, a function from a command's result to text or
bytes, and a line of help. Each feature keeps a table of its formats; the CLI builds its
``--format`` choices from that table and hands the result to the chosen function.

A format whose output can be large (JSON of a whole repository) also has a ``stream`` function
giving the same text piece by piece (``json_chunks``), which the CLI writes as it is made: memory
stays bounded by one record, not the output."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any, NamedTuple
else:
    from ._typing import NamedTuple


class Style(NamedTuple):
    """How text output should look where it goes."""

    color: bool = False  # ANSI colours (a terminal that wants them)
    width: int | None = None  # the terminal's width; None: not a terminal


class Format(NamedTuple):
    """One output format of a command."""

    name: str
    write: Callable[[Any, Style], str | bytes]
    help: str = ""
    binary: bool = False  # bytes that a terminal cannot show (docx, pdf)
    stream: Callable[[Any, Style], Iterator[str] | Iterator[bytes]] | None = None  # piece by piece


def table(*formats: Format) -> dict[str, Format]:
    """A feature's formats by name, in the order given (the first is the default)."""
    return {f.name: f for f in formats}


BOM = "\ufeff"


def csv_stream(fields: list[str], rows: Iterable[dict]) -> Iterator[str]:
    """CSV that Excel on Windows opens with its Vietnamese intact when the file is double-clicked,
    row by row: UTF-8 with a byte-order mark (without it Excel reads the bytes as the Windows code
    page and "Hội thi" becomes "Há»™i thi"), comma-separated, CRLF line ends (RFC 4180). Python's
    ``csv`` with ``encoding="utf-8-sig"``, LibreOffice and Google Sheets read it as well. A text
    cell that starts like a formula gets a leading ``'`` (``csv_cell``)."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    yield BOM + buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow({k: csv_cell(row.get(k)) for k in fields})
        yield buf.getvalue()


def csv_text(fields: list[str], rows: Iterable[dict]) -> str:
    return "".join(csv_stream(fields, rows))


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula (``=``, ``+``, ``-``,
    ``@``, tab, carriage return) gets a leading ``'`` (OWASP's "CSV injection")."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def json_chunks(value: Any, indent: int = 2) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, indent=indent) + "\\n"``, piece by piece: an
    iterator (a generator of records), directly inside a dict or a list, is written as a list
    whose items are made only when written; everything else is written by ``json.dumps``."""
    yield from _chunks(value, indent, 0)
    yield "\n"


def _lazy(value: Any) -> bool:
    """An iterator, or a dict or list holding one directly."""
    if isinstance(value, Iterator):
        return True
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return any(isinstance(v, Iterator) for v in items)


def _chunks(value: Any, indent: int, level: int) -> Iterator[str]:
    import json  # here: a run that writes no JSON does not import it

    inner, outer = "\n" + " " * (indent * (level + 1)), "\n" + " " * (indent * level)
    if not _lazy(value):
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        yield text.replace("\n", outer) if level else text
    elif isinstance(value, dict):
        sep = "{"
        for key, item in value.items():
            yield sep + inner + json.dumps(str(key), ensure_ascii=False) + ": "
            yield from _chunks(item, indent, level + 1)
            sep = ","
        yield "{}" if sep == "{" else outer + "}"
    else:
        sep = "["
        for item in value:
            yield sep + inner
            yield from _chunks(item, indent, level + 1)
            sep = ","
        yield "[]" if sep == "[" else outer + "]"
