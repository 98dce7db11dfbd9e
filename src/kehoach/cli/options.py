"""What every command shares: ``--format`` with the choices of a feature's table of formats,
``-o``, the ``Style`` of the output, and handing the result to ``emit``."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

import typer

from ..io.emit import emit, is_stdout
from ..output import Format, Style


def choice(names: Iterable[str]):
    """A callback accepting one of ``names``; anything else is a usage error (exit 2)."""
    allowed = list(names)

    def check(value: str) -> str:
        if value not in allowed:
            shown = ", ".join(f"'{n}'" for n in allowed)
            raise typer.BadParameter(f"'{value}' không phải một trong {shown}.")
        return value

    return check


def format_option(
    formats: dict[str, Format],
    default: str | None = None,
    *,
    names: tuple[str, ...] = ("--format", "-f"),
):
    """``--format`` with the choices of a feature's ``FORMATS`` table (the first is the default)."""
    listed = "; ".join(f"{name}: {f.help}" if f.help else name for name, f in formats.items())
    return typer.Option(
        default or next(iter(formats)),
        *names,
        metavar="|".join(formats),
        callback=choice(formats),
        help=f"{listed}.",
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
