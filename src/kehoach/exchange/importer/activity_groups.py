"""Activities in groups: a subsection of NỘI DUNG that groups them (``1. Công tác tuyên truyền``,
then ``a) …`` activities with their lines), a table's group rows (``I. Hoạt động tuyên
truyền``). kehoach numbers the groups itself (1., 2. …): a lone group typed with another number
(``3. Các hoạt động chính:`` after items typed ``1.``, ``2.``) keeps its title as a line with its
number instead, its activities ungrouped; groups typed with numbers kehoach prints otherwise are
said in a TODO."""

from __future__ import annotations

import re

from .activities import labelled
from .draft import Draft
from .sections import Item, Section


def group_of(child: Section) -> list[tuple[str, list[str]]] | None:
    """The activities of a subsection that groups them (``1. Công tác tuyên truyền``): [(title,
    lines under it)] when its content is activities — each an item (``a)``, ``-``) or a
    subheading of its own (``a)`` in bold, ``1.1.``), most followed by labelled lines (``Thời
    gian: …``, ``Chủ trì: …``) — with nothing before the first; else None."""
    if child.children:
        if child.content or any(g.children for g in child.children):
            return None  # a lead-in of the group's own, or deeper: kept as a subsection
        heads = [(g.title, [typed_line(c) for c in g.content if c.kind in ("para", "item")])
                 for g in child.children]  # fmt: skip
        if any(c.kind not in ("para", "item") for g in child.children for c in g.content):
            return None
    else:
        if any(c.kind not in ("para", "item") for c in child.content):
            return None
        heads = []
        for c in child.content:
            if c.kind == "item" and labelled(c.text) is None:
                heads.append((c.text, []))
            elif not heads:
                return None  # words before the first activity
            else:
                heads[-1][1].append(typed_line(c))
    told = sum(1 for _, under in heads if under and labelled(under[0]) is not None)
    return heads if heads and told * 2 > len(heads) else None


def typed_line(c: Item) -> str:
    """A line under an activity as it reads: a number or letter ('a)', '2.1.', typed or Word's)
    stays with its words, and so does the dash or plus of a line that is not a field ('- Nội
    dung:', '+ Phản biện …': printed with it); a field's dash or plus is the list's (kehoach
    prints its own lines, with their markers)."""
    if c.kind == "item" and c.marker and (c.marker not in ("-", "+") or labelled(c.text) is None):
        return f"{c.marker} {c.text}"
    return c.text


_LETTERS = re.compile(r"^[a-zđ]\)$")


def lone_style(child: Section, children: list[Section]) -> str | None:
    """The ``activities_style`` of the activities of ``child``, a group alone in its section and
    typed with a number kehoach would not print for it (not ``1.``): they print ungrouped, after
    the group's title kept as a line. None when the group stays a group: not alone, numbered
    ``1.``, or its activities marked in a way no style prints."""
    if children != [child] or child.number in ("", "1.", "1)"):
        return None
    if child.children:
        marks = [g.number for g in child.children]
    else:
        marks = [c.marker for c in child.content if c.kind == "item" and labelled(c.text) is None]
    if all(m == "-" for m in marks):
        return "dash"
    if all(m == "+" for m in marks):
        return "plus"
    if [m for m in marks] == [f"{chr(ord('a') + i)})" for i in range(len(marks))]:
        return "letter" if all(_LETTERS.match(m) for m in marks) else None
    return None


def renumbered(groups: list[tuple[str, str]], draft: Draft) -> None:
    """A TODO for each group typed with a number other than the one kehoach prints for it."""
    for k, (number, title) in enumerate(groups, 1):
        if number and number.rstrip(".)") != str(k):
            draft.todo(
                ("contents", "layout"),
                f'nhóm hoạt động "{title}" gõ số {number}, bản in đánh số {k}.',
            )


def group_rows(activities: list[dict], groups: list[tuple[int, str]]) -> None:
    """The group rows spanning a table ("I. Hoạt động tuyên truyền", before activity ``at``):
    the ``group`` of the activities up to the next one, without its number (kehoach numbers the
    groups)."""
    for n, (at, text) in enumerate(groups):
        end = groups[n + 1][0] if n + 1 < len(groups) else len(activities)
        activities[at:end] = [in_group(a, _GROUP_NUMBER.sub("", text) or text)
                              for a in activities[at:end]]  # fmt: skip


def in_group(act: dict, group: str) -> dict:
    """``act`` with its ``group``, written after its id."""
    return {"id": act["id"], "group": group, **{k: v for k, v in act.items() if k != "id"}}


_GROUP_NUMBER = re.compile(r"^(?:[IVXLC]+|\d+|[A-ZĐ])\s*[.)\-–]\s*")
