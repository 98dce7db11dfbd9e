"""``kehoach who``: each party's responsibilities across the repository."""

from __future__ import annotations

import sys

import typer

from .app import app

FORMATS = ("table", "json", "md")


@app.command()
def who(
    paths: list[str] = typer.Argument(
        None, help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    party: str = typer.Option(None, "--party", "-p", help="Chỉ một tổ chức (mã trong orgs.yaml)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json hoặc md."),
    output: str = typer.Option(
        None, "--output", "-o", help="Ghi ra tệp (json, md) thay vì màn hình."
    ),
    strict: bool = typer.Option(False, "--strict", help="Mã thoát 1 khi kho có lỗi kiểm tra."),
) -> None:
    """Trách nhiệm của từng bên: hoạt động chủ trì, phối hợp, nhiệm vụ được giao, họp và sơ kết.

    Tổng hợp trên mọi văn bản đã chọn (mặc định cả kho).

    Example: kehoach who examples/ --party skhcn-bt --format md
    """
    from ..agenda.filters import check_party
    from ..agenda.who import responsibilities
    from ..agenda.who_formats import FORMATTERS
    from ..cache import write_output
    from ..errors import KehoachError
    from ..validate import run

    if fmt not in FORMATS:
        raise KehoachError(f"Định dạng không hỗ trợ: {fmt}; chọn một trong: {', '.join(FORMATS)}")
    if output and fmt == "table":
        raise KehoachError("-o chỉ dùng với --format json hoặc md")
    result = run(paths or None, checks=False)
    repo = result.repo
    chosen = check_party(party, repo.orgs)
    docs = [d for d in repo.documents if d.path in result.targets]
    parties = responsibilities(repo, docs, chosen)
    names = {org: repo.org_name(org) for org in repo.orgs}
    if fmt == "table":
        import shutil

        color = sys.stdout.isatty()
        text = FORMATTERS[fmt](
            parties, names, color, shutil.get_terminal_size().columns if color else None
        )
    else:
        text = FORMATTERS[fmt](parties, names)
    if output:
        try:
            write_output(output, text.encode("utf-8"))
        except OSError as exc:
            raise KehoachError(f"Không ghi được tệp {output}: {exc.strerror}") from None
    else:
        sys.stdout.write(text)
    errors = len(result.errors)
    if errors:
        typer.echo(
            f"Cảnh báo: kho có {errors} lỗi kiểm tra; văn bản sai lược đồ không được tính. "
            "Chạy `kehoach validate` để xem chi tiết.",
            err=True,
        )
    raise typer.Exit(1 if strict and errors else 0)
