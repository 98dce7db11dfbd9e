"""After an edit to what some cross-document checks read, only those run again
(``validate.crosspart``, issue 14); the others' findings are the previous run's — and what is
printed is what a run without any cache prints."""

from __future__ import annotations

import re

import pytest

from helpers import (
    MISSING_BASIS,
    ORGS,
    ROOT,
    build_tree,
    made_old,
    numbered_plan,
    uncached,
    written_old,
)
from kehoach import checks
from kehoach.validate import crosspart

CROSS = {c.code for c in checks.all_checks() if c.repo_func is not None and not c.per_document}
READ_TIMES = {c.code for c in checks.all_checks() if any("time" in p for p in c.reads)}


@pytest.fixture
def ran(monkeypatch) -> list[set[str]]:
    """The codes each run of the cross-document checks ran, from now on."""
    runs: list[set[str]] = []
    real = checks.run_cross_checks

    def spy(repo, disabled=(), focus=None):
        runs.append(CROSS - set(disabled))
        return real(repo, disabled, focus)

    monkeypatch.setattr(checks, "run_cross_checks", spy)
    return runs


def _same_as_uncached(cli, monkeypatch, ran: list) -> str:
    """What ``validate`` prints, the same with its cache and without (that run not in ``ran``)."""
    cached = cli("validate", "-f", "parsable")
    runs = len(ran)
    fresh = uncached(cli, monkeypatch, "validate", "-f", "parsable")
    del ran[runs:]
    assert (cached.exit_code, cached.stdout) == (fresh.exit_code, fresh.stdout)
    return cached.stdout


def test_a_deadline_edited_runs_only_the_checks_that_read_times(cli, two, monkeypatch, ran):
    assert READ_TIMES and READ_TIMES < CROSS
    first = _same_as_uncached(cli, monkeypatch, ran)
    assert "KH402" in first and ran == [CROSS]
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q3"))
    assert _same_as_uncached(cli, monkeypatch, ran) == first  # KH402 kept from the run before
    assert ran == [CROSS, READ_TIMES]


def test_a_basis_edited_finds_anew_what_the_basis_checks_find(cli, two, monkeypatch, ran):
    first = _same_as_uncached(cli, monkeypatch, ran)
    written_old(two / "plans/kh-2.yaml", numbered_plan(2))  # the missing program no longer cited
    second = _same_as_uncached(cli, monkeypatch, ran)
    assert "KH402" in first and "KH402" not in second
    assert "KH402" in ran[-1] and READ_TIMES.isdisjoint(ran[-1] - {"KH424"})
    assert ran[-1] < CROSS


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda root: written_old(root / "plans/kh-1.yaml", numbered_plan(9)), id="its id"
        ),
        pytest.param(
            lambda root: written_old(root / "plans/kh-3.yaml", numbered_plan(3)),
            id="a document added",
        ),
        pytest.param(lambda root: (root / "plans/kh-1.yaml").unlink(), id="a document removed"),
        pytest.param(
            lambda root: written_old(
                root / "orgs.yaml", ORGS.replace("Sở KH&CN", "Sở Khoa học", 1)
            ),
            id="the orgs",
        ),
    ],
)
def test_other_changes_run_every_check(cli, two, monkeypatch, ran, change):
    _same_as_uncached(cli, monkeypatch, ran)
    change(two)
    _same_as_uncached(cli, monkeypatch, ran)
    assert ran == [CROSS, CROSS]


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(("validate", "-f", "parsable", "plans/kh-1.yaml"), id="validate FILE"),
        pytest.param(("due", ".", "--today", "2022-05-01"), id="due"),
        pytest.param(("render", "plans/kh-1.yaml", "--to", "txt", "-o", "-"), id="render"),
    ],
)
def test_an_edit_another_run_saw_first_still_runs_only_the_checks_it_changed(
    cli, two, monkeypatch, ran, between
):
    """The pre-commit hook validates the staged file (``validate FILE``), or ``due``, ``render``
    read it, before the next whole ``validate``: the view the cache held of it when the last whole
    run saw it is kept aside for that run (``io.cachestash``)."""
    first = _same_as_uncached(cli, monkeypatch, ran)
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q3"))
    assert cli(*between).exit_code in (0, 1)
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q4"))
    assert _same_as_uncached(cli, monkeypatch, ran) == first
    assert ran[0] == CROSS and ran[-1] == READ_TIMES
    # taken: the next edit compares with what that whole run saw
    written_old(two / "plans/kh-2.yaml", numbered_plan(2, MISSING_BASIS, time="2022-Q4"))
    assert _same_as_uncached(cli, monkeypatch, ran) == first and ran[-1] == READ_TIMES


def test_views_kept_aside_of_another_state_or_shape_run_every_check(cli, two, monkeypatch, ran):
    import marshal
    import os
    from pathlib import Path

    _same_as_uncached(cli, monkeypatch, ran)
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q3"))
    cli("validate", "-f", "parsable", "plans/kh-1.yaml")
    (aside,) = Path(os.environ["KEHOACH_CACHE_DIR"]).glob("before-*.marshal")
    saved = marshal.loads(aside.read_bytes())
    ((key, (kind, (data, kept, tail))),) = saved["views"].items()
    # the view of a state the last whole run did not see: its hash is not the one kept
    other = {**data, "year": 2023}
    aside.write_bytes(marshal.dumps({**saved, "views": {key: (kind, (other, kept, tail))}}))
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q4"))
    _same_as_uncached(cli, monkeypatch, ran)
    assert ran[-1] == CROSS and not aside.exists()
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q2"))
    cli("validate", "-f", "parsable", "plans/kh-1.yaml")
    aside.write_bytes(b"\x00 not marshal")
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q3"))
    _same_as_uncached(cli, monkeypatch, ran)
    assert ran[-1] == CROSS


def test_values_that_compare_equal_but_are_written_otherwise_differ():
    reads = (("year",),)
    assert crosspart._differs(reads, {"year": 1}, {"year": True})
    assert crosspart._differs(reads, {"year": 1}, {"year": 1.0})
    assert not crosspart._differs(reads, {"year": 1, "title": "a"}, {"year": 1, "title": "b"})


def test_past_so_many_files_replaced_none_is_kept_and_every_check_runs(cli, two, monkeypatch, ran):
    """After a checkout that changed thousands of files, the old views are not held to the end
    of the run (as much again as the repository's slim data)."""
    from kehoach.io import cachestash

    monkeypatch.setattr(cachestash, "REPLACED_KEPT", 1)
    _same_as_uncached(cli, monkeypatch, ran)
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q3"))
    _same_as_uncached(cli, monkeypatch, ran)
    assert ran[-1] == READ_TIMES  # one file replaced: kept
    written_old(two / "plans/kh-1.yaml", numbered_plan(1, time="2022-Q4"))
    written_old(two / "plans/kh-2.yaml", numbered_plan(2, MISSING_BASIS, time="2022-Q4"))
    _same_as_uncached(cli, monkeypatch, ran)
    assert ran[-1] == CROSS


def test_two_plans_of_one_id_and_a_value_that_names_the_key(cli, tmp_path, monkeypatch, ran):
    """Two plans with one id (KH403) on a chain of ``carried_from``, and an ``area`` that reads
    ``carried_from``: which plan the chain follows does not depend on that value, which no check
    of the chains declares it reads (found by a fuzzer of edits: the cached run kept a KH450 that
    the run without cache no longer gave)."""
    case = ROOT / "tests" / "cases" / "carried-twice"

    def plan(doc_id: str, act: str) -> str:
        return (
            f"kind: plan\nid: {doc_id}\nissuers: [td]\nyear: 2022\ntitle: Kế hoạch thử\n"
            f"contents:\n  activities:\n    - {act}\nsigners:\n  - {{org: td, authority: TM., "
            "for: BAN THƯỜNG VỤ, title: BÍ THƯ, name: Nguyễn Văn A}\nrecipients: {archive: [VT]}\n"
        )

    root = build_tree(
        tmp_path / "repo",
        {
            "kehoach.yaml": (case / "kehoach.yaml").read_text("utf-8"),
            "orgs.yaml": (case / "orgs.yaml").read_text("utf-8"),
            "plans/a.yaml": plan(
                "dup", "{id: x1, title: Hội thi, lead: td, time: 2022-Q2, area: tt}"
            ),
            "plans/b.yaml": plan(
                "dup",
                "{id: x1, title: Hội thi, lead: td, time: 2022-Q2, "
                "carried_from: {plan: c, activity: c1}}",
            ),
            "plans/c.yaml": plan(
                "c",
                "{id: c1, title: Hội thi, lead: td, time: 2022-Q2, "
                "carried_from: {plan: dup, activity: x1}}",
            ),
        },
    )
    made_old(root.rglob("*.yaml"))
    monkeypatch.chdir(root)
    first = _same_as_uncached(cli, monkeypatch, ran)
    assert "KH403" in first
    for area in ("carried_from", "tt", "carried_from"):
        text = (root / "plans/a.yaml").read_text("utf-8")
        written_old(root / "plans/a.yaml", re.sub(r"area: \w+", f"area: {area}", text))
        found = _same_as_uncached(cli, monkeypatch, ran)
        assert [line for line in found.splitlines() if "KH416" not in line] == [
            line for line in first.splitlines() if "KH416" not in line
        ]
