"""The issuing bodies of a document from the left column of its header.

Lines are matched to ``orgs.yaml`` one by one or joined in twos and threes (a long name wraps):
by ``header``, ``name``, ``short`` or ``aliases``; a line (or two, wrapped) equal to an org's
``parent`` is its parent body and picks, among orgs of the same header ("SỞ KHOA HỌC VÀ CÔNG
NGHỆ"), the one under that parent. A header that sets its bodies in bold (Decree 30) is read by
that: upright lines right above a bold one are its parent body even when orgs.yaml knows them as
an org ("BCH TỈNH ĐOÀN BÌNH THUẬN" over "BCH HUYỆN ĐOÀN HÀM THUẬN BẮC"). What matches nothing
becomes a proposed new org (``issuer_groups``). The ornament under a body (``***``, ``*``, a rule
typed or drawn) is noted for it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .header import Header
from .issuer_groups import _BODY_START, Unmatched, bodies
from .model import Proposal
from .numbers import split_symbol
from .orgs import OrgIndex, core, locality
from .proposed import proposed_names
from .text import Line, clean, is_rule, key


@dataclass
class Issuers:
    ids: list[str] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    parents: dict[str, str] = field(default_factory=dict)  # id → parent line printed above it
    marks: dict[str, str] = field(default_factory=dict)  # id → "***", "*" or "rule" under it
    departments: dict[str, str] = field(default_factory=dict)  # id → its department's line
    typed: dict[str, str] = field(default_factory=dict)  # id → its name as the header typed it


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
    ids = [i for i in ids or [] if not index.of_unknown_province(i)]
    if not ids:
        # printed without its place ('LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH'): the one body
        # of this document's place (its date line's, else the repository's) whose name goes on so
        here = index._here()
        ids = [i for i in index._starting(text) if here and locality(index.by_id[i]) in here]
        if len(ids) != 1:
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


def identify(header: Header, index: OrgIndex, taken: set[str], signed: int = 0) -> Issuers:
    """The issuers of ``header``; ``signed`` is the number of signature blocks (0: none seen),
    which settles whether unknown stacked names are bodies of their own or parent lines."""
    lines = [ln for ln in header.issuers if clean(ln.text)]
    # a header that sets some body in bold follows Decree 30: bold lines are issuing bodies,
    # upright lines right above them their parent bodies, whatever orgs.yaml knows them as
    typed = any(ln.bold for ln in lines if not is_rule(ln.text))
    out = Issuers()
    parent = ""
    pending: list[Line] = []  # unmatched lines, in order
    groups: list[Unmatched] = []  # what they become is settled at the end (``place``)

    def flush() -> None:
        nonlocal pending, parent
        if pending:
            groups.append(Unmatched(len(out.ids), pending, parent))
            parent = ""
        pending = []

    i = 0
    while i < len(lines):
        if is_rule(lines[i].text):  # the ornament under the body above it
            if pending:
                flush()
                groups[-1].mark = mark_of(lines[i].text)
            elif out.ids:
                out.marks[out.ids[-1]] = mark_of(lines[i].text)
            parent = ""
            i += 1
            continue
        if out.ids and not pending and not parent and _department(lines[i], lines[i - 1]):
            # "TỈNH ĐOÀN QUẢNG NGÃI" (bold) / "BAN PHONG TRÀO" (upright): the department that
            # drafted it (its code is the ``unit`` of the symbol), not another issuing body
            out.departments[out.ids[-1]] = lines[i].text
            i += 1
            continue
        run = _upright_run(lines, i) if typed else 0
        if run:
            flush()
            parent = " ".join(ln.text for ln in lines[i : i + run])
            i += run
            continue
        found = None
        for size in (3, 2, 1):
            chunk = lines[i : i + size]
            if len(chunk) < size or any(is_rule(ln.text) for ln in chunk):
                continue
            if typed and len({ln.bold for ln in chunk}) > 1:
                continue  # a body's name and its parent's are not one name
            text = " ".join(ln.text for ln in chunk)
            above = parent or (pending[-1].text if pending and not pending[-1].bold else "")
            org = _match(index, text, above)
            province = _place_goes_on(chunk, lines[i + size] if i + size < len(lines) else None)
            if org and province:
                # 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' / 'TỈNH QUẢNG TRỊ': the body of that province
                if locality(index.by_id[org]) != key(province):
                    continue  # another province's: the longer name is an org to propose
                found = (org, size + 1)
                break
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
            elif pending:  # the parent line stands above the unmatched lines before this body
                flush()  # ('UBND THÀNH PHỐ …' / 'SỞ GIÁO DỤC …' / 'THÀNH ĐOÀN …'): theirs
            above, parent = parent, ""
            flush()
            if found[0] not in out.ids:
                out.ids.append(found[0])
                out.typed[found[0]] = " ".join(ln.text for ln in lines[i : i + found[1]])
                index.preferred = list(out.ids)  # a co-issuer's province settles the next one
                if above:
                    out.parents[found[0]] = above
                if _ruled(lines[i + found[1] - 1]):
                    out.marks[found[0]] = "rule"
            i += found[1]
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
    flush()
    _propose(groups, out, index, header, taken, signed)
    return out


_PLACE_LINE = re.compile(r"^(?:TỈNH|THÀNH PHỐ|TP\.?)\s+(?=\w)")


def _place_goes_on(chunk: list[Line], nxt: Line | None) -> str:
    """The province ('Quảng Trị') when ``nxt``, set like the last line of ``chunk``, is only the
    province of the name ``chunk`` starts ('SỞ KHOA HỌC VÀ CÔNG NGHỆ' / 'TỈNH QUẢNG TRỊ'): the
    body is the one of that name and province, not an org of orgs.yaml printed without its
    province (another province's Sở); '' otherwise."""
    if nxt is None or nxt.bold != chunk[-1].bold or _BODY_START.match(nxt.text):
        return ""
    m = _PLACE_LINE.match(nxt.text)
    return clean(nxt.text[m.end() :]) if m else ""


def _upright_run(lines: list[Line], i: int) -> int:
    """How many upright lines (up to three: a long name wraps) stand at ``i`` right above a bold
    one: a parent body's line(s); 0 when the lines at ``i`` are not that."""
    n = 0
    while n < 3 and i + n < len(lines) and not lines[i + n].bold:
        if is_rule(lines[i + n].text):
            return 0
        n += 1
    nxt = lines[i + n] if i + n < len(lines) else None
    return n if n and nxt is not None and nxt.bold and not is_rule(nxt.text) else 0


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


def _propose(groups: list[Unmatched], out: Issuers, index: OrgIndex, header: Header,
             taken: set[str], signed: int) -> None:  # fmt: skip
    """Unmatched header lines → proposed orgs, put in their place among the known issuers."""
    found = bodies(groups, len(out.ids), signed)
    if not found:
        return
    known, ids = list(out.ids), list[str]()
    parts = (
        split_symbol(header.number.symbol, header.number.dash, len(known) + len(found))
        if header.number
        else None
    )
    system = header.system or ("doan" if header.number and header.number.dash else "state")
    for at in range(len(known) + 1):
        for body in (b for b in found if b.at == at):
            position = len(ids)
            code = parts.codes[position] if parts and position < len(parts.codes) else ""
            same = _named_as_proposed(index, body.name, header.place, known + ids)
            if same is not None:  # 'BCH ĐOÀN TỈNH NGHỆ AN': the Tỉnh Đoàn Nghệ An orgs.yaml has
                ids.append(same)
                out.typed[same] = body.name
                if body.parent:
                    out.parents[same] = body.parent
                if body.mark or _ruled(body.lines[-1]):
                    out.marks[same] = body.mark or "rule"
                continue
            prop = index.proposal(body.name, parent=body.parent, code=code, system=system,
                                  place=header.place, taken=taken)  # fmt: skip
            out.proposals.append(prop)
            ids.append(prop.id)
            if body.parent:
                out.parents[prop.id] = body.parent
            if body.mark or _ruled(body.lines[-1]):
                out.marks[prop.id] = body.mark or "rule"
        if at < len(known):
            ids.append(known[at])
    out.ids = ids


def _named_as_proposed(index: OrgIndex, header: str, place: str, taken: list[str]) -> str | None:
    """The org of orgs.yaml whose name or alias is the name a body printed as ``header`` would be
    proposed with ('BAN CHẤP HÀNH ĐOÀN TỈNH NGHỆ AN' → 'Tỉnh Đoàn Nghệ An'): that body itself,
    not a second org of the same name (two number registers); None when there is none."""
    name = key(proposed_names(header, place)[0])
    fresh = index.proposed_ids()
    ids = [
        o["id"]
        for o in index.orgs
        if o["id"] not in taken
        and o["id"] not in fresh
        and name
        in {key(o.get("name")), *(key(a) for a in o.get("aliases") or [] if isinstance(a, str))}
    ]
    return index._pick(ids) if ids else None
