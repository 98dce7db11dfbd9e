"""The errors ``validate`` finds in the files ``due`` or ``who`` was asked about, for their
warning line and ``--strict``: the repository checks (a number used twice, an unknown org, a
missing ``orgs.yaml``…) as well as the files that cannot be read or fail their schema, which are
all the commands' own loading sees.

From ``validate``'s previous run when none of the files changed since (the command's load read it,
against the stamps it took: ``Loaded.validated_errors``); with ``--strict`` (CI) otherwise by
running it, whose answer is then kept for the next ``validate``, ``due`` or ``who``. Without
``--strict`` and without a current run the command says only what its own loading saw — the daily
agenda does not pay for every check (a cold ``due`` would take half as long again:
docs/performance.md). The composition lives here, in the CLI, so that no feature imports
another."""

from __future__ import annotations


def check_errors(validated: int | None, paths: list[str] | None, *, strict: bool) -> int | None:
    """How many errors ``kehoach validate PATHS`` reports: ``validated`` (its last run, when it
    holds), else by running it when ``strict``; None when not known and not asked for."""
    if validated is not None or not strict:
        return validated
    from ..validate.run import run_validate

    return len(run_validate(paths or None).errors)


def errors_in(paths: list[str]) -> int:
    """How many errors ``kehoach validate`` reports in ``paths`` themselves (not in the files that
    depend on them, which it reports too): ``report --strict``, for the files it reads."""
    from ..validate.run import run_validate

    asked = set(paths)
    return sum(p.path in asked for p in run_validate(paths).errors)
