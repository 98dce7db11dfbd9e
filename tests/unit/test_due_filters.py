"""Choosing and ordering agenda items: window, overdue, all, party, kind; option parsing."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda_data import agenda_repo
from kehoach.due.filters import (
    Query,
    admits,
    latest_listed,
    parse_kinds,
    parse_within,
    today_from,
)
from kehoach.due.run import DueOptions, run_due
from kehoach.errors import KehoachError
from kehoach.model import Repository

TODAY = date(2022, 6, 15)


@pytest.fixture
def root(tmp_path):
    return str(agenda_repo(tmp_path))


def ids(res):
    return [f"{i.doc_id}.{i.item_id}" for i in res.items]


def due(root, **kw):
    return run_due([root], DueOptions(today=kw.pop("today", TODAY), **kw))


def test_default_window_from_settings_overdue_first(root):
    res = due(root)  # due.within: 8w in kehoach.yaml → 15/6 .. 10/8/2022
    assert res.query.end == date(2022, 8, 10)
    assert ids(res) == [
        "kh-2022.activity-6",  # 31/5, overdue
        "kh-2022.giao-ban.2022-Q2",  # 28/6 (moved from 29/6)
        "kh-2022.hoi-thi",  # 30/6
    ]  # the meeting of 29/3 is past, not overdue: meetings record no completion
    assert [i.days_left(TODAY) for i in res.items] == [-15, 13, 15]
    assert res.errors == 0


def test_within_option_overrides_settings(root):
    res = due(root, within="3m")
    assert res.query.end == date(2022, 9, 15)
    assert "kh-2022.giao-ban.2022-Q3" not in ids(res)  # 29/9
    assert ids(due(root, within="16w"))[-1] == "kh-2022.giao-ban.2022-Q3"
    assert ids(due(root, within="0d")) == ["kh-2022.activity-6"]


def test_overdue_only(root):
    assert ids(due(root, overdue_only=True)) == ["kh-2022.activity-6"]
    assert ids(due(root, overdue_only=True, today=date(2023, 1, 2))) == [
        "kh-2022.activity-6",
        "kh-2022.hoi-thi",
        "ctph.ke-hoach.2023",
        "kh-2022.chuyen-giao",
    ]


def test_all_lists_closed_items_and_fulfilled_plans(root):
    got = ids(due(root, include_closed=True))
    assert {
        "kh-2022.phat-dong",
        "kh-2022.hoi-thao",
        "ctph.ke-hoach.2022",
        "ctph.ke-hoach.2024",
    } <= set(got)
    assert got[:2] == ["kh-2022.activity-6", "ctph.ke-hoach.2022"]  # overdue first, then by date
    assert got[-1] in ("ctph.so-ket.2025", "ctph.review-3")
    assert "kh-2022.phat-dong" not in ids(due(root, start="2022-01-01", end="2022-12-31"))


def test_explicit_window(root):
    res = due(root, start="2022-12-01", end="2022-12-31")
    assert ids(res) == [
        "kh-2022.giao-ban.2022-Q4",
        "ctph.so-ket.2022",
        "ctph.ke-hoach.2023",
        "kh-2022.chuyen-giao",
    ]
    assert all(date(2022, 12, 1) <= i.date <= date(2022, 12, 31) for i in res.items)


def test_from_alone_uses_within(root):
    res = due(root, start="2022-12-20", within="2w")
    assert res.query.end == date(2023, 1, 3)
    assert "kh-2022.activity-6" not in ids(res)  # with --from, older items are left out


def test_party_matches_lead_or_support(root):
    got = ids(due(root, party="skhcn", start="2022-01-01", end="2025-12-31"))
    assert "kh-2022.chuyen-giao" in got  # lead
    assert "kh-2022.hoi-thi" in got  # support
    assert "ctph.so-ket.2022" in got  # other party of the program
    assert "kh-2022.giao-ban.2022-Q1" not in got  # single-issuer plan of td
    assert "kh-2022.activity-6" in got


def test_kind_filter(root):
    got = due(root, kinds=["plan,final"], start="2021-01-01", end="2025-12-31")
    assert {i.kind for i in got.items} == {"plan", "final"}
    # as of 15/6/2022 the plan for 2024–2025 (dated 01/6/2024) is not issued yet
    assert ids(got) == [
        "ctph.ke-hoach.2023",
        "ctph.ke-hoach.2024",
        "ctph.ke-hoach.2025",
        "ctph.review-3",
    ]


def test_parse_within():
    assert parse_within("30d", TODAY) == date(2022, 7, 15)
    assert parse_within("8w", TODAY) == date(2022, 8, 10)
    assert parse_within("3m", date(2022, 11, 30)) == date(2023, 2, 28)
    assert parse_within(" 2M ", TODAY) == date(2022, 8, 15)
    for bad in ("3x", "", "30", "d30", "-3d", "3.5d"):
        with pytest.raises(KehoachError, match="Khoảng thời gian không hợp lệ"):
            parse_within(bad, TODAY)


def test_today_from_option_env_and_bad_dates(monkeypatch):
    monkeypatch.setenv("KEHOACH_TODAY", "2023-01-02")
    assert today_from(None) == date(2023, 1, 2)
    assert today_from("2024-02-29") == date(2024, 2, 29)
    with pytest.raises(KehoachError, match="--today.*2021-02-30"):
        today_from("2021-02-30")
    monkeypatch.setenv("KEHOACH_TODAY", "mai")
    with pytest.raises(KehoachError, match="KEHOACH_TODAY"):
        today_from(None)


def test_parse_kinds_and_party():
    assert parse_kinds(None) is None
    assert parse_kinds(["meeting", "interim,final"]) == {"meeting", "interim", "final"}
    with pytest.raises(KehoachError, match="--kind.*review"):
        parse_kinds(["review"])
    repo = Repository(Path("."), orgs={"skhcn-bt": {}, "tinhdoan-bt": {}})
    assert repo.require_org("skhcn-bt") == "skhcn-bt"
    with pytest.raises(KehoachError) as err:
        repo.require_org("skhcn")
    assert "skhcn-bt" in err.value.hint


def test_bad_window_options(root):
    with pytest.raises(KehoachError, match="--from"):
        due(root, start="2022-12-31", end="2022-01-01")
    with pytest.raises(KehoachError, match="--to"):
        due(root, end="2022-13-01")


@settings(max_examples=400, deadline=None)
@given(
    today=st.dates(date(2022, 1, 1), date(2024, 12, 31)),
    start=st.none() | st.integers(-60, 60),
    end=st.integers(-90, 90),
    overdue_only=st.booleans(),
    unbounded=st.booleans(),
    day=st.integers(-120, 120),
    closed=st.booleans(),
    kind=st.sampled_from(["activity", "meeting", "plan", "so_ket", "tong_ket"]),
)
def test_nothing_after_latest_listed_is_admitted(
    today, start, end, overdue_only, unbounded, day, closed, kind
):
    """``collect`` passes over items after ``latest_listed`` before asking ``admits``: no item
    ``admits`` lists is ever later (``--to`` before today included: overdue items are listed)."""
    q = Query(
        today=today,
        end=today + timedelta(days=end),
        start=None if start is None else today + timedelta(days=start),
        overdue_only=overdue_only,
        include_closed=True,
        unbounded=unbounded,
    )
    when = today + timedelta(days=day)
    latest = latest_listed(q)
    if admits(q, kind, when, closed, None, []):
        assert latest is None or when <= latest
