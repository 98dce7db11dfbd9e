"""Activity-level changes between two versions of a document: added, removed, renamed, lead and
support, deadline moved earlier or later, status, budget and spending."""

from __future__ import annotations

from ..model import Document, navigate
from ..timeexpr import TimeError, parse_time
from ..viet import money
from ..vocab import NO_STATUS, STATUS, clean, date_text, shorten
from .change import Change


def _key(act: dict) -> str:
    return str(act["id"]) if isinstance(act.get("id"), str) else "title:" + clean(act.get("title"))


def _index(doc: Document) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for _, act in navigate.activities(doc):
        out.setdefault(_key(act), act)
    return out


def _deadline(value: object):
    try:
        t = parse_time(value)
    except (TimeError, TypeError):
        return None, str(value)
    return t.end, t.vi()


def _status_text(act: dict) -> str:
    status = act.get("status")
    text = NO_STATUS if status is None else STATUS.get(status, str(status))
    done = act.get("done_date")
    if act.get("status") == "done" and isinstance(done, str):
        try:
            d = parse_time(done).start
            text += f" (ngày {date_text(d)})"
        except TimeError:
            pass
    return text


def _amount(value: object) -> str:
    return (
        f"{money(value)} đồng"
        if isinstance(value, int) and not isinstance(value, bool)
        else "(chưa ghi)"
    )


def activity_changes(a: Document, b: Document, names=str) -> list[Change]:
    old, new = _index(a), _index(b)
    # an activity without id whose title changed cannot be matched: it shows as removed + added
    out: list[Change] = []
    for key, act in new.items():
        if key not in old:
            when = f", {_deadline(act['time'])[1]}" if "time" in act else ""
            lead = f"chủ trì {names(act['lead'])}" if isinstance(act.get("lead"), str) else ""
            out.append(
                Change(
                    "activity_added",
                    f'Thêm hoạt động "{shorten(act.get("title"))}" ({lead}{when})',
                    activity=key,
                    new=act.get("title"),
                )
            )
    for key, act in old.items():
        if key not in new:
            out.append(
                Change(
                    "activity_removed",
                    f'Bỏ hoạt động "{shorten(act.get("title"))}"',
                    activity=key,
                    old=act.get("title"),
                )
            )
    for key, act in new.items():
        if key in old and old[key] != act:
            out += _one(key, old[key], act, names)
    return out


def _one(key: str, a: dict, b: dict, names=str) -> list[Change]:
    name = shorten(b.get("title"))
    out: list[Change] = []
    if a.get("title") != b.get("title"):
        out.append(
            Change(
                "title",
                f'Đổi tên hoạt động "{shorten(a.get("title"))}" thành "{name}"',
                key,
                a.get("title"),
                b.get("title"),
            )
        )
    if a.get("lead") != b.get("lead"):
        out.append(
            Change(
                "lead",
                f'"{name}": chủ trì {_org(a.get("lead"), names)} → {_org(b.get("lead"), names)}',
                key,
                a.get("lead"),
                b.get("lead"),
            )
        )
    sa, sb = list(a.get("support") or []), list(b.get("support") or [])
    if sa != sb:
        added = [x for x in sb if x not in sa]
        removed = [x for x in sa if x not in sb]
        parts = ([f"thêm {', '.join(map(names, added))}"] if added else []) + (
            [f"bỏ {', '.join(map(names, removed))}"] if removed else []
        )
        out.append(
            Change("support", f'"{name}": phối hợp {"; ".join(parts) or "đổi thứ tự"}', key, sa, sb)
        )
    if a.get("time") != b.get("time"):
        out.append(_time_change(key, name, a.get("time"), b.get("time")))
    if a.get("status") != b.get("status") or (
        b.get("status") == "done" and a.get("done_date") != b.get("done_date")
    ):
        out.append(
            Change(
                "status",
                f'"{name}": {_status_text(a)} → {_status_text(b)}',
                key,
                a.get("status"),
                b.get("status"),
            )
        )
    for field, label in (("budget", "Kinh phí"), ("spent", "Đã chi")):
        if a.get(field) != b.get(field):
            out.append(
                Change(
                    field,
                    f'{label} của "{name}": {_amount(a.get(field))} → {_amount(b.get(field))}',
                    key,
                    a.get(field),
                    b.get(field),
                )
            )
    if a.get("note") != b.get("note") and b.get("note"):
        out.append(
            Change(
                "note",
                f'Ghi chú của "{name}": {shorten(b.get("note"), 100)}',
                key,
                a.get("note"),
                b.get("note"),
            )
        )
    return out


def _org(value: object, names) -> str:
    return names(value) if isinstance(value, str) else "(trống)"


def _time_change(key: str, name: str, old: object, new: object) -> Change:
    if old is None or new is None:
        return Change(
            "time",
            f'Thời gian của "{name}": {_deadline(old)[1] if old is not None else "(trống)"} → '
            f"{_deadline(new)[1] if new is not None else '(trống)'}",
            key,
            old,
            new,
        )
    (end_a, vi_a), (end_b, vi_b) = _deadline(old), _deadline(new)
    if end_a and end_b and end_b > end_a:
        return Change(
            "deadline_later", f'Hạn của "{name}" dời từ {vi_a} sang {vi_b}', key, old, new
        )
    if end_a and end_b and end_b < end_a:
        return Change(
            "deadline_earlier", f'Hạn của "{name}" đưa sớm từ {vi_a} lên {vi_b}', key, old, new
        )
    if vi_b == "thường xuyên" or vi_a == "thường xuyên":
        kind = "deadline_removed" if vi_b == "thường xuyên" else "deadline_set"
        return Change(kind, f'Thời gian của "{name}": {vi_a} → {vi_b}', key, old, new)
    same = (
        " (hạn không đổi)"
        if end_a and end_b
        else " (mốc thời gian không đọc được; chạy kehoach validate)"
    )
    return Change("time", f'Thời gian của "{name}": {vi_a} → {vi_b}{same}', key, old, new)
