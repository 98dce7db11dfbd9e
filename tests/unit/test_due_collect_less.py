"""``due`` builds only the items its window lists (``collect(..., keep=admits)``): for any query —
a day, a window, ``--overdue``, ``--all``, ``--from``/``--to``, a party, kinds — the items listed
are exactly those of building every item and selecting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_data import agenda_repo
from helpers import EXAMPLES, run
from kehoach.due.filters import Keep, latest_listed, select
from kehoach.due.items import KINDS, collect
from kehoach.due.run import DueOptions, build_query
from kehoach.model.schedule import work_calendar

REPOS: dict[str, object] = {}


def _repo(name: str, tmp_path_factory):
    if name not in REPOS:
        root = EXAMPLES if name == "examples" else agenda_repo(tmp_path_factory.mktemp("agenda"))
        REPOS[name] = run([str(root)]).repo
    return REPOS[name]


options = st.builds(
    DueOptions,
    today=st.dates(date(2020, 1, 1), date(2027, 12, 31)),
    within=st.sampled_from([None, "7d", "30d", "3m", "2w"]),
    overdue_only=st.booleans(),
    include_closed=st.booleans(),
    kinds=st.lists(st.sampled_from(KINDS), max_size=2),
)


@pytest.mark.parametrize("name", ["examples", "agenda"])
@settings(max_examples=60, deadline=None)
@given(
    opts=options,
    span=st.none() | st.integers(0, 400),
    party=st.none() | st.integers(0, 3),
    to_only=st.none() | st.integers(-400, 400),
)
def test_building_only_what_the_window_lists_changes_nothing(
    name, tmp_path_factory, opts, span, party, to_only
):
    repo = _repo(name, tmp_path_factory)
    if span is not None:
        opts.start = opts.today.isoformat()
        opts.end = (opts.today + timedelta(days=span)).isoformat()
    elif to_only is not None:  # ``--to`` alone, also before today: overdue items still listed
        opts.end = (opts.today + timedelta(days=to_only)).isoformat()
    orgs = list(repo.orgs)
    opts.party = orgs[party] if party is not None and party < len(orgs) else None
    query = build_query(opts, repo)
    cal = work_calendar(repo.settings)
    every = select(collect(repo, repo.documents, cal, query.today), query)
    keep, latest = Keep(query), latest_listed(query)
    fewer = select(collect(repo, repo.documents, cal, query.today, keep, latest), query)
    assert fewer == every
    assert all(latest is None or i.date <= latest for i in every)


def test_the_window_builds_fewer_items():
    repo = run([str(EXAMPLES)]).repo
    query = build_query(DueOptions(date(2023, 6, 30)), repo)
    cal = work_calendar(repo.settings)
    built = collect(repo, repo.documents, cal, query.today, Keep(query))
    assert len(built) < len(collect(repo, repo.documents, cal, query.today)) / 2
