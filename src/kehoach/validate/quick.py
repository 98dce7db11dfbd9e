"""The answer of a ``validate`` run whose files are all as the previous run with the same files
and targets left them: from the cache, importing and reading nothing else (the pre-commit hook,
the editor that validates the file it just saved). ``run_validate`` asks here first; the CLI asks
here before it imports anything heavy (``cli.fast``)."""

from __future__ import annotations

from ..stamps import Stamped, stamp_files
from .result import ValidateResult


def previous_answer(
    paths: list[str] | None = None, *, use_cache: bool = True
) -> tuple[ValidateResult | None, Stamped]:
    """The previous run's result when it still holds (None otherwise), and the files stamped."""
    stamped = stamp_files(paths, use_cache=use_cache)
    previous = stamped.cache.previous_run(stamped.run_key, stamped.stamps, stamped.stamped_ns)
    if previous is None:
        return None, stamped
    result = ValidateResult(
        previous, len(stamped.scope.targets), None, stamped.targets, stamped.scope.note
    )
    return result, stamped
