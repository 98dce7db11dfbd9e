"""``kehoach new plan`` and ``kehoach new program``: drafts written as YAML with comments."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app

new_app = typer.Typer(
    help="Soạn bản nháp văn bản mới: kế hoạch năm từ chương trình (new plan), khung chương trình "
    "phối hợp (new program). Không bao giờ ghi đè tệp đã có.\n\n"
    "Example: kehoach new plan --program ctph-2021-2025-tinhdoan-skhcn-bt --year 2023",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(new_app, name="new")


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _repo():
    from ..validate import run

    return run(None).repo


def _write(draft, output: str | None, repo) -> None:
    from ..errors import KehoachError
    from ..lifecycle.draft import relative, write_new
    from ..lifecycle.init import localize

    path = Path(output) if output else draft.path
    doc_id = draft.doc_id or path.stem
    other = repo.by_id(doc_id)
    if other is not None and not path.exists():
        raise KehoachError(
            f'Mã văn bản "{doc_id}" đã dùng ở {other.path}.',
            hint="Chọn tên tệp khác bằng -o (hoặc mã khác bằng --id).",
        )
    write_new(path, localize(draft.text, path, repo.root))
    for note in draft.notes:
        typer.echo(f"Lưu ý: {note}", err=True)
    typer.echo(f"Đã tạo {relative(path)}. Điền các chỗ ghi TODO rồi chạy `kehoach validate`.")


@new_app.command("plan")
def new_plan(
    program: str = typer.Option(
        ..., "--program", "-p", help="Mã (id) chương trình mà kế hoạch thực hiện."
    ),
    year: int = typer.Option(..., "--year", "-y", help="Năm của kế hoạch."),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        help="Tệp ghi ra; mặc định plans/<năm>/kh-<năm>-<chương trình>.yaml.",
    ),
    issuer: str = typer.Option(
        None,
        "--issuer",
        help="Cơ quan ban hành (mã, cách nhau bởi dấu phẩy); mặc định như kế hoạch năm trước, hoặc bên thứ nhất của chương trình.",
    ),
) -> None:
    """Soạn kế hoạch năm từ một chương trình phối hợp: căn cứ, cơ quan ban hành, người ký, nơi nhận
    (theo kế hoạch năm trước nếu có), mỗi nội dung của chương trình một hoạt động, lịch sơ kết
    trong năm. Không bao giờ ghi đè tệp đã có (mã thoát 2).

    Example: kehoach new plan --program ctph-2021-2025-tinhdoan-skhcn-bt --year 2023
    """
    from ..lifecycle.draft import draft_plan

    repo = _repo()
    draft = draft_plan(repo, program, year, _split(issuer))
    _write(draft, output, repo)


@new_app.command("program")
def new_program(
    program_id: str = typer.Option(
        None, "--id", help="Mã chương trình; mặc định ctph-<từ>-<đến>-<các bên>."
    ),
    parties: str = typer.Option(
        None,
        "--parties",
        help="Mã các bên, cách nhau bởi dấu phẩy; mặc định hai tổ chức đầu của orgs.yaml.",
    ),
    start: int = typer.Option(None, "--from", help="Năm bắt đầu; mặc định năm nay."),
    end: int = typer.Option(None, "--to", help="Năm kết thúc; mặc định năm bắt đầu + 4."),
    output: str = typer.Option(
        None, "--output", "-o", help="Tệp ghi ra; mặc định programs/<mã>.yaml."
    ),
) -> None:
    """Tạo khung chương trình phối hợp (hợp lệ ngay), với các chỗ cần điền ghi TODO.

    Example: kehoach new program --parties tinhdoan,skhcn --from 2026 --to 2030
    """
    from datetime import date

    from ..lifecycle.draft import draft_program

    start = start or date.today().year
    end = end or start + 4
    repo = _repo()
    _write(draft_program(repo, _split(parties), start, end, program_id), output, repo)
