"""The format of a command's output when ``--format`` is not given: the one the extension of ``-o``
names, else the command's default — shared by the typer commands and the fast paths, importing
nothing (the fast paths read their options before anything heavy is loaded)."""

from __future__ import annotations

import os
from collections.abc import Collection

# extensions that name a format by another name
_EXTENSIONS = {"htm": "html", "markdown": "md", "text": "txt", "ical": "ics"}


def picked(
    fmt: str | None, output: str | None, formats: Collection[str], default: str | None = None
) -> str:
    """The format asked for; else the one the extension of ``-o`` names (``-o lich.ics`` → ics)
    among ``formats``; else ``default`` (the first of ``formats``)."""
    if fmt is not None:
        return fmt
    if output and output != "-":
        ext = os.path.splitext(output)[1].lower().lstrip(".")
        ext = _EXTENSIONS.get(ext, ext)
        if ext in formats:
            return ext
    return default or next(iter(formats))
