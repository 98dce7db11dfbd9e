"""The reviews section of a drafted annual plan: the meetings and reviews the program holds that
year that concern the plan's issuers, one line each (``schedule_lines``), and the plan's own
schedule carried over from last year's plan (``plan_reviews``) — its times moved to the new year
and, when its parties take turns to chair (``rotation``), the turns going on from where last
year's left off."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..calendar_vn import WorkCalendar
from ..model import Document, Repository, navigate
from ..model.schedule import occurrences, work_calendar
from ..model.turns import chaired_occurrences, members, rotation
from ..model.when import occurrence_when, printed_day
from ..vocab import REVIEW_TITLE, clean, review_kind_title
from .reyear import Reyear

__all__ = ["plan_reviews", "schedule_lines"]


def _shift_years(value, delta: int):
    """A time expression (or ``start`` year) moved by ``delta`` years: 2023-12 → 2024-12."""
    if isinstance(value, bool) or not delta:
        return value
    if isinstance(value, int):
        return value + delta
    if isinstance(value, str):
        return re.sub(r"\b(\d{4})\b", lambda m: str(int(m.group(1)) + delta), value)
    return value


def _moved_item(item: dict, delta: int, reyear: Reyear, cal: WorkCalendar, held: int) -> dict:
    """A schedule item of last year's plan for this year: fixed times and start years moved by
    ``delta`` years, "năm N" in texts renamed (``reyear``); a day that lands on a day off
    (2024-02-02 → 2025-02-02, in Tết) becomes the working day before it, the day every command
    will use. Parties that take turns (``rotation``) after the ``held`` occurrences of last
    year: the party whose turn is next comes first."""
    out = {
        k: (_shift_years(v, delta) if k in ("time", "start") else reyear(v))
        for k, v in item.items()
    }
    day = printed_day(out, cal)
    if day is not None and day.isoformat() != out.get("time"):
        out["time"] = day.isoformat()
    turns = rotation(item)
    if turns and held % len(turns):
        step = held % len(turns)
        out["rotation"] = turns[step:] + turns[:step]
    return out


def plan_reviews(
    repo: Repository,
    program: Document,
    prev: Document | None,
    year: int,
    delta: int,
    reyear: Reyear,
    issuers: Sequence[str] = (),
) -> dict:
    """The reviews of the plan of ``year`` that ``issuers`` issue: the program's lines that
    concern them, then the schedule of last year's plan ``prev`` (``delta`` years before) moved
    to this year."""
    lines = schedule_lines(repo, program, year, issuers)
    reviews: dict = {}
    if lines:
        reviews["items"] = lines
    before = prev.data.get("reviews") if prev is not None else None
    if isinstance(before, dict) and before.get("schedule"):
        assert prev is not None
        cal = work_calendar(repo.settings)
        period = navigate.window(prev)
        # the lines above are the program's; the plan's own meetings print from its schedule
        reviews["print_schedule"] = True
        reviews["schedule"] = [
            _moved_item(item, delta, reyear, cal, len(occurrences(item, period, cal)))
            if isinstance(item, dict)
            else item
            for item in before["schedule"]
        ]
    return reviews


def schedule_lines(
    repo: Repository, program: Document, year: int, issuers: Sequence[str] = ()
) -> list[str]:
    """One line per occurrence of the program's schedule in ``year``, in date order, on the dates
    ``kehoach due`` shows (moved off days off), with its chair when the program names one (its
    ``lead``, or the party whose turn it is): "Tháng 12/2025: Sơ kết (Tỉnh Đoàn chủ trì)",
    "Ngày 24/01/2025: Thống nhất kế hoạch năm 2025".

    Only what concerns the plan of ``year`` that ``issuers`` issue (all of it when none are
    given): a meeting or review they chair or attend (the program's parties, the parties taking
    turns); an annual plan (``kind: plan``) of another year that one of them is asked for (its
    ``lead``; any party's when none), named with its year — "Kế hoạch năm tiếp theo (năm 2028, Tỉnh
    Đoàn chủ trì)" —, never the plan of ``year`` itself (the plan being drafted). Nothing before
    the program's date: a meeting held before it was signed is not its own."""
    signed = navigate.issued(program)
    found: list[tuple[date, str]] = []
    for _, item, occ, chair in chaired_occurrences(program, work_calendar(repo.settings)):
        if signed is not None and occ.date < signed:
            continue
        if issuers and not _concerns(item, occ.year, chair, year, program, issuers):
            continue
        own = clean(item.get("title"))
        title = own or review_kind_title(item, REVIEW_TITLE["meeting"])
        notes = []
        if item.get("kind") == "plan" and occ.year is not None:
            if not own:
                title += f" {occ.year}"  # "Xây dựng kế hoạch năm 2027": the year it is drafted for
            elif str(occ.year) not in own:
                notes.append(f"năm {occ.year}")  # "Kế hoạch năm tiếp theo (năm 2028)"
        named = isinstance(item.get("lead"), str) or rotation(item)
        if named and chair:
            notes.append(f"{repo.org_name(chair)} chủ trì")
        if "time" in item:
            t = navigate.time_of(item["time"])
            if not (t and t.start and t.end and t.start.year <= year <= t.end.year):
                continue
        elif (occ.shifted_from or occ.date).year != year:
            continue
        what = f"{title} ({', '.join(notes)})" if notes else title
        found.append((occ.date, f"{occurrence_when(item, occ)}: {what}"))
    return [text for _, text in sorted(found, key=lambda pair: pair[0])]


def _concerns(
    item: dict,
    plan_year: int | None,
    chair: str | None,
    year: int,
    program: Document,
    issuers: Sequence[str],
) -> bool:
    """Whether an occurrence of the program's schedule is the business of the plan of ``year``
    that ``issuers`` issue (``schedule_lines``)."""
    if item.get("kind") == "plan":
        lead = item.get("lead")
        return plan_year != year and (not isinstance(lead, str) or lead in issuers)
    return chair in issuers or any(o in issuers for o in members(item, program.issuers))
