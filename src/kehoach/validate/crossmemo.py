"""The findings of the cross-document checks remembered under a hash of everything they read.

``validate .`` after one file was edited reads every other file from the cache, then runs the
cross-document checks over every document again: over 100,000 plans, ~9 of its ~11 s. Yet most
edits change nothing those checks read — an activity's progress, its wording, a budget line, a
comment: the checks read only each document's slim view (``checks.slim``: ids, citations, dates,
numbers, leads, ``carried_from``…), the settings and the orgs. So their findings are kept in the
cache folder under a key made of all of it (``key``), and a run whose key is one of the last
``KEEP`` answers from them; any change to what the checks read is another key, and they run.

The key hashes, as marshal format 0 bytes (the same bytes for the same values, whatever objects
they share): the settings and orgs, what the repository holds of the files that could not be
read or failed their schema, a hash of each document in order — its path, kind, partial flag,
slim data and its activity lists' packed bytes (``model.tails``) —, the codes turned off, the
documents examined (``focus``) and today's date (no check reads it today; a check that one day
does is not answered from yesterday). A document's hash depends on its file's content only (the
code that reads it is the environment's), so the hash of each is kept too, beside the hash of its
file's content (``Memo``): a later run hashes again only the documents whose file changed — over
100,000 plans, the key costs ~0.1 s instead of ~0.6 s.

The cache file carries the environment key (kehoach's code, schemas… ``cachekey``), as every
cache file; a file of another shape is ignored, never an error. A value marshal cannot hold gives
no key: the checks run.
"""

from __future__ import annotations

import marshal
import time

from .. import __version__
from ..hashes import blake2b
from ..io.cachefiles import load_saved, save_bytes
from ..io.cacherows import pack, valid_rows
from ..problem import Problem

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..io.cache import ValidationCache
    from ..model import Document, Repository

KEEP = 4  # sets of findings remembered per repository (and working folder)
_FORMAT = 2


def key(
    repo: Repository,
    disabled: Iterable[str],
    focus: frozenset[str] | None,
    contents: dict[str, str] | None = None,
    known: dict | None = None,
    made: dict | None = None,
) -> str | None:
    """A hash of everything the cross-document checks read of ``repo`` run with ``disabled``
    codes and ``focus``; None when some value cannot be hashed so (marshal cannot hold it).

    ``contents``: the hash of each document's file content, by display path; ``known``: (content
    hash, document hash) by display path, from an earlier run — a document whose file has the
    content hash ``known`` gives is not hashed again; ``made``: filled with the same for this
    ``repo``."""
    hashed = blake2b(digest_size=32)
    contents = contents or {}
    known = known or {}
    tails = repo.tails
    try:
        hashed.update(_head(repo, disabled, focus))
        for doc in repo.documents:
            content = contents.get(doc.path)
            digest = _kept_hash(known.get(doc.path), content) if content else None
            if digest is None:
                digest = document_hash(doc, tails.get(doc.path))
            if made is not None and content:
                made[doc.path] = (content, digest)
            hashed.update(digest.encode("ascii"))
    except (ValueError, TypeError):  # a value marshal cannot hold
        return None
    return hashed.hexdigest()


def earlier_key(
    repo: Repository, disabled: Iterable[str], focus: frozenset[str] | None, known: dict
) -> str | None:
    """The key of the run that kept the document hashes ``known``, had it had the documents of
    ``repo`` (the same paths, in the same order) with the same settings, orgs and failures: this
    run's key with each document's hash as kept then. None when a document was not kept."""
    hashed = blake2b(digest_size=32)
    try:
        hashed.update(_head(repo, disabled, focus))
    except (ValueError, TypeError):
        return None
    for doc in repo.documents:
        digest = _kept_hash(known.get(doc.path))
        if digest is None:
            return None
        hashed.update(digest.encode("ascii"))
    return hashed.hexdigest()


def _kept_hash(before: object, content: str | None = None) -> str | None:
    """The document hash of ``before``, (content hash, document hash) as a run kept them, when it
    has that shape (a cache file may hold anything) and, with ``content``, that content hash."""
    if not isinstance(before, tuple) or len(before) != 2 or type(before[1]) is not str:
        return None
    return before[1] if content is None or before[0] == content else None


def _head(repo: Repository, disabled: Iterable[str], focus: frozenset[str] | None) -> bytes:
    """What the key hashes besides the documents, as marshal format 0 bytes."""
    failures = {
        path: (p.path, p.line, p.col, p.code, p.level, p.message, tuple(p.json_path))
        for path, p in repo.failures.items()
    }
    head = (
        _FORMAT,
        str(repo.root),
        repo.settings,
        repo.settings_path,
        repo.orgs,
        repo.orgs_path,
        sorted(repo.invalid_ids),
        repo.org_id_counts,
        failures,
        repo.invalid_paths,
        repo.unreadable,
        sorted(disabled),
        None if focus is None else sorted(focus),
        time.strftime("%Y-%m-%d"),
        len(repo.documents),
    )
    return marshal.dumps(head, 0)


def document_hash(doc: Document, tail: bytes | None) -> str:
    """A hash of what the cross-document checks read of ``doc`` (``tail``: its activity lists,
    packed apart)."""
    hashed = blake2b(marshal.dumps((doc.path, doc.kind, doc.partial, doc.data), 0), digest_size=16)
    if tail is None:
        hashed.update(b"\x00")
    else:
        hashed.update(b"\x01")
        hashed.update(tail)
    return hashed.hexdigest()  # hex: the cache holds marshal data only, no loose bytes


class Memo:
    """The findings remembered for the repository of ``cache`` (its ``cross`` file, read once):
    ``key`` for a run, ``recall`` what a key found, ``keep`` what the checks found under it."""

    def __init__(self, cache: ValidationCache) -> None:
        self.cache = cache
        self.path = cache.side_path("cross")
        saved = load_saved(self.path)
        if saved is None or saved.get("env") != cache.env:
            saved = {}
        entries, docs = saved.get("entries"), saved.get("docs")
        self.entries = [e for e in entries if _valid_entry(e)] if isinstance(entries, list) else []
        self.known: dict = docs if isinstance(docs, dict) else {}
        self.made: dict = {}  # (content hash, document hash) of this run's documents

    def key(
        self,
        repo: Repository,
        disabled: Iterable[str],
        focus: frozenset[str] | None,
        contents: dict[str, str],
    ) -> str | None:
        return key(repo, disabled, focus, contents, self.known, self.made)

    def recall(self, key_: str) -> list[Problem] | None:
        """The findings remembered under ``key_`` (positions unresolved, as the checks give
        them), or None; the documents' hashes kept anew when some file changed."""
        found = self.found(key_)
        if found is not None and self.made != self.known:
            self._save(self.entries)
        return found

    def found(self, key_: str) -> list[Problem] | None:
        """The findings remembered under ``key_``, or None."""
        for known, rows, paths in self.entries:
            if known == key_:
                return [
                    Problem(r[0], r[1], r[2], r[3], r[4], r[5], p)
                    for r, p in zip(rows, paths, strict=True)
                ]
        return None

    def keep(self, key_: str, found: list[Problem]) -> None:
        """Remember ``found`` under ``key_``, with the ``KEEP`` - 1 sets used last before it."""
        entry = (key_, pack(found), [tuple(p.json_path) for p in found])
        self._save([entry] + [e for e in self.entries if e[0] != key_][: KEEP - 1])

    def _save(self, entries: list) -> None:
        if self.path is None:
            return
        saved = {"version": __version__, "env": self.cache.env, "entries": entries}
        try:
            save_bytes(self.path, marshal.dumps({**saved, "docs": self.made}))
        except ValueError:  # a finding marshal cannot hold: simply not remembered
            pass


def _valid_entry(entry: object) -> bool:
    """(key, problem rows, their JSON paths): a cache file may hold anything."""
    return (
        isinstance(entry, tuple)
        and len(entry) == 3
        and type(entry[0]) is str
        and valid_rows(entry[1])
        and isinstance(entry[2], list)
        and len(entry[2]) == len(entry[1])
        and all(_json_path(path) for path in entry[2])
    )


def _json_path(path: object) -> bool:
    return isinstance(path, tuple) and all(type(step) in (str, int) for step in path)
