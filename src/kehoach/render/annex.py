"""A program's area activities gathered in one Phụ lục (``areas_layout: appendix``, or an area's
own ``layout: appendix``): one table over the areas, in their order, a group row naming each
(``I. <area title>``, ``II. …``), a row of the next level for a group of activities inside an area
(``1. <group>``, numbered again in each area), the activity rows numbered on through the whole
table as a plan's table numbers them; the body keeps each area's heading and words and one line
pointing at the Phụ lục."""

from __future__ import annotations

from .. import viet
from ..model import Repository
from ..timeexpr import TimeExpr
from ..vocab import APPENDIX_NOTE, clean
from .activities import groups
from .activity_table import activity_row, table_block


def areas_table(
    repo: Repository,
    annexed: list[tuple[dict, list[dict]]],
    total: bool,
    window: TimeExpr | None = None,
) -> dict:
    """The ``activities`` block of the areas ``annexed`` (each area with its activities)."""
    rows: list[dict] = []
    acts: list[dict] = []
    for k, (area, own) in enumerate(annexed, 1):
        j = 0
        for n, (act, group) in enumerate(zip(own, groups(own), strict=True)):
            row = activity_row(repo, act, len(rows) + 1, window)
            if n == 0:
                row["group"] = f"{viet.roman(k)}. {clean(area.get('title'))}"
            if group:
                j += 1
                row["subgroup"] = f"{j}. {group}"
            rows.append(row)
        acts += own
    return table_block(rows, acts, total)


def areas_appendix(
    repo: Repository,
    annexed: list[tuple[dict, list[dict]]],
    data: dict,
    title: str,
    window: TimeExpr | None = None,
) -> tuple[dict, dict]:
    """The Phụ lục of the areas ``annexed`` (titled ``areas_appendix_title``, else ``title``,
    landscape, its total unless ``areas_appendix_print_total: false``) and the paragraph that
    points at it (``areas_appendix_note``; ``{label}`` is named once the appendices are
    numbered)."""
    table = areas_table(repo, annexed, data.get("areas_appendix_print_total") is not False, window)
    appendix = {
        "title": clean(data.get("areas_appendix_title")) or title,
        "orientation": "landscape",
        "blocks": [table],
    }
    note = clean(data.get("areas_appendix_note")) or APPENDIX_NOTE
    return appendix, {"type": "paragraph", "text": note, "appendix_note": True}
