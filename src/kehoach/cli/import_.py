"""``kehoach import``: Word documents (.docx, .doc, .odt) → YAML drafts of the repository."""

from __future__ import annotations

import sys

import typer

from ..exchange import importer
from ..exchange.importer.summary import FORMATS
from ..exchange.importer.write import write_drafts
from ..validate.formats import problem_lines
from .options import format_option, picked, write


def import_(
    files: list[str] = typer.Argument(
        ..., metavar="TỆP", help="Tệp .docx, .doc, .odt hoặc thư mục chứa chúng."
    ),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="NƠI_GHI",
        help="Thư mục ghi bản nháp, hoặc một tệp .yaml khi nhập một văn bản; mặc định "
        "plans/<năm>/, programs/, decisions/, rules/ hoặc reports/ của kho (theo loại).",
    ),
    kind: str = typer.Option(
        None,
        "--kind",
        "-k",
        metavar="LOẠI",
        help="Loại văn bản khi không nhận ra được từ dòng tên loại: plan, program, decision, "
        "rules hoặc report.",
    ),
    repo: str = typer.Option(
        None,
        "--repo",
        metavar="THƯ_MỤC",
        help="Thư mục kho (có orgs.yaml); mặc định kho chứa nơi ghi bản nháp.",
    ),
    fmt: str = format_option(FORMATS, by_output=False),
) -> None:
    """Nhập văn bản Word đã có (kế hoạch, kế hoạch liên tịch, chương trình phối hợp, quyết định,
    quy chế, quy định, thể lệ, báo cáo) thành bản nháp YAML của kho: cơ quan ban hành, số, ngày,
    trích yếu, căn cứ, các mục, điều, bảng hoạt động, người ký, Nơi nhận, phụ lục. Chỗ chưa chắc ghi
    `# TODO`; tổ chức chưa có trong orgs.yaml được đề xuất ở cuối bản nháp. Không bao giờ ghi đè
    tệp đã có (mã thoát 2); mã thoát 1 khi có tệp không nhập được.

    Ví dụ: kehoach import "Ke hoach 2023.docx" -o plans/2023/
    """
    result = importer.run_import(files, output=output, kind=kind, repo_root=repo)
    for path in write_drafts(result):
        sys.stderr.write(f"Đã ghi {path}\n")
    single = len(result.files) == 1
    # a batch lists its TODOs (KH418) only in the summary
    shown = [p for p in result.problems if single or p.code != "KH418"]
    sys.stderr.write(problem_lines(shown, words=True))  # "lỗi", "cảnh báo", as render says it
    # the summary goes to the screen; -o names the drafts' place, not a format
    write(FORMATS[picked(fmt, None, FORMATS)], result, None)
    raise typer.Exit(1 if result.count("failed") else 0)
