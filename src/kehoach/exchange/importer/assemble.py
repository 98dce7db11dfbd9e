"""One document's blocks → a draft: header, number and date, title, căn cứ, preamble, body,
closing, signers and Nơi nhận, in the order of the format, with a ``# TODO`` wherever the
importer guessed."""

from __future__ import annotations

import re

from . import signatures
from .activity_fields import ActivityBuilder
from .bases import is_basis, read_basis
from .draft import Draft
from .header import Header, header_before_body, read_top
from .issuers import identify
from .model import Block, ImportFailure, Para, Table
from .numbers import split_symbol
from .orgs import OrgIndex
from .plan_map import plan_body
from .program_map import program_body
from .recipients import build_recipients
from .repository import Repo
from .sections import Item, build
from .tail import find_start, read_tail
from .text import clean, key

DOC_TYPES = {
    "plan": "KẾ HOẠCH",
    "joint_plan": "KẾ HOẠCH LIÊN TỊCH",
    "program": "CHƯƠNG TRÌNH PHỐI HỢP",
}
_CLOSING = re.compile(r"^(?:Trên đây là|Trên đây)\b", re.I)
_END = re.compile(r"\s*\./\.\s*$")


def _split_bases(blocks: list[Block]) -> tuple[list[Para], list[Block]]:
    bases: list[Para] = []
    i = 0
    while i < len(blocks) and isinstance(blocks[i], Para):
        p = blocks[i]
        text = clean(p.text)
        if not is_basis(text) or len(text) > 700:
            break
        if not (p.italic or text.endswith((";", ".")) or bases):
            break
        bases.append(p)
        i += 1
    return bases, blocks[i:]


def _split_closing(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    idx = next((i for i in range(len(blocks) - 1, -1, -1)
                if isinstance(blocks[i], Para) and _CLOSING.match(clean(blocks[i].text))), None)  # fmt: skip
    if idx is None:
        for i in range(len(blocks) - 1, -1, -1):
            b = blocks[i]
            if isinstance(b, Para):
                if _END.search(b.text):  # "… hiện hành./." was "… hiện hành." (kehoach adds "/.")
                    b.runs[-1].text = re.sub(r"/\.\s*$", "", b.runs[-1].text)
                break
        return blocks, []
    closing = [clean(b.text) for b in blocks[idx:] if isinstance(b, Para)]
    if closing:
        closing[-1] = _END.sub("", closing[-1])
    return blocks[:idx], [c for c in closing if c]


def _year_of(title: str, header: Header, kind: str, draft: Draft) -> dict:
    period = re.search(r"(?:giai đoạn|thời kỳ)\s*(\d{4})\s*[-–—]\s*(\d{4})", title, re.I) or (
        re.search(r"\b(\d{4})\s*[-–—]\s*(\d{4})\b", title) if kind == "program" else None
    )
    year = re.findall(r"\bnăm\s+(\d{4})\b", title, re.I)
    if kind == "plan" and year:
        return {"year": int(year[-1])}
    if period and int(period.group(1)) <= int(period.group(2)):
        return {"period": {"from": int(period.group(1)), "to": int(period.group(2))}}
    guess = header.year or (int(header.date[:4]) if header.date else None)
    if kind == "plan":
        draft.todo(("year",), "năm của kế hoạch suy ra từ ngày ban hành")
        return {"year": guess or 2000}
    draft.todo(("period",), "thời hạn của chương trình chưa rõ trong văn bản")
    start = guess or 2000
    return {"period": {"from": start, "to": start + 4}}


def _number(
    header: Header, ids: list[str], codes: list[str], kind: str, repo: Repo, data: dict
) -> None:
    line = header.number
    if line is None:
        return
    if line.number:
        data["number"] = line.number
    parts = split_symbol(line.symbol, line.dash, len(ids))
    expected = repo.type_code(kind, len(ids) > 1)
    if (
        parts
        and parts.type_code == expected
        and [key(c) for c in parts.codes] == [key(c) for c in codes]
    ):
        if parts.unit:
            data["unit"] = parts.unit
    elif line.symbol and "…" not in line.symbol:
        data["symbol"] = line.symbol


def _system(header: Header, orgs: list[dict], repo: Repo, data: dict) -> None:
    detected = header.system
    if detected is None and header.number and header.number.sep:
        detected = "doan" if header.number.dash else "state"
    if detected is None:
        return
    default = repo.system(data, orgs)
    same = {"state": ("state", "association")}.get(detected, (detected,))
    if default not in same and not (
        detected == "doan" and default == "party" and not header.system
    ):
        data["system"] = detected


def assemble(
    blocks: list[Block], repo: Repo, index: OrgIndex, kind_opt: str | None, taken: set[str]
) -> Draft:
    top = read_top(blocks, kind_opt)
    if top is None:
        if kind_opt is None:
            raise ImportFailure(
                "KH605",
                "Không thấy tên loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH PHỐI HỢP…); chỉ rõ bằng --kind",
            )
        header, rest = header_before_body(blocks)
        doc_type, title, detected = "", "", kind_opt
    else:
        header, rest, doc_type, title, detected = (
            top.header,
            top.rest,
            top.doc_type,
            top.title,
            top.kind,
        )
    kind = kind_opt or detected
    if kind not in ("plan", "program"):
        raise ImportFailure(
            "KH606",
            f'Văn bản loại "{doc_type}" chưa được kehoach lưu (chỉ kế hoạch, chương trình phối hợp); '
            "nếu thật là kế hoạch, dùng --kind plan",
        )
    draft = Draft(kind)
    if top is not None:
        draft.skipped += top.skipped
    index.place = header.place
    found = identify(header, index, taken)
    ids = list(found.ids)
    draft.proposals += found.proposals
    k = find_start(rest)
    body_blocks, tail_blocks = rest[:k], rest[k:]
    tail = read_tail(tail_blocks)
    draft.skipped += tail.skipped
    if not ids:
        for col in sorted(tail.columns):
            block = signatures.read_block(tail.columns[col])
            org = index.find(block["org_text"]) if block["org_text"] else None
            if org and org not in ids:
                ids.append(org)
    need = 2 if kind == "program" else 1
    while len(ids) < need:
        prop = index.proposal(f"TODO cơ quan {len(ids) + 1}", taken=taken)
        draft.proposals.append(prop)
        ids.append(prop.id)
        draft.todo(
            ("issuers" if kind == "plan" else "parties",),
            "không đọc được cơ quan ban hành ở tiêu đề",
        )
    index.preferred = ids
    orgs = [repo.org(i) or _proposed(draft, i) for i in ids]
    data = draft.data
    data["kind"] = kind
    data["issuers" if kind == "plan" else "parties"] = ids
    _number(header, ids, [o.get("code", "") for o in orgs], kind, repo, data)
    if header.date:
        data["date"] = header.date
    default_place = repo.org(ids[0]).get("place") or repo.settings.get("place") or ""
    if header.place and key(header.place) != key(default_place):
        data["place"] = header.place
    data.update(_year_of(title, header, kind, draft))
    data["title"] = title or "TODO: trích yếu"
    joint_key = "joint_plan" if kind == "plan" and len(ids) > 1 else kind
    if doc_type and doc_type != DOC_TYPES[joint_key]:
        data["doc_type"] = doc_type
    _system(header, orgs, repo, data)
    bases, after = _split_bases(body_blocks)
    if bases:
        data["bases"] = [read_basis(p.text, repo) for p in bases]
    after, closing = _split_closing(after)
    root = build(after)
    preamble = [_text(c) for c in root.content if c.kind in ("para", "item")]
    if preamble:
        data["preamble"] = preamble
    year = data.get("year") if isinstance(data.get("year"), int) else None
    tables = [c for c in root.content if c.kind == "table"]
    if tables:
        from .sections import Section

        root.children.insert(0, Section(1, "", "NỘI DUNG", content=tables))
    if kind == "plan":
        acts = ActivityBuilder(draft, index, ids, year)
        data.update(plan_body(root, draft, index, acts, year))
    else:
        period = data.get("period") if isinstance(data.get("period"), dict) else {}
        data.update(program_body(root, draft, index, ids, year, period.get("to")))
    leftovers = [ln.text for ln in header.leftovers + tail.leftovers]
    if leftovers:
        draft.unplaced += leftovers
        extra = data.setdefault("extra_sections", [])
        draft.todo(
            ("extra_sections", len(extra)),
            "chữ chưa xếp được vào trường nào: chuyển đúng chỗ hoặc xóa",
        )
        extra.append({"title": "Nội dung chưa xếp được", "paragraphs": leftovers})
    if closing:
        data["closing"] = closing
    data["signers"] = signatures.build_signers(tail.columns, ids, index, draft) or [
        {"org": ids[0], "title": "TODO: chức vụ người ký"}
    ]
    recipients = build_recipients(tail.recipients, draft)
    if recipients:
        data["recipients"] = recipients
    return draft


def _text(item: Item) -> str:
    return f"{item.marker} {item.text}" if item.kind == "item" else item.text


def _proposed(draft: Draft, org_id: str) -> dict:
    for p in draft.proposals:
        if p.id == org_id:
            return {"id": p.id, "code": p.code, "system": p.system, "place": p.place}
    return {}


__all__ = ["assemble", "Table"]
