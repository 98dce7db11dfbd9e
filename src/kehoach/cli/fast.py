"""The fast path of ``kehoach validate``: a pre-commit hook or an editor runs it on every commit and
every save, so a plain ``validate [PATH…]`` with the simple options (``--format``, ``-o``,
``--strict``, ``--no-cache``) runs without typer, rich or any other command's module — and when
the cache answers (nothing changed since the same run), without the checks and the model either.

It prints exactly what the typer command prints and exits with the same code (tested side by
side). Anything else — help, an unknown option or format, a ``KehoachError`` to report — goes to
the typer application, which says it in its usual words."""

from __future__ import annotations

import sys

from ..errors import KehoachError
from ..validate.formats import FORMATS
from ..validate.quick import previous_answer
from .argv import options
from .writing import write

_DEFAULTS = {"fmt": "text", "output": None, "strict": False, "no_cache": False}


def parse(args: list[str]) -> dict | None:
    """The options of ``validate`` (after the command name), or None when the typer command must
    read them."""
    opts = options("validate", args, _DEFAULTS, FORMATS)
    if opts is None or opts["output"] == "":
        return None
    return opts


def run(args: list[str]) -> int | None:
    """Run ``validate`` with ``args``: its exit code, or None to let the typer command run it."""
    opts = parse(args)
    if opts is None:
        return None
    paths, use_cache = opts["paths"] or None, not opts["no_cache"]
    try:
        result, stamped = previous_answer(paths, use_cache=use_cache)
        if result is None:
            # the checks and the model, only when the cache does not answer
            from ..validate.run import run_validate

            result = run_validate(paths, use_cache=use_cache, stamped=stamped)
        if result.note:  # no repository around the paths: said as the typer command says it
            sys.stderr.write(result.note + "\n")
        write(FORMATS[opts["fmt"]], result, opts["output"])
    except KehoachError:
        return None  # nothing was written: the typer command reports it in its words
    return 1 if result.failing(opts["strict"]) else 0
