"""The activities of a plan or a program as a list: plain, or saying each activity's time, lead
and support, budget (``layout: detailed_list``, lines of ``activity_lines``), its groups as
subheadings. The table is ``activity_table``'s."""

from __future__ import annotations

import re

from .. import field_labels
from ..model.layout import LETTERS, item_marker
from ..vocab import clean
from .activity_lines import NUMBERED, field_lines
from .phrases import sub_number
from .writer import Writer


def groups(acts: list[dict]) -> list[str]:
    """The group each activity opens (``group``, the first of a run of activities that share
    one), '' for the others."""
    out, last = [], ""
    for act in acts:
        group = clean(act.get("group"))
        out.append(group if group and group != last else "")
        last = group
    return out


def activity_list(
    w: Writer,
    acts: list[dict],
    level: int = 2,
    number: str = "",
    *,
    fields: bool = False,
    closed: bool = False,
    style: object = None,
    typed_lines: object = None,
) -> None:
    """The activities as items; a group (``group``) is a heading of ``level`` over its run. With
    ``fields`` (``layout: detailed_list``), each activity's time, lead, support, place… and budget
    follow it as lines, and the activities of a group are lettered ``a)``, ``b)``. With
    ``closed``, an item with no lines under it ends as a sentence ('.'), as the items written
    beside it (a program's area) do; followed by its lines, a title stays as written. ``style``
    (``activities_style``): the marker of an activity outside a group ('1.', '2.' for ``number``;
    '-' by default), numbered on through the list; ``outline`` numbers the activities of a group
    after it ('1.1.', '1.2.' under '1.'). ``typed_lines``: the list's ``field_lines`` (the order,
    labels and end stops its lines were typed with), each activity's own over it."""
    k = j = n = 0
    head = ""  # the number of the group heading the activities are under
    for act, group in zip(acts, groups(acts), strict=True):
        if group:
            k, j = k + 1, 0
            head = sub_number(level, number, k)
            w.heading(level, head, group)
        if style == "outline" and clean(act.get("group")):
            # '1.1.', '1.2.' under the group '1.', as typed
            marker, j = item_marker("outline", j, head) or "-", j + 1
        elif fields and clean(act.get("group")):
            marker, j = f"{LETTERS[j % len(LETTERS)]})", j + 1
        elif clean(act.get("group")):
            marker = "-"
        else:
            marker, n = (
                item_marker(style if isinstance(style, str) else None, n, number) or "-",
                n + 1,
            )
        item: dict = {"type": "item", "marker": marker, "text": clean(act.get("title"))}
        w.out.append(item)
        details = [clean(p) for p in act.get("details") or []]
        lines: list[str] = []
        if fields:
            t = field_labels.typed(typed_lines, act.get("field_lines"))
            lines, details = field_lines(w.repo, act, details, w.window, t)
            if act.get("details_first"):  # typed before the lines of time, lead…
                _details(w, details)
                details = []
            for line in lines:
                # a line typed with its number or letter ('a) Thời gian: …') keeps it
                own = NUMBERED.match(line)
                w.out.append(
                    {
                        "type": "item",
                        "marker": own.group(1) if own else "+" if marker == "-" else "-",
                        "text": line[own.end() :] if own else line,
                    }
                )
        if closed and not lines and item["text"][-1:] not in ".;:!?…":
            item["text"] += "."
        if lines or details:  # its title never ends a page, its lines on the next one
            item["keep"] = True
        _details(w, details)


def _details(w: Writer, details: list[str]) -> None:
    """The detail lines of an activity: a line typed with its dash or plus ('- Nội dung:', '+
    Phản biện …') an item with that marker, the others paragraphs."""
    for p in details:
        marked = _MARKED.match(p)
        if marked:
            w.out.append({"type": "item", "marker": marked.group(1), "text": p[marked.end() :]})
        else:
            w.paragraph(p)


_MARKED = re.compile(r"^([-+])\s+(?=\S)")
