"""The lines under an activity of a detailed list (``layout: detailed_list``): its time, lead
and support, place, participants, outputs and budget, in the document's own words where it kept
them."""

from __future__ import annotations

import re

from .. import viet
from ..model import Repository
from ..timeexpr import TimeExpr
from .activity_words import fact_lines, lead_text, support_names
from .phrases import time_cell

# the number or letter a line was typed with ('a) Thời gian: …', '2.1. Địa điểm: …')
NUMBERED = re.compile(r"^([a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)])\s+")

_FIELD_LABELS = frozenset(
    ("thời gian", "đơn vị chủ trì", "đơn vị phối hợp", "địa điểm", "thành phần", "sản phẩm",
     "kinh phí")
)  # fmt: skip


def field_lines(
    repo: Repository, act: dict, details: list[str], window: TimeExpr | None = None
) -> tuple[list[str], list[str]]:
    """The lines that say an activity's time, lead and support, place, participants, outputs and
    budget, as a list typed in Word says them ('Thời gian: Quý II/2023.'), and the ``details``
    left: a detail that says one of them in the document's own words ('Thời gian: Trước ngày
    30/6/2022', kept by ``import``) stands in its place, not after the list of lines."""
    lines = []
    if act.get("time") is not None or act.get("every") is not None:
        lines.append(f"Thời gian: {time_cell(act.get('time'), act.get('every'), window)}")
    support = support_names(repo, act)
    # a lead the document did not name (``lead_printed: false``): a TODO of the draft, no line
    lead = lead_text(repo, act) if act.get("lead_printed") is not False else ""
    if lead:
        lines.append(
            f"Đơn vị chủ trì: {lead}"
            + (f"; phối hợp: {viet.names_list(support)}" if support else "")
        )
    elif support:
        lines.append("Đơn vị phối hợp: " + viet.names_list(support))
    lines += fact_lines(act)
    if isinstance(act.get("budget"), int) and not isinstance(act.get("budget"), bool):
        lines.append(f"Kinh phí: {viet.money(act['budget'])} đồng")
    typed = {}  # 'Label: words' (a bare 'Thời gian:' says nothing in place of the time)
    for d in details:
        label, colon, words = d.partition(":")
        if colon and words.strip():
            typed[NUMBERED.sub("", label).casefold()] = d
    out: list[str] = []
    typed_at: dict[int, str] = {}  # the lines said in the document's own words: the detail of each
    for line in lines:
        own = typed.pop(line.split(":", 1)[0].casefold(), None)
        if own is not None:
            typed_at[len(out)] = own
            if "; phối hợp: " in line and "phối hợp" not in own.casefold():
                # the lead in the document's words ("Các cơ sở Đoàn"), the supporting units kept
                own = own.rstrip(" .;") + line[line.index("; phối hợp: ") :]
        out.append(own if own is not None else line)
    # the document's own words for a field kehoach has no value of ('Kinh phí: mỗi đội 2 triệu')
    for label, d in typed.items():
        if label in _FIELD_LABELS:
            typed_at[len(out)] = d
            out.append(d)
    # the lines typed keep the order they were typed in ('Thời gian', then 'Đơn vị chủ trì'; 'a)
    # Thời gian', 'b) Địa điểm', 'c) Đơn vị chủ trì'): kehoach's own order would print them
    # otherwise
    slots = sorted(typed_at)
    moved = dict(zip(slots, sorted(slots, key=lambda i: details.index(typed_at[i])), strict=True))
    out = [out[moved[i]] if i in moved else line for i, line in enumerate(out)]
    used = set(typed_at.values())
    rest = [d for d in details if d not in used]  # a detail said in a line is not said again
    return [line if line[-1:] in ".;:!?" else line + "." for line in out], rest
