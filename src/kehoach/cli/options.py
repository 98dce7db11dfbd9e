"""What every command shares: ``--format`` as a typed choice built from a feature's table of
formats, ``-o``, the ``Style`` of the output, and handing the result to ``emit``."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

import typer

from ..io.emit import emit, is_stdout
from ..output import Format, Style


def choices(name: str, formats: dict[str, Format]) -> type[StrEnum]:
    """The ``--format`` choices of a command, in the order of its table."""
    return StrEnum(name, {n: n for n in formats})  # type: ignore[return-value]


def format_option(formats: dict[str, Format], default: str | None = None):
    names = ", ".join(formats)
    return typer.Option(
        default or next(iter(formats)), "--format", "-f", help=f"Định dạng: {names}."
    )


def output_option(what: str = "tệp kết quả"):
    return typer.Option(
        None,
        "--output",
        "-o",
        metavar="TỆP",
        help=f"Ghi {what} ra TỆP (`-` hoặc bỏ trống: màn hình).",
    )


def style_for(output: str | None) -> Style:
    """Colour and width when the output is a terminal; plain text otherwise."""
    if is_stdout(output) and sys.stdout.isatty():
        return Style(color=True, width=shutil.get_terminal_size().columns)
    return Style()


def write(fmt: Format, result: object, output: str | None, *, sources: Iterable[Path] = ()) -> None:
    """Format ``result`` and write it where ``-o`` says (one policy: ``io.emit``); a format that
    can stream is written piece by piece."""
    make = fmt.stream or fmt.write
    emit(make(result, style_for(output)), output, sources=sources, binary=fmt.binary)


def warn(message: str) -> None:
    typer.echo(message, err=True)
