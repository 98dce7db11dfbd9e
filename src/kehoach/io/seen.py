"""The files the remembered-answer look-up already found and stamped before the command ran.

``answers.question`` walks the repository and stamps every YAML file to make its key; when the
answer is not remembered, the command then finds and stamps the same files (``stamps``). At
100,000 files that is a second or more of a cold run spent twice. ``cli.memo`` offers what the
question found for the one command it runs (``offered``); the command's ``stamps.stamp_files``
takes it once (``take``) and stamps only what it lacks.

Stamps taken earlier than the command's own are safe to use: the files are read after them, so a
file changed in between is stored under its older stamp and read again by the next run, never
served stale; and the run's stamping time is the earlier one, so that no racy file is missed.
"""

from __future__ import annotations

# no import here: ``cli.memo`` imports this module on the path of a remembered answer, which must
# start fast (``dataclasses`` and ``contextlib`` would cost it about 20 ms)


class Found:
    """The files the look-up stamped, each with its stamp (``stamps``, the question's own list:
    nothing is copied on the path of a remembered answer), the first ``walked`` of them the YAML
    files the walk of the repository at ``root`` found (before ``exclude``), and when they were
    stamped."""

    __slots__ = ("root", "stamps", "walked", "stamped_ns")

    def __init__(
        self, root: str, stamps: list[tuple[str, tuple]], walked: int, stamped_ns: int
    ) -> None:
        self.root = root
        self.stamps = stamps
        self.walked = walked
        self.stamped_ns = stamped_ns

    def walked_files(self) -> list[str]:
        """The files the walk of ``root`` found, in its order."""
        return [path for path, _ in self.stamps[: self.walked]]


_offered: Found | None = None


class offered:  # noqa: N801 - used as a function: ``with seen.offered(found): ...``
    """Offer ``found`` to the command run inside the ``with`` block; withdrawn when it ends."""

    def __init__(self, found: Found | None) -> None:
        self.found = found

    def __enter__(self) -> None:
        global _offered
        _offered = self.found

    def __exit__(self, *exc: object) -> None:
        global _offered
        _offered = None


def take() -> Found | None:
    """What was offered, once: a later walk in the same run (another command in a test, a second
    scope) finds and stamps its files itself."""
    global _offered
    found, _offered = _offered, None
    return found
