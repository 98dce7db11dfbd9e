"""The parties that take turns to chair a meeting or a review (``rotation``), read from the words
that say so: "Các bên luân phiên chủ trì" (the document's parties, in the document's order),
"… luân phiên chủ trì theo thứ tự: Tỉnh Đoàn, Sở KH&CN, Liên hiệp Hội" (the order given), as
kehoach prints a schedule sentence and as programs write it in their prose ("hai bên luân phiên
chủ trì tổ chức sơ kết")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .orgs import OrgIndex
from .text import clean

__all__ = ["Turns", "read_turns", "turns_in", "unread_turns"]

# "luân phiên chủ trì", "luân phiên tổ chức", "luân phiên đăng cai"; the order after "theo thứ
# tự" (or "lần lượt"), up to the end of the clause
_TURNS = re.compile(
    r"luân phiên (?:chủ trì|tổ chức|đăng cai)"
    r"(?:[^.;:]{0,80}?\b(?:theo thứ tự|lần lượt(?: là)?)\s*:?\s*(?P<order>[^.;]+))?",
    re.I,
)
_LIST = re.compile(r"\s*(?:,|→|->)\s*")
# "A và B", "A rồi đến B" inside one piece of the list — unless the piece is one name ("Sở Khoa
# học và Công nghệ")
_AND = re.compile(r"\s+(?:và|rồi(?: đến)?|sau đó(?: là)?)\s+", re.I)


class Turns(NamedTuple):
    """What a text says of turns: the parties in order (``orgs``), the names given in the order
    that are no known org (``unknown``)."""

    orgs: list[str]
    unknown: list[str]


def read_turns(text: str, index: OrgIndex, parties: list[str]) -> Turns | None:
    """The turns ``text`` says the parties take to chair, or None when it says none. Without an
    order, the parties take turns in the document's order (``parties``)."""
    m = _TURNS.search(clean(text))
    if m is None:
        return None
    if not m.group("order"):
        return Turns(list(parties), [])
    orgs: list[str] = []
    unknown: list[str] = []
    for piece in _LIST.split(m.group("order")):
        piece = piece.strip(" ()")
        if not piece:
            continue
        whole = index.find(piece)
        names = [piece] if whole is not None else [n.strip(" ()") for n in _AND.split(piece)]
        for name in filter(None, names):
            org = index.find(name)
            if org is None:
                unknown.append(name)
            elif org not in orgs:
                orgs.append(org)
    return Turns(orgs, unknown)


def turns_in(index: OrgIndex, parties: list[str]) -> Callable[[str], list[str] | None]:
    """The rotation words give (``from_prose``), when they name two parties or more, all known."""

    def read(text: str) -> list[str] | None:
        turns = read_turns(text, index, parties)
        if turns is None or turns.unknown or len(turns.orgs) < 2:
            return None
        return turns.orgs

    return read


def unread_turns(entry: dict, text: str) -> str:
    """What a TODO adds when ``text`` says the parties take turns and ``entry`` did not get
    them (a name not in orgs.yaml, one party alone): '; văn bản ghi luân phiên chủ trì: …'."""
    if "rotation" in entry or not _TURNS.search(clean(text)) or "time" in entry:
        return ""
    return "; văn bản ghi luân phiên chủ trì: ghi các bên theo thứ tự ở `rotation`"
