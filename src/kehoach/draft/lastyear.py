"""What a draft of next year's plan keeps of the way last year's plan was laid out: the layout of
its activities, whether its table printed a total, and their groups (``group``), so that a plan
typed as a grouped list in Word is drafted as one again; and of its signers and archive copies,
those of this year's issuers only (last year's plan may have been joint: ``own_signers``,
``own_archive``)."""

from __future__ import annotations

from ..model import Document, Repository, navigate
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


def own_signers(pdata: dict, issuers: list[str]) -> list[dict] | None:
    """Last year's signers of this year's issuers, in its order; None when one of the issuers
    signed nothing last year (a plan drafted for other issuers than last year's)."""
    signers = [s for s in pdata.get("signers") or [] if isinstance(s, dict)]
    mine = [s for s in signers if s.get("org") in issuers]
    return mine if {s.get("org") for s in mine} >= set(issuers) else None


def own_archive(repo: Repository, archive: object, issuers: list[str]) -> object:
    """Last year's archive copies (``recipients.archive``, 'VT Sở KH&CN') without those kept by a
    body that does not issue this year's plan (named by its short or full name)."""
    if not isinstance(archive, list):
        return archive
    others = [
        n
        for org, data in repo.orgs.items()
        if org not in issuers and isinstance(data, dict)
        for n in (data.get("short"), data.get("name"))
        if isinstance(n, str) and n
    ]
    return [a for a in archive if not (isinstance(a, str) and any(n in a for n in others))]
