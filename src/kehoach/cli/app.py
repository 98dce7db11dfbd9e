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
    help="Kế hoạch, chương trình phối hợp dạng YAML trong git: kiểm tra, theo dõi hạn, xuất văn bản.",
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
    """kehoach: kế hoạch hành chính dạng dữ liệu.

    Mã thoát: 0 không có lỗi, 1 có lỗi trong dữ liệu, 2 lỗi cách dùng hoặc cài đặt.
    """


# The commands, in the order the help lists them. Each module keeps its heavy imports inside the
# command function, so importing them all stays cheap.
app.command("validate")(validate.validate)
app.command("checks")(validate.checks)
app.command("render")(render.render)
app.command("due")(due.due)
app.command("who")(who.who)
app.command("init")(init.init)
app.add_typer(new.new_app, name="new")
app.command("diff")(diff.diff)
app.command("report")(report.report)
app.command("import")(import_.import_)
app.command("issue")(issue.issue)
app.command("register")(register.register)
app.command("export")(export.export)
app.command("update")(update.update)
app.command("timeline")(timeline.timeline)
app.command("site")(site.site)
