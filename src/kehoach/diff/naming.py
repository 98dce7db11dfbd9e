"""How the lines of ``kehoach diff`` name an activity: by its title, as before, when no other
activity of the same version of the document shows the same one; else with what tells it apart in
the document — its content area, its group, else its number as the table prints it (STT) or its
place in the list:

    Hạn của "Họp định kỳ" (nội dung "Hỗ trợ thanh niên khởi nghiệp") dời từ … sang …
    "Giao ban" (nhóm "Công tác khác"): …
    "Giao ban" (STT 7): chưa thực hiện → hoàn thành

A name is worked out in the version the line speaks of (an activity added or changed: the new
one; removed, or moved out of an area: the old one), and among the titles as the line shows them:
two long titles the line cuts to the same words are told apart too."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..model import Document, navigate
from ..vocab import clean, quoted, shorten

__all__ = ["Names"]

# the layouts of a plan's contents that print its activities in a table, numbered 1, 2, … on
# through the groups (``render.sections.activities``; none written: a table)
TABLE_LAYOUTS = (None, "table", "appendix")


class Names:
    """The names of the activities of one version of a document, by their JSON path: ``full``
    with the whole title (an activity added, removed, renamed), ``short`` with the title cut
    as most lines show it (``vocab.shorten``). ``areas``: the titles of the content areas a
    plan's activities name (``documents.area_titles``; an area not there is shown by its id)."""

    def __init__(self, doc: Document, areas: Mapping[str, str] | None = None) -> None:
        acts = list(navigate.activities(doc))
        tell = _telling(doc, acts, areas or {})
        self._full = _names(acts, tell, lambda act: clean(act.get("title")))
        self._short = _names(acts, tell, lambda act: shorten(act.get("title")))

    def full(self, path: tuple) -> str:
        return self._full.get(path) or quoted("")

    def short(self, path: tuple) -> str:
        return self._short.get(path) or quoted("")


# what tells the activities sharing a title apart, each a phrase by JSON path, tried in turn
Telling = list[dict[tuple, str]]


def _names(
    acts: list[tuple[tuple, dict]], tell: Telling, shown: Callable[[dict], str]
) -> dict[tuple, str]:
    """Each activity's title as ``shown`` in quotes, with the first of ``tell`` that sets apart
    every activity showing the same title (the last of them, the place, does but in a program
    with two areas of one title: then it is said all the same)."""
    sharing: dict[str, list[tuple]] = {}
    for path, act in acts:
        sharing.setdefault(shown(act), []).append(path)
    out: dict[tuple, str] = {}
    for title, paths in sharing.items():
        if len(paths) == 1:
            out[paths[0]] = quoted(title)
            continue
        words = next((w for w in tell if _apart([w.get(p, "") for p in paths])), tell[-1])
        out.update((p, f"{quoted(title)} ({words[p]})") for p in paths)
    return out


def _apart(words: list[str]) -> bool:
    return all(words) and len(set(words)) == len(words)


def _telling(doc: Document, acts: list[tuple[tuple, dict]], areas: Mapping[str, str]) -> Telling:
    """The content area, the group, the place of each activity, as phrases."""
    area: dict[tuple, str] = {}
    group: dict[tuple, str] = {}
    place: dict[tuple, str] = {}
    program_areas = doc.data.get("areas") if doc.kind == "program" else None
    table = doc.kind == "plan" and _layout(doc) in TABLE_LAYOUTS
    n = 0
    for path, act in acts:
        if isinstance(program_areas, list):  # a program's: the area it is written under
            node = program_areas[path[1]]
            title = clean(node.get("title")) or clean(node.get("id")) or str(path[1] + 1)
            area[path] = f"nội dung {quoted(title)}"
            place[path] = f"nội dung {quoted(title)}, hoạt động thứ {path[3] + 1}"
        else:
            if isinstance(act.get("area"), str):
                area[path] = f"nội dung {quoted(areas.get(act['area'], act['area']))}"
            n += 1
            place[path] = f"STT {n}" if table else f"hoạt động thứ {n}"
        if clean(act.get("group")):
            group[path] = f"nhóm {quoted(clean(act.get('group')))}"
    return [area, group, place]


def _layout(doc: Document) -> object:
    contents = doc.data.get("contents")
    return contents.get("layout") if isinstance(contents, dict) else None
