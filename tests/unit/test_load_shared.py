"""Loading many files with forked helpers beside this process (``loadmany.load_many``): the
result is the one a single process gives, whoever loads which batch, and a helper that fails on a
batch or dies leaves its batches to this process instead of losing them."""

from __future__ import annotations

import os

import pytest

from helpers import ORGS, PLAN
from kehoach import loadmany
from kehoach.io.discover import display_path
from kehoach.loadfiles import LoadedFile

PLANS = 24


@pytest.fixture
def files(tmp_path, monkeypatch):
    """Plans, some broken (YAML, schema, unknown kind, undecodable bytes), in batches of 2."""
    monkeypatch.chdir(tmp_path)
    texts = {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS}
    for n in range(PLANS):
        text = PLAN.replace("title: Kế hoạch thử", f"id: kh-{n:02d}\ntitle: Kế hoạch thử số {n}")
        if n % 7 == 3:
            text += "  - [broken\n"
        elif n % 7 == 5:
            text = text.replace("lead: td", "lead: [td]")
        elif n % 7 == 6:
            text = text.replace("kind: plan", "kind: planx")
        texts[f"kh-{n:02d}.yaml"] = text
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "bad-bytes.yaml").write_bytes(b"kind: plan\ntitle: \xff\xfe\n")
    monkeypatch.setattr(loadmany, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(loadmany, "BATCH", 2)
    return sorted(tmp_path.glob("*.yaml"))


def _load(paths, jobs: int) -> list[tuple]:
    states = [LoadedFile(p, display_path(p), ()) for p in paths]
    loadmany.load_many(states, jobs)
    assert all(s.text is None for s in states)  # texts are never held after loading
    return [(s.kind, s.data, s.problems, s.digest) for s in states]


def test_helpers_give_what_one_process_gives(files):
    alone = _load(files, 1)
    assert any(problems for _, _, problems, _ in alone)  # the broken files are reported
    assert _load(files, 2) == alone
    assert _load(files, 3) == alone


def _helpers_only(monkeypatch) -> None:
    """This process takes no batch itself: every batch is a helper's."""
    here = os.getpid()
    real_take = loadmany._Shared.take
    monkeypatch.setattr(
        loadmany._Shared,
        "take",
        lambda self: len(self.chunks) if os.getpid() == here else real_take(self),
    )


def test_batches_loaded_by_the_helpers_only(files, monkeypatch):
    alone = _load(files, 1)
    _helpers_only(monkeypatch)
    monkeypatch.setattr(loadmany, "_load_here", _refused)
    assert _load(files, 2) == alone


def _refused(chunk):
    raise AssertionError("loaded here although a helper sent it")


def test_a_batch_a_helper_fails_on_is_loaded_here(files, monkeypatch):
    alone = _load(files, 1)

    def fail(states, *options):
        raise ValueError("a bug in a helper")

    monkeypatch.setattr(loadmany, "_load_chunk", fail)
    _helpers_only(monkeypatch)
    assert _load(files, 2) == alone


def test_the_batches_of_a_helper_that_died_are_loaded_here(files, monkeypatch):
    alone = _load(files, 1)
    monkeypatch.setattr(loadmany, "_load_chunk", lambda states, *options: os._exit(3))
    _helpers_only(monkeypatch)
    assert _load(files, 2) == alone


def test_a_helper_holds_one_batch_at_a_time(files):
    """What a helper loaded is sent, not kept: its copies of the files hold no data afterwards."""
    states = [LoadedFile(p, display_path(p), ()) for p in files[:4]]
    rows = loadmany._rows(loadmany._load_chunk(states))
    assert len(rows) == 4 and any(row[1] for row in rows)  # the data went back
    assert all(s.data is None and s.text is None and s.problems == [] for s in states)


def test_done_sees_each_file_as_loaded_problems_included(files):
    """``done`` (the cache's callback) is given every file with its problems: a file a helper
    loaded must not be cached as if it had none."""
    seen: dict[str, tuple] = {}

    def done(state: LoadedFile) -> None:
        seen[state.shown] = (state.kind, list(state.problems), state.digest)

    states = [LoadedFile(p, display_path(p), ()) for p in files]
    loadmany.load_many(states, 2, done=done)
    assert {s.shown: (s.kind, s.problems, s.digest) for s in states} == seen
    assert sum(bool(problems) for _, problems, _ in seen.values()) >= 10
