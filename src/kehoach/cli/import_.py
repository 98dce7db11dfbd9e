"""``kehoach import``: Word documents (.docx, .doc, .odt) → YAML drafts of the repository."""

from __future__ import annotations

import typer

from .app import app


@app.command("import")
def import_(
    files: list[str] = typer.Argument(..., help="Tệp .docx, .doc, .odt hoặc thư mục chứa chúng."),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        help="Thư mục ghi bản nháp, hoặc một tệp .yaml khi nhập một văn bản; mặc định "
        "plans/<năm>/ hoặc programs/ của kho.",
    ),
    kind: str = typer.Option(
        None, "--kind", "-k", help="Loại văn bản khi không nhận ra được: plan hoặc program."
    ),
    repo: str = typer.Option(
        None, "--repo", help="Thư mục kho (có orgs.yaml); mặc định kho chứa nơi ghi bản nháp."
    ),
    fmt: str = typer.Option("text", "--format", help="Bảng tóm tắt: text hoặc json."),
) -> None:
    """Nhập văn bản Word đã có (kế hoạch, kế hoạch liên tịch, chương trình phối hợp) thành bản
    nháp YAML của kho: cơ quan ban hành, số, ngày, trích yếu, căn cứ, các mục, bảng hoạt động, người
    ký, Nơi nhận. Chỗ chưa chắc ghi `# TODO`; tổ chức chưa có trong orgs.yaml được đề xuất ở cuối
    bản nháp. Không bao giờ ghi đè tệp đã có (mã thoát 2); mã thoát 1 khi có tệp không nhập được.

    Example: kehoach import "Ke hoach 2023.docx" -o plans/2023/
    """
    import sys

    from ..exchange.importer import run_import, summary
    from ..exchange.importer._kernel import EXIT_PROBLEMS, EXIT_USAGE, KehoachError
    from ..exchange.importer.write import write_drafts

    if fmt not in ("text", "json"):
        _fail(f"Định dạng không hỗ trợ: {fmt}; chọn text hoặc json", None, EXIT_USAGE)
    try:
        result = run_import(files, output=output, kind=kind, repo_root=repo)
        written = write_drafts(result)
    except KehoachError as exc:
        _fail(exc.message, exc.hint, EXIT_USAGE)
    for path in written:
        sys.stderr.write(f"Đã ghi {path}\n")
    single = len(result.files) == 1
    for p in result.problems:  # a batch lists its TODOs (KH418) only in the summary
        if single or p.code != "KH418":
            sys.stderr.write(f"{p.path}:{p.line}:{p.col}: {p.level} {p.code} {p.message}\n")
    sys.stdout.write(summary.as_json(result) if fmt == "json" else summary.as_text(result))
    if result.count("failed"):
        raise typer.Exit(EXIT_PROBLEMS)


def _fail(message: str, hint: str | None, code: int) -> None:
    typer.echo(f"Lỗi: {message}", err=True)
    if hint:
        typer.echo(hint, err=True)
    raise typer.Exit(code)
