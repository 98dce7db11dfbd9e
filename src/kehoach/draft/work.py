"""The work a new annual plan takes up (``year_work``): the activities of last year's plans of its
issuers not finished by the year's end (carried over), the program's activities of the year that
are its share (carried out), last year's routine work (repeated) — none that another plan took up
already: the plans of the year (``Already``), of the years before (``Earlier``), the other
parties' own plans (``Share``). Each piece of work is in one plan once; each note says what was
left out and where it is."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Repository
from ..model.links import plan_year
from .already import Already, Earlier
from .carry import Carried, program_activities, program_roots, repeated, unfinished
from .older import left_open
from .older import note as older_note
from .share import Share

__all__ = ["Work", "year_work"]


@dataclass
class Work:
    carry: list[Carried]  # carried over from last year's plans of the draft's issuers
    listed: list[Carried]  # the program's activities of the year the draft carries out
    again: list[Carried]  # last year's recurring activities repeated
    notes: list[str] = field(default_factory=list)


def year_work(
    repo: Repository, program: Document, plans: list[Document], year: int, issuers: list[str]
) -> Work:
    """The work the plan of ``year`` by ``issuers`` takes up; ``plans``: those citing
    ``program``."""
    area_ids = [a["id"] for a in program.data.get("areas") or [] if isinstance(a, dict)]
    roots = program_roots(plans)
    # last year's work left open, and the program's work left open further back that no plan
    # carried on since (the 2024 plan dropped the 2023 copy): each offered again
    older = left_open(plans, program, roots, year, area_ids, issuers)
    carry = unfinished(plans, year - 1, area_ids, issuers) + older
    # the program's activities of the year (an area that has some needs no placeholder), less
    # those carried over already: this plan's share of them, none an earlier plan carried out
    share = Share(repo, program, issuers)
    earlier = Earlier(plans, program, roots, year)
    listed = earlier.keep(share.keep(program_activities(program, year, carry, roots)))
    # routine work of last year, but not the program's: it is the program's activity of the
    # year, in the plan whose it is
    again = repeated(
        plans, year - 1, area_ids, issuers, carry, program_activities(program, year, [], roots)
    )
    # none of the work a plan of the year took up already (this command run again, another
    # party's plan…): once
    already = Already([d for d in plans if plan_year(d) == year], program, roots, issuers)
    work = Work(already.keep(carry), already.keep(listed), already.keep(again))
    if work.carry:
        work.notes.append(
            f"Chuyển tiếp {len(work.carry)} hoạt động chưa hoàn thành đến hết năm {year - 1} "
            '(ghi chú "Chuyển tiếp từ …" trong bản nháp).'
        )
    again_older = [c for c in work.carry if c.since is not None]
    for note in (older_note(again_older, year), already.note(), earlier.note()):
        if note is not None:
            work.notes.append(note)
    if work.again:
        work.notes.append(
            f'Lặp lại {len(work.again)} hoạt động định kỳ của năm {year - 1} (ghi chú "Hoạt '
            'động định kỳ …" trong bản nháp).'
        )
    if work.listed:
        work.notes.append(
            f"Chép {len(work.listed)} hoạt động chương trình ghi cho năm {year} "
            '(ghi chú "Hoạt động của chương trình …" trong bản nháp).'
        )
    if (left := share.note(year)) is not None:
        work.notes.append(left)
    return work
