"""``kehoach export``: the progress spreadsheet of the repository's activities."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import KehoachError
from ..sheet.formats import FORMATS
from .options import format_option, picked, strict_option, warn, warn_left_out, write

DEFAULT_NAME = "tien-do.xlsx"


def export(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    to: str = format_option(FORMATS, names=("--to", "-t")),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="TỆP",
        help=f"Tệp kết quả (mặc định {DEFAULT_NAME} trong thư mục hiện tại).",
    ),
    party: str = typer.Option(
        None,
        "--party",
        "-p",
        metavar="MÃ",
        help="Chỉ hoạt động mà đơn vị này chủ trì hoặc phối hợp.",
    ),
    year: int = typer.Option(
        None, "--year", "-y", metavar="NĂM", help="Chỉ hoạt động trong năm này."
    ),
    by_party: bool = typer.Option(
        False,
        "--by-party",
        help="Mỗi đơn vị chủ trì một trang (để từng đơn vị điền phần mình); hoạt động đồng chủ "
        "trì có ở trang của mỗi đơn vị chủ trì nó.",
    ),
    force: bool = typer.Option(
        False,
        "--force",
        help="Ghi đè tệp kết quả đã có (mặc định: từ chối, để không mất bảng đã điền).",
    ),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Ngày xuất ghi trong bảng (YYYY-MM-DD); cũng đọc từ biến KEHOACH_TODAY; mặc định "
        "hôm nay.",
    ),
    strict: bool = strict_option(),
) -> None:
    """Xuất bảng tiến độ (Excel) để các đơn vị điền trạng thái, ngày hoàn thành, kinh phí đã chi.

    Một dòng mỗi hoạt động: văn bản, mã, nội dung, nội dung phối hợp, chủ trì, phối hợp, thời gian,
    hạn, trạng thái, ngày hoàn thành, kinh phí, đã chi, ghi chú. Chỉ các cột màu vàng được sửa
    (danh sách thả xuống cho trạng thái, đơn vị); trang Tổng hợp là công thức, tự tính lại. Nhận lại
    bảng đã điền bằng `kehoach update --from TỆP`.

    Ví dụ: kehoach export examples/ --year 2022 -o tien-do-2022.xlsx
    """
    from ..due.filters import today_from
    from ..sheet.export import run_export

    target = output or DEFAULT_NAME
    if target != "-" and Path(target).exists() and not force:
        raise KehoachError(
            f"Tệp {target} đã có (có thể là bảng đã điền); kehoach không ghi đè.",
            hint="Chọn tên khác với -o, hoặc thêm --force để ghi đè.",
        )
    fmt = FORMATS[
        picked(to, target, FORMATS, option="--to")
    ]  # before any work: ``-o tien-do.csv`` is refused
    result = run_export(
        paths or None, party=party, year=year, by_party=by_party, today=today_from(today)
    )
    if not result.rows:
        among = " trong các văn bản đọc được" if result.left_out else ""
        warn(
            f"Cảnh báo: không có hoạt động nào khớp điều kiện{among}; bảng tính chỉ có dòng tiêu đề."
        )
    write(fmt, result, target)
    if result.carried:
        warn(
            f"Ghi chú: {result.carried} hoạt động đã chuyển tiếp sang kế hoạch sau (carried_from) "
            "chỉ có một dòng, dòng của kế hoạch sau; cần dòng của kế hoạch cũ thì xuất riêng năm "
            "cũ (--year)."
        )
    warn_left_out(result.left_out, "bảng tiến độ", errors=result.errors)
    raise typer.Exit(1 if strict and result.left_out else 0)
