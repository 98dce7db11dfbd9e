"""``kehoach render``: the official document of a program or plan."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..io.discover import display_path
from ..render import run_render
from ..render.batch import BatchResult, is_batch, run_render_many
from ..render.document import FORMATS, HELP
from ..validate.formats import problem_lines
from ..vocab import visible
from .options import choice
from .picking import picked

TO_HELP = ", ".join(f"{name}: {text}" for name, text in HELP.items()) + "."


_check_format = choice(FORMATS)


def _format_choice(value: str | None) -> str | None:
    return None if value is None else _check_format(value)


def render(
    files: list[str] = typer.Argument(
        ...,
        metavar="TỆP",
        help="Tệp văn bản (.yaml): chương trình, kế hoạch, quyết định, quy chế, báo cáo; nhiều "
        "tệp hoặc thư mục (mọi văn bản trong đó) thì -o phải là thư mục.",
    ),
    to: str = typer.Option(
        None,
        "--to",
        "-t",
        metavar="|".join(FORMATS),
        callback=_format_choice,
        help=TO_HELP + " Không ghi: theo đuôi của -o (out.pdf → pdf), nếu không thì docx.",
    ),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="KẾT_QUẢ",
        help="Tệp hoặc thư mục kết quả (mặc định <tên tệp>.<đuôi> trong thư mục "
        "hiện tại); `-` in ra màn hình (txt, md, html). Nhiều văn bản: một thư mục có sẵn.",
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
    """Xuất văn bản (chương trình, kế hoạch, quyết định, quy chế, thể lệ, báo cáo) theo thể thức
    Nghị định 30/2020/NĐ-CP (DOCX, PDF, văn bản thuần, Markdown, HTML).

    Văn bản được kiểm tra trước; có lỗi thì dừng (mã 1) và không ghi tệp. Nhiều tệp (hoặc một
    thư mục: mọi văn bản trong đó) xuất vào một thư mục, PDF chuyển trong một lần chạy
    LibreOffice; tệp có lỗi được báo và bỏ qua, các tệp khác vẫn xuất (mã 1 nếu có tệp lỗi).

    Ví dụ: kehoach render examples/plans/2021/kh-khcn-2021-tinhdoan-dt.yaml --to docx;
    kehoach render examples/plans/ --to pdf -o out/
    """
    to = picked(to, output, FORMATS)  # not given: the extension of -o, else docx
    if is_batch(files):
        many = run_render_many(
            files, to, output, draft=draft, template=template, pdf_a=pdf_a, metadata=metadata
        )
        _write_many(many)
        if many.failed:
            raise typer.Exit(1)
        return
    result = run_render(
        Path(files[0]), to, output, draft=draft, template=template, pdf_a=pdf_a, metadata=metadata
    )
    if result.problems:
        sys.stderr.write(problem_lines(result.problems, words=True))
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


def _write_many(result: BatchResult) -> None:
    """Each document in order: its problems, or why it was not rendered, or "Đã ghi"; then one
    line that counts what failed."""
    for note in result.notes:
        sys.stderr.write(f"Lưu ý: {note}\n")
    for item in result.items:
        if item.problems:
            sys.stderr.write(problem_lines(item.problems, words=True))
        if item.error:
            sys.stderr.write(f"{visible(display_path(item.source))}: lỗi: {item.error}\n")
        if item.failed:
            continue
        assert item.data is not None
        item.target.write(item.data)
        for target, text in item.extra:
            target.write(text)
        for warning in item.warnings:
            sys.stderr.write(f"Cảnh báo: {visible(display_path(item.source))}: {warning}\n")
    failed = result.failed
    if failed:
        names = ", ".join(visible(display_path(item.source)) for item in failed)
        sys.stderr.write(
            f"Đã xuất {len(result.items) - len(failed)}/{len(result.items)} văn bản; "
            f"không xuất: {names}\n"
        )
