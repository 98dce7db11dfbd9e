"""Vietnamese for the help screens typer draws itself (headings, usage line, the help option).

typer translates its headings through ``gettext``; the usage prefix and the help option's text are
plain strings, replaced here at one place each. Every patch is guarded: with another typer
version the help simply stays in English. (Click's parse errors, e.g. "No such option", are
hard-coded sentences and stay English.)
"""

from __future__ import annotations

import re

VI = {
    "Arguments": "Đối số",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "required": "bắt buộc",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "(dynamic)": "(tự tính)",
    "Missing command.": "Thiếu lệnh.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Aborted!": "Đã dừng.",
}
HELP = "In hướng dẫn này rồi thoát."
USAGE = "Cách dùng: "


def _patch(owner: object, name: str, value: object) -> None:
    """Replace ``owner.name`` at run time: typer's strings and methods, and the ``_vi`` mark that
    keeps a second ``install`` from wrapping a replacement again. A run-time patch is what static
    types do not describe, so it is made here, through ``setattr``."""
    setattr(owner, name, value)


def install() -> None:
    try:
        import typer.core as core
        from typer._click import core as click_core
        from typer._click import formatting
    except ImportError:
        return
    if hasattr(core, "_"):
        _patch(core, "_", lambda text: VI.get(text, text))
    write_usage = getattr(formatting.HelpFormatter, "write_usage", None)
    if write_usage is not None and not getattr(write_usage, "_vi", False):

        def vi_usage(self, prog, args="", prefix=None):
            # "{file}" for a required argument and "[OPTIONS]" read better as "TỆP", "[TÙY_CHỌN]"
            args = (
                re.sub(r"\{([^{}]+)\}", r"\1", args)
                .replace("[OPTIONS]", "[TÙY_CHỌN]")
                .replace("COMMAND [ARGS]...", "LỆNH [ĐỐI_SỐ]...")
            )
            return write_usage(self, prog, args, USAGE if prefix is None else prefix)

        _patch(vi_usage, "_vi", True)
        _patch(formatting.HelpFormatter, "write_usage", vi_usage)
    argument = getattr(core, "TyperArgument", None)
    if argument is not None and not getattr(argument.display_type_rich, "_vi", False):

        def name_only(self, ctx):  # "TỆP", not "TỆP <str>": the metavar already says what it is
            return None

        _patch(name_only, "_vi", True)
        _patch(argument, "display_type_rich", name_only)
    get_help_option = getattr(click_core.Command, "get_help_option", None)
    if get_help_option is not None and not getattr(get_help_option, "_vi", False):

        def vi_help_option(self, ctx):
            option = get_help_option(self, ctx)
            if (
                option is not None
                and getattr(option, "help", None) == "Show this message and exit."
            ):
                option.help = HELP
            return option

        _patch(vi_help_option, "_vi", True)
        _patch(click_core.Command, "get_help_option", vi_help_option)


# click's most common usage errors, as patterns (the rest stay as click writes them)
_ERRORS = [
    (
        r"^No such option: (.+?)(?: \(Possible options: (.+)\))?$",
        lambda m: f"Không có tùy chọn {m[1]}" + (f" (có phải: {m[2]}?)" if m[2] else ""),
    ),
    (r"^Missing argument '(.+)'\.$", lambda m: f"Thiếu đối số {m[1]}."),
    (
        r"^Missing option '(.+)'\.$",  # "'--program' / '-p'": each name quoted by click
        lambda m: f"Thiếu tùy chọn {m[1].replace(chr(39) + ' / ' + chr(39), ' / ')}.",
    ),
    (r"^Option '(.+)' requires an argument\.$", lambda m: f"Tùy chọn {m[1]} cần một giá trị."),
    (r"^Got unexpected extra argument(?:s|\(s\))? \((.+)\)$", lambda m: f"Thừa đối số: {m[1]}"),
    (
        r"^Invalid value for (.+?): (?:Value error, )?'(.*)' is not one of (.+)\.$",
        lambda m: f"Giá trị không hợp lệ cho {m[1]}: '{m[2]}' không phải một trong {m[3]}.",
    ),
    (
        r"^Invalid value for (.+?): (?:Value error, )?'?(.*?)'? is not a valid integer\.?$",
        lambda m: f"Giá trị không hợp lệ cho {m[1]}: '{m[2]}' không phải số nguyên.",
    ),
    (
        r"^Invalid value for (.+?): Input should be a valid integer.*$",
        lambda m: f"Giá trị không hợp lệ cho {m[1]}: cần một số nguyên.",
    ),
    (
        r"^Invalid value for (.+?): (?:Value error, )?(.+)$",
        lambda m: f"Giá trị không hợp lệ cho {m[1]}: {m[2]}",
    ),
    (r"^No such command '(.+)'\.$", lambda m: f"Không có lệnh '{m[1]}'."),
]


def translate_error(message: str) -> str:
    for pattern, repl in _ERRORS:
        match = re.match(pattern, message)
        if match:
            return repl(match)
    return message


def install_errors() -> None:
    try:
        from typer._click import exceptions
        from typer._click.utils import echo
    except ImportError:
        return
    usage_error = getattr(exceptions, "UsageError", None)
    if usage_error is None or getattr(usage_error.show, "_vi", False):
        return

    def show(self, file=None):
        import sys

        file = file or sys.stderr
        if getattr(self, "ctx", None) is not None:
            hint = ""
            if self.ctx.command.get_help_option(self.ctx) is not None:
                hint = f"Xem `{self.ctx.command_path} {self.ctx.help_option_names[0]}`.\n"
            echo(f"{self.ctx.get_usage()}\n{hint}", file=file, color=self.ctx.color)
        echo(
            f"Lỗi: {translate_error(self.format_message())}",
            file=file,
            color=getattr(self.ctx, "color", None) if getattr(self, "ctx", None) else None,
        )

    _patch(show, "_vi", True)
    _patch(usage_error, "show", show)
