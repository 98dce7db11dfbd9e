"""The lines under an activity of a detailed list (``layout: detailed_list``): its time, lead
and support, place, participants, outputs and budget, in the document's own words where it kept
them, in the order, with the labels and the end stops the document typed them with
(``field_lines`` of the list and of the activity, ``field_labels``)."""

from __future__ import annotations

import re

from .. import viet
from ..field_labels import FIELDS, INLINE_SUPPORT, LABEL, Typed, label_key
from ..model import Repository
from ..timeexpr import TimeExpr
from .activity_words import fact_fields, lead_text, support_names
from .phrases import time_cell

# the number or letter a line was typed with ('a) Thời gian: …', '2.1. Địa điểm: …')
NUMBERED = re.compile(r"^([a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)])\s+")


def _computed(
    repo: Repository, act: dict, t: Typed, window: TimeExpr | None
) -> list[tuple[str, str]]:
    """(field, line) of what the activity's data says, in kehoach's order: the support on the
    lead's line unless ``t.order`` gives it a line of its own."""
    out = []
    if act.get("time") is not None or act.get("every") is not None:
        out.append(("time", time_cell(act.get("time"), act.get("every"), window)))
    support = viet.names_list(support_names(repo, act))
    # a lead the document did not name (``lead_printed: false``): a TODO of the draft, no line
    lead = lead_text(repo, act) if act.get("lead_printed") is not False else ""
    own_line = t.order is not None and "support" in t.order
    if lead:
        inline = f"; {INLINE_SUPPORT}: {support}" if support and not own_line else ""
        out.append(("lead", lead + inline))
    if support and (own_line or not lead):
        out.append(("support", support))
    out += fact_fields(act)
    if isinstance(act.get("budget"), int) and not isinstance(act.get("budget"), bool):
        out.append(("budget", f"{viet.money(act['budget'])} đồng"))
    return [(name, f"{t.label(name)}: {words}") for name, words in out]


def _said(details: list[str], t: Typed) -> dict[str, str]:
    """The detail that says each field in the document's own words ('Thời gian: Trước ngày
    30/6/2022', kept by ``import``): labelled as kehoach or the document labels it, saying
    something (a bare 'Thời gian:' says nothing in place of the time)."""
    keys = {label_key(LABEL[f]): f for f in FIELDS} | {label_key(t.label(f)): f for f in FIELDS}
    out: dict[str, str] = {}
    for d in details:
        label, colon, words = d.partition(":")
        name = keys.get(label_key(NUMBERED.sub("", label)))
        if colon and words.strip() and name and name not in out:
            out[name] = d
    return out


def _relabelled(detail: str, name: str, t: Typed) -> str:
    """A detail kept with kehoach's label ('Đơn vị chủ trì: Các cơ sở Đoàn') under the label the
    document typed for its field ('Cơ quan chủ trì: …'); one typed with its own label as is."""
    label, _, words = detail.partition(":")
    if label_key(label) == label_key(LABEL[name]) and t.label(name) != LABEL[name]:
        return f"{t.label(name)}:{words}"
    return detail


def field_lines(
    repo: Repository,
    act: dict,
    details: list[str],
    window: TimeExpr | None = None,
    t: Typed = Typed(),
) -> tuple[list[str], list[str]]:
    """The lines that say an activity's time, lead and support, place, participants, outputs and
    budget, as a list typed in Word says them ('Thời gian: Quý II/2023.'), and the ``details``
    left: a detail that says one of them in the document's own words ('Thời gian: Trước ngày
    30/6/2022', kept by ``import``) stands in its place, not after the list of lines. ``t``: the
    order, labels and end stops typed (``field_lines``)."""
    said = _said(details, t)
    # (field, line, the detail it prints in the document's words or None)
    lines: list[tuple[str, str, str | None]] = []
    for name, line in _computed(repo, act, t, window):
        own = said.pop(name, None)
        text = line
        if own is not None:
            text = _relabelled(own, name, t)
            sep = f"; {INLINE_SUPPORT}: "
            if name == "lead" and sep in line and "phối hợp" not in own.casefold():
                # the lead in the document's words ("Các cơ sở Đoàn"), the supporting units kept
                text = text.rstrip(" .;") + line[line.index(sep) :]
        lines.append((name, text, own))
    # the document's own words for a field kehoach has no value of ('Kinh phí: mỗi đội 2 triệu')
    lines += [(name, _relabelled(d, name, t), d) for name, d in said.items()]
    if t.order is not None:
        # the order typed; a field it does not name after those it does, in kehoach's order
        rank = {name: i for i, name in enumerate(t.order)}
        lines.sort(key=lambda x: (rank.get(x[0], len(rank)), FIELDS.index(x[0])))
    else:
        # the lines kept in the document's words keep the order they were typed in ('Thời
        # gian', then 'Đơn vị chủ trì'; 'a) Thời gian', 'b) Địa điểm', 'c) Đơn vị chủ trì'):
        # kehoach's own order would print them otherwise
        slots = [i for i, x in enumerate(lines) if x[2] is not None]
        typed = sorted(slots, key=lambda i: details.index(lines[i][2] or ""))
        moved = dict(zip(slots, typed, strict=True))
        lines = [lines[moved.get(i, i)] for i in range(len(lines))]
    used = {x[2] for x in lines}
    rest = [d for d in details if d not in used]  # a detail said in a line is not said again
    return t.ended([x[1] for x in lines]), rest
