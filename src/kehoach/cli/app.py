"""The typer application: global options and the list of command modules."""

from __future__ import annotations

import importlib

import typer

from .. import __version__
from . import _vi

_vi.install()
_vi.install_errors()

app = typer.Typer(
    name="kehoach",
    help="Kế hoạch, chương trình phối hợp dạng YAML trong git: kiểm tra, theo dõi hạn, xuất văn bản.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kehoach {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help="In phiên bản rồi thoát."
    ),
) -> None:
    """kehoach: kế hoạch hành chính dạng dữ liệu.

    Mã thoát: 0 không có lỗi, 1 có lỗi trong dữ liệu, 2 lỗi cách dùng hoặc cài đặt.
    """


# Every other module of this package defines commands on ``app`` when imported; they are found
# by listing the package, so adding a command never edits this file. Each keeps its heavy imports
# inside the command function, so importing them all stays cheap.
def _load_commands() -> None:
    import pkgutil

    for info in sorted(pkgutil.iter_modules(_pkg_path()), key=lambda i: i.name):
        if info.name not in ("app",) and not info.name.startswith("_"):
            importlib.import_module(f"{__package__}.{info.name}")


def _pkg_path() -> list[str]:
    import os

    return [os.path.dirname(__file__)]


_load_commands()
