"""What a command reads of each document, and nothing else (``Part``), cut where the file is loaded.

``due`` reads, of a plan of 10–20 KB, its id, dates, issuers, citations, review schedule and a
few fields of each activity: a third of its data. Loading a repository for it, each document is
cut down to its ``Part`` right where it is parsed (``loadmany``, in this process or a forked
helper): the process that builds the agenda receives, holds and decodes only that, and the cache
keeps the part's bytes beside the document's full data, so that the next run after an edit
decodes only the parts too. The command's code must read nothing outside its part: its tests
compare its output on whole documents and on parts (``tests/unit/test_load_parts.py``).

A part is a tree of paths (``checks.slim.tree``) projected as ``checks.slim.slim`` does: every
list keeps its length and every kept item its place, so JSON paths and indexes (source lines,
item ids) are those of the whole document.
"""

from __future__ import annotations

import marshal
from dataclasses import dataclass

from .checks.slim import Tree, slim, tree
from .model import DOCUMENT_KINDS

__all__ = ["Part", "cut"]


@dataclass(frozen=True)
class Part:
    """What a command reads of every document: ``reads`` (a tree of paths) under ``name`` (its
    key in the cache entry; change it when ``reads`` changes — the code fingerprint of the cache
    key does too)."""

    name: str
    reads: Tree

    @classmethod
    def of(cls, name: str, paths) -> Part:
        return cls(name, tree(paths))


def cut(state, part: Part, *, blob: bool = True) -> bool:
    """Keep of the document of ``state`` (a ``loadfiles.LoadedFile``) only ``part``: ``data``
    becomes the part, ``part_bytes`` its marshal bytes (for the cache) and, with ``blob``, ``blob``
    the whole data's (for the cache too). False, and ``state`` left whole, for a file that is not
    a document or holds a value marshal cannot (then it is used and cached whole, as before)."""
    if state.slim or state.kind not in DOCUMENT_KINDS or not isinstance(state.data, dict):
        return False
    kept = slim(state.data, part.reads)
    try:
        whole = marshal.dumps(state.data) if blob else None
        state.part_bytes = marshal.dumps(kept)
    except ValueError:
        return False
    state.blob, state.data, state.slim = whole, kept, True
    return True
