"""``kehoach report``: a sơ kết / tổng kết report drafted from the data."""

from __future__ import annotations

import sys

import typer

from .app import app


@app.command()
def report(
    target: str = typer.Argument(..., help="Mã (id) chương trình hoặc kế hoạch."),
    period: str = typer.Option(
        ..., "--period", help="Kỳ báo cáo: 2022, 2022-H1, 2022-Q3, 2022-01..2022-09…"
    ),
    to: str = typer.Option("md", "--to", "-t", help="md, txt hoặc docx."),
    output: str = typer.Option(
        None, "--output", "-o", help="Tệp ghi ra; mặc định in ra màn hình (md, txt)."
    ),
    today: str = typer.Option(
        None, "--today", help="Ngày tính quá hạn (YYYY-MM-DD); mặc định hôm nay."
    ),
) -> None:
    """Soạn dự thảo BÁO CÁO sơ kết (một phần thời gian) hoặc tổng kết (cả thời gian) của một chương
    trình (mọi kế hoạch căn cứ nó) hay một kế hoạch: số hoạt động hoàn thành, đang thực hiện, chưa
    thực hiện, hủy, quá hạn trong kỳ, theo nội dung và theo đơn vị chủ trì, kinh phí dự kiến và đã
    chi, nhiệm vụ kỳ tới. Mọi con số được tính từ dữ liệu.

    Example: kehoach report ctph-2021-2025-tinhdoan-skhcn-bt --period 2022-H1 --to md
    """
    from pathlib import Path

    from ..cache import write_output
    from ..errors import KehoachError
    from ..lifecycle.report import build
    from ..lifecycle.report_text import to_markdown, to_text
    from ..timeexpr import TimeError, parse_date
    from ..validate import run

    if to not in ("md", "txt", "docx"):
        raise KehoachError(f"Định dạng không hỗ trợ: {to}; chọn md, txt hoặc docx.")
    try:
        day = parse_date(today) if today else None
    except TimeError as exc:
        raise KehoachError(f"--today không hợp lệ: {exc}") from None
    repo = run(None).repo
    data = build(repo, target, period, day)
    if to == "docx":
        from ..lifecycle.report_docx import to_docx

        if not output or output == "-":
            raise KehoachError("Xuất docx cần tên tệp: -o BAO-CAO.docx")
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        write_output(output, to_docx(data, repo))
        typer.echo(f"Đã ghi {output}")
        return
    text = to_markdown(data) if to == "md" else to_text(data)
    if output and output != "-":
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        write_output(output, text.encode("utf-8"))
        typer.echo(f"Đã ghi {output}")
    else:
        sys.stdout.write(text)
