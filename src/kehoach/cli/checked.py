"""The errors ``validate`` finds in the files ``due`` or ``who`` was asked about: their warning
line and ``--strict`` count what ``validate`` counts — the repository checks (a number used
twice, an unknown org, a missing ``orgs.yaml``…) as well as the files that cannot be read or fail
their schema, which are all the commands' own loading sees.

From ``validate``'s remembered answer when none of the files changed since it last ran (the
pre-commit hook runs it on every commit), else by running it, whose answer is then remembered
for the next ``validate``, ``due`` or ``who``. The composition lives here, in the CLI, so that no
feature imports another."""

from __future__ import annotations


def check_errors(paths: list[str] | None) -> int:
    """How many errors ``kehoach validate PATHS`` reports."""
    from .. import validate

    return len(validate.run_validate(paths or None).errors)
