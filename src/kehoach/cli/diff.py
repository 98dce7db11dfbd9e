"""``kehoach diff``: a semantic diff of programs and plans between git revisions."""

from __future__ import annotations

import sys

import typer

from .app import app


@app.command()
def diff(
    args: list[str] = typer.Argument(
        None,
        metavar="[REV1 [REV2]] [PATHS]...",
        help="Tối đa hai phiên bản git, rồi các tệp hoặc thư mục.",
    ),
    fmt: str = typer.Option("text", "--format", "-f", help="text hoặc json."),
    exit_code: bool = typer.Option(
        False, "--exit-code", help="Mã thoát 1 khi có thay đổi (như git diff --exit-code)."
    ),
) -> None:
    """So sánh chương trình, kế hoạch giữa hai phiên bản git (mặc định: HEAD với thư mục làm việc):
    văn bản thêm, bớt; hoạt động thêm, bớt, đổi tên, đổi chủ trì, phối hợp, hạn dời sớm hay muộn,
    trạng thái, kinh phí; người ký, nơi nhận, số, ngày, trích yếu.

    Example: kehoach diff HEAD~3 HEAD plans/
    """
    from pathlib import Path

    from ..errors import KehoachError
    from ..lifecycle.difftext import as_json, as_text, org_names
    from ..lifecycle.gitio import is_revision, resolve, toplevel
    from ..lifecycle.semdiff import compare
    from ..lifecycle.sides import load_pair, prefixes_for
    from ..repo import find_root

    if fmt not in ("text", "json"):
        raise KehoachError(f"Định dạng không hỗ trợ: {fmt}; chọn text hoặc json.")
    cwd = Path.cwd()
    top = toplevel(cwd)
    revs: list[str] = []
    paths: list[str] = []
    for arg in args or []:
        if not paths and len(revs) < 2 and not Path(arg).exists():
            if not is_revision(top, arg):
                resolve(top, arg)  # raises the clear "no such revision" error
            revs.append(arg)
        elif Path(arg).exists():
            paths.append(arg)
        else:
            raise KehoachError(f"Không tìm thấy đường dẫn: {arg}")
    old = resolve(top, revs[0] if revs else "HEAD")
    new = resolve(top, revs[1]) if len(revs) > 1 else None
    # without paths: the plan repository around the working directory (not the whole git tree)
    scope = paths or [str(find_root(cwd))]
    before, after = load_pair(top, old, new, prefixes_for(top, scope))
    if len(revs) < 2:
        after.label = "thư mục làm việc"
    before.label = revs[0] if revs else "HEAD"
    if len(revs) > 1:
        after.label = revs[1]
    result = compare(before, after, org_names(cwd))
    sys.stdout.write(as_json(result, top) if fmt == "json" else as_text(result, top))
    raise typer.Exit(1 if exit_code and result.has_changes else 0)
