"""One Word file holding two documents: a decision (or a plan) and, after its signature, the
rules it issues ('THỂ LỆ …', '(Ban hành kèm theo Quyết định số …)'), often under a header of
their own (Quốc hiệu, Tiêu ngữ). ``second_start`` finds where the second document begins, so that
each is read as a draft of its own and the first one's signature area stops there: never are
signers made of the second document's header, title and articles."""

from __future__ import annotations

import re

from ...vocab import DOC_TYPE_TITLE
from .assemble import ordered
from .draft import Draft
from .header import DOC_TYPE, NATIONAL, kind_of_doc_type
from .model import Block, Para, Proposal, Table
from .tail import find_start
from .text import clean, key
from .title import ATTACHED

__all__ = ["attach", "keep_rest", "keep_rest_of", "second_start"]

_LOOK_AHEAD = 6  # blocks between a document type line and its "(Ban hành kèm theo …)" line


def _lines(block: Block) -> list[str]:
    if isinstance(block, Table):
        return [clean(t) for row in block.rows for c in row for p in c.paras
                for t in p.text.split("\n") if clean(t)]  # fmt: skip
    return [clean(t) for t in block.text.split("\n") if clean(t)]


def _has_motto(block: Block) -> bool:
    """A header block: it prints the national name or a motto line (Quốc hiệu, Đoàn, Đảng)."""
    return any(key(t) in NATIONAL for t in _lines(block))


def _doc_type(block: Block) -> str | None:
    """The document type a title line names ('THỂ LỆ', 'QUY CHẾ …'), bold or alone on its line."""
    if not isinstance(block, Para):
        return None
    lines = _lines(block)
    if not lines:
        return None
    m = DOC_TYPE.match(lines[0])
    if not m or (not block.bold and m.group(2)):
        return None
    return m.group(1)


def _attached_follows(blocks: list[Block], i: int) -> bool:
    for b in blocks[i + 1 : i + 1 + _LOOK_AHEAD]:
        if isinstance(b, Para) and any(ATTACHED.match(t) for t in [clean(b.text)] + _lines(b)):
            return True
    return False


def second_start(blocks: list[Block]) -> int | None:
    """The index of the block where a second document begins after the first one's signature
    area, or None: a header block with a motto line, or the title of rules ('THỂ LỆ', 'QUY
    CHẾ', 'QUY ĐỊNH') followed by its '(Ban hành kèm theo …)' line — from the header block that
    stands right before that title, if any."""
    first_motto = next((i for i, b in enumerate(blocks) if _has_motto(b)), None)
    first_type = next((i for i, b in enumerate(blocks) if _doc_type(b)), None)
    if first_type is None:
        return None
    start = max(first_type, first_motto if first_motto is not None else 0) + 1
    sign = start + find_start(blocks[start:])
    if sign >= len(blocks):
        return None
    for i in range(sign + 1, len(blocks)):
        b = blocks[i]
        found = _doc_type(b)
        if (
            found is not None
            and kind_of_doc_type(found) == "rules"
            and _attached_follows(blocks, i)
        ):
            head = next((j for j in range(i - 1, max(sign, i - 4), -1) if _has_motto(blocks[j])),
                        None)  # fmt: skip
            return head if head is not None else i
        if _has_motto(b) and any(_doc_type(x) for x in blocks[i + 1 : i + 1 + _LOOK_AHEAD]):
            return i
    return None


def _type_name(draft: Draft) -> str:
    data = draft.data
    return clean(data.get("doc_type")) or DOC_TYPE_TITLE.get(draft.kind, draft.kind.upper())


def attach(second: Draft, first: Draft, first_id: str) -> None:
    """The second document of a file, read as a draft of its own: said in a comment; rules whose
    '(Ban hành kèm theo …)' line cites the first document get ``attached_to`` it (the line stays,
    printed as typed, until it is checked)."""
    data = second.data
    second.note(("kind",), f"Văn bản in sau chữ ký của {first_id} trong cùng tệp Word, nhập thành "
                           "bản nháp riêng.")  # fmt: skip
    line = data.get("attached_line")
    if second.kind == "rules" and "attached_to" in data:
        # attached already to the first document as the repository holds it (imported before):
        # issued by the same bodies all the same
        _issued_by_first(second, first)
    if second.kind != "rules" or "attached_to" in data or not isinstance(line, str):
        return
    number = first.data.get("number")
    cites = re.search(rf"\bsố\s*:?\s*0*{number}\b", line, re.I) if number else None
    if cites is None and key(_type_name(first)) not in key(line):
        return
    out = {}
    for k, v in data.items():
        if k == "attached_line":
            out["attached_to"] = first_id
        out[k] = v
    data.clear()
    data.update(out)
    second.todo(
        ("attached_line",),
        f"dòng in như văn bản gốc; xóa dòng này thì kehoach tự viết theo {first_id}",
    )
    _issued_by_first(second, first)


def _issued_by_first(second: Draft, first: Draft) -> None:
    """Rules attached to the first document with no body of their own in a header or a signature
    (attached rules often have neither): issued by the first document's issuers, not by the
    placeholder 'TODO cơ quan 1' the draft was given (an org no orgs.yaml holds: KH401)."""
    placeholders = {p.id for p in second.proposals if p.seen_as.startswith(Proposal.PLACEHOLDER)}
    issuers, theirs = second.data.get("issuers"), first.data.get("issuers")
    if not placeholders or not isinstance(issuers, list) or not set(issuers) <= placeholders:
        return
    if not isinstance(theirs, list) or not theirs:
        return
    second.data["issuers"] = list(theirs)
    second.proposals = [p for p in second.proposals if p.id not in placeholders]
    second.todos.pop(("issuers",), None)


def _text(block: Block) -> str:
    return " ".join(_lines(block))


def keep_rest(first: Draft, rest: list[Block]) -> None:
    """The second document could not be read as a draft: its words are kept, unplaced, with a
    TODO saying an attached document follows, to be imported on its own."""
    texts = [t for t in (_text(b) for b in rest) if t]
    extra = first.data.setdefault("extra_sections", [])
    first.todo(("extra_sections", len(extra)), _FOLLOWS)
    extra.append({"title": "Văn bản kèm theo (chưa nhập)", "paragraphs": texts or ["…"]})
    ordered(first.data)


def keep_rest_of(first: Draft, second: Draft) -> None:
    """Only one draft asked for (``-o TỆP.yaml``): the first's, with a TODO naming the second."""
    title = clean(second.data.get("title")).replace("\n", " ")
    first.todo(("title",), f"{_FOLLOWS} ({_type_name(second)} {title}; nhập lại với -o THƯ_MỤC "
                           "để có cả hai bản nháp)")  # fmt: skip


_FOLLOWS = "sau chữ ký, tệp Word còn một văn bản kèm theo: nhập riêng văn bản đó"
