"""``kehoach timeline``: the Gantt chart of a program or a year, as SVG or Mermaid Markdown."""

from __future__ import annotations

import typer

from ..site.formats import FORMATS
from .options import (
    format_option,
    output_option,
    picked,
    strict_option,
    warn,
    warn_left_out,
    write,
)


def timeline(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    program: str = typer.Option(
        None,
        "--program",
        metavar="MÃ",
        help="Mã chương trình phối hợp (cần --program hoặc --year).",
    ),
    year: int = typer.Option(
        None,
        "--year",
        "-y",
        metavar="NĂM",
        help="Một năm, mọi văn bản đã chọn (cần --program hoặc --year).",
    ),
    fmt: str = format_option(FORMATS),
    output: str = output_option(),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Ngày vẽ đường 'hôm nay' (YYYY-MM-DD); cũng đọc từ biến KEHOACH_TODAY.",
    ),
    strict: bool = strict_option(),
) -> None:
    """Dòng thời gian (Gantt) của một chương trình (cùng mọi kế hoạch căn cứ nó) hoặc một năm:
    hoạt động là thanh theo thời gian, màu theo trạng thái; họp, sơ kết, tổng kết là mốc.

    `md`: khối Mermaid gantt để dán vào README, wiki, issue; `svg`: ảnh vẽ sẵn.

    Ví dụ: kehoach timeline examples/ --program ctph-2021-2025-tinhdoan-skhcn-bt -f md
    """
    from ..due.filters import today_from
    from ..site.timeline import run_timeline

    chosen = FORMATS[picked(fmt, output, FORMATS)]  # before any work (``picked``)
    result = run_timeline(paths or None, program=program, year=year, today=today_from(today))
    write(chosen, result, output)
    for chart in result.timelines:
        if not chart.bars and not chart.milestones:  # a mistyped year: an empty chart, said
            warn(
                f"Cảnh báo: {chart.title}: không có hoạt động, họp, sơ kết hay tổng kết nào trong kho; "
                "dòng thời gian trống."
            )
    warn_left_out(result.left_out, "dòng thời gian")
    raise typer.Exit(1 if strict and result.left_out else 0)
