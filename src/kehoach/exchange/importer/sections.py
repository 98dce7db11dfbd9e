"""The body of a document → a tree of numbered sections holding paragraphs, items and tables.

A heading is a paragraph that starts with a section number, typed or printed by Word's
automatic numbering: ``I.`` (rank 1), ``1.`` (2), ``1.1.`` (3), ``1.1.1.`` (4), ``a)`` (5);
``I-``, ``1 -`` (a dash) and ``I/``, ``1/`` (a slash) are ``I.``, ``1.``; ``a/`` is ``a)``.
A numbered line is a heading when it is bold or short; a numbered sentence (upright, ending with
a full stop or a semicolon) is an item numbered ``1.``, ``2.1.`` inside its section. ``a)`` is a
heading only when bold or italic, an item otherwise. ``-``, ``+``, ``•`` start items. Headings
nest by rank: a heading closes every open section of the same or a lower rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Block, Para, Run, Table
from .text import clean, is_rule

_ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_HEAD = re.compile(
    r"^(?P<num>[IVXLC]+|\d+(?:\.\d+){0,3}|[a-zđ])"
    r"(?P<end>[.)]|\.(?=\d)|\s?[-–](?=\s[^\W\d_])|/(?=\s*[^\W\d_]))?\.?"
    r"\s*(?P<rest>.*)$",
    re.I,
)
_ITEM = re.compile(r"^(?P<marker>[-–—•+*▪·])\s*(?P<rest>.+)$")
MAX_HEADING = 200


@dataclass
class Item:
    kind: str  # "para" | "item" | "table"
    text: str = ""
    marker: str = ""  # "-", "+", "a)", "1." or "2.1." for items
    table: Table | None = None
    where: str = ""
    para: Para | None = None


@dataclass
class Section:
    rank: int  # 0 for the body itself
    number: str = ""
    title: str = ""
    where: str = ""
    content: list[Item] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    def items(self, kind: str) -> list[Item]:
        return [c for c in self.content if c.kind == kind]


_ARTICLE = re.compile(r"^Điều\s+(?P<n>\d+)\s*[.:]\s*(?P<rest>\S.*)$")


def classify(p: Para, articles: bool = False) -> tuple[str, int, str, str]:
    """('heading', rank, number, title) | ('item', 0, marker, text) | ('para', 0, '', text).
    With ``articles`` (a plan or program whose sections are 'Điều 1. Mục đích, yêu cầu'), such
    a line is a top-level section, as 'I. MỤC ĐÍCH, YÊU CẦU' is."""
    text = clean((p.label + " " if p.label else "") + p.text.replace("\n", " "))
    if articles and (m := _ARTICLE.match(text)) and len(m.group("rest")) <= MAX_HEADING:
        return "heading", 1, f"Điều {m.group('n')}.", clean(m.group("rest"))
    if (m := _ITEM.match(text)) and not re.match(r"^[-–—]\s*\d", text[:3] + " "):
        marker = "+" if m.group("marker") == "+" else "-"
        return "item", 0, marker, clean(m.group("rest"))
    m = _HEAD.match(text)
    if m and m.group("end") and m.group("rest"):
        num, end, rest = m.group("num"), m.group("end"), clean(m.group("rest"))
        # "II- NỘI DUNG", "1 - Mục đích", "I/ MỤC ĐÍCH", "1/ Mục đích": a dash or slash for the
        # point; "a/ Tổ chức Hội thảo": a slash for the bracket
        if end == "/" and len(num) == 1 and num.islower():
            end = ")"
        elif end.strip() in ("-", "–", "/"):
            if not (_ROMAN.match(num) and num.isupper() or num.isdigit() and len(num) <= 2):
                return "para", 0, "", text
            end = "."
        short = len(rest) <= MAX_HEADING and not rest.endswith(";")
        if _ROMAN.match(num) and end == "." and num.isupper():
            if p.bold or short:
                return "heading", 1, f"{num}.", rest
        elif num[0].isdigit() and end == "." or num[0].isdigit() and end == ")":
            depth = num.count(".") + 2
            sentence = (
                not p.bold and not p.italic and rest.endswith((".", ";")) and not rest.isupper()
            )
            if p.bold or (short and not sentence):
                return "heading", depth, f"{num}{end if end == ')' else '.'}", rest
            if end == ".":
                return "item", 0, f"{num}.", rest
        elif len(num) == 1 and num.islower() and end == ")":
            if (p.bold or p.italic) and len(rest) <= MAX_HEADING:
                return "heading", 5, f"{num})", rest
            return "item", 0, f"{num})", rest
    if p.outline is not None and p.outline < 5 and len(text) <= MAX_HEADING and not p.label:
        return "heading", p.outline + 1, "", text  # a Word heading style without a number
    return "para", 0, "", text


def build(blocks: list[Block], articles: bool = False) -> Section:
    """The section tree of ``blocks`` (the body between the bases and the signature);
    ``articles``: its top-level sections are 'Điều 1.', 'Điều 2.' (``classify``)."""
    root = Section(0)
    stack = [root]
    for b in blocks:
        if isinstance(b, Table):
            stack[-1].content.append(Item("table", table=b, where=b.where))
            continue
        for line in lines(b):
            kind, rank, number, text = classify(line, articles)
            if kind == "heading":
                while len(stack) > 1 and stack[-1].rank >= rank:
                    stack.pop()
                node = Section(rank, number, text, line.where)
                stack[-1].children.append(node)
                stack.append(node)
            elif not is_rule(text):
                stack[-1].content.append(Item(kind, text, number, where=line.where, para=line))
    return root


def lines(p: Para) -> list[Para]:
    """The lines of a paragraph broken by Shift+Enter, each read as a paragraph of its own, as if
    typed so ('- Lễ ra quân' / 'Thời gian: …' / 'Địa điểm: …'); Word's number stays with the
    first. A line that goes on with the sentence before it (starting with a small letter after
    no stop) is joined back: a long line broken by hand is one line."""
    if "\n" not in p.text:
        return [p]
    split: list[list[Run]] = [[]]
    for run in p.runs:
        for i, piece in enumerate(run.text.split("\n")):
            if i:
                split.append([])
            if piece:
                split[-1].append(Run(piece, run.bold, run.italic))
    out: list[Para] = []
    for runs in split:
        text = "".join(r.text for r in runs).strip()
        if not text:
            continue
        if out and _goes_on(out[-1].text, text):
            out[-1].runs += [Run(" ", runs[0].bold, runs[0].italic), *runs]
            continue
        label = p.label if not out else ""
        out.append(Para(runs, p.align, label, p.where, p.outline, p.rule_below, p.section,
                        p.landscape))  # fmt: skip
    return out or [p]


def _goes_on(before: str, line: str) -> bool:
    """``line`` continues the sentence of the line ``before`` it."""
    return line[0].islower() and not before.rstrip().endswith((".", ";", ":", "!", "?"))


def all_text(section: Section) -> list[str]:
    """Every text of a section and its subsections, in order (for keeping what was not placed)."""
    out = [f"{section.number} {section.title}".strip()] if section.title else []
    for c in section.content:
        if c.kind == "table" and c.table is not None:
            out += [" | ".join(clean(cell.text) for cell in row) for row in c.table.rows]
        else:
            out.append(f"{c.marker} {c.text}".strip() if c.kind == "item" else c.text)
    for child in section.children:
        out += all_text(child)
    return out
