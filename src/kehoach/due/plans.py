"""Whether the plan a program asks for in a year is there (``plan_status``): issued by the day
asked, how late; when none is, the files of that year that cannot be read, which may hold it."""

from __future__ import annotations

from datetime import date

from ..model import Document, Repository, navigate
from ..model.links import covering_plans
from ..vocab import date_text
from .item import Item

__all__ = ["broken_text", "plan_status", "undated_text", "unreadable_for"]


def plan_status(
    item: Item,
    repo: Repository,
    doc: Document,
    year: int,
    today: date | None,
    issuer: str | None = None,
) -> None:
    """Whether the plan for ``year`` is there on ``today``, when it was issued, how late. A plan
    without ``date`` is a draft (``kehoach new plan`` writes one): it does not close the item —
    the plan is still to be issued — but the note names it. ``issuer``: the party the program
    asks for this plan (the entry's ``lead``): only a plan it issues, alone or jointly, counts."""
    found = covering_plans(repo, doc.id, year, today, issuer)
    drafts = [p for p in found if navigate.issued(p) is None]
    if drafts and len(drafts) == len(found) and today is not None:
        item.plans = [(p.id, None) for p in drafts]
        # a date written that is no date (2029-02-29) is not "no date": say it as written
        item.bad_dates = {
            p.id: str(p.data["date"]) for p in drafts if p.data.get("date") is not None
        }
        item.note = f"Chưa ban hành kế hoạch năm {year} căn cứ {doc.id}: có " + undated_text(item)
        return
    if not found:
        # plans written but dated after ``today`` (an undated plan counts from now: it is found)
        later = [
            (p, d)
            for p in covering_plans(repo, doc.id, year, issuer=issuer)
            if p not in found and (d := navigate.issued(p)) is not None
        ]
        whose = f" của {repo.org_name(issuer)}" if issuer else ""
        item.note = f"Chưa có kế hoạch năm {year}{whose} căn cứ {doc.id}"
        item.plans = [(p.id, d) for p, d in later] if today is not None else []
        item.broken = unreadable_for(repo, year)
        if item.broken:
            item.note += f"; {broken_text(item.broken)}"
        if later and today is not None:
            item.note += (
                " ban hành tính đến "
                + date_text(today)
                + " ("
                + ", ".join(f"{p.id} đề ngày {date_text(d)}" for p, d in later)
                + ")"
            )
        return
    item.status = "done"
    # by issue date, plans issued the same day in repository order (documents do not compare)
    dated = sorted(
        ((d, p) for p in found if (d := navigate.issued(p)) is not None), key=lambda t: t[0]
    )
    item.note = "Đã có: " + ", ".join(p.id for p in found)
    item.plans = [(p.id, navigate.issued(p)) for p in found]
    if len(dated) == len(found):
        first, plan = dated[0]
        item.issued = first
        item.done_date = first
        # late from the deadline as scheduled: a day off moves the reminder earlier, not it
        if first > item.deadline:
            item.late_days = (first - item.deadline).days
            item.note += (
                f" (ban hành ngày {date_text(first)}, muộn {item.late_days} ngày so với hạn "
                f"{date_text(item.deadline)})"
            )
        else:
            item.note += f" (ban hành ngày {date_text(first)})"


def unreadable_for(repo: Repository, year: int) -> list[str]:
    """The files that hold no usable document (unreadable, failing their schema: a git merge
    conflict…) whose path names ``year`` (``plans/2027/…``, ``kh-2027…``): the plan of that year
    may be one of them, which nothing can tell."""
    found = {path: f"{path}:{p.line}" for path, p in repo.failures.items()}
    found.update({path: path for path in repo.unreadable.values() if path not in found})
    mark = str(year)
    return sorted(
        shown
        for path, shown in found.items()
        if f"/{mark}/" in f"/{path}" or mark in path.rsplit("/", 1)[-1]
    )


def broken_text(broken: list[str]) -> str:
    """'tệp plans/2027/kh.yaml:33 có lỗi, chưa đọc được (có thể là kế hoạch này)'."""
    return f"tệp {', '.join(broken)} có lỗi, chưa đọc được (có thể là kế hoạch này)"


def undated_text(item: Item, table: bool = False) -> str:
    """The plans of ``item`` without an issue date: 'bản nháp kh-2026 (chưa ghi ngày ban hành)';
    a date written that is no date: 'kh-2029 (ngày ban hành ghi "2029-02-29" không có thật)' —
    without the brackets in the table's cell (``table``), inside brackets of its own."""
    drafts = ", ".join(p for p, d in item.plans if d is None and p not in item.bad_dates)
    bad = [(p, f'ngày ban hành ghi "{v}" không có thật') for p, v in item.bad_dates.items()]
    said = [(f"bản nháp {drafts}", "chưa ghi ngày ban hành")] if drafts else []
    return "; ".join(f"{who} {why}" if table else f"{who} ({why})" for who, why in said + bad)
