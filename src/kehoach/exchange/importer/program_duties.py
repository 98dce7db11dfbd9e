"""The duties of the parties of an imported program (one subsection a party, with the duties common
to them first) and its focal points ("Đơn vị: bộ phận; người; điện thoại …")."""

from __future__ import annotations

import re

from ...vocab import COMMON_DUTIES
from .body_map import prose, typed_items
from .orgs import UNIT_WORDS, OrgIndex
from .plan_map import issuer_of_unit
from .sections import Section
from .text import clean, key


def _party(title: str, index: OrgIndex, parties: list[str]) -> str | None:
    """The party a duties subsection is about: its name, or the start of it with the place left
    out ('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh' for '… tỉnh Quảng Ngãi'), or a department
    of it ('Văn phòng Sở', as a plan's ``with_orgs`` reads it), among the parties."""
    title = re.sub(r"^(?:đề nghị|trách nhiệm của|nhiệm vụ của)\s+", "", clean(title), flags=re.I)
    return (
        index.mentioned(title)
        or index.find_unplaced(title, parties)
        or issuer_of_unit(title, index, parties)
    )


# the subsection of the duties common to every party: "1. Trách nhiệm chung", "Nhiệm vụ chung
# của hai bên", "Trách nhiệm của các bên"
_COMMON = re.compile(
    r"^(?:(?:trách nhiệm|nhiệm vụ)\s+chung|(?:trách nhiệm|nhiệm vụ)\s+(?:của\s+)?(?:hai|các|cả hai|ba)"
    r"\s+bên$|(?:hai|các|cả hai|ba) bên(?:\s+cùng)?(?:\s+có)?\s+trách nhiệm)",
    re.I,
)


def _common(sec: Section) -> dict | None:
    """The duties of every party (``duties_common``) when the first subsection of a duties
    section is theirs and holds prose only; else None."""
    first = sec.children[0] if sec.children else None
    if first is None or not _COMMON.match(clean(first.title)):
        return None
    if first.children or any(c.kind == "table" for c in first.content):
        return None
    common: dict = {}
    prose(first.content, common)
    typed_items(common, first.number)
    if not common.get("paragraphs") and not common.get("items"):
        return None
    if key(first.title) != key(COMMON_DUTIES):
        common = {"title": first.title, **common}
    return common


def duties(
    sec: Section, index: OrgIndex, parties: list[str]
) -> tuple[dict | None, list[dict]] | None:
    """(the duties common to the parties, each party's duties) of a duties section, or None
    when its subsections are not one per party (kept whole as an extra section)."""
    common = _common(sec)
    duties = []
    for child in sec.children[1:] if common else sec.children:
        org = _party(child.title, index, parties)
        if org is None or org not in parties:
            return None
        duty: dict = {"org": org}
        names = [key(n) for n in index.names_of(org)]
        if key(child.title) not in names[:1]:
            duty["title"] = child.title
        if child.children or any(c.kind == "table" for c in child.content):
            return None  # kept whole as an extra section
        prose(child.content, duty)
        typed_items(duty, child.number)  # a duty prints no item style: 'a)' kept as typed
        duties.append(duty)
    return (common, duties) if duties else None


def focal_points(sec: Section, index: OrgIndex, parties: list[str]) -> list[dict] | None:
    """``Đơn vị: bộ phận; người; điện thoại …`` items → ``focal`` entries (a party named as
    people write it, without its place; a lone part naming a department is its unit); None when
    an item is not one."""
    out = []
    for c in sec.content:
        if c.kind != "item":
            return None
        name, _, rest = c.text.rstrip(".").partition(": ")
        org = index.find_unplaced(name, parties)
        if org is None:
            return None
        entry: dict = {"org": org}
        parts = [p.strip() for p in rest.split("; ") if p.strip()] if rest else []
        for p in parts:
            if p.startswith("điện thoại "):
                entry["phone"] = p[len("điện thoại ") :]
            elif p.startswith("thư điện tử "):
                entry["email"] = p[len("thư điện tử ") :]
            elif (
                "unit" not in entry
                and "person" not in entry
                and (len(parts) > 1 or UNIT_WORDS.match(p))
            ):
                entry["unit"] = p
            else:
                entry["person"] = f"{entry['person']}; {p}" if "person" in entry else p
        out.append(entry)
    return out or None
