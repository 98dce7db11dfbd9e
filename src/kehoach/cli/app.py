"""The typer application: the root options, the list of commands, and the one place where a
``KehoachError`` becomes a message on stderr and exit code 2 (for the console script and the
test runner alike)."""

from __future__ import annotations

import importlib

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import KehoachError
from . import _vi
from ._coercion import plain_coercion

_vi.install()
_vi.install_errors()


def report_error(message: str, hint: str | None = None) -> None:
    from rich.console import Console
    from rich.text import Text

    # rich ``Text``, not markup: a message quoting ``:warning:``, ``[b]`` or a trailing ``\\`` says
    # what the user wrote
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(Text.assemble(("Lỗi:", "bold red"), " " + message))
    if hint:
        console.print(Text(hint, style="dim"))


class KehoachGroup(TyperGroup):
    """Every command runs inside this group's ``invoke``: a ``KehoachError`` ends it here. The
    commands come from ``COMMANDS``, each built (by typer, as ``app.command`` would) the first time
    it is asked for."""

    def parse_args(self, ctx, args):
        self.get_help_option(ctx)  # made now, so that its value too is read without pydantic
        plain_coercion(self)
        return super().parse_args(ctx, args)

    def list_commands(self, ctx) -> list[str]:
        return [name for name, _, _ in COMMANDS]

    def get_command(self, ctx, cmd_name: str):
        if cmd_name not in self.commands:
            entry = next((c for c in COMMANDS if c[0] == cmd_name), None)
            if entry is None:
                return None
            self.commands[cmd_name] = build_command(*entry)
        return self.commands[cmd_name]

    def resolve_command(self, ctx, args):
        """The command asked for, its options read without pydantic (``_coercion``); for a
        mistyped one typer's "Did you mean …?", over every command (typer itself only looks at
        the commands built so far)."""
        from difflib import get_close_matches

        from typer._click.exceptions import UsageError

        try:
            name, command, rest = super().resolve_command(ctx, args)
        except UsageError as exc:
            matches = get_close_matches(args[0], self.list_commands(ctx)) if args else []
            if matches and "Did you mean" not in exc.message:
                exc.message = (
                    f"{exc.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"
                )
            raise
        if command is not None:
            command.get_help_option(ctx)  # its names come from this context, as the child's will
            plain_coercion(command)
        return name, command, rest

    def format_commands(self, ctx, formatter) -> None:
        """The list of commands with their lines of help, from ``COMMANDS``: as click writes it,
        without loading a single command."""
        with formatter.section(_vi.VI["Commands"]):
            formatter.write_dl([(name, short) for name, _, short in COMMANDS])

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


# The commands, in the order the help lists them (typer lists groups — ``new`` — last): name,
# "module:attribute" in ``kehoach.cli``, the
# line of help. A command's module (and the use case it imports) is loaded only when that command
# runs or shows its own help; the list of commands and their lines of help need none of them.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("validate", "validate:validate", "Kiểm tra cú pháp, lược đồ và tính nhất quán của cả kho."),
    ("checks", "validate:checks", "Liệt kê mọi kiểm tra: mã, tên, mức, giải thích."),
    ("render", "render:render", "Xuất văn bản theo Nghị định 30 (DOCX, PDF, txt, md, html)."),
    ("due", "due:due", "Việc đến hạn, quá hạn: hoạt động, họp, sơ kết, kế hoạch năm."),
    ("who", "who:who", "Trách nhiệm của từng bên: chủ trì, phối hợp, nhiệm vụ, họp."),
    ("init", "init:init", "Tạo kho kế hoạch mới."),
    ("diff", "diff:diff", "So sánh có nghĩa giữa hai phiên bản git."),
    ("report", "report:report", "Dự thảo báo cáo sơ kết, tổng kết từ dữ liệu."),
    ("import", "import_:import_", "Nhập văn bản Word (.docx, .doc, .odt) thành bản nháp YAML."),
    ("issue", "issue:issue", "Ghi số, ngày văn thư đã cấp vào văn bản."),
    ("register", "register:register", "Sổ đăng ký văn bản đi (Phụ lục IV Nghị định 30)."),
    ("export", "export:export", "Xuất bảng tiến độ Excel để các đơn vị điền."),
    ("update", "update:update", "Ghi bảng tiến độ Excel đã điền vào các tệp YAML."),
    ("timeline", "timeline:timeline", "Dòng thời gian (Gantt) của chương trình hoặc năm."),
    ("site", "site:site", "Trang web tổng quan tĩnh, mở được không cần mạng."),
    ("new", "new:new_app", "Soạn bản nháp: kế hoạch năm từ chương trình, khung chương trình."),
)


def build_command(name: str, target: str, short_help: str):
    """The click command ``name`` built by typer from ``kehoach.cli.<module>.<attribute>`` (a
    command function, or a typer app for a group of subcommands), its text options read without
    pydantic (``_coercion``)."""
    module, attribute = target.split(":")
    obj = getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
    holder = typer.Typer(rich_markup_mode=None, add_completion=False)
    if isinstance(obj, typer.Typer):
        holder.add_typer(obj, name=name, short_help=short_help)
    else:
        holder.command(name, short_help=short_help)(obj)
    return plain_coercion(typer.main.get_group(holder).commands[name])
