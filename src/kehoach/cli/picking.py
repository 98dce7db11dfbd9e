"""The format of a command's output when ``--format`` is not given: the one the extension of ``-o``
names, else the command's default — shared by the typer commands and the fast paths, importing
nothing (the fast paths read their options before anything heavy is loaded)."""

from __future__ import annotations

import os
from collections.abc import Collection

from ..errors import KehoachError

# extensions that name a format by another name
_EXTENSIONS = {"htm": "html", "markdown": "md", "text": "txt", "ical": "ics"}
# extensions of files that hold one format only: another format written under such a name would
# not open (a spreadsheet that is text) or would mislead (a table in a .json file)
FILE_FORMATS = frozenset({"xlsx", "docx", "pdf", "ics", "json", "csv", "html", "md"})


def picked(
    fmt: str | None,
    output: str | None,
    formats: Collection[str],
    default: str | None = None,
    option: str = "--format (--to)",
) -> str:
    """The format asked for; else the one the extension of ``-o`` names (``-o lich.ics`` → ics)
    among ``formats``; else ``default`` (the first of ``formats``). ``KehoachError`` when the
    extension names a file format the command does not write (``-o tien-do.csv`` for a
    spreadsheet): the file would hold something else than its name says. ``option``: how the
    command's format option is written, for the hint."""
    if fmt is not None:
        return fmt
    if output and output != "-":
        ext = os.path.splitext(output)[1].lower().lstrip(".")
        ext = _EXTENSIONS.get(ext, ext)
        if ext in formats:
            return ext
        if ext in FILE_FORMATS:
            raise KehoachError(
                f'Tệp "{output}" có đuôi .{ext}, nhưng lệnh này không xuất {ext} '
                f"(chỉ: {', '.join(formats)}).",
                hint=f"Đổi đuôi của tệp ghi ra thành .{next(iter(formats))}."
                if len(formats) == 1
                else f"Đổi đuôi của tệp ghi ra, hoặc chọn định dạng bằng {option}.",
            )
    return default or next(iter(formats))
