"""The one problem record: what is wrong, where, how bad, under which stable code."""

from __future__ import annotations

from .frozen import Frozen

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Literal

    Level = Literal["error", "warning", "info"]
else:
    Level = str

_FIELDS = ("path", "line", "col", "code", "level", "message", "json_path")


class Problem(Frozen):
    """A problem in a file. Sorted by path, then position, then code; equal, and hashed, by the
    same four; immutable.

    Written out, not a frozen ordered ``dataclass``: that compiled its ten generated methods when
    the module was imported, ~1.2 ms of every run (the editor's one-file ``validate`` among them).
    The methods here are those it generated (``tests/unit/test_problem.py`` compares the two)."""

    __match_args__ = _FIELDS

    path: str
    line: int
    col: int
    code: str
    level: Level
    message: str
    # JSON path inside the document (tuple of keys/indexes); resolved to line/col lazily
    json_path: tuple
    _key: tuple[str, int, int, str]

    def __init__(
        self,
        path: str,
        line: int,
        col: int,
        code: str,
        level: Level,
        message: str,
        json_path: tuple = (),
    ) -> None:
        put = object.__setattr__  # immutable: set once, here
        put(self, "path", path)
        put(self, "line", line)
        put(self, "col", col)
        put(self, "code", code)
        put(self, "level", level)
        put(self, "message", message)
        put(self, "json_path", json_path)
        put(self, "_key", (path, line, col, code))  # what it is sorted, compared and hashed by

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(path={self.path!r}, line={self.line!r}, "
            f"col={self.col!r}, code={self.code!r}, level={self.level!r}, "
            f"message={self.message!r})"
        )

    def __lt__(self, other: Problem) -> bool:
        return self._key < other._key if other.__class__ is self.__class__ else NotImplemented

    def __le__(self, other: Problem) -> bool:
        return self._key <= other._key if other.__class__ is self.__class__ else NotImplemented

    def __gt__(self, other: Problem) -> bool:
        return self._key > other._key if other.__class__ is self.__class__ else NotImplemented

    def __ge__(self, other: Problem) -> bool:
        return self._key >= other._key if other.__class__ is self.__class__ else NotImplemented

    def at(self, line: int, col: int) -> Problem:
        return Problem(self.path, line, col, self.code, self.level, self.message, self.json_path)

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "level": self.level,
            "code": self.code,
            "message": self.message,
        }
