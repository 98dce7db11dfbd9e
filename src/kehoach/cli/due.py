"""``kehoach due``: what is due, when, and who leads it."""

from __future__ import annotations

import typer

from ..due import DueOptions, run_due
from ..due.filters import today_from
from ..due.formats import FORMATS
from .checked import check_errors
from .options import format_option, output_option, picked, warn, write


def due(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    within: str = typer.Option(
        None,
        "--within",
        "-w",
        metavar="KHOẢNG",
        help="Khoảng sắp tới: 30d (ngày), 8w (tuần), 3m (tháng). "
        "Mặc định: due.within trong kehoach.yaml, hoặc 30d.",
    ),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Coi hôm nay là ngày này (YYYY-MM-DD); cũng đọc từ biến KEHOACH_TODAY.",
    ),
    start: str = typer.Option(
        None, "--from", metavar="NGÀY", help="Từ ngày (YYYY-MM-DD), thay cho khoảng mặc định."
    ),
    end: str = typer.Option(None, "--to", metavar="NGÀY", help="Đến ngày (YYYY-MM-DD)."),
    overdue: bool = typer.Option(False, "--overdue", help="Chỉ các việc quá hạn."),
    show_all: bool = typer.Option(
        False, "--all", "-a", help="Mọi việc, kể cả đã xong, đã hủy, kế hoạch năm đã có."
    ),
    party: str = typer.Option(
        None, "--party", "-p", metavar="MÃ", help="Mã tổ chức (chủ trì hoặc phối hợp)."
    ),
    kind: list[str] = typer.Option(
        None,
        "--kind",
        "-k",
        metavar="LOẠI",
        help="activity, meeting, interim, final, plan (lặp lại hoặc ngăn bằng dấu phẩy).",
    ),
    fmt: str = format_option(FORMATS),
    output: str = output_option(),
    strict: bool = typer.Option(False, "--strict", help="Mã thoát 1 khi kho có lỗi kiểm tra."),
    fail_on_overdue: bool = typer.Option(
        False, "--fail-on-overdue", help="Mã thoát 1 khi có việc quá hạn."
    ),
) -> None:
    """Liệt kê việc đến hạn: hoạt động chưa xong, họp, sơ kết, tổng kết, kế hoạch năm còn thiếu.

    Việc quá hạn đứng đầu (cũ nhất trước), rồi theo ngày; mỗi việc có số ngày còn lại, đơn vị chủ
    trì, phối hợp và vị trí `tệp:dòng` trong văn bản.

    Ví dụ: kehoach due examples/ --today 2023-09-20 --within 3m
    """
    opts = DueOptions(
        today=today_from(today),
        within=within,
        start=start,
        end=end,
        overdue_only=overdue,
        include_closed=show_all,
        party=party,
        kinds=kind or [],
    )
    chosen = FORMATS[picked(fmt, output, FORMATS)]  # before any work (``picked``)
    result = run_due(paths or None, opts, agenda_only=True)
    result.checked(check_errors(result.validated, paths, strict=strict))
    write(chosen, result, output)
    message = result.warning()
    if message:
        warn(message)
    raise typer.Exit(result.exit_code(strict=strict, fail_on_overdue=fail_on_overdue))
