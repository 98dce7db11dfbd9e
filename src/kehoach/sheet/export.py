"""``run_export``: the activities of the files asked for, as rows of the progress spreadsheet.

Like ``due``, a repository with errors still exports what can be trusted: documents that fail
their schema are left out and counted (``errors``), so the caller can warn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..load import load
from ..model import Repository
from ..model.carry import later_copies
from ..problem import Problem
from .rows import Row, activity_rows, one_per_work, party_labels

__all__ = ["ExportResult", "run_export"]


@dataclass
class ExportResult:
    rows: list[Row]
    repo: Repository
    labels: dict[str, str]  # org id -> name shown (drop-down list of parties)
    today: date
    party: str | None = None
    year: int | None = None
    by_party: bool = False
    errors: int = 0
    # the first error of each file asked for that holds no usable document, for the warning
    left_out: list[Problem] = field(default_factory=list)
    # plan activities left out as carried over to a later plan exported too (``rows.one_per_work``)
    carried: int = 0

    def sheets(self) -> list[tuple[str | None, list[Row]]]:
        """(lead org or None, rows) of each activity sheet: one sheet, or one per lead party —
        a co-led activity (``co_leads``) on the sheet of each of its leads, as ``who`` and
        ``--party`` count it; the summary counts it on its lead's sheet only (``home``)."""
        if not self.by_party:
            return [(None, self.rows)]
        groups: dict[str | None, list[Row]] = {}
        order = {org: i for i, org in enumerate(self.repo.orgs)}
        for row in self.rows:
            for org in (row.lead, *row.co_leads):
                groups.setdefault(org, []).append(row)
        return sorted(
            groups.items(), key=lambda kv: (order.get(kv[0] or "", len(order)), kv[0] or "")
        )

    @property
    def shared(self) -> bool:
        """Whether an activity is on more than one sheet (``--by-party``, co-led)."""
        return self.by_party and any(row.co_leads for row in self.rows)

    def home(self, party: str | None, row: Row) -> bool:
        """Whether ``row`` on the sheet of ``party`` is the one the summary counts: the one on
        its lead's sheet (the copies on its co-leads' sheets are not counted again)."""
        return not self.by_party or row.lead == party


def run_export(
    paths: list[str] | None,
    *,
    party: str | None = None,
    year: int | None = None,
    by_party: bool = False,
    today: date | None = None,
) -> ExportResult:
    loaded = load(paths or None)
    repo = loaded.repo
    chosen = repo.require_org(party)
    # an activity carried over to a later plan exported too is one row: the later copy's, the
    # chain of copies taken from the whole repository, not from the rows the year keeps
    rows, carried = one_per_work(
        activity_rows(repo, loaded.target_documents(), party=chosen, year=year),
        later_copies(repo.documents),
    )
    errors = sum(p.level == "error" for p in loaded.target_problems())
    return ExportResult(
        rows,
        repo,
        party_labels(repo),
        today or date.today(),
        chosen,
        year,
        by_party,
        errors,
        loaded.left_out(),
        carried,
    )
