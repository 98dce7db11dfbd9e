"""How one field of an activity is said in a diff line: its time (a deadline moved earlier or later,
set, removed, written differently), its status with the day it was done, an amount in đồng."""

from __future__ import annotations

import json

from ..timeexpr import TimeError, parse_time
from ..viet import money
from ..vocab import NO_STATUS, STATUS, date_text, quoted
from .change import Change


def deadline(value: object):
    try:
        t = parse_time(value)
    except (TimeError, TypeError):
        return None, str(value)
    return t.end, t.vi()


def is_range(value: object) -> bool:
    try:
        return parse_time(value).kind == "range"
    except (TimeError, TypeError):
        return False


def status_text(act: dict) -> str:
    status = act.get("status")
    text = NO_STATUS if status is None else STATUS.get(status, str(status))
    done = act.get("done_date")
    if act.get("status") == "done" and isinstance(done, str):
        try:
            d = parse_time(done).start
        except TimeError:  # '2027-02-29': said as written, never as a day removed
            return f"{text} (ngày {quoted(done)}, không hợp lệ)"
        # 'ongoing' names no day (diff reads files that were never checked against their schema)
        if d is not None:
            text += f" (ngày {date_text(d)})"
    return text


def amount(value: object) -> str:
    """An amount in đồng; one typed the wrong way (``"40000000"``, ``40000000.0``) as typed, said
    not to be valid — never as an amount removed."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{money(value)} đồng"
    if value is None:
        return "(chưa ghi)"
    shown = quoted(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                                    default=str)  # fmt: skip
    return f"{shown} (không hợp lệ: cần số nguyên)"


def time_change(key: str, name: str, old: object, new: object) -> Change:
    """The line of an activity's ``time`` changed; ``name``: the activity as the line names it,
    quoted (``naming.Names``)."""
    if old is None or new is None:
        return Change(
            "time",
            f"Thời gian của {name}: {deadline(old)[1] if old is not None else '(trống)'} → "
            f"{deadline(new)[1] if new is not None else '(trống)'}",
            key,
            old,
            new,
        )
    (end_a, vi_a), (end_b, vi_b) = deadline(old), deadline(new)
    moved = end_a and end_b and end_a != end_b
    if moved and (is_range(old) or is_range(new)):
        # a range reads "từ … đến …": say the times, then how the deadline moved
        how = "dời muộn" if end_b > end_a else "đưa sớm"
        return Change(
            "deadline_later" if end_b > end_a else "deadline_earlier",
            f"Thời gian của {name}: {vi_a} → {vi_b} (hạn {how} từ {date_text(end_a)} "
            f"sang {date_text(end_b)})",
            key,
            old,
            new,
        )
    if moved and end_b > end_a:
        return Change("deadline_later", f"Hạn của {name} dời từ {vi_a} sang {vi_b}", key, old, new)
    if moved and end_b < end_a:
        return Change(
            "deadline_earlier",
            f"Hạn của {name} đưa sớm từ {vi_a} lên {vi_b}",
            key,
            old,
            new,
        )
    if vi_b == "thường xuyên" or vi_a == "thường xuyên":
        kind = "deadline_removed" if vi_b == "thường xuyên" else "deadline_set"
        return Change(kind, f"Thời gian của {name}: {vi_a} → {vi_b}", key, old, new)
    same = (
        " (hạn không đổi)"
        if end_a and end_b
        else " (mốc thời gian không đọc được; chạy kehoach validate)"
    )
    if vi_a == vi_b:  # written differently, same meaning (2024-q2 → 2024-Q2)
        vi_a, vi_b = quoted(old), quoted(new)
    return Change("time", f"Thời gian của {name}: {vi_a} → {vi_b}{same}", key, old, new)
