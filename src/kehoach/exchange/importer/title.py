"""The document type line and what stands under it: the title (trích yếu) in the lines the author
broke it into, the ``(Ban hành kèm theo …)`` line of attached rules, the authority line of a
decision (``BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH``, above the căn cứ) and the rule closing
them.

Title lines are the bold or centred lines after the type line, up to a rule (typed ``-----`` or
drawn under the last line), a căn cứ, a heading or a plain paragraph. Their line breaks are kept:
kehoach prints a title the author broke (``title: |``) as the author broke it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .header import BASIS, DOC_TYPE, HEADING, Header, kind_of_doc_type, read_header
from .model import Block, Para
from .text import clean, is_rule, is_upper

_DIVISION = re.compile(r"^(?:Chương|Phần|Mục|Điều)\s+(?:\d+|[IVXLC]+)\b")  # never a title line
ATTACHED = re.compile(
    r"^\(\s*(?P<verb>(?:ban hành\s+)?kèm theo)\s+(?P<what>.+?)\s*\)\s*\.?$", re.I | re.S
)


@dataclass
class Top:
    header: Header
    doc_type: str
    kind: str | None
    lines: list[str]  # the title, line by line as printed
    rest: list[Block]  # everything after the title (and the attached or authority line)
    skipped: list[str] = field(default_factory=list)  # decorations met (rules)
    attached: str = ""  # "(Ban hành kèm theo …)" as printed
    authority: str = ""  # the line above the căn cứ of a decision

    @property
    def title(self) -> str:
        return "\n".join(self.lines)


# the names of document types, as DOC_TYPE lists them
_TYPE_NAMES = DOC_TYPE.pattern.split("(", 1)[1].split(")", 1)[0].split("|")


def spaced_type(text: str) -> str | None:
    """The document type typed letter by letter ('K Ế  H O Ạ C H' → 'KẾ HOẠCH'), None for any
    other line."""
    letters = text.split()
    if len(letters) < 4 or any(len(x) != 1 for x in letters) or not is_upper(text):
        return None
    joined = "".join(letters)
    return next((n for n in _TYPE_NAMES if n.replace(" ", "") == joined), None)


def find_doc_type(blocks: list[Block]) -> int | None:
    for i, b in enumerate(blocks):
        if isinstance(b, Para):
            first = clean(b.text.split("\n")[0])
            m = DOC_TYPE.match(spaced_type(first) or first)
            if m and is_upper(m.group(1)):
                return i
    return None


def _rule_ahead(blocks: list[Block], start: int) -> int | None:
    """The index of a rule line closing the title within a few short lines, or None."""
    for k in range(start, min(start + 6, len(blocks))):
        b = blocks[k]
        if not isinstance(b, Para):
            return None
        text = clean(b.text)
        if is_rule(text):
            return k if k > start else None
        if BASIS.match(text) or HEADING.match(text) or b.label or len(text) > 250:
            return None
        if ATTACHED.match(text):
            return None
    return None


def _lines(text: str) -> list[str]:
    return [clean(x) for x in text.split("\n") if clean(x)]


def _authority_like(b: Para, text: str) -> bool:
    """'BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH': bold, upper case, not a căn cứ, heading or
    the 'QUYẾT ĐỊNH:' line."""
    return (
        b.bold
        and is_upper(text)
        and len(text) <= 200
        and not (BASIS.match(text) or HEADING.match(text) or DOC_TYPE.match(text))
    )


def _text(block: Block) -> str:
    return block.text if isinstance(block, Para) else ""


def _skip_rules(blocks: list[Block], j: int, skipped: list[str]) -> int:
    while j < len(blocks) and isinstance(blocks[j], Para) and is_rule(_text(blocks[j])):
        skipped.append(clean(_text(blocks[j])))
        j += 1
    return j


def read_top(blocks: list[Block], kind: str | None, doan_motto: str = "") -> Top | None:
    """Header, document type and title; None when no document type line is found (then ``kind``
    must be given and everything before the first basis or heading is the header)."""
    i = find_doc_type(blocks)
    if i is None:
        return None
    para = blocks[i]
    assert isinstance(para, Para)
    first, *more = [ln for ln in para.text.split("\n") if ln.strip()]
    m = DOC_TYPE.match(spaced_type(clean(first)) or clean(first))
    assert m is not None
    doc_type = m.group(1)
    the_kind = kind or kind_of_doc_type(doc_type)
    lines = _lines(m.group(2)) + [x for ln in more for x in _lines(ln)]
    j = i + 1
    skipped: list[str] = []
    closed = para.rule_below and bool(lines)
    rule = None if closed else _rule_ahead(blocks, j)
    if rule is not None:  # title lines typed plainly, closed by a rule ("-------")
        lines += [x for k in range(j, rule) for x in _lines(_text(blocks[k]))]
        skipped.append(clean(_text(blocks[rule])))
        j, closed = rule + 1, True
    while not closed and j < len(blocks) and len(lines) < 12:
        b = blocks[j]
        if not isinstance(b, Para):
            break
        text = clean((b.label + " " if b.label else "") + b.text)
        if is_rule(text):
            skipped.append(text)
            j += 1
            break
        if ATTACHED.match(text) or (b.label and lines) or _DIVISION.match(text):
            break
        if (
            the_kind == "decision"
            and lines
            and not all(is_upper(x) for x in lines)
            and _authority_like(b, text)
        ):
            break
        emphasised = b.bold and (b.align == "center" or not lines)
        if (
            BASIS.match(text) or HEADING.match(text) or (b.label and not b.bold)
        ) and not emphasised:
            break
        if lines and not (b.bold or b.align == "center"):
            break
        if not lines and not (b.bold or b.align == "center") and (len(text) > 250 or b.italic):
            break
        lines += _lines(b.text)
        j += 1
        if b.rule_below:
            break
    j = _skip_rules(blocks, j, skipped)
    attached = authority = ""
    nxt = blocks[j] if j < len(blocks) else None
    if isinstance(nxt, Para) and ATTACHED.match(clean(nxt.text)):
        attached = clean(nxt.text)
        j = _skip_rules(blocks, j + 1, skipped)
        nxt = blocks[j] if j < len(blocks) else None
    if the_kind == "decision" and isinstance(nxt, Para) and _authority_like(nxt, clean(nxt.text)):
        authority = clean(nxt.text)
        j += 1
    header = read_header(blocks[:i], doan_motto)
    return Top(header, doc_type, kind_of_doc_type(doc_type), lines, blocks[j:], skipped,
               attached, authority)  # fmt: skip
