"""``kehoach render``: the official document of a program or plan."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..render import run_render
from ..render.document import FORMATS, HELP
from ..validate.formats import problem_lines
from .options import choice

TO_HELP = ", ".join(f"{name}: {text}" for name, text in HELP.items()) + "."


def render(
    file: str = typer.Argument(
        ...,
        metavar="TỆP",
        help="Tệp văn bản (.yaml): chương trình, kế hoạch, quyết định, quy chế, báo cáo.",
    ),
    to: str = typer.Option(
        "docx",
        "--to",
        "-t",
        metavar="|".join(FORMATS),
        callback=choice(FORMATS),
        help=TO_HELP,
    ),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="KẾT_QUẢ",
        help="Tệp hoặc thư mục kết quả (mặc định <tên tệp>.<đuôi> trong thư mục "
        "hiện tại); `-` in ra màn hình (txt, md, html).",
    ),
    draft: bool = typer.Option(False, "--draft", help="Đóng dấu DỰ THẢO."),
    pdf_a: bool = typer.Option(
        False, "--pdf-a", help="PDF/A-2b (lưu trữ lâu dài), chỉ với --to pdf."
    ),
    template: str = typer.Option(
        None,
        "--template",
        metavar="TÊN",
        help="Dùng mẫu khác (tên trong templates/ của kho hoặc mẫu có sẵn).",
    ),
    metadata: bool = typer.Option(
        False,
        "--metadata",
        help="Với --to pdf: ghi thêm <tên>.json bên cạnh PDF — thông tin văn bản cho hệ thống quản "
        "lý văn bản (số, ký hiệu, ngày, trích yếu, người ký, nơi nhận…) và vị trí khối chữ ký "
        "(trang, khung theo point) đo trên PDF.",
    ),
) -> None:
    """Xuất văn bản (chương trình, kế hoạch, quyết định, quy chế, thể lệ, báo cáo) theo thể thức Nghị định 30/2020/NĐ-CP (DOCX, PDF, văn bản thuần, Markdown, HTML).

    Văn bản được kiểm tra trước; có lỗi thì dừng (mã 1) và không ghi tệp.

    Ví dụ: kehoach render examples/plans/2021/kh-khcn-2021-tinhdoan-dt.yaml --to docx
    """
    result = run_render(
        Path(file), to, output, draft=draft, template=template, pdf_a=pdf_a, metadata=metadata
    )
    if result.problems:
        sys.stderr.write(problem_lines(result.problems))
    for note in result.notes:
        sys.stderr.write(f"Lưu ý: {note}\n")
    if result.failed:
        raise typer.Exit(1)
    assert result.target is not None and result.data is not None
    result.target.write(result.data)
    for target, text in result.extra:
        target.write(text)
    for warning in result.warnings:
        sys.stderr.write(f"Cảnh báo: {warning}\n")
