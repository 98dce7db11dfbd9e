"""What a subsection of a plan's NỘI DUNG is (``contents_map``): the plan's own facts ("Thời gian,
địa điểm"), one activity told by labelled lines, a group whose activities are numbered after it,
one holding an activity table."""

from __future__ import annotations

import re

from .activities import labelled, read_table
from .sections import Section
from .text import key

# words of a subheading that gives the plan's own facts ("1. Thời gian, địa điểm"), not an activity
FACTS = frozenset(
    ("thời gian", "địa điểm", "thành phần", "đối tượng", "kinh phí", "quy mô", "hình thức",
     "thời gian tổ chức", "địa điểm tổ chức", "đối tượng tham gia", "thành phần tham dự")
)  # fmt: skip


def facts(title: str) -> bool:
    parts = [p.strip() for p in re.split(r",|\bvà\b", key(title))]
    return bool(parts) and all(p in FACTS for p in parts)


LETTER = re.compile(r"^[a-zđ]\)$")
NUMBER = re.compile(r"^\d{1,2}[.)]$")


def one_activity(child: Section) -> bool:
    """A subsection that is one activity: its words, then labelled lines (``Thời gian: …``,
    ``Chủ trì: …``). Words after the labelled lines, or a lettered item (``a) …``, not labelled),
    start another activity: a group whose lead-in has no place (kept as a subsection)."""
    told = False
    for c in child.content:
        if c.kind not in ("para", "item"):
            continue
        if c.kind == "item" and sibling(c.marker, child.number):
            return False  # '2. Thời gian: …' after the heading '1. …': the part's, not its own
        if labelled(c.text) is not None:
            told = True
        elif told or c.kind == "item" and LETTER.match(c.marker or ""):
            return False
    return told


def sibling(marker: str, number: str) -> bool:
    """``marker`` numbers a sentence as the next of ``number``'s rank ('2.' after the heading '1.',
    '1.3.' after '1.2.'): it goes on with the part's own numbered entries."""
    a, b = DOTTED.match(marker or ""), DOTTED.match(number or "")
    if a is None or b is None:
        return False
    head, last = a.group(1).split("."), b.group(1).split(".")
    return len(head) == len(last) and head[:-1] == last[:-1] and int(head[-1]) > int(last[-1])


DOTTED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.$")


def activity_table(sec: Section):
    """The first activity table of a subsection (``activities.ActivityTable``), or None."""
    for c in sec.content:
        if c.kind == "table" and c.table is not None:
            table = read_table(c.table)
            if table is not None:
                return table
    return None


def numbered_under(child: Section) -> bool:
    """The activities of the group ``child`` ('1.') are numbered after it: '1.1.', '1.2.'."""
    marks = [g.number for g in child.children] if child.children else [
        c.marker for c in child.content if c.kind == "item" and labelled(c.text) is None
    ]  # fmt: skip
    base = child.number if child.number.endswith(".") else child.number + "."
    return bool(marks) and marks == [f"{base}{i}." for i in range(1, len(marks) + 1)]
