"""``kehoach report``: a sơ kết / tổng kết report drafted from the data."""

from __future__ import annotations

import typer

from ..io.emit import prepare
from ..report import Report, run_report
from ..report.formats import FORMATS
from ..today import asked_day
from ..vocab import date_text, visible
from .checked import errors_in
from .options import format_option, output_option, picked, warn, warn_left_out, write


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
        help="Ngày lập báo cáo (YYYY-MM-DD), cũng đọc từ biến KEHOACH_TODAY, mặc định hôm nay; "
        "số liệu luôn tính đến hết ngày cuối kỳ.",
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Mã thoát 1 khi có tệp không đọc được hoặc sai lược đồ bị bỏ qua, hoạt động có thời "
        "gian không đọc được, hoặc văn bản được báo cáo có lỗi kiểm tra (như `kehoach validate`).",
    ),
) -> None:
    """Soạn dự thảo BÁO CÁO sơ kết (một phần thời gian) hoặc tổng kết (cả thời gian) của một chương
    trình (mọi kế hoạch căn cứ nó) hay một kế hoạch: số hoạt động hoàn thành, đang thực hiện, chưa
    thực hiện, hủy, quá hạn trong kỳ, theo nội dung và theo đơn vị chủ trì, kinh phí dự kiến và đã
    chi, nhiệm vụ kỳ tới, đề xuất. Mọi con số được tính từ dữ liệu, tính đến hết ngày cuối kỳ.
    Tệp kế hoạch không đọc được hoặc sai lược đồ không được tính: báo cáo và stderr nêu tên tệp;
    hoạt động có thời gian không đọc được (ngày không có thật…) được nêu trên stderr kèm tệp:dòng.

    Ví dụ: kehoach report ctph-2021-2025-tinhdoan-skhcn-bt --period 2022-H1 --to md
    """
    fmt = FORMATS[picked(to, output, FORMATS, "md")]
    prepare(output, binary=fmt.binary)  # a bad -o fails before the report is built
    day = asked_day(today)  # --today, else $KEHOACH_TODAY, as every command that counts from a day
    result = run_report(target, period, day)
    # with --strict, every error validate reports in the files reported on (``cli.checked``)
    checked = errors_in(_reported_files(result)) if strict else None
    write(fmt, result, output)
    for p in result.unread_times:
        warn(
            f"Cảnh báo: {visible(p.path)}:{p.line}:{p.col}: {p.message}. Chạy `kehoach validate` "
            "để xem chi tiết."
        )
    if result.today < result.end:  # a report written before its period ends
        warn(
            f"Cảnh báo: kỳ báo cáo chưa kết thúc (hôm nay {date_text(result.today)}, kỳ hết ngày "
            f"{date_text(result.end)}): báo cáo tính đến hết ngày cuối kỳ theo dữ liệu hiện có."
        )
    for p in result.stray + result.unknown_orgs:
        warn(f"Cảnh báo: {visible(p.path)}:{p.line}:{p.col}: {p.message}.")
    warn_left_out(result.left_out, "số liệu báo cáo", errors=checked, checked=checked is not None)
    failed = (
        result.left_out or result.unread_times or result.stray or result.unknown_orgs or checked
    )
    raise typer.Exit(1 if strict and failed else 0)


def _reported_files(result: Report) -> list[str]:
    """The files of what the report reads: its target, the plans it counts, those left out."""
    paths = [result.target.path] + [d.path for d in result.sources]
    return sorted(set(paths) | {p.path for p in result.left_out})
