"""Activity-level changes between two versions of a document: added, removed, renamed (both titles
in full), lead and support, deadline moved earlier or later, status, budget and spending, note;
moved to another content area or in the order of the table; every other field of an activity
through the generic lines (``generic``). An activity is named by its title, told apart from the
others of the same title by its area, group or number (``naming``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..model import Document, navigate
from ..vocab import clean, one_line, quoted
from .change import Change
from .fields import amount, deadline, status_text, time_change
from .generic import Walker, canon, text_change
from .naming import Names

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from .._typing import NamedTuple

# fields the dedicated lines below speak for
DEDICATED = frozenset(
    {"title", "lead", "support", "time", "status", "budget", "spent", "note", "area"}
)


def _key(act: dict) -> str:
    return str(act["id"]) if isinstance(act.get("id"), str) else "title:" + clean(act.get("title"))


def _index(doc: Document) -> dict[str, tuple[tuple, dict]]:
    """Activities by key (a repeated key gets '#2', '#3'…), with their JSON path."""
    out: dict[str, tuple[tuple, dict]] = {}
    for path, act in navigate.activities(doc):
        key, n = _key(act), 1
        while key in out:
            n += 1
            key = f"{_key(act)}#{n}"
        out[key] = (path, act)
    return out


def _new_ids(old: dict, new: dict) -> dict[str, str]:
    """New id → old id of each activity whose id alone tells it apart from one removed: an id
    added and one gone whose activities have the same title (and, among those added and those
    gone, are the only ones with it), in the same area of a program. One removed and one added
    otherwise."""

    def by_title(keys: list[str], acts: dict) -> dict[tuple, str | None]:
        found: dict[tuple, str | None] = {}
        for key in keys:
            path, act = acts[key]
            title = clean(act.get("title"))
            if not title or not isinstance(act.get("id"), str) or "#" in key:
                continue
            mark = (title, path[:2] if path[:1] == ("areas",) else None)
            found[mark] = None if mark in found else key  # None: the title is not unique
        return found

    added = by_title([k for k in new if k not in old], new)
    gone = by_title([k for k in old if k not in new], old)
    return {k: gone[m] for m, k in added.items() if k and gone.get(m)}  # type: ignore[misc]


def _area_of(doc: Document, path: tuple) -> object:
    """The content area an activity of a program is written under."""
    if doc.kind == "program" and path[:1] == ("areas",):
        area = (doc.data.get("areas") or [])[path[1]]
        return area.get("id", path[1]) if isinstance(area, dict) else path[1]
    return None


def activity_changes(
    a: Document,
    b: Document,
    names: Callable[[str], str] = str,
    areas: Mapping[str, str] | None = None,
) -> list[Change]:
    """The changes of the activities; ``areas``: the titles of the content areas a plan's
    activities name (``documents.area_titles``), each shown by its title."""
    areas = areas or {}
    old, new = _index(a), _index(b)
    was, now = Names(a, areas), Names(b, areas)
    # an activity without id whose title changed cannot be matched: it shows as removed + added
    out: list[Change] = []
    renamed = _new_ids(old, new)
    for key, was_key in renamed.items():  # its id changed: said so, then its other changes
        (before, a_act), (path, act) = old[was_key], new[key]
        out.append(
            Change(
                "activity_id",
                f"Đổi mã hoạt động {now.full(path)}: {was_key} → {key} (nơi ghi mã cũ, như "
                f"`carried_from`, phải sửa theo)",
                activity=key,
                old=was_key,
                new=key,
            )
        )
        a_act = {**a_act, "id": key}  # the id said above: not again as a field changed
        if canon(a_act) != canon(act):
            called = _Said(now.short(path), was.short(before), was.full(before), now.full(path))
            out += _one(key, a_act, act, names, b.kind, path, called, areas)
    for key, (path, act) in new.items():
        if key not in old and key not in renamed:
            out.append(
                Change(
                    "activity_added",
                    f"Thêm hoạt động {now.full(path)}{_details(act, names)}",
                    activity=key,
                    new=act.get("title"),
                )
            )
    gone = set(renamed.values())
    for key, (path, act) in old.items():
        if key not in new and key not in gone:
            out.append(
                Change(
                    "activity_removed",
                    f"Bỏ hoạt động {was.full(path)}",
                    activity=key,
                    old=act.get("title"),
                )
            )
    for key, (path, act) in new.items():
        if key not in old:
            continue
        before = old[key][0]
        if canon(old[key][1]) != canon(act):
            called = _Said(now.short(path), was.short(before), was.full(before), now.full(path))
            out += _one(key, old[key][1], act, names, b.kind, path, called, areas)
        if _area_of(a, before) != _area_of(b, path):
            area = b.data["areas"][path[1]]
            title = clean(area.get("title")) if isinstance(area, dict) else ""
            out.append(
                Change(
                    "area",
                    f"{was.short(before)}: chuyển sang nội dung {quoted(title)}",
                    key,
                    _area_of(a, before),
                    _area_of(b, path),
                )
            )
    common_old = [k for k in old if k in new]
    common_new = [k for k in new if k in old]
    if common_old != common_new:
        out.append(Change("activity_order", "Đổi thứ tự các hoạt động"))
    return out


def _details(act: dict, names) -> str:
    """' (chủ trì …, phối hợp …, tháng 10/2022, kinh phí 20.000.000 đồng)': what the lines of a
    changed activity say of it, for one added."""
    parts = []
    if isinstance(act.get("lead"), str):
        leads = [names(o) for o in (act["lead"], *navigate.co_leads(act))]
        parts.append(f"chủ trì {', '.join(leads)}")
    support = [names(s) for s in act.get("support") or [] if isinstance(s, str)]
    support += [o for o in navigate.support_others(act) if o not in support]
    if support:
        parts.append(f"phối hợp {', '.join(support)}")
    if "time" in act:
        parts.append(deadline(act["time"])[1])
    if act.get("budget") is not None:
        parts.append(f"kinh phí {amount(act['budget'])}")
    return f" ({', '.join(parts)})" if parts else ""


class _Said(NamedTuple):
    """How the lines of one changed activity name it (``naming.Names``): ``now`` (its title as
    most lines cut it, in the new version), ``was`` (the same in the old version: a move out of
    its area), ``old_title``, ``new_title`` (whole, for a new title)."""

    now: str
    was: str
    old_title: str
    new_title: str


def _area_change(key: str, said: str, old: object, new: object, areas) -> Change:
    """An activity's ``area`` (a plan's: the id of a content area of its program), by the area's
    title, as a program's activity moved under another area is said; ``said``: the activity as
    its old version names it."""

    def title(area: object) -> str:
        return quoted(areas.get(area, area)) if isinstance(area, str) else quoted(str(area))

    what = f"chuyển sang nội dung {title(new)}" if new is not None else f"bỏ nội dung {title(old)}"
    return Change("area", f"{said}: {what}", key, old, new)


def _one(
    key: str, a: dict, b: dict, names, kind: str, path: tuple, called: _Said, areas=None
) -> list[Change]:
    name = called.now
    out: list[Change] = []
    if canon(a.get("area")) != canon(b.get("area")):
        out.append(_area_change(key, called.was, a.get("area"), b.get("area"), areas or {}))
    if a.get("title") != b.get("title"):
        out.append(
            Change(
                "title",
                f"Đổi tên hoạt động {called.old_title} thành {called.new_title}",
                key,
                a.get("title"),
                b.get("title"),
            )
        )
    if a.get("lead") != b.get("lead"):
        out.append(
            Change(
                "lead",
                f"{name}: chủ trì {_org(a.get('lead'), names)} → {_org(b.get('lead'), names)}",
                key,
                a.get("lead"),
                b.get("lead"),
            )
        )
    sa, sb = list(a.get("support") or []), list(b.get("support") or [])
    if canon(a.get("support")) != canon(b.get("support")):
        added = [x for x in sb if x not in sa]
        removed = [x for x in sa if x not in sb]
        parts = ([f"thêm {', '.join(map(names, added))}"] if added else []) + (
            [f"bỏ {', '.join(map(names, removed))}"] if removed else []
        )
        out.append(
            Change(
                "support",
                f"{name}: phối hợp {'; '.join(parts) or 'đổi thứ tự'}",
                key,
                sa,
                sb,
            )
        )
    if canon(a.get("time")) != canon(b.get("time")):
        out.append(time_change(key, name, a.get("time"), b.get("time")))
    status_covers_done = b.get("status") == "done"
    if a.get("status") != b.get("status") or (
        status_covers_done and a.get("done_date") != b.get("done_date")
    ):
        out.append(
            Change(
                "status",
                f"{name}: {status_text(a)} → {status_text(b)}",
                key,
                a.get("status"),
                b.get("status"),
            )
        )
    for field, label in (("budget", "Kinh phí"), ("spent", "Đã chi")):
        if canon(a.get(field)) != canon(b.get(field)):
            out.append(
                Change(
                    field,
                    f"{label} của {name}: {amount(a.get(field))} → {amount(b.get(field))}",
                    key,
                    a.get(field),
                    b.get(field),
                )
            )
    if canon(a.get("note")) != canon(b.get("note")):
        old, new = one_line(a.get("note")), one_line(b.get("note"))
        # as every other field: old → new, "(trống)" for the side without one
        said = (
            text_change(old, new)
            if old and new
            else f"{quoted(old) if old else '(trống)'} → {quoted(new) if new else '(trống)'}"
        )
        out.append(Change("note", f"Ghi chú của {name}: {said}", key, a.get("note"),
                          b.get("note")))  # fmt: skip
    # everything else (area, place, participants, outputs, details, done_date without done…)
    covered = DEDICATED | ({"done_date"} if status_covers_done else set())
    rest_a = {k: v for k, v in a.items() if k not in covered}
    rest_b = {k: v for k, v in b.items() if k not in covered}
    walker = Walker(kind, names, activity=key)
    out += walker.walk(rest_a, rest_b, path, [name])
    return out


def _org(value: object, names) -> str:
    return names(value) if isinstance(value, str) else "(trống)"
