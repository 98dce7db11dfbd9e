"""What every command shares: ``--format`` with the choices of a feature's table of formats,
``-o``, the ``Style`` of the output, and handing the result to ``emit``."""

from __future__ import annotations

from collections.abc import Iterable

import typer

from ..leftout import left_out_warning
from ..output import Format
from ..problem import Problem
from .picking import picked
from .writing import style_for, write

__all__ = [
    "choice",
    "format_option",
    "output_option",
    "picked",
    "strict_option",
    "style_for",
    "warn",
    "warn_left_out",
    "write",
]


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
    by_output: bool = True,
):
    """``--format`` with the choices of a feature's ``FORMATS`` table (the first is the default)."""
    listed = "; ".join(f"{name}: {f.help}" if f.help else name for name, f in formats.items())
    check = choice(formats)
    first = default or next(iter(formats))
    return typer.Option(
        None,  # not given: ``picked`` takes it from -o's extension, else ``first``
        *names,
        metavar="|".join(formats),
        callback=lambda value: None if value is None else check(value),
        help=f"{listed}."
        + (
            ""
            if not by_output
            else " Định dạng duy nhất; -o mang đuôi của định dạng khác (.csv, .docx…) bị từ chối."
            if len(formats) == 1
            else f" Không ghi: theo đuôi của -o (.csv, .json…), nếu không thì {first};"
            " đuôi của định dạng khác bị từ chối."
        ),
    )


def output_option(what: str = "tệp kết quả"):
    return typer.Option(
        None,
        "--output",
        "-o",
        metavar="TỆP",
        help=f"Ghi {what} ra TỆP (`-` hoặc bỏ trống: màn hình).",
    )


def warn(message: str) -> None:
    typer.echo(message, err=True)


def strict_option():
    return typer.Option(
        False,
        "--strict",
        help="Mã thoát 1 khi có tệp không đọc được hoặc sai lược đồ bị bỏ qua.",
    )


def warn_left_out(
    found: list[Problem],
    what: str,
    *,
    errors: int | None = None,
    checked: bool = False,
) -> None:
    """Say on standard error which files ``what`` (the output) leaves out because they cannot be
    used (unreadable, failing their schema), each at its first error, and the errors counted
    (``leftout.left_out_warning``)."""
    message = left_out_warning(found, errors=errors, checked=checked, what=what)
    if message:
        warn(message)
