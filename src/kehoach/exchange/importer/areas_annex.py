"""A program's area activities read back from its Phụ lục (``areas_layout: appendix``): the areas
in the body keep their words, and the last of them that has activities in the Phụ lục (or the
section's lead-in) ends with the line pointing at it (``(Chi tiết tại Phụ lục kèm theo)``); the
first Phụ lục holds an activity table whose group rows name the areas (``I. <area title>``).

Each group row is matched to an area by its title — numbering, case, spacing, punctuation and
the way the marks are written (``hoà``/``hòa``, composed or not) aside. The activities under it
go to that area; a row numbered ``1.``, ``a)`` under an area is a group of its activities
(``group``). A row that names no area, and the activities before the first row, are kept — in
the area before them (else the first area), the row's words their ``group`` — with a TODO naming
the row: never dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import viet
from ...model import Document
from ...model import layout as layout_rules
from ...vocab import APPENDIX_NOTE
from .activities import ActivityTable, Row
from .activity_rows import ActivityBuilder
from .contents_map import group_rows
from .text import clean, key

_NUMBER = re.compile(r"^(?:[IVXLC]+|\d+|[A-ZĐa-zđ])\s*[.)\-–]\s*")
_SUBGROUP = re.compile(r"^(?:\d+|[a-zđ])\s*[.)]\s*\S")  # '1. Hội thi', 'a) Hội thi'
_DASHED = re.compile(r"^[-–]\s+")


@dataclass
class Part:
    """A run of rows of the Phụ lục going to one area: the rows, the group rows among them
    (before row index, words) and the rows that no row naming an area is over (index, the words
    of the row they are under, '' for none)."""

    area: int
    unit: int = 1  # of the amounts in the table's budget column
    rows: list[Row] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    loose: list[tuple[int, str]] = field(default_factory=list)


def _norm(text: str | None) -> str:
    """The words of a title for matching: no number before it, no case, marks or punctuation."""
    return " ".join(re.findall(r"\w+", viet.unaccented(_NUMBER.sub("", clean(text)))))


def find_pointer(data: dict, label: str) -> tuple[int, str] | None:
    """(the last area whose words end with the line pointing at the Phụ lục ``label``, -1 for
    the section's lead-in ``areas_intro``; the line), or None. The line is left where it is."""
    areas = data.get("areas") or []
    places: list[tuple[int, object]] = list(enumerate(areas))[::-1]
    places.append((-1, data.get("areas_intro")))
    for i, part in places:
        last = _last_line(part) if isinstance(part, dict) else ""
        if label in last:
            return i, _DASHED.sub("", last)
    return None


def _last_line(part: dict) -> str:
    """The last line of an area's words: its last item, else its last paragraph."""
    lines = part.get("items") or part.get("paragraphs") or [""]
    return clean(lines[-1])


def _drop_last_line(part: dict) -> None:
    """Take the pointer out of an area's words. Items typed before it, read as paragraphs that
    keep their dash (a paragraph followed them), are items again."""
    name = "items" if part.get("items") else "paragraphs"
    lines = part[name]
    lines.pop()
    first = next((i for i, p in enumerate(lines) if _DASHED.match(p)), len(lines))
    if name == "paragraphs" and lines[first:] and all(_DASHED.match(p) for p in lines[first:]):
        part["items"] = [_DASHED.sub("", p) for p in lines[first:]]
        del lines[first:]
    if not lines:
        part.pop(name)


def _parts(tables: list[ActivityTable], areas: list[dict]) -> tuple[list[Part], int]:
    """The rows of ``tables`` cut into runs by the group rows naming an area, and how many group
    rows do."""
    names = [_norm(a.get("title")) for a in areas]
    taken: set[int] = set()
    parts: list[Part] = []
    matched = 0
    for t in tables:
        starts: dict[int, list[str]] = {}
        for at, text in t.groups:
            starts.setdefault(at, []).append(text)
        for r, row in enumerate(t.rows):
            for text in starts.get(r, []):
                hits = [i for i, n in enumerate(names) if n and n == _norm(text)]
                area = next((i for i in hits if i not in taken), hits[0] if hits else None)
                if area is not None:
                    taken.add(area)
                    matched += 1
                    parts.append(Part(area, t.budget_unit))
                    continue
                if not parts:
                    parts.append(Part(0, t.budget_unit))
                part = parts[-1]
                part.groups.append((len(part.rows), text))
                if not _SUBGROUP.match(text) or not taken:  # an area-level row naming no area
                    part.loose.append((len(part.rows), text))
            if not parts:
                parts.append(Part(0, t.budget_unit, loose=[(0, "")]))  # before any group row
            parts[-1].rows.append(row)
    return [p for p in parts if p.rows], matched


def read_back(data: dict, tables: list[ActivityTable], title: str, label: str,
              acts: ActivityBuilder) -> bool:  # fmt: skip
    """The activities of ``tables`` (the first Phụ lục, titled ``title``, labelled ``label``)
    into the areas their group rows name, the program printing them so (``areas_layout:
    appendix``, and ``areas_appendix_title``, ``areas_appendix_note``,
    ``areas_appendix_print_total`` where the document differs from kehoach's). False (nothing
    changed) when the areas do not point at the Phụ lục or no group row names an area that has
    no activities in the body (kehoach would print no Phụ lục, nor the line pointing at it)."""
    areas = [a for a in data.get("areas") or [] if isinstance(a, dict)]
    pointer = find_pointer(data, label)
    parts, matched = _parts(tables, areas)
    if pointer is None or not matched or all(areas[p.area].get("activities") for p in parts):
        return False
    at, note = pointer
    _drop_last_line(areas[at] if at >= 0 else data["areas_intro"])
    if at < 0 and not data["areas_intro"]:
        data.pop("areas_intro")
    draft = acts.draft
    for area in areas:  # read in the body: printed there still
        if area.get("activities") and "layout" not in area:
            area["layout"] = "detailed_list"
    acts.ids |= {a.get("id") for area in areas for a in area.get("activities") or []}
    annexed = []
    budgets = False  # an activity of the Phụ lục says its budget
    for part in parts:
        area = areas[part.area]
        base = ("areas", part.area, "activities")
        own = area.setdefault("activities", [])
        if "layout" in area:
            draft.todo(base, "nội dung có hoạt động ở cả phần nội dung lẫn Phụ lục: kehoach in mọi "
                       "hoạt động của một nội dung cùng một cách; các hoạt động ở Phụ lục được ghi"
                       " tiếp ở đây")  # fmt: skip
        else:
            annexed.append(part.area)
        rows = acts.from_table(ActivityTable(part.rows, part.unit), base, len(own))
        group_rows(rows, part.groups)
        budgets = budgets or any("budget" in a for a in rows)
        for n, text in part.loose:
            why = (
                f'dòng nhóm "{text}" ở Phụ lục không trùng tên nội dung phối hợp nào'
                if text
                else "hoạt động ở Phụ lục trước dòng nhóm thứ nhất, không thuộc nội dung nào"
            )
            draft.todo(base + (len(own) + n,), f"{why}: hoạt động này và các hoạt động sau nó "
                       f'trong nhóm được ghi vào nội dung "{clean(area.get("title"))}"; chuyển '
                       "về nội dung đúng")  # fmt: skip
        own += rows
    keys: dict = {"areas_layout": "appendix"}
    if key(title) != key(layout_rules.areas_appendix_title(Document("", "program", data))):
        keys["areas_appendix_title"] = title
    if note != APPENDIX_NOTE.format(label=label):
        keys["areas_appendix_note"] = note.replace(label, "{label}")
    if budgets and not any(t.total for t in tables):
        keys["areas_appendix_print_total"] = False  # the source's table has no Tổng cộng row
    if annexed and at != max(annexed):
        draft.todo(("areas_layout",), f'văn bản ghi câu "{note}" ở '
                   + (f'nội dung "{clean(areas[at].get("title"))}"' if at >= 0 else "lời dẫn")
                   + f'; kehoach in câu ấy sau lời của nội dung "'
                   f'{clean(areas[max(annexed)].get("title"))}"')  # fmt: skip
    items = [(k, v) for k, v in data.items() if k not in keys]
    first = next(i for i, (k, _) in enumerate(items) if k == "areas")
    data.clear()
    data.update(items[:first] + list(keys.items()) + items[first:])
    return True
