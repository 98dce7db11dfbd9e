"""``kehoach validate`` and ``kehoach checks``."""

from __future__ import annotations

import sys

import typer

from .app import app

FORMATS = ["text", "parsable", "json", "github"]


@app.command()
def validate(
    paths: list[str] = typer.Argument(
        None, help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    fmt: str = typer.Option("text", "--format", "-f", help="text, parsable, json hoặc github."),
    strict: bool = typer.Option(False, "--strict", help="Coi cảnh báo là lỗi (mã thoát 1)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Không dùng bộ nhớ đệm."),
) -> None:
    """Kiểm tra cú pháp YAML, lược đồ và tính nhất quán của cả kho.

    Mỗi vấn đề in một dòng `tệp:dòng:cột: mức mã thông điệp`, mọi tệp trong một lần chạy.

    Example: kehoach validate examples/ --format parsable
    """
    from ..errors import KehoachError
    from ..formatters import FORMATTERS
    from ..validate import run

    if fmt not in FORMATTERS:
        raise KehoachError(f"Định dạng không hỗ trợ: {fmt}; chọn một trong: {', '.join(FORMATS)}")
    result = run(paths or None, use_cache=not no_cache, need_repo=False)
    color = fmt == "text" and sys.stdout.isatty()
    sys.stdout.write(FORMATTERS[fmt](result.problems, result.files, color))
    failing = [
        p for p in result.problems if p.level == "error" or (strict and p.level == "warning")
    ]
    raise typer.Exit(1 if failing else 0)


@app.command()
def checks(
    fmt: str = typer.Option("text", "--format", "-f", help="text hoặc md (trang tài liệu)."),
) -> None:
    """Liệt kê mọi kiểm tra với mã, tên, mức và giải thích.

    Example: kehoach checks --format md > docs/checks.md
    """
    from ..checks import all_checks
    from ..checks.docs import markdown, plain

    sys.stdout.write(markdown(all_checks()) if fmt == "md" else plain(all_checks()))
