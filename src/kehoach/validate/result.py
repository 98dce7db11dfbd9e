"""What ``kehoach validate`` found: the problems of the files asked for."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..problem import Problem

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:  # the model is heavy to import; a result answered from the cache has none
    from ..model import Repository


@dataclass
class ValidateResult:
    """What ``validate`` found: the problems of the files asked for, how many files, the repository
    it loaded (when it loaded one)."""

    problems: list[Problem]  # of the files asked for, sorted
    files: int  # how many files were asked for
    repo: Repository | None = None  # None when answered from the previous run
    targets: set[str] = field(default_factory=set)
    note: str | None = None  # no repository found: the folder taken as its root (for stderr)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def failing(self, strict: bool = False) -> bool:
        return any(p.level == "error" or (strict and p.level == "warning") for p in self.problems)
