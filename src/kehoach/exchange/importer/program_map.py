"""The numbered sections of a coordination program → ``goals``, ``areas``, ``duties``, ``budget``,
``focal``, ``reviews`` and ``extra_sections``.

Areas are the subsections of the contents section (or, without subsections, its items); duties
are the subsections of the responsibilities section, each about one party (its ``org``: named, or
a department of it); a responsibilities section read otherwise is kept as an extra section whose
subsections about one party get its ``org``, as those of a plan's implementation do;
``Đơn vị: bộ phận; người`` items of the focal section become ``focal`` entries.
"""

from __future__ import annotations

import re

from ...vocab import SECTION_ORDER, SECTION_TITLE
from .activities import read_table, typed_columns
from .activity_groups import group_rows
from .activity_rows import ActivityBuilder
from .area_lists import area_activities
from .body_map import prose, section_dict, titled, typed_items
from .budget_map import budget
from .draft import Draft
from .orgs import OrgIndex
from .plan_map import classify, not_printable, reviews, with_orgs
from .program_duties import duties, focal_points
from .section_order import Typed
from .sections import Item, Section, all_text
from .text import key, slug, unique
from .typed_lines import hoist

PROGRAM_KEYS = [
    ("goals", r"mục đích|yêu cầu|mục tiêu"),
    # before the areas: "Kinh phí hoạt động" is not a content area
    ("budget", r"kinh phí|^(?:nguồn )?tài chính"),
    ("duties", r"trách nhiệm|nhiệm vụ của|phân công|tổ chức thực hiện"),
    ("focal", r"đầu mối"),
    ("reviews", r"sơ kết|tổng kết|chế độ"),
    ("areas", r"nội dung|lĩnh vực|giải pháp|hoạt động"),
]
_ORDER = SECTION_ORDER["program"]
_DUTIES = re.compile(dict(PROGRAM_KEYS)["duties"])


def _intro(sec: Section, content: list[Item] | None = None) -> dict:
    """The words of a section before its subsections (``areas_intro``, ``duties_intro``): its
    paragraphs and items (markers other than '-' kept as typed), a table's rows as paragraphs."""
    content = sec.content if content is None else content
    intro: dict = {}
    prose([c for c in content if c.kind != "table"], intro)
    typed_items(intro, sec.number)
    tables = [t for c in content if c.kind == "table" for t in all_text(Section(0, content=[c]))]
    if tables:
        intro.setdefault("paragraphs", []).extend(tables)
    return intro


def _areas(sec: Section, acts: ActivityBuilder) -> tuple[list[dict], dict]:
    """The areas, and the section's own words (``areas_intro``). An activity table under an area
    gives its ``activities`` (tracked by ``due`` and ``who``) and ``layout: table``, so that the
    draft prints them as the document did; another table is kept as its rows."""
    ids: set[str] = set()
    areas: list[dict] = []
    intro = _intro(sec, None if sec.children else [c for c in sec.content if c.kind != "item"])
    if sec.children:
        for child in sec.children:
            area: dict = {"id": unique(slug(child.title), ids), "title": child.title}
            base = ("areas", len(areas), "activities")
            listed = area_activities(child, acts, base)  # items with their lines, taken out
            prose([c for c in child.content if c.kind != "table"], area)
            found, totals, columns = _activity_tables(child, acts, base)
            tables = [Section(0, content=[c]) for c in child.content
                      if c.kind == "table" and id(c) not in found]  # fmt: skip
            deeper = [t for g in [*tables, *child.children] for t in all_text(g)]
            if deeper:
                area.setdefault("paragraphs", []).extend(deeper)
            typed_items(area, child.number)  # an area prints no item style: 'a)' kept as typed
            if found:  # printed as typed: a table under the area, not kehoach's list
                area["layout"] = "table"
                if columns:
                    area["columns"] = columns  # 'Nội dung công việc', 'Đơn vị thực hiện'…
                area["activities"] = [a for table in found.values() for a in table]
                if not totals and any("budget" in a for a in area["activities"]):
                    area["print_total"] = False  # the source's table has no Tổng cộng row
            elif listed:  # printed as kehoach prints an area's activities by default
                area["activities"] = listed
                hoist(area, listed, lambda a: acts.settings.get(id(a)))
            areas.append(area)
    else:
        for c in sec.content:
            if c.kind == "item":
                areas.append({"id": unique(slug(c.text), ids), "title": c.text})
    return areas, intro


def _activity_tables(
    sec: Section, acts: ActivityBuilder, base: tuple
) -> tuple[dict[int, list], bool, dict[str, str]]:
    """The activities of each activity table of ``sec`` (by the ``id`` of its item), whether
    one of the tables prints a total row, and the headings typed over the columns of the first
    (``typed_columns``)."""
    out: dict[int, list] = {}
    totals = False
    columns: dict[str, str] = {}
    for c in sec.content:
        table = read_table(c.table) if c.kind == "table" and c.table is not None else None
        if table is not None:
            rows = acts.from_table(table, base, sum(len(v) for v in out.values()))
            group_rows(rows, table.groups)  # the table's group rows, by its own row numbers
            out[id(c)] = rows
            totals = totals or bool(table.total)
            columns = columns or typed_columns(table)
    return out, totals, columns


_REVIEW_WORDS = re.compile(r"\b(?:sơ kết|tổng kết|họp định kỳ|giao ban)\b", re.I)


def _tells_reviews(sec: Section) -> bool:
    """A section whose sentences set the reviews (what ``plan_map.reviews`` reads)."""
    return any(_REVIEW_WORDS.search(c.text) for c in sec.content if c.kind in ("para", "item"))


def program_body(
    root: Section,
    draft: Draft,
    index: OrgIndex,
    parties: list[str],
    year: int | None,
    final: int | None = None,
    first: int | None = None,
) -> dict:
    out: dict = {}
    extra: list[dict] = []
    used: set[str] = set()
    typed = Typed()
    span = (first, final) if isinstance(first, int) and isinstance(final, int) else None
    acts = ActivityBuilder(draft, index, parties, year, span)
    for sec in root.children:
        name = classify(sec.title, PROGRAM_KEYS, used)
        if name == "reviews" and not_printable(sec):  # kept whole, as written
            name = None
        got = budget(sec) if name == "budget" else None
        if name == "budget" and got is None:  # kept whole, as written
            name = None
        if name == "areas":
            areas, intro = _areas(sec, acts)
            if not areas:
                name = None
            else:
                used.add(name)
                if key(sec.title) != key(SECTION_TITLE["areas"]):
                    out["areas_title"] = sec.title
                if intro:
                    out["areas_intro"] = intro
                out["areas"] = areas
                typed.known(name, sec.title)
                continue
        elif name == "duties":
            found = duties(sec, index, parties)
            if found is None:
                name = None
            else:
                used.add(name)
                if key(sec.title) != key(SECTION_TITLE["duties"]):
                    out["duties_title"] = sec.title
                if intro := _intro(sec):
                    out["duties_intro"] = intro
                if found[0]:
                    out["duties_common"] = found[0]
                out["duties"] = found[1]
                typed.known(name, sec.title)
                continue
        elif name == "focal":
            focal = focal_points(sec, index, parties)
            if focal is None:
                name = None
            else:
                used.add(name)
                out["focal"] = focal
                typed.known(name, sec.title)
                continue
        if name is None and "reviews" not in used and not sec.children and _tells_reviews(sec):
            name = "reviews"  # "TỔ CHỨC THỰC HIỆN": "Hằng năm, hai bên tổ chức sơ kết …"
        if name is None:
            extra.append(section_dict(sec))
            if _DUTIES.search(key(sec.title)):  # duties not one subsection a party: those about
                # one party (its name, a department of it) still get its org, as a plan's do
                with_orgs(extra[-1], sec.children, index, parties)
            typed.extra(extra[-1], sec.title)
            continue
        used.add(name)
        typed.known(name, sec.title)
        if name == "reviews":
            out[name] = reviews(sec, index, parties, year, draft, final)
        else:
            out[name] = got if name == "budget" else titled(sec, "purpose")
    if "areas" not in out:  # required: a program whose words name no content areas
        out["areas"] = [{"id": "noi-dung", "title": "TODO: nội dung phối hợp"}]
        draft.todo(
            ("areas", 0, "title"),
            "văn bản không có mục nội dung phối hợp (các nội dung, lĩnh vực phối hợp): ghi các "
            "nội dung, hoặc chuyển từ mục khác",
        )
    ordered = {}
    for k in _ORDER:
        if k == "areas":
            for a in ("areas_title", "areas_intro", "areas"):
                if a in out:
                    ordered[a] = out[a]
        elif k == "duties":
            for a in ("duties_title", "duties_intro", "duties_common", "duties"):
                if a in out:
                    ordered[a] = out[a]
        elif k in out:
            ordered[k] = out[k]
    typed.place("program", draft)
    if extra:
        ordered["extra_sections"] = extra
    return ordered
