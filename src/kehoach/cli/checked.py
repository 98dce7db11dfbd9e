"""The errors ``validate`` finds in the files ``due`` or ``who`` was asked about, for their
warning line and ``--strict``: the repository checks (a number used twice, an unknown org, a
missing ``orgs.yaml``…) as well as the files that cannot be read or fail their schema, which are
all the commands' own loading sees.

From ``validate``'s previous run when none of the files changed since (cheap: the stamps the
command took anyway); with ``--strict`` (CI) otherwise by running it, whose answer is then kept
for the next ``validate``, ``due`` or ``who``. Without ``--strict`` and without a current run the
command says only what its own loading saw — the daily agenda does not pay for every check (a cold
``due`` would take half as long again: docs/performance.md). The composition lives here, in the
CLI, so that no feature imports another."""

from __future__ import annotations


def check_errors(paths: list[str] | None, *, strict: bool) -> int | None:
    """How many errors ``kehoach validate PATHS`` reports, or None when it is not known cheaply
    and not asked for (``strict``)."""
    from ..validate.quick import previous_answer

    result, _ = previous_answer(paths or None)
    if result is None and strict:
        from ..validate.run import run_validate

        result = run_validate(paths or None)
    return None if result is None else len(result.errors)
