"""``kehoach new plan`` and ``kehoach new program``: drafts written as YAML with comments."""

from __future__ import annotations

import typer

from ..draft import run_new_plan, run_new_program
from ..io.discover import display_path
from ..today import today_from
from .options import warn_left_out

new_app = typer.Typer(
    help="Soạn bản nháp văn bản mới: kế hoạch năm từ chương trình (new plan), khung chương trình "
    "phối hợp (new program). Không bao giờ ghi đè tệp đã có.\n\n"
    "Ví dụ: kehoach new plan --program ctph-2021-2025-tinhdoan-skhcn-bt --year 2023",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


# what a draft of an annual plan takes from the documents that cite its program
_FOLLOWED = (
    "bản nháp (theo kế hoạch năm trước: cơ quan ban hành, người ký, nơi nhận, cách trình bày, nhóm "
    "hoạt động, hoạt động chuyển tiếp; căn cứ; lịch họp)"
)


def _done(result, what: str = "bản nháp (căn cứ, lịch họp)") -> None:
    warn_left_out(result.left_out, what)
    if result.text is not None:  # -o -: the draft on stdout, the notes on stderr
        for note in result.notes:
            typer.echo(f"Lưu ý: {note}", err=True)
        typer.echo(result.text, nl=False)
        return
    if result.path is None:  # --strict
        files = "tệp trên" if len(result.left_out) == 1 else "các tệp trên"
        typer.echo(
            f"Không tạo bản nháp (--strict): sửa {files} (`kehoach validate` chỉ rõ chỗ) rồi chạy "
            "lại, hoặc bỏ --strict để soạn bản nháp không dựa vào chúng.",
            err=True,
        )
        raise typer.Exit(1)
    for note in result.notes:
        typer.echo(f"Lưu ý: {note}", err=True)
    typer.echo(
        f"Đã tạo {display_path(result.path)}. Điền các chỗ ghi TODO rồi chạy `kehoach validate`."
    )


@new_app.command("plan")
def new_plan(
    program: str = typer.Option(
        ..., "--program", "-p", metavar="MÃ", help="Mã (id) chương trình mà kế hoạch thực hiện."
    ),
    year: int = typer.Option(..., "--year", "-y", metavar="NĂM", help="Năm của kế hoạch."),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="TỆP",
        help="Tệp ghi ra; mặc định plans/<năm>/kh-<năm>-<chương trình>.yaml (kế hoạch của một "
        "bên trong nhiều bên: thêm -<mã cơ quan ban hành>); '-': in ra màn hình.",
    ),
    issuer: str = typer.Option(
        None,
        "--issuer",
        metavar="MÃ,…",
        help="Cơ quan ban hành (mã, cách nhau bởi dấu phẩy); mặc định như kế hoạch "
        "năm trước, hoặc bên thứ nhất của chương trình.",
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Không tạo bản nháp (mã thoát 1) khi có tệp không đọc được hoặc sai lược đồ có thể "
        "căn cứ chương trình (kế hoạch năm trước đang lỗi…).",
    ),
) -> None:
    """Soạn kế hoạch năm từ một chương trình phối hợp: căn cứ, cơ quan ban hành, người ký, nơi nhận
    (theo kế hoạch năm trước nếu có), mỗi nội dung của chương trình một hoạt động, lịch sơ kết
    trong năm. Không bao giờ ghi đè tệp đã có (mã thoát 2).

    Ví dụ: kehoach new plan --program ctph-2021-2025-tinhdoan-skhcn-bt --year 2023
    """
    _done(run_new_plan(program, year, _split(issuer), output, strict), _FOLLOWED)


@new_app.command("program")
def new_program(
    program_id: str = typer.Option(
        None, "--id", metavar="MÃ", help="Mã chương trình; mặc định ctph-<từ>-<đến>-<các bên>."
    ),
    parties: str = typer.Option(
        None,
        "--parties",
        metavar="MÃ,…",
        help="Mã các bên, cách nhau bởi dấu phẩy; mặc định hai tổ chức đầu của orgs.yaml.",
    ),
    start: int = typer.Option(None, "--from", metavar="NĂM", help="Năm bắt đầu; mặc định năm nay."),
    end: int = typer.Option(
        None, "--to", metavar="NĂM", help="Năm kết thúc; mặc định năm bắt đầu + 4."
    ),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="TỆP",
        help="Tệp ghi ra; mặc định programs/<mã>.yaml; '-': in ra màn hình.",
    ),
) -> None:
    """Tạo khung chương trình phối hợp (hợp lệ ngay), với các chỗ cần điền ghi TODO.

    Ví dụ: kehoach new program --parties tinhdoan,skhcn --from 2026 --to 2030
    """
    first = start or today_from(None).year
    _done(run_new_program(_split(parties), first, end or first + 4, program_id, output))
