"""A plan repository as loaded: its settings, its orgs and its documents.

Only data that passed its schema is consumed: a program or plan that fails it is left out of
``documents`` (its id is kept in ``invalid_ids``), and when ``kehoach.yaml`` or ``orgs.yaml`` fails
it, ``require_usable`` stops every command that would read them (``KehoachError`` naming the file
and the position of its first error). ``validate`` alone builds a *partial* repository, where the
files that fail their schema take part with what their schema errors point at removed
(``schema.pruned``), so that one run shows every problem of a file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import schema
from ..errors import KehoachError
from ..problem import Problem
from ..viet import close_matches
from .document import DOCUMENT_KINDS, Document
from .tails import SpoiledTail, carries, holds_any, join
from .units import with_unit

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Protocol
else:
    from .._typing import Protocol


class LoadedFile(Protocol):
    """What ``Repository.from_files`` needs of each loaded file."""

    path: str  # absolute
    shown: str
    kind: str
    data: object
    slim: bool  # ``data`` holds only what the cross-document checks read (``checks.slim``)
    kept: object  # with ``slim``: the same of what is left once its schema errors are removed
    tail: bytes | None  # with ``slim``: the activity lists ``data`` holds as skeletons (``tails``)

    @property
    def schema_ok(self) -> bool: ...

    @property
    def first_error(self) -> Problem | None: ...


# up to this many slim documents, the whole ones ``Repository.whole`` makes are kept for the
# checks after (each unpacked once: 1,000 plans, ~20 ms of a cold ``validate``); over more, each
# check unpacks them again, one at a time (100,000 plans: 300 MB less, ~1.5 s more CPU)
WHOLE_KEPT = 20_000


class Repository:
    """Everything loaded from a repository that checks and commands need. (A plain class, not a
    ``dataclass``, as ``loadfiles.LoadedFile``: a repository is never compared, nor printed;
    ``with_documents`` makes the copy ``dataclasses.replace`` made.)"""

    def __init__(
        self,
        root: Path,
        settings: dict | None = None,
        settings_path: str | None = None,
        orgs: dict[str, dict] | None = None,
        orgs_path: str | None = None,
        documents: list[Document] | None = None,
        invalid_ids: set[str] | None = None,
        org_id_counts: dict[str, int] | None = None,
        failures: dict[str, Problem] | None = None,
        invalid_paths: dict[str, str] | None = None,
        unreadable: dict[str, str] | None = None,
        tails: dict[str, bytes] | None = None,
    ) -> None:
        self.root = root
        self.settings: dict = {} if settings is None else settings
        self.settings_path = settings_path
        self.orgs: dict[str, dict] = {} if orgs is None else orgs
        self.orgs_path = orgs_path
        # documents valid by their schema
        self.documents: list[Document] = [] if documents is None else documents
        # ids of those that fail their schema
        self.invalid_ids: set[str] = set() if invalid_ids is None else invalid_ids
        # how often each org id is written
        self.org_id_counts: dict[str, int] = {} if org_id_counts is None else org_id_counts
        # files that fail their schema: display path -> their first error; document id -> path
        self.failures: dict[str, Problem] = {} if failures is None else failures
        self.invalid_paths: dict[str, str] = {} if invalid_paths is None else invalid_paths
        # files that could not be read as a document at all (not UTF-8, not YAML, no known kind):
        # the id they would have (their ``id:`` when it can be read, else the file's stem) ->
        # path; their ids are in ``invalid_ids`` too
        self.unreadable: dict[str, str] = {} if unreadable is None else unreadable
        # slim documents (``validate``): display path -> their activity lists, packed apart
        # (``model.tails``); ``whole`` gives the document with them
        self.tails: dict[str, bytes] = {} if tails is None else tails
        self._by_id: dict[str, Document] | None = None
        # indexes built from the documents on their first use (``model.links``), by name; like
        # ``by_id``, they assume the documents are not changed once the repository is built
        self.derived: dict[str, object] = {}
        # the display paths of the documents a check whose findings lie in the document it looks
        # at needs to look at (``examined``; ``focused``): None, every document
        self.focus: frozenset[str] | None = None
        # ``examined`` gives the documents as kept, their activity lists not unpacked (``headed``)
        self.heads_only = False
        self._whole: dict[str, Document] = {}  # ``whole``, by display path

    @classmethod
    def from_files(
        cls, root: Path, files: Iterable[LoadedFile], *, partial: bool = False
    ) -> Repository:
        """The repository of ``files``: settings and orgs at the root, documents that pass their
        schema. With ``partial`` (``validate``), files that fail it take part too, with
        what their schema errors point at removed."""
        repo = cls(root)
        top = str(root)
        for f in files:
            if f.kind not in ("settings", "orgs", *DOCUMENT_KINDS):
                if f.kind == "unknown" and not f.schema_ok:
                    repo._add_unreadable(f)
                continue
            # settings and orgs count at the root only (a document's place does not matter)
            at_root = f.kind not in DOCUMENT_KINDS and os.path.dirname(f.path) == top
            if not f.schema_ok:
                first = f.first_error
                if first is not None and (at_root or f.kind in DOCUMENT_KINDS):
                    repo.failures.setdefault(f.shown, first)
            if f.schema_ok:
                kept = f.data
            elif partial:
                kept = f.kept if f.slim else schema.pruned(f.kind, f.data)
            else:
                kept = None
            data = kept if isinstance(kept, dict) else None
            if f.kind == "settings" and at_root:
                repo.settings, repo.settings_path = (data or {}), f.shown
            elif f.kind == "orgs" and at_root:
                repo.orgs_path = f.shown
                repo._add_orgs(data)
            elif f.kind in DOCUMENT_KINDS and isinstance(f.data, dict):
                doc = Document(f.shown, f.kind, f.data)
                if f.schema_ok:
                    repo.documents.append(doc)
                    if f.slim and f.tail is not None:
                        repo.tails[f.shown] = f.tail
                    continue
                repo.invalid_ids.add(doc.id)
                repo.invalid_paths.setdefault(doc.id, f.shown)
                if data is not None:
                    repo.documents.append(Document(f.shown, f.kind, data, partial=True))
        return repo

    @staticmethod
    def checked_document(f: LoadedFile) -> Document | None:
        """The document of ``f`` as ``validate``'s checks see it in ``from_files(partial=True)``:
        its data when it passes its schema, else what is left once what its schema errors point
        at is removed (``partial``); None when ``f`` holds no document."""
        if f.kind not in DOCUMENT_KINDS or not isinstance(f.data, dict):
            return None
        if f.schema_ok:
            return Document(f.shown, f.kind, f.data)
        kept = schema.pruned(f.kind, f.data)
        return Document(f.shown, f.kind, kept, partial=True) if isinstance(kept, dict) else None

    def _add_unreadable(self, f: LoadedFile) -> None:
        """Remember ``f``, a file that failed before it was known as a document, by the id it
        would have (``Document.id``), so that a căn cứ citing it is not said to be missing."""
        doc = Document(f.shown, "unknown", f.data if isinstance(f.data, dict) else {})
        self.unreadable.setdefault(doc.id, f.shown)
        self.invalid_ids.add(doc.id)

    def _add_orgs(self, data: dict | None) -> None:
        orgs = data.get("orgs") if isinstance(data, dict) else None
        for org in orgs if isinstance(orgs, list) else []:
            if isinstance(org, dict) and isinstance(org.get("id"), str):
                self.org_id_counts[org["id"]] = self.org_id_counts.get(org["id"], 0) + 1
                self.orgs.setdefault(org["id"], org)

    def alone(self, doc: Document) -> Repository:
        """This repository's settings and orgs with ``doc`` as its only document (a shallow
        copy, made as ``copy.copy`` makes it without its protocol: once per document loaded)."""
        one = object.__new__(type(self))
        one.__dict__.update(self.__dict__)
        one.documents, one._by_id, one.derived = [doc], None, {}
        return one

    def focused(self, paths: frozenset[str]) -> Repository:
        """This repository, the same documents and indexes (a shallow copy), with ``examined``
        giving only the documents at ``paths`` (``validate FILE``: the checks that find problems
        only in the document they look at skip every other one)."""
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        view.focus = paths
        return view

    def headed(self) -> Repository:
        """This repository (a shallow copy) with ``examined`` giving each document as kept, its
        activity lists not unpacked (``tails``): for a check that reads none of them (its
        ``reads``), over 100,000 plans one unpacking of every document fewer (~1 s)."""
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        view.heads_only = True
        return view

    def examined(self, carrying: bool = False) -> Iterator[Document]:
        """The documents to look at for findings in them: every document, or those in ``focus``
        (the others are still there to be read: cited programs, numbers, ids) — one at a time,
        each whole (``whole``) while it is looked at: over 100,000 plans, every document unpacked
        and held at once cost 300 MB (docs/performance.md). With ``carrying``, for a check that
        reads only the activities that carry work out or over: only those that may hold one
        (``may_carry``)."""
        docs = (
            self.documents
            if self.focus is None
            else [d for d in self.documents if d.path in self.focus]
        )
        if carrying and self.tails:
            docs = [d for d in docs if self.may_carry(d)]
        if not self.tails or self.heads_only:
            return iter(docs)
        return (self.whole(d) for d in docs)

    def may_carry(self, doc: Document) -> bool:
        """Some activity of ``doc`` may carry work out or over (``carried_from``): always, unless
        its activity lists are packed apart (``tails``) and none holds the key (``tails.carries``:
        a search of the bytes, then the skeletons; no unpacking). A check that reads only
        such activities skips the others: over 100,000 plans that carry nothing, it unpacked
        every one (~0.7 s a check)."""
        tail = self.tails.get(doc.path)
        return tail is None or carries(doc.data, tail)

    def may_hold(self, doc: Document, words) -> bool:
        """Some string of ``doc``'s activity lists may be one of ``words`` (an activity id): always,
        unless they are packed apart (``tails``) in bytes that hold none of them
        (``tails.holds_any``)."""
        tail = self.tails.get(doc.path)
        return tail is None or holds_any(tail, words)

    def whole(self, doc: Document) -> Document:
        """``doc`` with its activity lists, when they were packed apart (a slim document:
        ``tails``); ``SpoiledTail`` when they cannot be read back (``validate`` then runs
        again without the damaged cache file)."""
        tail = self.tails.get(doc.path)
        if tail is None:
            return doc
        made = self._whole.get(doc.path)
        if made is None:
            data = join(doc.data, tail)
            if data is None:
                raise SpoiledTail(doc.path)
            made = Document(doc.path, doc.kind, data, doc.partial)
            if self.focus is not None or len(self.tails) <= WHOLE_KEPT:
                # ``validate FILE`` (a few documents), or a repository small enough: kept for the
                # next check; over a larger one, each is unpacked again rather than all held
                self._whole[doc.path] = made
        return made

    def complete(self) -> Repository:
        """This repository without its partial documents (those failing their schema)."""
        if not any(d.partial for d in self.documents):
            return self
        whole = self.with_documents([d for d in self.documents if not d.partial])
        whole.focus = self.focus
        return whole

    def with_documents(self, documents: list[Document]) -> Repository:
        """A new repository of the same files with ``documents`` instead (its indexes, ``focus``
        and whole documents made anew, as for a repository just built)."""
        return type(self)(
            self.root,
            self.settings,
            self.settings_path,
            self.orgs,
            self.orgs_path,
            documents,
            self.invalid_ids,
            self.org_id_counts,
            self.failures,
            self.invalid_paths,
            self.unreadable,
            self.tails,
        )

    def require_usable(self, doc_ids: Iterable[str] = ()) -> None:
        """Stop (``KehoachError``) when ``kehoach.yaml`` or ``orgs.yaml``, or one of the documents
        ``doc_ids`` names, failed its schema: no command consumes such data."""
        paths = [p for p in (self.settings_path, self.orgs_path) if p in self.failures]
        named = {self.invalid_paths[i]: i for i in doc_ids if i in self.invalid_paths}
        for path in paths + list(named):
            first = self.failures.get(path)
            what = f'căn cứ "{named[path]}" ({path})' if path in named else path
            where = f": {path}:{first.line}:{first.col}: {first.message}" if first else ""
            raise KehoachError(
                f"Không dùng được {what} vì tệp có lỗi{where}",
                hint="Chạy `kehoach validate` để xem mọi lỗi; sửa xong rồi chạy lại.",
            )

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

    def unit_name(self, org_id: str, unit: object, short: bool = True) -> str:
        """An org's name (short, or full) after one of its units ('Ban Phong trào Tỉnh Đoàn':
        ``lead_unit``, ``support_units``; ``with_unit``), knowing all the org's names."""
        org = self.orgs.get(org_id) or {}
        known = [org.get("name"), org.get("short"), *(org.get("aliases") or [])]
        return with_unit(self.org_name(org_id, short=short), unit, known)

    def require_org(self, org_id: str | None, option: str = "--party") -> str | None:
        """``org_id`` when it names an org of ``orgs.yaml`` (None stays None); otherwise a
        ``KehoachError`` naming ``option`` and suggesting the nearest ids."""
        if org_id is None:
            return None
        org_id = org_id.strip()
        if org_id in self.orgs:
            return org_id
        near = close_matches(org_id, list(self.orgs), n=3, cutoff=0.6)
        known = ", ".join(sorted(self.orgs)) or "(chưa có tổ chức nào)"
        hint = f"Có phải: {', '.join(near)}?" if near else f"Các mã có trong orgs.yaml: {known}."
        raise KehoachError(f"Không có tổ chức mã {org_id!r} trong orgs.yaml ({option})", hint=hint)
