"""The one problem record: what is wrong, where, how bad, under which stable code."""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Literal

    Level = Literal["error", "warning", "info"]
else:
    Level = str


@dataclass(frozen=True, order=True)
class Problem:
    """A problem in a file. Sorted by path, then position, then code."""

    path: str
    line: int
    col: int
    code: str
    level: Level = field(compare=False)
    message: str = field(compare=False)
    # JSON path inside the document (tuple of keys/indexes); resolved to line/col lazily
    json_path: tuple = field(default=(), compare=False, repr=False)

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
