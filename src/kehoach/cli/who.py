"""``kehoach who``: each party's responsibilities across the repository."""

from __future__ import annotations

import typer

from ..who import run_who
from ..who.formats import FORMATS
from .checked import check_errors
from .options import format_option, output_option, picked, warn_left_out, write

WHAT = "bảng trách nhiệm"  # what the files left out are not counted in


def who(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    party: str = typer.Option(
        None, "--party", "-p", metavar="MÃ", help="Chỉ một tổ chức (mã trong orgs.yaml)."
    ),
    fmt: str = format_option(FORMATS),
    output: str = output_option(),
    strict: bool = typer.Option(False, "--strict", help="Mã thoát 1 khi kho có lỗi kiểm tra."),
) -> None:
    """Trách nhiệm của từng bên: hoạt động chủ trì, phối hợp, nhiệm vụ được giao, họp và sơ kết.

    Tổng hợp trên mọi văn bản đã chọn (mặc định cả kho).

    Ví dụ: kehoach who examples/ --party skhcn-bt --format md
    """
    chosen = FORMATS[picked(fmt, output, FORMATS)]  # before any work (``picked``)
    result = run_who(paths or None, party)
    checked = check_errors(result.validated, paths, strict=strict)
    write(chosen, result, output)
    if checked is not None:
        result.errors = checked
    # without validate's count, what its own loading saw: files unreadable or failing their schema
    warn_left_out(result.left_out, WHAT, errors=result.errors, checked=checked is not None)
    raise typer.Exit(1 if strict and result.errors else 0)
