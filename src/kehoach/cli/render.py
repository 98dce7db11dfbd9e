"""``kehoach render``: the official document of a program or plan."""

from __future__ import annotations

import typer

from .app import app


@app.command()
def render(
    file: str = typer.Argument(..., help="Tệp chương trình hoặc kế hoạch (.yaml)."),
    to: str = typer.Option("docx", "--to", "-t", help="docx, pdf, txt, md hoặc html."),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        help="Tệp kết quả (mặc định <tên tệp>.<đuôi> trong thư mục hiện tại); "
        "`-` in ra màn hình (txt, md, html).",
    ),
    draft: bool = typer.Option(False, "--draft", help="Đóng dấu DỰ THẢO."),
    template: str = typer.Option(
        None, "--template", help="Dùng mẫu khác (tên trong templates/ của kho hoặc mẫu có sẵn)."
    ),
) -> None:
    """Xuất văn bản theo thể thức Nghị định 30/2020/NĐ-CP (DOCX, PDF, văn bản thuần, Markdown, HTML).

    Văn bản được kiểm tra trước; có lỗi thì dừng (mã 1) và không ghi tệp.

    Example: kehoach render examples/plans/2021/kh-khcn-2021-tinhdoan-dt.yaml --to docx
    """
    import sys
    from pathlib import Path

    from ..errors import KehoachError
    from ..render import FORMATS
    from ..render.output import render_file

    if to not in FORMATS:
        raise KehoachError(f"Định dạng không hỗ trợ: {to}; chọn một trong: {', '.join(FORMATS)}")
    result = render_file(Path(file), to, output, draft=draft, template=template)
    if result.problems:
        sys.stderr.write(result.problems)
    if result.failed:
        raise typer.Exit(1)
    if result.data is not None:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    elif result.written:
        sys.stderr.write(f"Đã ghi {result.written}\n")
