"""``kehoach report``: a sơ kết / tổng kết report drafted from the data."""

from __future__ import annotations

import typer

from ..due.filters import asked_day
from ..io.emit import prepare
from ..report import run_report
from ..report.formats import FORMATS
from .options import format_option, output_option, picked, strict_option, warn_left_out, write


def report(
    target: str = typer.Argument(..., metavar="MÃ", help="Mã (id) chương trình hoặc kế hoạch."),
    period: str = typer.Option(
        ..., "--period", metavar="KỲ", help="Kỳ báo cáo: 2022, 2022-H1, 2022-Q3, 2022-01..2022-09…"
    ),
    to: str = format_option(FORMATS, "md", names=("--to", "-t")),
    output: str = output_option("báo cáo"),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Ngày lập báo cáo (YYYY-MM-DD), mặc định hôm nay; số liệu luôn tính đến hết ngày "
        "cuối kỳ.",
    ),
    strict: bool = strict_option(),
) -> None:
    """Soạn dự thảo BÁO CÁO sơ kết (một phần thời gian) hoặc tổng kết (cả thời gian) của một chương
    trình (mọi kế hoạch căn cứ nó) hay một kế hoạch: số hoạt động hoàn thành, đang thực hiện, chưa
    thực hiện, hủy, quá hạn trong kỳ, theo nội dung và theo đơn vị chủ trì, kinh phí dự kiến và đã
    chi, nhiệm vụ kỳ tới, đề xuất. Mọi con số được tính từ dữ liệu, tính đến hết ngày cuối kỳ.
    Tệp kế hoạch không đọc được hoặc sai lược đồ không được tính: báo cáo và stderr nêu tên tệp.

    Ví dụ: kehoach report ctph-2021-2025-tinhdoan-skhcn-bt --period 2022-H1 --to md
    """
    fmt = FORMATS[picked(to, output, FORMATS, "md")]
    prepare(output, binary=fmt.binary)  # a bad -o fails before the report is built
    day = asked_day(today)  # --today, else $KEHOACH_TODAY, as every command that counts from a day
    result = run_report(target, period, day)
    write(fmt, result, output)
    warn_left_out(result.left_out, "số liệu báo cáo")
    raise typer.Exit(1 if strict and result.left_out else 0)
