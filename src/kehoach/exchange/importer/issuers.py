"""The issuing bodies of a document from the left column of its header.

Lines are matched to ``orgs.yaml`` one by one or joined in twos and threes (a long name wraps):
by ``header``, ``name``, ``short`` or ``aliases``; a line (or two, wrapped) equal to an org's
``parent`` is its parent body and picks, among orgs of the same header ("SỞ KHOA HỌC VÀ CÔNG
NGHỆ"), the one under that parent. What matches nothing becomes a proposed new org: bold lines are
the body, an upright line before them its parent; a line starting "VÀ", "TỈNH"… continues the one
above it. The ornament under a body (``***``, ``*``, a rule typed or drawn) is noted for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .header import Header
from .model import Proposal
from .numbers import split_symbol
from .orgs import OrgIndex, core
from .text import Line, clean, is_rule, key

_CONTINUES = re.compile(
    r"^(?:VÀ|CỦA|TỈNH|THÀNH PHỐ|TP\.|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|KỸ THUẬT)(?!\w)"
)


@dataclass
class Issuers:
    ids: list[str] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)  # id → parent line printed above it
    marks: dict[str, str] = field(default_factory=dict)  # id → "***", "*" or "rule" under it
    departments: dict[str, str] = field(default_factory=dict)  # id → its department's line


def mark_of(text: str) -> str:
    """The ornament a rule line is: '***' (Đoàn), '*' (Party) or 'rule'."""
    t = text.replace(" ", "")
    return "***" if t == "***" else "*" if t == "*" else "rule"


def _ruled(line: Line) -> bool:
    return line.para is not None and line.para.rule_below


def _by_parent(index: OrgIndex, ids: list[str], parent: str) -> list[str]:
    if not parent:
        return ids
    same = [i for i in ids if key(index.by_id[i].get("parent")) == key(parent)]
    return same or ids


def _match(index: OrgIndex, text: str, parent: str) -> str | None:
    """The org printed as ``text`` under ``parent``; None when none is, or when every org of that
    name stands under another parent body (the Sở of another province is another org)."""
    ids = index.names.get(key(text)) or index.cores.get(core(text))
    if not ids:
        return None
    if parent:
        parents = {key(index.by_id[i].get("parent")) for i in ids}
        if (
            key(parent) not in parents
            and "" not in parents
            and core(parent) not in {core(index.by_id[i].get("parent")) for i in ids}
        ):
            return None
    return index._pick(_by_parent(index, ids, parent))


def _under(index: OrgIndex, line: Line) -> set[str]:
    """Orgs whose parent body is printed as ``line``."""
    return {o["id"] for o in index.orgs if o.get("parent") and core(o["parent"]) == core(line.text)}


def _is_parent(index: OrgIndex, text: str) -> bool:
    k = key(text)
    return any(key(o.get("parent")) == k for o in index.orgs if o.get("parent"))


def identify(header: Header, index: OrgIndex, taken: set[str]) -> Issuers:
    lines = [ln for ln in header.issuers if clean(ln.text)]
    out = Issuers()
    parent = ""
    pending: list[Line] = []  # unmatched lines, in order
    i = 0
    while i < len(lines):
        if is_rule(lines[i].text):  # the ornament under the body above it
            _flush(pending, out, index, header, taken)
            pending = []
            if out.ids:
                out.marks[out.ids[-1]] = mark_of(lines[i].text)
            i += 1
            continue
        found = None
        for size in (3, 2, 1):
            chunk = lines[i : i + size]
            if len(chunk) < size or any(is_rule(ln.text) for ln in chunk):
                continue
            text = " ".join(ln.text for ln in chunk)
            above = parent or (pending[-1].text if pending and not pending[-1].bold else "")
            org = _match(index, text, above)
            if org:
                found = (org, size)
                break
        if found:
            if (
                not parent
                and pending
                and not pending[-1].bold
                and found[0] in _under(index, pending[-1])
            ):
                parent = pending.pop().text  # an upright line above it is its parent body
            _flush(pending, out, index, header, taken)
            pending = []
            if found[0] not in out.ids:
                out.ids.append(found[0])
                index.preferred = list(out.ids)  # a co-issuer's province settles the next one
                if parent:
                    out.parents[found[0]] = parent
                if _ruled(lines[i + found[1] - 1]):
                    out.marks[found[0]] = "rule"
            parent = ""
            i += found[1]
            continue
        if out.ids and not pending and not parent and _department(lines[i], lines[i - 1]):
            # "TỈNH ĐOÀN QUẢNG NGÃI" (bold) / "BAN PHONG TRÀO" (upright): the department that
            # drafted it (its code is the ``unit`` of the symbol), not another issuing body
            out.departments[out.ids[-1]] = lines[i].text
            i += 1
            continue
        size = next(
            (n for n in (3, 2, 1) if not pending and _parent_chunk(index, lines[i : i + n], n)), 0
        )
        if size:
            parent = " ".join(ln.text for ln in lines[i : i + size])
            i += size
        else:
            pending.append(lines[i])
            i += 1
    _flush(pending, out, index, header, taken)
    return out


_DEPARTMENT = re.compile(r"^(?:BAN|VĂN PHÒNG|PHÒNG|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA)(?!\w)")


def _department(line: Line, above: Line) -> bool:
    """``line``, upright under the bold name of a body, names one of its departments."""
    return bool(_DEPARTMENT.match(line.text)) and not line.bold and above.bold


def _parent_chunk(index: OrgIndex, chunk: list[Line], size: int) -> bool:
    """``chunk`` (``size`` lines of one paragraph, a name wrapped) is an org's parent body."""
    if len(chunk) < size or any(is_rule(ln.text) for ln in chunk):
        return False
    if size > 1 and any(ln.para is None or ln.para is not chunk[0].para for ln in chunk):
        return False
    return _is_parent(index, " ".join(ln.text for ln in chunk))


def _flush(
    pending: list[Line], out: Issuers, index: OrgIndex, header: Header, taken: set[str]
) -> None:
    """Unmatched header lines → proposed orgs (bold lines the body, an upright line its parent)."""
    if not pending:
        return
    bodies: list[list[Line]] = []
    parents: list[str] = []
    has_bold = any(ln.bold for ln in pending) and not all(ln.bold for ln in pending)
    parent = ""
    for ln in pending:
        if bodies and _CONTINUES.match(ln.text) and (not has_bold or ln.bold):
            bodies[-1].append(ln)
        elif has_bold and not ln.bold:
            parent = ln.text
        elif not has_bold and len(pending) == 2 and ln is pending[0]:
            parent = ln.text
        else:
            bodies.append([ln])
            parents.append(parent)
            parent = ""
    if not bodies and parent:
        bodies, parents = [[Line(parent)]], [""]
    n = len(out.ids) + len(bodies)
    parts = split_symbol(header.number.symbol, header.number.dash, n) if header.number else None
    for body, par in zip(bodies, parents, strict=True):
        name = " ".join(ln.text for ln in body)
        ruled = _ruled(body[-1])
        position = len(out.ids)
        code = parts.codes[position] if parts and position < len(parts.codes) else ""
        system = header.system or ("doan" if header.number and header.number.dash else "state")
        prop = index.proposal(name, parent=par, code=code, system=system, place=header.place,
                              taken=taken)  # fmt: skip
        out.proposals.append(prop)
        out.ids.append(prop.id)
        if par:
            out.parents[prop.id] = par
        if ruled:
            out.marks[prop.id] = "rule"
