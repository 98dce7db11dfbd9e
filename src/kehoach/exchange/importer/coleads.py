"""Several bodies in the Chủ trì cell of an activity ("Thành Đoàn, Sở KH&CN", "Tỉnh Đoàn và Sở
Khoa học và Công nghệ"): the first leads (``lead``), the others known to ``orgs.yaml`` lead with it
(``co_leads``, not supporting units); so do the bodies of a line or a column of their own ("Đồng
chủ trì: Sở KH&CN", a column "Đơn vị đồng chủ trì"). A name kehoach does not know stays in words
with a TODO."""

from __future__ import annotations

from .names import split_names
from .orgs import OrgIndex

_AND = " và "


def and_split(index: OrgIndex, name: str, unplaced: bool = False) -> list[str]:
    """``name`` as the bodies it joins with "và", when every piece is a body ``index`` knows
    ('Tỉnh Đoàn và Sở Khoa học và Công nghệ' → both; the "và" inside a body's own name kept);
    else ``[name]``. ``unplaced``: a piece may name a body without its place, as the document's
    province's (``OrgIndex.find_unplaced``)."""
    find = index.find_unplaced if unplaced else index.find
    if find(name) is not None:
        return [name]
    # 'Tỉnh Đoàn - Hội LHPN tỉnh': a dash joins two bodies as "và" does (the dash inside a body's
    # own name, 'Sở Lao động - Thương binh và Xã hội', kept: its pieces are no bodies)
    for joint in (_AND, " - ", " – ", " — "):
        parts = name.split(joint)
        for i in range(1, len(parts)):
            head = joint.join(parts[:i])
            if find(head) is None:
                continue
            rest = joint.join(parts[i:])
            tail = [rest] if find(rest) is not None else and_split(index, rest, unplaced)
            if all(find(t) is not None for t in tail):
                return [head, *tail]
    return [name]


def body_names(index: OrgIndex, text: str) -> list[str]:
    """The bodies' names of a Chủ trì (or Đồng chủ trì) cell or line: 'Tỉnh Đoàn, Sở KH&CN',
    'Tỉnh Đoàn và Sở Khoa học và Công nghệ' → both."""
    return [n for name in split_names(text) for n in and_split(index, name)]


def add_co_leads(index: OrgIndex, act: dict, names: list[str]) -> list[str]:
    """Add the bodies of ``names`` (those after the lead, or of a "Đồng chủ trì" line) to
    ``co_leads``; the names of no body ``index`` knows are returned (kept by the caller, in
    words)."""
    ids: list[str] = list(act.get("co_leads") or [])
    unknown: list[str] = []
    for name in names:
        found = index.find_unplaced(name)
        if found is not None and found != act.get("lead"):
            if found not in ids:
                ids.append(found)
        elif found is None:
            unknown.append(name)
    if ids:
        act["co_leads"] = ids
    return unknown
