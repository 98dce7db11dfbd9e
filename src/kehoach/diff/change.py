"""The records of a semantic diff: one ``Change`` (a Vietnamese line and its data), the changes
of one document, and the whole result."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Change:
    kind: str  # e.g. activity_added, deadline_later, status, signers…
    text: str
    activity: str | None = None
    old: object = None
    new: object = None
    path: tuple | None = None  # JSON path of the field (generic changes)

    def as_dict(self) -> dict:
        out: dict = {"kind": self.kind, "text": self.text}
        if self.activity is not None:
            out["activity"] = self.activity
        if self.path is not None:
            out["path"] = list(self.path)
        if self.old is not None or self.new is not None:
            out.update({"old": self.old, "new": self.new})
        return out


@dataclass
class DocDiff:
    id: str
    kind: str
    status: str  # added | removed | changed | unreadable (there on both sides, unreadable on one)
    path: str
    old_path: str | None = None
    title: str = ""
    changes: list[Change] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "path": self.path,
            "old_path": self.old_path,
            "title": self.title,
            "changes": [c.as_dict() for c in self.changes],
        }


@dataclass
class DiffResult:
    old: str
    new: str
    documents: list[DocDiff] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # "path: problem" on either side
    # "path (side): first schema error" of a changed document failing its schema (``invalid``)
    invalid: list[str] = field(default_factory=list)
    top: Path = field(default_factory=Path)  # the git working tree the paths are relative to

    @property
    def has_changes(self) -> bool:
        """Something differs (``--exit-code``): a document's data, or a changed file that cannot
        be read on one side (nothing says it is unchanged)."""
        return bool(self.documents or self.unreadable)
