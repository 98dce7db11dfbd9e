"""``kehoach register``: the outgoing register (Sổ đăng ký văn bản đi) of a body for a year."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import KehoachError
from ..model.numbering import padded
from ..register import run_register
from ..register.formats import FORMATS
from ..register.run import WHAT
from .options import format_option, output_option, picked, warn, warn_left_out, write


def register(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Tệp hoặc thư mục; mặc định là kho chứa thư mục hiện tại."
    ),
    year: int = typer.Option(..., "--year", "-y", metavar="NĂM", help="Năm của sổ (năm ban hành)."),
    issuer: str = typer.Option(
        None,
        "--issuer",
        "-i",
        metavar="MÃ",
        help="Cơ quan cấp số (mã trong orgs.yaml); bắt buộc khi kho có văn bản của nhiều cơ quan.",
    ),
    book: str = typer.Option(
        None,
        "--book",
        metavar="SỔ",
        help="Tên sổ trong numbering.registers, khi cơ quan cấp số riêng theo loại văn bản.",
    ),
    fmt: str = format_option(FORMATS, names=("--to", "-t")),
    output: str = output_option("sổ"),
    strict: bool = typer.Option(False, "--strict", help="Mã thoát 1 khi kho có lỗi kiểm tra."),
    force: bool = typer.Option(
        False,
        "--force",
        help="Ghi đè sổ đã có (mặc định: từ chối, để không mất ngày chuyển, ký nhận văn thư đã ghi "
        "vào sổ).",
    ),
) -> None:
    """Sổ đăng ký văn bản đi (Nghị định 30/2020/NĐ-CP, Phụ lục IV) của một cơ quan trong một năm.

    Mỗi văn bản đã có số và ngày ban hành là một dòng, theo thứ tự số: số, ký hiệu; ngày tháng; tên
    loại và trích yếu; người ký; nơi nhận; đơn vị, người nhận bản lưu; số lượng bản; ngày chuyển,
    ký nhận (để trống cho văn thư); ghi chú. Văn bản liên tịch vào sổ của cơ quan chủ trì.

    Ví dụ: kehoach register --year 2023 --issuer tinhdoan-bt --to xlsx -o so-di-2023.xlsx
    """
    chosen = FORMATS[picked(fmt, output, FORMATS)]  # before any work (``picked``)
    # the xlsx register is kept and written on (columns 8, 9 are the clerk's): never lost to a
    # rerun, as an exported progress sheet is not (``export``)
    if output and output != "-" and Path(output).is_file() and not force:
        raise KehoachError(
            f"Tệp {output} đã có (có thể là sổ văn thư đã ghi ngày chuyển, ký nhận); kehoach không "
            "ghi đè.",
            hint="Chọn tên khác với -o, hoặc thêm --force để ghi đè.",
        )
    result = run_register(paths or None, year, issuer, book)
    write(chosen, result, output)
    for path, why in result.left_out:
        warn(f"Chưa vào sổ: {path} ({why})")
    for number, recs in result.shared_numbers.items():
        held = ", ".join(r.doc.path for r in recs)
        warn(f"Số {padded(number)} ghi cho {len(recs)} văn bản trong sổ: {held} (KH404)")
    # every error validate reports (run_register runs it), the files it could not read named
    warn_left_out(result.unusable, WHAT, errors=result.errors, checked=True)
    raise typer.Exit(1 if strict and result.errors else 0)
