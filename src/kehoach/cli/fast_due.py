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
from .argv import options
from .checked import check_errors
from .writing import write

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


def parse(args: list[str]) -> dict | None:
    """The options of ``due`` (after the command name), or None when the typer command must read
    them."""
    return options("due", args, _DEFAULTS, FORMATS, repeated=frozenset({"kind"}))


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
        result = run_due(opts["paths"] or None, query, agenda_only=True)
        result.checked(check_errors(result.validated, opts["paths"], strict=opts["strict"]))
        write(FORMATS[opts["fmt"]], result, opts["output"])
    except KehoachError:
        return None  # nothing was written: the typer command reports it in its words
    message = result.warning()
    if message:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    return result.exit_code(strict=opts["strict"], fail_on_overdue=opts["fail_on_overdue"])
