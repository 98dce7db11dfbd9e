"""The shape of what ``io.cache`` stores: problems as rows (``pack``/``unpack``), a file's entry
(``valid_entry``: a cache file may hold anything, so every entry is checked before it is used),
and a document's data kept as its marshal bytes (``decoded``)."""

from __future__ import annotations

import marshal

from ..problem import Problem
from .spool import Spool, Spooled

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any


_SEQUENCES = (list, tuple)  # what marshal gives back for a list or a tuple


def pack(problems: list[Problem]) -> list:
    return [(p.path, p.line, p.col, p.code, p.level, p.message) for p in problems]


def unpack(rows: list) -> list[Problem]:
    return [Problem(*row) for row in rows]


def valid_rows(rows: object) -> bool:
    """Problem rows as ``pack`` writes them (a cache file may hold anything)."""
    if not isinstance(rows, _SEQUENCES):
        return False
    for r in rows:  # most entries have none: no generator made for them
        if not (
            isinstance(r, _SEQUENCES)
            and len(r) == 6
            and type(r[0]) is str
            and type(r[1]) is int
            and type(r[2]) is int
            and type(r[3]) is str
            and type(r[4]) is str
            and type(r[5]) is str
        ):
            return False
    return True


def valid_entry(entry: object) -> bool:
    """(stamp, digest, checked_ns, kind, data — the value, or its marshal bytes —, problem rows,
    context key, rows of the per-document checks, slim view — (data, kept, tail: the activity
    lists packed apart, ``model.tails``) — or None, parts: a dict of what a
    command reads of the document, as marshal bytes, by the name of its ``Part``). Checked for
    every file of every run (a thousand in a repository of a thousand plans): unpacked once,
    each part tested by its type."""
    if not isinstance(entry, tuple) or len(entry) != 10:
        return False
    st, digest_, checked_ns, kind, _, rows, context, found, view, parts = entry
    return (
        isinstance(st, tuple)
        and len(st) == 4
        and type(st[0]) is int
        and type(st[1]) is int
        and type(st[2]) is int
        and type(st[3]) is int
        and isinstance(digest_, str)
        and type(checked_ns) is int
        and isinstance(kind, str)
        and valid_rows(rows)
        and isinstance(context, str)
        and valid_rows(found)
        and (
            view is None
            or (
                isinstance(view, tuple)
                and len(view) == 3
                and (view[2] is None or isinstance(view[2], bytes))
            )
        )
        and isinstance(parts, dict)
    )


def decoded(data: object) -> tuple[bool, object]:
    """(True, the value) of an entry's data, stored as itself or as its marshal bytes; (False,
    None) when the bytes cannot be read."""
    if not isinstance(data, bytes):
        return True, data
    try:
        return True, marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return False, None


def read_back(entry: Any, spool: Spool) -> Any:
    """``entry`` with the document bytes ``spool`` set aside for it (its data, its parts) read
    back; anything else (not an entry, never used) as it is."""
    if not isinstance(entry, tuple) or len(entry) != 10 or not isinstance(entry[9], dict):
        return entry
    data, parts = entry[4], entry[9]
    if not isinstance(data, Spooled) and not any(isinstance(v, Spooled) for v in parts.values()):
        return entry
    get = spool.get
    return (
        *entry[:4],
        get(data) if isinstance(data, Spooled) else data,
        *entry[5:9],
        {k: get(v) if isinstance(v, Spooled) else v for k, v in parts.items()},
    )
