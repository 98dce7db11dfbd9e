"""``kehoach validate`` and ``kehoach checks``."""

from __future__ import annotations

import typer

from ..checks import all_checks
from ..checks.catalog import FORMATS as CHECK_FORMATS
from ..validate import run_validate
from ..validate.formats import FORMATS
from .options import format_option, output_option, picked, warn, write


def validate(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    fmt: str = format_option(FORMATS),
    output: str = output_option("kết quả"),
    strict: bool = typer.Option(False, "--strict", help="Coi cảnh báo là lỗi (mã thoát 1)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Không dùng bộ nhớ đệm."),
) -> None:
    """Kiểm tra cú pháp YAML, lược đồ và tính nhất quán của cả kho.

    Mỗi vấn đề in một dòng `tệp:dòng:cột: mức mã thông điệp`, mọi tệp trong một lần chạy.

    Ví dụ: kehoach validate examples/ --format parsable
    """
    chosen = FORMATS[picked(fmt, output, FORMATS)]  # before any work (``picked``)
    result = run_validate(paths or None, use_cache=not no_cache)
    if result.note:
        warn(result.note)
    write(chosen, result, output)
    raise typer.Exit(1 if result.failing(strict) else 0)


def checks(
    fmt: str = format_option(CHECK_FORMATS),
    output: str = output_option("danh sách"),
) -> None:
    """Liệt kê mọi kiểm tra với mã, tên, mức và giải thích.

    Ví dụ: kehoach checks --format md -o kiem-tra.md
    """
    write(CHECK_FORMATS[picked(fmt, output, CHECK_FORMATS)], all_checks(), output)
