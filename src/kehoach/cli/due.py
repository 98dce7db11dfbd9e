"""``kehoach due``: what is due, when, and who leads it."""

from __future__ import annotations

import sys

import typer

from .app import app

FORMATS = ("table", "json", "csv", "ics")


@app.command()
def due(
    paths: list[str] = typer.Argument(
        None, help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    within: str = typer.Option(
        None,
        "--within",
        "-w",
        help="Khoảng sắp tới: 30d (ngày), 8w (tuần), 3m (tháng). Mặc định: due.within trong kehoach.yaml, hoặc 30d.",
    ),
    today: str = typer.Option(
        None,
        "--today",
        help="Coi hôm nay là ngày này (YYYY-MM-DD); cũng đọc từ biến KEHOACH_TODAY.",
    ),
    start: str = typer.Option(
        None, "--from", help="Từ ngày (YYYY-MM-DD), thay cho khoảng mặc định."
    ),
    end: str = typer.Option(None, "--to", help="Đến ngày (YYYY-MM-DD)."),
    overdue: bool = typer.Option(False, "--overdue", help="Chỉ các việc quá hạn."),
    show_all: bool = typer.Option(
        False, "--all", "-a", help="Mọi việc, kể cả đã xong, đã hủy, kế hoạch năm đã có."
    ),
    party: str = typer.Option(None, "--party", "-p", help="Mã tổ chức (chủ trì hoặc phối hợp)."),
    kind: list[str] = typer.Option(
        None,
        "--kind",
        "-k",
        help="activity, meeting, interim, final, plan (lặp lại hoặc ngăn bằng dấu phẩy).",
    ),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, csv hoặc ics."),
    output: str = typer.Option(
        None, "--output", "-o", help="Ghi ra tệp (json, csv, ics) thay vì màn hình."
    ),
    strict: bool = typer.Option(False, "--strict", help="Mã thoát 1 khi kho có lỗi kiểm tra."),
    fail_on_overdue: bool = typer.Option(
        False, "--fail-on-overdue", help="Mã thoát 1 khi có việc quá hạn."
    ),
) -> None:
    """Liệt kê việc đến hạn: hoạt động chưa xong, họp, sơ kết, tổng kết, kế hoạch năm còn thiếu.

    Việc quá hạn đứng đầu (cũ nhất trước), rồi theo ngày; mỗi việc có số ngày còn lại, đơn vị chủ
    trì, phối hợp và vị trí `tệp:dòng` trong văn bản.

    Example: kehoach due examples/ --today 2023-09-20 --within 3m
    """
    from ..agenda.due import DueOptions, alarm_days, run_due
    from ..agenda.filters import today_from
    from ..agenda.formats import FORMATTERS
    from ..cache import write_output
    from ..errors import KehoachError

    if fmt not in FORMATS:
        raise KehoachError(f"Định dạng không hỗ trợ: {fmt}; chọn một trong: {', '.join(FORMATS)}")
    if output and fmt == "table":
        raise KehoachError(
            "-o chỉ dùng với --format json, csv hoặc ics",
            hint="Ví dụ: kehoach due --format ics -o lich.ics",
        )
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
    res = run_due(paths or None, opts)
    if fmt == "ics":
        from ..agenda.ics import as_ics

        data = as_ics(res.items, res.repo, opts.today, alarm_days(res.repo))
    elif fmt == "table":
        import shutil

        color = sys.stdout.isatty()
        width = shutil.get_terminal_size().columns if color else None
        data = FORMATTERS[fmt](res.items, res.repo, opts.today, res.meta, color, width).encode(
            "utf-8"
        )
    else:
        data = FORMATTERS[fmt](res.items, res.repo, opts.today, res.meta).encode("utf-8")
    if output:
        try:
            write_output(output, data)
        except OSError as exc:
            raise KehoachError(f"Không ghi được tệp {output}: {exc.strerror}") from None
    else:
        sys.stdout.write(data.decode("utf-8"))
    if res.errors:
        names = ", ".join(res.skipped[:3]) + (
            f" và {len(res.skipped) - 3} tệp khác" if len(res.skipped) > 3 else ""
        )
        skipped = (
            f"; bỏ qua {len(res.skipped)} tệp không đọc được hoặc sai lược đồ: {names}"
            if res.skipped
            else ""
        )
        typer.echo(
            f"Cảnh báo: kho có {res.errors} lỗi kiểm tra{skipped}. "
            "Chạy `kehoach validate` để xem chi tiết.",
            err=True,
        )
    late = any(i.is_overdue(opts.today) for i in res.items)
    raise typer.Exit(1 if (strict and res.errors) or (fail_on_overdue and late) else 0)
