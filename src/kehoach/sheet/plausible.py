"""A done date or an amount spent that cannot be right, caught before it is written (only the
cells changed since the export: one left as exported is not doubted).

A done date after today is refused (a date typed wrong — 2099 for 2023 — would otherwise pass as a
fact, and no later check says so); one before the activity's own time begins is written with a
warning (work may start early, but a wrong year or month is more likely). An amount spent above
``spending.MAX_AMOUNT`` is refused (``1e20`` typed in the cell); one more than
``spending.OVER_FACTOR`` times the activity's budget is written with a warning (KH447 says the
same of the YAML file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from .. import viet
from ..model import navigate
from ..spending import MAX_AMOUNT, OVER_FACTOR, over_budget
from ..vocab import date_text
from .cells import how_money

__all__ = ["doubts", "done_date_doubt", "spent_doubt"]


def doubts(values: dict[str, object], act: dict, today: date) -> Iterator[tuple[str, bool, str]]:
    """(field, refused, why) for each of ``values`` (to be written into ``act``) that cannot be
    right."""
    done, spent = values.get("done_date"), values.get("spent")
    if isinstance(done, str) and (doubt := done_date_doubt(done, act, today)) is not None:
        yield "done_date", *doubt
    if isinstance(spent, int) and (doubt := spent_doubt(spent, act)) is not None:
        yield "spent", *doubt


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


def spent_doubt(value: int, act: dict) -> tuple[bool, str] | None:
    """(refused, why) for the amount spent ``value`` (whole đồng) of ``act``; None when it is
    plausible."""
    if value > MAX_AMOUNT:
        return True, (
            f"số tiền {viet.money(value)} đồng quá lớn, không thể là số đã chi (quá 10^15 đồng — "
            f"một triệu tỷ): kiểm tra lại số; {how_money()}"
        )
    budget = act.get("budget")
    if isinstance(budget, int) and over_budget(value, budget):
        return False, (
            f"đã chi {viet.money(value)} đồng, quá {OVER_FACTOR} lần kinh phí dự kiến "
            f"({viet.money(budget)} đồng); vẫn ghi — kiểm tra lại số tiền (thừa chữ số 0? ghi "
            "nghìn đồng thay cho đồng?)"
        )
    return None
