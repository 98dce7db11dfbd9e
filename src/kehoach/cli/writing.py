"""Writing a command's result where ``-o`` says, in the style of where it goes: shared by the
typer commands (``options``) and the fast path of ``validate`` (``fast``), without typer."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from ..io.emit import emit, is_stdout
from ..output import Format, Style


def style_for(output: str | None) -> Style:
    """Colour and width when the output is a terminal; plain text otherwise."""
    if is_stdout(output) and sys.stdout.isatty():
        import shutil  # here: output to a file or a pipe has no width to ask for

        return Style(color=True, width=shutil.get_terminal_size().columns)
    return Style()


def write(fmt: Format, result: object, output: str | None, *, sources: Iterable[Path] = ()) -> None:
    """Format ``result`` and write it where ``-o`` says (one policy: ``io.emit``); a format that
    can stream is written piece by piece."""
    make = fmt.stream or fmt.write
    emit(make(result, style_for(output)), output, sources=sources, binary=fmt.binary)
