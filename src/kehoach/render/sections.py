"""The parts of a body that kehoach words itself, written through a ``Writer``: a plan's contents
(its activities as a table, a list or a Phụ lục); a program's content areas, the duties of each
party and its focal points; and, for both, the information and review regime with
one sentence per schedule item."""

from __future__ import annotations

from ..model import Document
from ..model import layout as layout_rules
from ..vocab import (
    ACTIVITIES_APPENDIX,
    ACTIVITIES_TITLE,
    APPENDIX_NOTE,
    COMMON_DUTIES,
    SECTION_TITLE,
    clean,
    review_kind_title,
)
from . import annex
from .activities import activity_list
from .activity_table import activity_table
from .phrases import chaired, sub_number, when
from .writer import Writer, first_number

TITLES = SECTION_TITLE

# -- plan sections --


def contents(w: Writer, sec: object) -> None:
    """A plan's contents: its prose, then its activities, then the words after them
    (``after_activities``); with subsections as well, the subsections ``1.``, ``2.``… come first
    and the activities follow as the next subsection, under ``activities_title`` (default
    ``ACTIVITIES_TITLE``), so that no two entries of the section share a number and the order does
    not depend on the order of the keys in the file."""
    if not isinstance(sec, dict):
        return
    w.start(sec.get("title"), TITLES["contents"])
    w.prose(sec)
    acts = [a for a in sec.get("activities") or [] if isinstance(a, dict)]
    subs = sec.get("sections") or []
    # the untitled ones (a data table) take no number; ``sections_start`` after typed numbers
    numbered = w.subsections(subs, 1, "", None, first_number(sec))
    level, number = 2, ""  # of the groups of a list: '1.', or '3.1.' under a heading of their own
    if acts and numbered:
        title = clean(sec.get("activities_title")) or ACTIVITIES_TITLE
        number = sub_number(2, "", numbered + 1)
        w.heading(2, number, title)
        level = 3
    activities(w, sec, acts, level, number)
    if isinstance(sec.get("after_activities"), dict):  # "Ngoài các hoạt động trên, …"
        w.prose(sec["after_activities"])


def activities(
    w: Writer, sec: dict, acts: list[dict], level: int = 2, number: str = "", closed: bool = False
) -> None:
    """The activities as the section's ``layout`` prints them: a table, a list (its groups
    headings of ``level`` under ``number``; ``closed``: an item that is a title alone ends as a
    sentence) or a Phụ lục."""
    layout = sec.get("layout")
    if acts and layout in ("list", "detailed_list"):
        activity_list(
            w,
            acts,
            level,
            number,
            fields=layout == "detailed_list",
            closed=closed,
            style=sec.get("activities_style"),
            typed_lines=sec.get("field_lines"),
        )
    elif acts and layout == "appendix":  # the table goes to a Phụ lục, the body points at it
        table = activity_table(
            w.repo, acts, sec.get("print_total") is not False, w.window, sec.get("columns")
        )
        w.appendices.append(
            {
                "title": clean(sec.get("appendix_title")) or ACTIVITIES_APPENDIX,
                "orientation": "landscape",
                "blocks": [table],
            }
        )
        w.out.append({"type": "paragraph", "text": APPENDIX_NOTE, "appendix_note": True})
        if sec.get("appendix_note"):
            w.out[-1]["text"] = clean(sec["appendix_note"])
    elif acts:
        w.out.append(
            activity_table(
                w.repo, acts, sec.get("print_total") is not False, w.window, sec.get("columns")
            )
        )


# -- program sections --


AREA_LAYOUTS = ("detailed_list", "table", "list", "appendix")


def areas(w: Writer, doc: Document) -> None:
    """The content areas of a program, after the section's own words (``areas_intro``); the
    activities of each after its words, as its ``layout`` (else the program's ``areas_layout``,
    else ``detailed_list``) prints them: each with its time, lead and support, budget — the
    terms the parties sign and ``due``, ``who`` and the reports hold them to — or a table under
    the area. The areas laid out as ``appendix`` keep their words in the body and gather their
    activities in one Phụ lục (``annex``); one line pointing at it follows the words of the last
    of them."""
    data = doc.data
    areas = [a for a in data.get("areas") or [] if isinstance(a, dict)]
    if not areas:
        return
    w.start(data.get("areas_title"), TITLES["areas"])
    if isinstance(data.get("areas_intro"), dict):
        w.prose(data["areas_intro"])
    layout = data.get("areas_layout")
    default = layout if layout in AREA_LAYOUTS else AREA_LAYOUTS[0]
    annexed: list[tuple[dict, list[dict]]] = []
    at = 0  # where the line pointing at the Phụ lục goes
    for i, area in enumerate(areas, 1):
        w.heading(2, f"{i}.", area.get("title", ""))
        w.prose(area)
        acts = [a for a in area.get("activities") or [] if isinstance(a, dict)]
        own = area.get("layout")
        shown = {"layout": own if own in AREA_LAYOUTS else default}
        if shown["layout"] == "appendix":
            if acts:
                annexed.append((area, acts))
                at = len(w.out)
            continue
        shown["print_total"] = area.get("print_total")
        shown["columns"] = area.get("columns")  # the titles typed over a table's columns
        shown["field_lines"] = area.get("field_lines")  # how its activities' lines were typed
        activities(w, shown, acts, 3, f"{i}.", closed=True)
    if annexed:
        appendix, note = annex.areas_appendix(
            w.repo, annexed, data, layout_rules.areas_appendix_title(doc), w.window
        )
        w.appendices.append(appendix)
        w.out.insert(at, note)


def duties(
    w: Writer, duties: list, title: str | None, common: object = None, intro: object = None
) -> None:
    """The duties section: its own words (``duties_intro``), the duties common to the parties
    ("1. Trách nhiệm chung"), then each party's."""
    duties = [d for d in duties if isinstance(d, dict)]
    if not duties and not isinstance(common, dict):
        return
    w.start(title, TITLES["duties"])
    if isinstance(intro, dict):
        w.prose(intro)
    number = 0
    if isinstance(common, dict):
        number += 1
        w.heading(2, f"{number}.", common.get("title") or COMMON_DUTIES)
        w.prose(common)
    for duty in duties:
        number += 1
        name = duty.get("title") or w.repo.org_name(duty.get("org", ""), short=False)
        w.heading(2, f"{number}.", name)
        w.prose(duty)


def focal(w: Writer, focal: list) -> None:
    focal = [f for f in focal if isinstance(f, dict)]
    if not focal:
        return
    w.start(None, TITLES["focal"])
    for f in focal:
        parts = [clean(f.get(k)) for k in ("unit", "person") if f.get(k)]
        if f.get("phone"):
            parts.append(f"điện thoại {clean(f['phone'])}")
        if f.get("email"):
            parts.append(f"thư điện tử {clean(f['email'])}")
        name = w.repo.org_name(f.get("org", ""), short=False)
        text = f"{name}: {'; '.join(parts)}" if parts else name
        w.out.append({"type": "item", "marker": "-", "text": text.rstrip(".") + "."})


# -- both --


def reviews(w: Writer, sec: object, issuers: list[str]) -> None:
    """The author's words, then the schedule: each item in its own words (``text``) or as a
    sentence kehoach writes (``issuers``: the document's issuers or parties, who may take turns
    to chair). ``print_schedule: false`` tracks the schedule without printing it; by default the
    sentences are printed only when the author wrote no prose here."""
    if not isinstance(sec, dict):
        return
    written = bool(sec.get("paragraphs") or sec.get("items") or sec.get("table"))
    show = sec.get("print_schedule")
    lines: list[str] = []
    each: list[dict] = []  # the last sentence's items: a plan asked of each party in turn
    for item in sec.get("schedule") or []:
        if not isinstance(item, dict) or show is False:
            continue
        if item.get("text"):
            lines.append(clean(item["text"]))
            each = []
        elif show or not written:
            if each and _own_plans(each[-1], item):
                each.append(item)  # 'Xây dựng kế hoạch năm: …; mỗi bên một kế hoạch (…)'
                lines[-1] = schedule_sentence(w, item, issuers, each)
                continue
            lines.append(schedule_sentence(w, item, issuers))
            each = [item]
    if not written and not lines:
        return
    w.start(sec.get("title"), TITLES["reviews"])
    w.prose(sec)
    for text in lines:
        w.out.append({"type": "item", "marker": "-", "text": text})


def _own_plans(a: dict, b: dict) -> bool:
    """``a`` and ``b`` ask the same plan at the same time, each of its own party (``kind: plan``,
    ``lead`` and ``id`` aside the same): one sentence says both."""
    if a.get("kind") != "plan" or not isinstance(b.get("lead"), str) or not a.get("lead"):
        return False
    return {k: v for k, v in a.items() if k not in ("lead", "id")} == {
        k: v for k, v in b.items() if k not in ("lead", "id")
    }


def schedule_sentence(
    w: Writer, item: dict, issuers: list[str], each: list[dict] | None = None
) -> str:
    """'Sơ kết hằng năm: tháng 12 hằng năm, từ năm 2022; Tỉnh Đoàn chủ trì.'; 'Họp giao ban:
    tháng cuối mỗi quý; các bên luân phiên chủ trì theo thứ tự: Tỉnh Đoàn, Sở KH&CN, Liên hiệp
    Hội.'; the plan of each party (``each``, items alike but for their ``lead``): 'Xây dựng kế
    hoạch năm: tháng 12 hằng năm (cho kế hoạch năm sau), từ năm 2026; mỗi bên một kế hoạch:
    Tỉnh Đoàn, Sở KH&CN, Liên hiệp Hội.'"""
    title = clean(item.get("title")) or review_kind_title(item, "Họp")
    text = f"{title}: {when(item, w.cal)}"
    chair = chaired(item, issuers, w.repo.org_name)
    if each and len(each) > 1:
        chair = f"mỗi bên một kế hoạch: {', '.join(w.repo.org_name(i['lead']) for i in each)}"
    if chair:
        text += f"; {chair}"
    text += "."
    note = clean(item.get("note"))
    if note:
        text += f" {note.rstrip('.')}."
    return text
