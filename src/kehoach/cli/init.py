"""``kehoach init``."""

from __future__ import annotations

from pathlib import Path

import typer

from ..init import scaffold


def init(
    directory: str = typer.Argument(
        ".", metavar="THƯ_MỤC", help="Thư mục của kho mới; mặc định là thư mục hiện tại."
    ),
    force: bool = typer.Option(
        False, "--force", help="Cho phép thư mục không trống (tệp đã có được giữ nguyên)."
    ),
    no_git: bool = typer.Option(False, "--no-git", help="Không chạy `git init`."),
) -> None:
    """Tạo một kho kế hoạch mới: kehoach.yaml, orgs.yaml, programs/, plans/, README, pre-commit,
    cấu hình VS Code và .gitignore; chạy `git init` nếu có git.

    Ví dụ: kehoach init kho-ke-hoach
    """
    result = scaffold(Path(directory), force=force, git=not no_git)
    for rel in result.created:
        typer.echo(f"  tạo   {rel}")
    for rel in result.skipped:
        typer.echo(f"  bỏ qua {rel} (đã có, giữ nguyên)")
    if result.git_initialised:
        typer.echo("  git init: đã tạo kho git")
    if not result.created:  # --force over a complete repository: nothing was missing
        typer.echo(f"Kho kế hoạch tại {result.root} đã đủ tệp; không tạo thêm gì.")
        return
    typer.echo(
        f"Đã tạo kho kế hoạch tại {result.root}. Tiếp theo: sửa orgs.yaml, rồi "
        "`kehoach new program` và `kehoach new plan`."
    )
