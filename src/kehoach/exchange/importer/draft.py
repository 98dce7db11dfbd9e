"""A draft being built: the data (in the order it will be written), the ``# TODO`` comments at
JSON paths, and what was read but deliberately not imported (decorations, signature notes)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Proposal

# the extra section that keeps what the importer read but could not place
UNPLACED = "Nội dung chưa xếp được"


@dataclass
class Draft:
    kind: str
    data: dict = field(default_factory=dict)
    todos: dict[tuple, str] = field(default_factory=dict)  # path → what to check (trailing)
    notes: dict[tuple, list[str]] = field(default_factory=dict)  # path → comment lines above
    proposals: list[Proposal] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # decorations and notes left out
    source: list[tuple[str, str]] = field(default_factory=list)  # (text, where) of what was read

    def todo(self, path: tuple, message: str) -> None:
        old = self.todos.get(path)
        message = " ".join(message.split())
        self.todos[path] = f"{old}; {message}" if old and message not in old else message

    def keep_unplaced(self, texts: list[str], why: str) -> None:
        """Keep ``texts`` in the section "Nội dung chưa xếp được" (made after the other extra
        sections when there is none yet), with a TODO saying ``why``."""
        extra = self.data.setdefault("extra_sections", [])
        at = next((i for i, s in enumerate(extra) if isinstance(s, dict)
                   and s.get("title") == UNPLACED), None)  # fmt: skip
        if at is None:
            at = len(extra)
            extra.append({"title": UNPLACED, "paragraphs": []})
        extra[at].setdefault("paragraphs", []).extend(texts)
        self.todo(("extra_sections", at), why)

    def note(self, path: tuple, line: str) -> None:
        self.notes.setdefault(path, []).append(" ".join(line.split()))

    def propose(self, proposed: Iterable[Proposal]) -> None:
        """Of the new orgs ``proposed`` in this run (an earlier file of the batch proposed them),
        those the draft names: proposed by it too — each draft says what to copy into orgs.yaml
        (before, the second file of a batch named the body with no proposal)."""
        named: set[str] = set()
        todo: list[object] = [self.data]
        while todo:
            value = todo.pop()
            if isinstance(value, str):
                named.add(value)
            elif isinstance(value, dict):
                todo.extend(value.values())
            elif isinstance(value, list):
                todo.extend(value)
        for prop in proposed:
            if prop.id in named and prop not in self.proposals:
                self.proposals.append(prop)
