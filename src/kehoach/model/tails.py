"""A slim document's activity lists packed apart (``split``), unpacked when a check asks for them
(``join``, through ``Repository.whole``).

``validate`` keeps of every document what the cross-document checks read (``checks.slim``). Of the
activities, only the checks that look at the documents examined read anything (KH416, KH424,
KH426: ``focused``) — and KH426 also the ids of the activities of a plan one of them is carried
over from. Decoding every document's activities costs more than half of reading the cache's
index, and ``validate FILE`` (the pre-commit hook, an editor's save) examines one document. So a
slim document holds a *head*: its activity lists replaced by skeletons of the same length, each
item an empty dict (one shared object) or only its ``carried_from`` (what ``model.links`` reads of
every plan); its lists themselves are a *tail*, marshal bytes, kept beside it in the cache and
in the ``Repository`` (``tails``).
"""

from __future__ import annotations

import marshal

__all__ = ["PACKED", "SpoiledTail", "carries", "holds_any", "join", "packed_read", "split"]

# every item of a skeleton that carries nothing over: one object (marshal writes it once per
# cache file, then refers to it); the checks never change the data they read
_EMPTY: dict = {}
PACKED = ("contents", "areas")  # the parts of a document whose activity lists are packed apart


def packed_read(reads: tuple[tuple[str, ...], ...]) -> bool:
    """A check reading these paths of a document (its ``reads``) reads in a packed part: it needs
    the document whole (``Repository.whole``)."""
    return any(path[:1] and (path[0] in PACKED or path[0] == "**") for path in reads)


def holds_any(tail: bytes, words) -> bool:
    """Some string of the tail ``tail`` may be one of ``words``, or hold one: marshal writes every
    string of one ``dumps`` in full (UTF-8) the first time it meets it, so a tail whose bytes hold
    none of them has no key or value that is one. (A longer string holding a word gives True as
    well: such a tail is only unpacked when it need not be.) A search of the bytes, not an
    unpacking: over 100,000 plans, milliseconds a word."""
    return any(w.encode("utf-8", "surrogatepass") in tail for w in words)


def carries(head: dict, tail: bytes) -> bool:
    """Some activity of the slim document packed as ``head`` and ``tail`` (``split``) holds
    ``carried_from`` (it carries work out or over): none does when the key is not in the tail's
    bytes (``holds_any``: a search, no unpacking); else the head's skeletons, which hold it where
    an activity does, say — exactly: a value that holds the word (an ``area`` named so) does not
    make a document carry work, which checks that read no such value would depend on."""
    if _CARRIED not in tail:
        return False
    lists = [head["contents"]["activities"]] if _listed(head.get("contents")) else []
    areas = head.get("areas")
    if areas.__class__ is list:
        lists += [a["activities"] for a in areas if _listed(a)]
    return any(a.__class__ is dict and "carried_from" in a for acts in lists for a in acts)


_CARRIED = b"carried_from"


class SpoiledTail(Exception):
    """The tail of the document at ``path`` cannot be read back (a damaged cache entry)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def _listed(node: object) -> bool:
    """``node`` is a dict holding an activity list."""
    return node.__class__ is dict and node.get("activities").__class__ is list


def _skeleton(acts: list) -> list:
    return [
        ({"carried_from": a["carried_from"]} if "carried_from" in a else _EMPTY)
        if a.__class__ is dict
        else a
        for a in acts
    ]


def _hollow(node: dict) -> dict:
    return {**node, "activities": _skeleton(node["activities"])}


def split(data: dict) -> tuple[dict, bytes | None]:
    """(head, tail) of a slim document's ``data``: the tail the marshal bytes of its
    ``contents`` and ``areas`` when they hold activity lists, else None (``data`` is the head)."""
    contents, areas = data.get("contents"), data.get("areas")
    packed: dict = {}
    if _listed(contents):
        packed["contents"] = contents
    if areas.__class__ is list and any(_listed(a) for a in areas):
        packed["areas"] = areas
    if not packed:
        return data, None
    try:
        tail = marshal.dumps(packed)
    except ValueError:  # a value marshal cannot hold: kept whole
        return data, None
    head = dict(data)
    if "contents" in packed:
        head["contents"] = _hollow(contents)  # type: ignore[arg-type]
    if "areas" in packed:
        head["areas"] = [_hollow(a) if _listed(a) else a for a in areas]  # type: ignore[union-attr]
    return head, tail


def join(head: dict, tail: bytes) -> dict | None:
    """The slim document whose head and tail these are (its keys in their order); None when the
    tail cannot be read back or is not of the shape ``split`` gives."""
    try:
        packed = marshal.loads(tail)
    except (ValueError, EOFError, TypeError):
        return None
    if (
        packed.__class__ is not dict
        or not packed
        or any(key not in PACKED or key not in head for key in packed)
        or packed.get("contents", _EMPTY).__class__ is not dict
        or packed.get("areas", []).__class__ is not list
    ):
        return None
    return {**head, **packed}
