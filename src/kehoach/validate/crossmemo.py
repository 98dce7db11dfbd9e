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
read or failed their schema, every document's path, kind, partial flag and slim data in order,
its activity lists' packed bytes (``model.tails``), the codes turned off, the documents examined
(``focus``) and today's date (no check reads it today; a check that one day does is not answered
from yesterday). The cache file holding the findings carries the environment key (kehoach's code,
schemas… ``cachekey``), as every cache file; a file of another shape is ignored, never an error.
A value marshal cannot hold gives no key: the checks run.
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
    from ..model import Repository

KEEP = 4  # keys remembered per repository: ``validate .`` and a pre-commit's files, in turn
_FORMAT = 1


def key(repo: Repository, disabled: Iterable[str], focus: frozenset[str] | None) -> str | None:
    """A hash of everything the cross-document checks read of ``repo`` run with ``disabled``
    codes and ``focus``; None when some value cannot be hashed so (marshal cannot hold it)."""
    hashed = blake2b(digest_size=32)
    dumps = marshal.dumps
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
    tails = repo.tails
    try:
        hashed.update(dumps(head, 0))
        for doc in repo.documents:
            hashed.update(dumps((doc.path, doc.kind, doc.partial, doc.data), 0))
            tail = tails.get(doc.path)
            if tail is None:
                hashed.update(b"\x00")
            else:
                hashed.update(b"\x01%d\x00" % len(tail))
                hashed.update(tail)
    except (ValueError, TypeError):  # a value marshal cannot hold
        return None
    return hashed.hexdigest()


def recall(cache: ValidationCache, key_: str) -> list[Problem] | None:
    """The findings remembered under ``key_`` (positions unresolved, as the checks give them),
    or None."""
    for known, rows, paths in _entries(cache):
        if known == key_:
            return [
                Problem(r[0], r[1], r[2], r[3], r[4], r[5], p)
                for r, p in zip(rows, paths, strict=True)
            ]
    return None


def keep(cache: ValidationCache, key_: str, found: list[Problem]) -> None:
    """Remember ``found`` under ``key_``, with the ``KEEP`` - 1 keys used last before it."""
    path = cache.side_path("cross")
    if path is None:
        return
    entry = (key_, pack(found), [tuple(p.json_path) for p in found])
    entries = [entry] + [e for e in _entries(cache) if e[0] != key_][: KEEP - 1]
    try:
        save_bytes(
            path, marshal.dumps({"version": __version__, "env": cache.env, "entries": entries})
        )
    except ValueError:  # a finding marshal cannot hold: simply not remembered
        pass


def _entries(cache: ValidationCache) -> list[tuple[str, list, list]]:
    """(key, problem rows, their JSON paths) of each set of findings remembered; none of a file
    of another shape or environment."""
    saved = load_saved(cache.side_path("cross"))
    if saved is None or saved.get("env") != cache.env:
        return []
    entries = saved.get("entries")
    if not isinstance(entries, list):
        return []
    return [e for e in entries if _valid_entry(e)]


def _valid_entry(entry: object) -> bool:
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
