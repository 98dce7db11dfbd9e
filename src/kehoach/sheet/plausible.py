"""A done date that cannot be right, caught before it is written: one after today is refused (a
date typed wrong — 2099 for 2023 — would otherwise pass as a fact, and no later check says so);
one before the activity's own time begins is written with a warning (work may start early, but a
wrong year or month is more likely)."""

from __future__ import annotations

from datetime import date

from ..model import navigate
from ..vocab import date_text

__all__ = ["done_date_doubt"]


def done_date_doubt(value: str, act: dict, today: date) -> tuple[bool, str] | None:
    """(refused, why) for the done date ``value`` (ISO) of ``act``; None when it is plausible."""
    try:
        done = date.fromisoformat(value)
    except ValueError:
        return None
    if done > today:
        return True, (
            f"ngày hoàn thành {date_text(done)} sau hôm nay ({date_text(today)}): việc chưa thể "
            "xong vào ngày ấy; sửa ngày (ngày/tháng/năm, ví dụ 20/9/2022) hoặc để trống"
        )
    t = navigate.time_of(act.get("time")) if "time" in act else None
    if t is not None and not t.is_ongoing and t.start is not None and done < t.start:
        return False, (
            f"ngày hoàn thành {date_text(done)} trước thời gian của hoạt động ({t.vi()}, từ "
            f"{date_text(t.start)}); vẫn ghi — kiểm tra lại ngày, tháng, năm"
        )
    return None
