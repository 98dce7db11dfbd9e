"""What ``kehoach validate`` found: the problems of the files asked for."""

from __future__ import annotations

from ..problem import Problem

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:  # the model is heavy to import; a result answered from the cache has none
    from ..model import Repository


class ValidateResult:
    """What ``validate`` found: the problems of the files asked for, how many files, the repository
    it loaded (when it loaded one). (A plain class, not a ``dataclass``: see
    ``loadfiles.LoadedFile``.)"""

    def __init__(
        self,
        problems: list[Problem],
        files: int,
        repo: Repository | None = None,
        targets: set[str] | None = None,
        note: str | None = None,
    ) -> None:
        self.problems = problems  # of the files asked for, sorted
        self.files = files  # how many files were asked for
        self.repo = repo  # None when answered from the previous run
        self.targets: set[str] = set() if targets is None else targets
        # no repository found: the folder taken as its root (for stderr)
        self.note = note

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def failing(self, strict: bool = False) -> bool:
        return any(p.level == "error" or (strict and p.level == "warning") for p in self.problems)
