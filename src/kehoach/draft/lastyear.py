"""What a draft of next year's plan keeps of the way last year's plan was laid out: the layout of
its activities, whether its table printed a total, and their groups (``group``), so that a plan
typed as a grouped list in Word is drafted as one again."""

from __future__ import annotations

from ..model import Document, navigate
from .carry import group_of


def layout_of(pdata: dict) -> str:
    """The activities' layout of last year's plan (a list typed with its Thời gian, Chủ trì lines
    stays one), else a table."""
    contents = pdata.get("contents")
    layout = contents.get("layout") if isinstance(contents, dict) else None
    return layout if layout in ("table", "list", "detailed_list", "appendix") else "table"


def no_total(pdata: dict) -> bool:
    """Last year's activity table printed no Tổng cộng row (``contents.print_total: false``)."""
    contents = pdata.get("contents")
    return isinstance(contents, dict) and contents.get("print_total") is False


def _last_year(prev: Document | None) -> list[dict]:
    return [act for _, act in navigate.activities(prev)] if prev is not None else []


def area_groups(prev: Document | None) -> dict[str, str]:
    """For each area of last year's plan, the group its first activity was in."""
    out: dict[str, str] = {}
    for act in _last_year(prev):
        area = act.get("area")
        if isinstance(area, str) and area not in out:
            out[area] = group_of(act)
    return out


def grouped(items: list[tuple[str, str]], prev: Document | None) -> list[tuple[str, str]]:
    """``items`` with each group's activities together, as KH427 wants: the activities without a
    group first, then the groups in last year's order (a group only a carried activity brings,
    after them), each in area order. Without groups, ``items`` as they are."""
    order: dict[str, int] = {"": 0}
    for act in _last_year(prev):
        order.setdefault(group_of(act), len(order))
    for group, _ in items:
        order.setdefault(group, len(order))
    return sorted(items, key=lambda item: order[item[0]])
