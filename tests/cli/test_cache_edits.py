"""Whatever is edited, in whatever order, ``validate`` with its cache says what it says without one
(issue 14: a stale cache must never print old findings). Sequences of edits — to what the
cross-document checks read (an activity a plan carries out, a year, a basis, an org's name, the
codes turned off) and to what they do not (wording, progress, a comment) — each followed by a run
with the cache and a run without it; every edit can be undone by a later one, so sequences come
back to states the cache has seen (the remembered cross findings, ``validate.crossmemo``; the
record of recent runs; each file's entry)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import ROOT, uncached
from kehoach.io import cachedir

# (file, text, its replacement): applied when the text is there, undone when the replacement is
EDITS = [
    ("plans/kh-so.yaml", "activity: p1}", "activity: p9}"),  # KH426: no such activity
    ("plans/kh-so.yaml", "year: 2022", "year: 2023"),  # KH431 gone, KH424…
    ("plans/kh.yaml", "    - {id: a2,", "    - {id: a3,"),  # an id of the activity list
    ("plans/kh.yaml", "time: 2022-Q3", "time: 2024-Q3"),  # a time outside the plan's year
    ("programs/ctph.yaml", "{id: p1,", "{id: p2,"),  # the program's activity renamed
    ("plans/kh-so.yaml", "bases: [{ref: ctph}]", "bases: [{ref: ctph-khac}]"),  # KH402
    ("orgs.yaml", "short: Sở KH&CN", "short: Sở Khoa học"),  # orgs: every document again
    ("kehoach.yaml", "place: Bình Thuận", "place: Bình Thuận\nchecks:\n  disable: [KH431]"),
    ("plans/kh.yaml", "title: Hội thi\n", "title: Hội thi cấp tỉnh lần thứ nhất\n"),  # wording
    ("plans/kh-so.yaml", "      time: 2022-Q2\n", "      time: 2022-Q2\n      status: done\n"),
    ("plans/kh.yaml", "kind: plan\n", "# soạn lại\nkind: plan\n"),  # a comment: lines move
    ("plans/kh-so.yaml", "      lead: td\n", "      lead: skhcn\n"),  # KH433, naming the orgs
]
LEAD, ORGS_NAME, DISABLE, TIME, RENAMED = 11, 6, 7, 3, 2


def _same(cli, monkeypatch, args: tuple, edit: tuple) -> None:
    """``args`` print the same and exit with the same code with the cache and without."""
    cached = cli(*args)
    fresh = uncached(cli, monkeypatch, *args)
    assert (cached.exit_code, cached.stdout) == (fresh.exit_code, fresh.stdout), (args, edit)


def _edit(root: Path, n: int) -> None:
    name, before, after = EDITS[n]
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert before in text or after in text, (name, before)
    changed = text.replace(before, after, 1) if before in text else text.replace(after, before, 1)
    path.write_text(changed, encoding="utf-8")  # just written: racy stamps, hashed contents


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.integers(0, len(EDITS) - 1), min_size=1, max_size=6),
    st.lists(st.sampled_from(["whole", "hook", "hook only"]), min_size=6, max_size=6),
)
@example([LEAD, ORGS_NAME, ORGS_NAME], ["whole"] * 6)  # a finding naming an org, renamed and back
@example([DISABLE, DISABLE], ["whole"] * 6)  # a check turned off, then on
@example([TIME, TIME, TIME], ["hook"] * 6)  # each edit seen first by the pre-commit hook
@example([TIME, TIME, TIME], ["hook only"] * 6)  # edits seen by the hook alone, then a whole run
@example([RENAMED, TIME], ["hook only", "hook"] + ["whole"] * 4)  # two hooks, one file, then whole
def test_validate_with_its_cache_says_what_it_says_without(cli, monkeypatch, edits, runs):
    """After each edit, as ``runs`` says: a whole ``validate`` (``whole``); the pre-commit hook on
    the edited file, then a whole ``validate`` (``hook``: its entry replaced first,
    ``io.cachestash``); or the hook alone (``hook only``), the whole run coming after a later
    edit — each compared with the same run without the cache. The last edit ends with a whole
    run."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(ROOT / "tests" / "cases" / "carried-twice", root)
        (root / "expected.txt").unlink()
        monkeypatch.setenv("KEHOACH_CACHE_DIR", str(Path(tmp) / "cache"))
        monkeypatch.chdir(root)
        cachedir.cache_dir.cache_clear()
        first = cli("validate", "-f", "parsable")
        assert "KH431" in first.stdout
        for i, (n, run) in enumerate(zip(edits, runs, strict=False)):
            _edit(root, n)
            if run != "whole":
                _same(cli, monkeypatch, ("validate", "-f", "parsable", EDITS[n][0]), EDITS[n])
            if run != "hook only" or i == len(edits) - 1:
                _same(cli, monkeypatch, ("validate", "-f", "parsable"), EDITS[n])
        monkeypatch.chdir(tmp)
    cachedir.cache_dir.cache_clear()
