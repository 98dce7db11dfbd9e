"""A plan repository as loaded: its settings, its orgs and its documents."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..errors import KehoachError
from .document import DOCUMENT_KINDS, Document


class LoadedFile(Protocol):
    """What ``Repository.from_files`` needs of each loaded file."""

    path: Path
    shown: str
    kind: str
    data: object

    @property
    def schema_ok(self) -> bool: ...


@dataclass
class Repository:
    """Everything loaded from a repository that checks and commands need."""

    root: Path
    settings: dict = field(default_factory=dict)
    settings_path: str | None = None
    orgs: dict[str, dict] = field(default_factory=dict)
    orgs_path: str | None = None
    documents: list[Document] = field(default_factory=list)  # documents valid by their schema
    invalid_ids: set[str] = field(default_factory=set)  # ids of those that fail their schema
    org_id_counts: dict[str, int] = field(default_factory=dict)  # how often each org id is written

    def __post_init__(self) -> None:
        self._by_id: dict[str, Document] | None = None

    @classmethod
    def from_files(cls, root: Path, files: Iterable[LoadedFile]) -> Repository:
        """The repository of ``files``: settings and orgs at the root; programs and plans that
        fail their schema are kept out (their ids are remembered)."""
        repo = cls(root)
        for f in files:
            if not isinstance(f.data, dict):
                continue
            at_root = f.path.parent == root
            if f.kind == "settings" and at_root:
                repo.settings, repo.settings_path = (f.data if f.schema_ok else {}), f.shown
            elif f.kind == "orgs" and at_root:
                repo.orgs_path = f.shown
                orgs = f.data.get("orgs")
                for org in orgs if isinstance(orgs, list) else []:
                    if isinstance(org, dict) and isinstance(org.get("id"), str):
                        repo.org_id_counts[org["id"]] = repo.org_id_counts.get(org["id"], 0) + 1
                        repo.orgs.setdefault(org["id"], org)
            elif f.kind in DOCUMENT_KINDS:
                doc = Document(f.shown, f.kind, f.data)
                if f.schema_ok:
                    repo.documents.append(doc)
                else:
                    repo.invalid_ids.add(doc.id)
        return repo

    def by_id(self, doc_id: str) -> Document | None:
        if self._by_id is None:
            self._by_id = {}
            for d in self.documents:
                self._by_id.setdefault(d.id, d)
        return self._by_id.get(doc_id)

    def org_name(self, org_id: str, short: bool = True) -> str:
        org = self.orgs.get(org_id) or {}
        name = (org.get("short") if short else None) or org.get("name")
        return name if isinstance(name, str) and name else org_id

    def require_org(self, org_id: str | None, option: str = "--party") -> str | None:
        """``org_id`` when it names an org of ``orgs.yaml`` (None stays None); otherwise a
        ``KehoachError`` naming ``option`` and suggesting the nearest ids."""
        if org_id is None:
            return None
        org_id = org_id.strip()
        if org_id in self.orgs:
            return org_id
        near = difflib.get_close_matches(org_id, list(self.orgs), n=3, cutoff=0.5)
        known = ", ".join(sorted(self.orgs)) or "(chưa có tổ chức nào)"
        hint = f"Có phải: {', '.join(near)}?" if near else f"Các mã có trong orgs.yaml: {known}."
        raise KehoachError(f"Không có tổ chức mã {org_id!r} trong orgs.yaml ({option})", hint=hint)
