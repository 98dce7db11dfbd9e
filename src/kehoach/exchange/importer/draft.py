"""A draft being built: the data (in the order it will be written), the ``# TODO`` comments at
JSON paths, and what was read but deliberately not imported (decorations, signature notes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Proposal


@dataclass
class Draft:
    kind: str
    data: dict = field(default_factory=dict)
    todos: dict[tuple, str] = field(default_factory=dict)  # path → what to check (trailing)
    notes: dict[tuple, list[str]] = field(default_factory=dict)  # path → comment lines above
    proposals: list[Proposal] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # decorations and notes left out
    unplaced: list[str] = field(default_factory=list)  # texts kept in "Nội dung chưa xếp được"

    def todo(self, path: tuple, message: str) -> None:
        old = self.todos.get(path)
        message = " ".join(message.split())
        self.todos[path] = f"{old}; {message}" if old and message not in old else message

    def note(self, path: tuple, line: str) -> None:
        self.notes.setdefault(path, []).append(" ".join(line.split()))
