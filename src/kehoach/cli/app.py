"""The typer application: the root options, the list of commands, and the one place where a
``KehoachError`` becomes a message on stderr and exit code 2 (for the console script and the
test runner alike)."""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import KehoachError
from . import (
    _vi,
    diff,
    due,
    export,
    import_,
    init,
    issue,
    new,
    register,
    render,
    report,
    site,
    timeline,
    update,
    validate,
    who,
)

_vi.install()
_vi.install_errors()


def report_error(message: str, hint: str | None = None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(f"[bold red]Lỗi:[/] {escape(message)}")
    if hint:
        console.print(f"[dim]{escape(hint)}[/]")


class KehoachGroup(TyperGroup):
    """Every command runs inside this group's ``invoke``: a ``KehoachError`` ends it here."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KehoachError as exc:
            report_error(exc.message, exc.hint)
            ctx.exit(exc.exit_code)


app = typer.Typer(
    name="kehoach",
    cls=KehoachGroup,
    help="Kế hoạch, chương trình phối hợp dạng YAML trong git: kiểm tra, theo dõi hạn, xuất văn bản."
    "\n\nMã thoát: 0 không có lỗi, 1 có lỗi trong dữ liệu, 2 lỗi cách dùng hoặc cài đặt."
    "\n\nVí dụ: kehoach validate; kehoach due --within 3m; "
    "kehoach render plans/2025/kh.yaml --to docx; kehoach <lệnh> -h",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kehoach {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help="In phiên bản rồi thoát."
    ),
) -> None:
    """kehoach: kế hoạch hành chính dạng dữ liệu."""


# The commands, in the order the help lists them. Each module keeps its heavy imports inside the
# command function, so importing them all stays cheap.
app.command("validate", short_help="Kiểm tra cú pháp, lược đồ và tính nhất quán của cả kho.")(
    validate.validate
)
app.command("checks", short_help="Liệt kê mọi kiểm tra: mã, tên, mức, giải thích.")(validate.checks)
app.command("render", short_help="Xuất văn bản theo Nghị định 30 (DOCX, PDF, txt, md, html).")(
    render.render
)
app.command("due", short_help="Việc đến hạn, quá hạn: hoạt động, họp, sơ kết, kế hoạch năm.")(
    due.due
)
app.command("who", short_help="Trách nhiệm của từng bên: chủ trì, phối hợp, nhiệm vụ, họp.")(
    who.who
)
app.command("init", short_help="Tạo kho kế hoạch mới.")(init.init)
app.add_typer(
    new.new_app,
    name="new",
    short_help="Soạn bản nháp: kế hoạch năm từ chương trình, khung chương trình.",
)
app.command("diff", short_help="So sánh có nghĩa giữa hai phiên bản git.")(diff.diff)
app.command("report", short_help="Dự thảo báo cáo sơ kết, tổng kết từ dữ liệu.")(report.report)
app.command("import", short_help="Nhập văn bản Word (.docx, .doc, .odt) thành bản nháp YAML.")(
    import_.import_
)
app.command("issue", short_help="Ghi số, ngày văn thư đã cấp vào văn bản.")(issue.issue)
app.command("register", short_help="Sổ đăng ký văn bản đi (Phụ lục IV Nghị định 30).")(
    register.register
)
app.command("export", short_help="Xuất bảng tiến độ Excel để các đơn vị điền.")(export.export)
app.command("update", short_help="Ghi bảng tiến độ Excel đã điền vào các tệp YAML.")(update.update)
app.command("timeline", short_help="Dòng thời gian (Gantt) của chương trình hoặc năm.")(
    timeline.timeline
)
app.command("site", short_help="Trang web tổng quan tĩnh, mở được không cần mạng.")(site.site)
