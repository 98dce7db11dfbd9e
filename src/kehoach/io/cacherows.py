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


def pack(problems: list[Problem]) -> list:
    return [(p.path, p.line, p.col, p.code, p.level, p.message) for p in problems]


_ROW_TYPES = (str, int, int, str, str, str)


def unpack(rows: list) -> list[Problem]:
    return [Problem(*row) for row in rows]


def valid_rows(rows: object) -> bool:
    """Problem rows as ``pack`` writes them (a cache file may hold anything)."""
    return isinstance(rows, list | tuple) and all(
        isinstance(r, list | tuple)
        and len(r) == 6
        and all(type(v) is t for v, t in zip(r, _ROW_TYPES, strict=True))
        for r in rows
    )


def valid_entry(entry: object) -> bool:
    """(stamp, digest, checked_ns, kind, data — the value, or its marshal bytes —, problem rows,
    context key, rows of the per-document checks, slim view — (data, kept, tail: the activity
    lists packed apart, ``model.tails``) — or None, parts: a dict of what a
    command reads of the document, as marshal bytes, by the name of its ``Part``)."""
    return (
        isinstance(entry, tuple)
        and len(entry) == 10
        and isinstance(entry[0], tuple)
        and len(entry[0]) == 4
        and all(type(v) is int for v in entry[0])
        and isinstance(entry[1], str)
        and type(entry[2]) is int
        and isinstance(entry[3], str)
        and valid_rows(entry[5])
        and isinstance(entry[6], str)
        and valid_rows(entry[7])
        and (
            entry[8] is None
            or (
                isinstance(entry[8], tuple)
                and len(entry[8]) == 3
                and (entry[8][2] is None or isinstance(entry[8][2], bytes))
            )
        )
        and isinstance(entry[9], dict)
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
