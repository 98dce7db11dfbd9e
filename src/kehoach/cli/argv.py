"""The options of the commands read before typer is imported, and the one reader of them.

``OPTIONS[command]`` maps each option to the name it is kept under: options that take a value,
then flags. ``memo`` decides from these tables which runs it may answer; ``fast`` (``validate``)
and ``fast_due`` (``due``) read their command lines with ``options`` (``read`` over the
defaults). A test keeps the tables equal to the typer commands' parameters, so an option added to
a command cannot slip past any of them. Imports nothing: the remembered answer's look-up stays
light."""

from __future__ import annotations

from ..errors import KehoachError
from .picking import picked

FORMAT = {"--format": "fmt", "-f": "fmt"}
OUTPUT = {"--output": "output", "-o": "output"}

OPTIONS: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "validate": (
        {**FORMAT, **OUTPUT},
        {"--strict": "strict", "--no-cache": "no_cache"},
    ),
    "due": (
        {
            **FORMAT,
            **OUTPUT,
            "--within": "within",
            "-w": "within",
            "--today": "today",
            "--from": "start",
            "--to": "end",
            "--party": "party",
            "-p": "party",
            "--kind": "kind",
            "-k": "kind",
        },
        {
            "--overdue": "overdue",
            "--all": "show_all",
            "-a": "show_all",
            "--strict": "strict",
            "--fail-on-overdue": "fail_on_overdue",
        },
    ),
    "who": ({**FORMAT, **OUTPUT, "--party": "party", "-p": "party"}, {"--strict": "strict"}),
}


def _option_like(value: str) -> bool:
    """A value click may read as an option: left to typer (``-`` alone is standard output)."""
    return value.startswith("-") and value != "-"


def read(command: str, args: list[str], repeated: frozenset[str] = frozenset()) -> dict | None:
    """``args`` (after the command's name) as ``{"paths": [...], name: value…}``: flags given are
    True, an option given twice keeps the last value (as click does), one in ``repeated`` keeps
    every value in a list. None when typer must read them: an unknown option, ``--help``, a short
    option with its value attached, a value that looks like an option, a missing value."""
    values, flags = OPTIONS[command]
    opts: dict = {"paths": [], **{name: [] for name in repeated}}
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, text = arg.partition("=")
        value: str | bool = text
        if eq and arg.startswith("--") and name in values:
            key = values[name]
        elif arg in values and i + 1 < len(args) and not _option_like(args[i + 1]):
            key, value = values[arg], args[i + 1]
            i += 1
        elif arg in flags:
            key, value = flags[arg], True
        elif arg and not arg.startswith("-"):
            key, value = "paths", arg
        else:
            return None
        if key in repeated or key == "paths":
            opts[key].append(value)
        else:
            opts[key] = value
        i += 1
    return opts


def options(
    command: str,
    args: list[str],
    defaults: dict,
    formats: dict,
    repeated: frozenset[str] = frozenset(),
) -> dict | None:
    """``read`` over ``defaults`` (every option of the typer command at its default value), or
    None when typer must read them — also for a ``--format`` not in ``formats``, which the typer
    command refuses in its own words."""
    given = read(command, args, repeated)
    if given is None:
        return None
    opts = {**defaults, **given}
    if "fmt" not in given:  # as the typer command does: the extension of -o, else the default
        try:
            opts["fmt"] = picked(None, opts.get("output"), formats, defaults["fmt"])
        except KehoachError:  # an extension of another format: the typer command says so
            return None
    return opts if opts["fmt"] in formats else None
