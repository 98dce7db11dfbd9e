"""``kehoach diff``: a semantic diff of programs and plans between git revisions."""

from __future__ import annotations

import typer

from .. import diff as diff_feature
from ..diff.formats import FORMATS
from .options import format_option, output_option, picked, write


def diff(
    args: list[str] = typer.Argument(
        None,
        metavar="REV1 REV2 ĐƯỜNG_DẪN",
        help="Tối đa hai phiên bản git, rồi các tệp hoặc thư mục.",
    ),
    fmt: str = format_option(FORMATS),
    output: str = output_option(),
    exit_code: bool = typer.Option(
        False, "--exit-code", help="Mã thoát 1 khi có thay đổi (như git diff --exit-code)."
    ),
) -> None:
    """So sánh chương trình, kế hoạch giữa hai phiên bản git (mặc định: HEAD với thư mục làm việc):
    văn bản thêm, bớt; hoạt động thêm, bớt, đổi tên, đổi chủ trì, phối hợp, hạn dời sớm hay muộn,
    trạng thái, kinh phí; người ký, nơi nhận, số, ngày, trích yếu.

    Ví dụ: kehoach diff HEAD~3 HEAD plans/
    """
    chosen = FORMATS[picked(fmt, output, FORMATS)]  # before any work (``picked``)
    result = diff_feature.run_diff(args or [])
    write(chosen, result, output)
    raise typer.Exit(1 if exit_code and result.has_changes else 0)
