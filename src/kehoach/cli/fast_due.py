"""The fast path of ``kehoach due``: the agenda a calendar job or a morning script asks for, without
typer (its import and its option machinery cost ~0.15 s of CPU on every run, more than the items
of a large repository). Like ``cli.fast`` for ``validate``: every option of the typer command is
read here (``--opt value`` and ``--opt=value``; ``--kind`` repeated), the run prints exactly what
the typer command prints and exits with the same code (tested side by side); anything else —
help, a short option with its value attached, a value that looks like an option, an unknown
format, a ``KehoachError`` to report — goes to the typer command, which says it in its words."""

from __future__ import annotations

import sys

from ..due import DueOptions, run_due
from ..due.filters import today_from
from ..due.formats import FORMATS
from ..errors import KehoachError
from .writing import write

_VALUE = {
    "--within": "within",
    "-w": "within",
    "--today": "today",
    "--from": "start",
    "--to": "end",
    "--party": "party",
    "-p": "party",
    "--kind": "kind",
    "-k": "kind",
    "--format": "fmt",
    "-f": "fmt",
    "--output": "output",
    "-o": "output",
}
_FLAG = {
    "--overdue": "overdue",
    "--all": "show_all",
    "-a": "show_all",
    "--strict": "strict",
    "--fail-on-overdue": "fail_on_overdue",
}
_DEFAULTS = {
    "within": None,
    "today": None,
    "start": None,
    "end": None,
    "party": None,
    "fmt": next(iter(FORMATS)),
    "output": None,
    "overdue": False,
    "show_all": False,
    "strict": False,
    "fail_on_overdue": False,
}


def _option_like(value: str) -> bool:
    """A value click may read as an option: left to typer (``-`` alone is standard output)."""
    return value.startswith("-") and value != "-"


def parse(args: list[str]) -> dict | None:
    """The options of ``due`` (after the command name), or None when the typer command must read
    them."""
    opts: dict = {**_DEFAULTS, "paths": [], "kind": []}
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if eq and arg.startswith("--") and name in _VALUE:
            key = _VALUE[name]
        elif arg in _VALUE and i + 1 < len(args) and not _option_like(args[i + 1]):
            key, value = _VALUE[arg], args[i + 1]
            i += 1
        elif arg in _FLAG:
            opts[_FLAG[arg]] = True
            i += 1
            continue
        elif arg and not arg.startswith("-"):
            opts["paths"].append(arg)
            i += 1
            continue
        else:
            return None
        if key == "kind":
            opts["kind"].append(value)
        else:
            opts[key] = value  # given twice: the last one, as click reads it
        i += 1
    if opts["fmt"] not in FORMATS:
        return None
    return opts


def run(args: list[str]) -> int | None:
    """Run ``due`` with ``args``: its exit code, or None to let the typer command run it."""
    opts = parse(args)
    if opts is None:
        return None
    try:
        query = DueOptions(
            today=today_from(opts["today"]),
            within=opts["within"],
            start=opts["start"],
            end=opts["end"],
            overdue_only=opts["overdue"],
            include_closed=opts["show_all"],
            party=opts["party"],
            kinds=opts["kind"],
        )
        result = run_due(opts["paths"] or None, query)
        write(FORMATS[opts["fmt"]], result, opts["output"])
    except KehoachError:
        return None  # nothing was written: the typer command reports it in its words
    message = result.warning()
    if message:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    return result.exit_code(strict=opts["strict"], fail_on_overdue=opts["fail_on_overdue"])
