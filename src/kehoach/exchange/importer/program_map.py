"""The numbered sections of a coordination program → ``goals``, ``areas``, ``duties``, ``focal``,
``reviews`` and ``extra_sections``.

Areas are the subsections of the contents section (or, without subsections, its items); duties
are the subsections of the responsibilities section, each about one party (its ``org``);
``Đơn vị: bộ phận; người`` items of the focal section become ``focal`` entries.
"""

from __future__ import annotations

from ...vocab import SECTION_TITLE
from .body_map import prose, section_dict, titled
from .draft import Draft
from .orgs import OrgIndex
from .plan_map import classify, reviews
from .sections import Section, all_text
from .text import key, slug, unique

PROGRAM_KEYS = [
    ("goals", r"mục đích|yêu cầu|mục tiêu"),
    ("duties", r"trách nhiệm|nhiệm vụ của|phân công|tổ chức thực hiện"),
    ("focal", r"đầu mối"),
    ("reviews", r"sơ kết|tổng kết|chế độ"),
    ("areas", r"nội dung|lĩnh vực|giải pháp|hoạt động"),
]
_ORDER = ["goals", "areas", "duties", "reviews", "focal"]


def _areas(sec: Section, draft: Draft) -> tuple[list[dict], dict]:
    """The areas, and the section's own text (title, paragraphs) kept at ``areas_title``…"""
    ids: set[str] = set()
    areas = []
    intro: dict = {}
    prose([c for c in sec.content if c.kind == "para"], intro)
    if sec.children:
        for child in sec.children:
            area: dict = {"id": unique(slug(child.title), ids), "title": child.title}
            prose([c for c in child.content if c.kind != "table"], area)
            tables = [Section(0, content=[c]) for c in child.content if c.kind == "table"]
            deeper = [t for g in [*tables, *child.children] for t in all_text(g)]
            if deeper:
                area.setdefault("paragraphs", []).extend(deeper)
            area.pop("item_style", None) if "items" not in area else None
            areas.append(area)
    else:
        for c in sec.content:
            if c.kind == "item":
                areas.append({"id": unique(slug(c.text), ids), "title": c.text})
    return areas, intro


def _duties(sec: Section, index: OrgIndex, parties: list[str]) -> list[dict] | None:
    duties = []
    for child in sec.children:
        org = index.mentioned(child.title) or index.find(child.title)
        if org is None or org not in parties:
            return None
        duty: dict = {"org": org}
        names = [key(n) for n in index.names_of(org)]
        if key(child.title) not in names[:1]:
            duty["title"] = child.title
        if child.children or any(c.kind == "table" for c in child.content):
            return None  # kept whole as an extra section
        prose(child.content, duty)
        duty.pop("item_style", None)
        duties.append(duty)
    return duties or None


def _focal(sec: Section, index: OrgIndex) -> list[dict] | None:
    out = []
    for c in sec.content:
        if c.kind != "item":
            return None
        name, _, rest = c.text.rstrip(".").partition(": ")
        org = index.find(name)
        if org is None:
            return None
        entry: dict = {"org": org}
        parts = [p.strip() for p in rest.split("; ") if p.strip()] if rest else []
        for p in parts:
            if p.startswith("điện thoại "):
                entry["phone"] = p[len("điện thoại ") :]
            elif p.startswith("thư điện tử "):
                entry["email"] = p[len("thư điện tử ") :]
            elif "unit" not in entry and "person" not in entry and len(parts) > 1:
                entry["unit"] = p
            else:
                entry["person"] = f"{entry['person']}; {p}" if "person" in entry else p
        out.append(entry)
    return out or None


def program_body(
    root: Section,
    draft: Draft,
    index: OrgIndex,
    parties: list[str],
    year: int | None,
    final: int | None = None,
) -> dict:
    out: dict = {}
    extra: list[dict] = []
    used: set[str] = set()
    for sec in root.children:
        name = classify(sec.title, PROGRAM_KEYS, used)
        if name == "reviews" and sec.children:  # kehoach prints no subsection there
            name = None
        if name == "areas":
            areas, intro = _areas(sec, draft)
            if not areas:
                name = None
            else:
                used.add(name)
                if key(sec.title) != key(SECTION_TITLE["areas"]):
                    out["areas_title"] = sec.title
                out["areas"] = areas
                if intro.get("paragraphs"):  # the format has no place for them: kept, marked
                    draft.todo(("extra_sections", len(extra)), "lời dẫn của mục nội dung phối hợp")
                    extra.append(
                        {"title": "Nội dung chưa xếp được", "paragraphs": intro["paragraphs"]}
                    )
                continue
        elif name == "duties":
            duties = _duties(sec, index, parties)
            if duties is None:
                name = None
            else:
                used.add(name)
                if key(sec.title) != key(SECTION_TITLE["duties"]):
                    out["duties_title"] = sec.title
                out["duties"] = duties
                continue
        elif name == "focal":
            focal = _focal(sec, index)
            if focal is None:
                name = None
            else:
                used.add(name)
                out["focal"] = focal
                continue
        if name is None:
            extra.append(section_dict(sec))
            continue
        used.add(name)
        out[name] = (
            reviews(sec, index, year, draft, final) if name == "reviews" else titled(sec, "purpose")
        )
    ordered = {}
    for k in _ORDER:
        if k == "areas":
            for a in ("areas_title", "areas"):
                if a in out:
                    ordered[a] = out[a]
        elif k == "duties":
            for a in ("duties_title", "duties"):
                if a in out:
                    ordered[a] = out[a]
        elif k in out:
            ordered[k] = out[k]
    if extra:
        ordered["extra_sections"] = extra
    return ordered
