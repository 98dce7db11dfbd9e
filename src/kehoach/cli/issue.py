"""``kehoach issue``: write the number and date the office assigned into a document."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..issue import run_issue
from ..model.numbering import padded
from ..validate.formats import problem_lines
from ..vocab import date_text


def issue(
    file: str = typer.Argument(..., metavar="TỆP", help="Tệp chương trình hoặc kế hoạch (.yaml)."),
    number: int = typer.Option(
        None, "--number", "-n", metavar="SỐ", help="Số văn thư cấp (ghi 5 hay 05 đều được)."
    ),
    proposed: bool = typer.Option(
        False,
        "--next",
        help="Dùng số tiếp theo còn trống của cơ quan, sổ và năm ban hành (xem trước: --dry-run).",
    ),
    when: str = typer.Option(
        None,
        "--date",
        "-d",
        metavar="NGÀY",
        help="Ngày ban hành YYYY-MM-DD hoặc DD/MM/YYYY (mặc định: ngày đã ghi trong văn bản, không có thì hôm nay).",
    ),
    symbol: str = typer.Option(
        None,
        "--symbol",
        metavar="KÝ_HIỆU",
        help="Ký hiệu văn thư ghi, phần sau số (ví dụ KH/TĐTN-BPT), khi khác ký hiệu kehoach tính.",
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Chỉ in thay đổi, không ghi tệp."),
    renumber: bool = typer.Option(
        False,
        "--renumber",
        help="Đổi số, ngày của văn bản đã có số (khi đã ghi nhầm; mặc định: từ chối, mã thoát 1).",
    ),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Hôm nay (YYYY-MM-DD): ngày ban hành khi văn bản và --date không ghi ngày; cũng đọc từ "
        "biến KEHOACH_TODAY, mặc định ngày của máy.",
    ),
) -> None:
    """Ghi số, ngày ban hành (và ký hiệu) văn thư đã cấp vào văn bản, chỉ sửa đúng các dòng đó.

    Trước khi ghi: số chưa dùng cho cơ quan, sổ và năm đó (số bắt đầu lại từ 01 mỗi năm); ngày
    không trước ngày của văn bản được dẫn làm căn cứ; ký hiệu khớp loại văn bản và cơ quan; văn bản
    sau khi sửa không có lỗi. In thay đổi dạng diff; chú thích, thứ tự, cách viết giữ nguyên.

    Ví dụ: kehoach issue plans/2024/kh-2024.yaml --number 12 --date 2024-01-15
    """
    result = run_issue(
        Path(file),
        number=number,
        proposed=proposed,
        when=when,
        symbol=symbol,
        dry_run=dry_run,
        renumber=renumber,
        today_option=today,
    )
    if result.problems:
        sys.stderr.write(problem_lines(result.problems, words=True))
    if result.blocked:
        if all(p.code == "KH418" for p in result.problems):
            why = "văn bản còn chỗ chưa điền (TODO); điền rồi chạy lại `kehoach issue`"
        else:
            why = "văn bản còn lỗi; sửa rồi chạy lại `kehoach issue`"
        sys.stderr.write(f"Không ghi {result.path}: {why}.\n")
        raise typer.Exit(1)
    sys.stdout.write(result.diff)
    what = f"số {padded(result.number)} ({result.symbol}), ngày {date_text(result.issued)}"
    if result.proposed:
        what = f"số tiếp theo còn trống: {what}"
    if not result.changed:
        sys.stderr.write(f"{result.path} đã có {what}; không có gì để ghi.\n")
    elif result.written:
        sys.stderr.write(f"Đã ghi {what} vào {result.path}\n")
    else:
        sys.stderr.write(f"Chưa ghi (--dry-run): {what} vào {result.path}\n")
