"""``kehoach site``: a static overview site that opens from a folder, with no network."""

from __future__ import annotations

from pathlib import Path

import typer

from .options import warn, warn_left_out


def site(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    output: str = typer.Option(
        "trang-tong-quan", "--output", "-o", metavar="THƯ_MỤC", help="Thư mục ghi trang web."
    ),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Ngày tính quá hạn, đến hạn (YYYY-MM-DD); cũng đọc từ biến KEHOACH_TODAY.",
    ),
    docx: bool = typer.Option(False, "--docx", help="Kèm bản DOCX của mọi văn bản."),
) -> None:
    """Dựng trang web tổng quan tĩnh, mở được từ thư mục hay USB, không cần mạng: việc quá hạn và
    đến hạn 30 ngày, tiến độ và kinh phí theo chương trình, dòng thời gian (Gantt) theo chương
    trình và theo năm, trang của từng văn bản, đơn vị (kèm lịch .ics), nội dung phối hợp; tìm kiếm.

    Ví dụ: kehoach site examples/ -o trang-tong-quan  (rồi mở trang-tong-quan/index.html bằng trình duyệt)
    """
    from ..due.filters import today_from
    from ..site.data import WHAT
    from ..site.run import run_site, write_site

    out = Path(output)
    result = run_site(paths or None, today_from(today), with_docx=docx)
    write_site(result, out)
    for line in result.skipped:
        warn(f"Cảnh báo: không xuất được văn bản {line}")
    warn_left_out(result.left_out, WHAT, errors=result.errors)
    warn(f"Đã ghi {result.pages} trang vào {out}/ — mở {out / 'index.html'} bằng trình duyệt.")
