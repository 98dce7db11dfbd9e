"""Which issuer each signature block signs for.

A block names its body in its lines: a line of the body's name (``SỞ GIÁO DỤC VÀ ĐÀO TẠO``),
the collective it signs for (``TM. BAN THƯỜNG VỤ TỈNH ĐOÀN``: an org's ``body``, or a name without
its place: ``HỘI LHPN TỈNH`` for ``HỘI LHPN TỈNH BÌNH THUẬN``), the head's post (``KT. GIÁM ĐỐC``
of a Sở, ``CHỦ TỊCH`` of a Hội: an org's ``head``, or the usual head of its kind of body) or the
signer's name (``people``). Blocks and issuers are paired so that the most of those agree; when
nothing tells them apart, in order.
"""

from __future__ import annotations

import re
from itertools import permutations

from .orgs import OrgIndex, locality
from .text import key

# the usual head of a body, by the word its name starts with (when orgs.yaml says no ``head``)
_HEADS = [
    (
        re.compile(
            r"^(?:bch\s+|ban chấp hành\s+)?(?:đoàn|tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn|"
            r"thị đoàn|đảng|tỉnh ủy|thành ủy|huyện ủy|chi bộ)\b"
        ),
        "bí thư",
    ),  # fmt: skip
    (re.compile(r"^(?:sở|cục|chi cục|trung tâm|ban quản lý|công ty|bệnh viện|đài)\b"), "giám đốc"),
    (re.compile(r"^(?:hội|liên hiệp|liên đoàn|ủy ban|uỷ ban|ubnd|mặt trận|ubmttq)\b"), "chủ tịch"),
    (re.compile(r"^trường\b"), "hiệu trưởng"),
    (re.compile(r"^(?:viện|học viện)\b"), "viện trưởng"),
    (re.compile(r"^phòng\b"), "trưởng phòng"),
]
_PLACE_WORD = re.compile(r"\s+(?:tỉnh|thành phố|tp\.?)$")
_MOST = 6  # blocks paired by trying every order up to this many; more, one by one


def _words_in(text: str, k: str) -> bool:
    return bool(k) and len(k) > 4 and bool(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text))


def _unplaced(org: dict, name: str) -> str:
    """'hội lhpn tỉnh bình thuận' → 'hội lhpn tỉnh' (its place dropped)."""
    k, place = key(name), locality(org)
    if place and k.endswith(" " + place):
        return k[: -len(place) - 1]
    return ""


def _head(org: dict, index: OrgIndex, org_id: str) -> str:
    if org.get("head"):
        return key(org["head"])
    for name in index.names_of(org_id):
        for rx, head in _HEADS:
            if rx.match(key(name)):
                return head
    return ""


def score(block: dict, org_id: str, index: OrgIndex) -> int:
    """How much of ``block`` points at ``org_id``."""
    org = index.by_id.get(org_id) or {}
    said = key(" ".join([block["org_text"], block["for"]]))
    points = 0
    if block["org_text"] and index.find(block["org_text"]) == org_id:
        points += 4
    names = index.names_of(org_id)
    if said and (
        any(_words_in(said, key(n)) for n in names)
        or any(_words_in(said, _unplaced(org, n)) for n in names)
        or (org.get("body") and key(org["body"]) == key(block["for"]))
    ):
        points += 3
    head = _head(org, index, org_id)
    if head and _words_in(key(f"{block['for']} {block['title']}"), head):
        points += 1
    if block["name"] and index.by_person(block["name"]) == org_id:
        points += 2
    return points


def assign(blocks: list[dict], issuers: list[str], index: OrgIndex) -> list[str | None]:
    """The issuer of each block (None: left to the caller), pairing blocks and issuers so that
    their lines agree the most; in order when they do not tell."""
    if not issuers or len(blocks) > len(issuers) or len(issuers) > _MOST:
        return [None] * len(blocks)
    table = [[score(b, i, index) for i in issuers] for b in blocks]
    best: tuple[int, ...] = tuple(range(len(blocks)))
    top = sum(table[b][i] for b, i in enumerate(best))
    for order in permutations(range(len(issuers)), len(blocks)):  # in order comes first
        total = sum(table[b][i] for b, i in enumerate(order))
        if total > top:
            best, top = order, total
    return [issuers[i] for i in best]
