"""The fuzz harness (``bench/fuzz.py``) with a small budget: documents of every kind, mutated
structurally and byte-wise, through every command. The property: success, positioned problems
(exit 1) or a clear message (exit 2) — never an internal error, a hang, or a stale answer.
``python bench/fuzz.py --minutes 30`` runs the same for longer and writes reproducers."""

from __future__ import annotations

import importlib.util
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES, ROOT


def _engine():
    spec = importlib.util.spec_from_file_location("bench_fuzz", ROOT / "bench" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_fuzz"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


fuzz = _engine()
FILES = sorted(p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*.yaml"))
KINDS = {  # one document of every kind
    "settings": "kehoach.yaml",
    "orgs": "orgs.yaml",
    "program": "programs/ctph-2021-2025-tinhdoan-skhcn-bt.yaml",
    "plan": "plans/2023/khlt-sang-tao-tre-2023-bt.yaml",
}


@pytest.fixture(scope="module")
def workdir():
    from kehoach import loadmany

    folder = Path(tempfile.mkdtemp(prefix="kehoach-fuzz-test-"))
    saved = loadmany.PARALLEL_MIN_FILES, loadmany.BATCH, os.environ.get("KEHOACH_JOBS")
    fuzz.engage_helpers()  # the examples loaded by forked helpers too
    yield folder
    loadmany.PARALLEL_MIN_FILES, loadmany.BATCH = saved[:2]
    if saved[2] is None:
        os.environ.pop("KEHOACH_JOBS", None)
    else:
        os.environ["KEHOACH_JOBS"] = saved[2]
    shutil.rmtree(folder, ignore_errors=True)


def _report(outcome) -> str:
    return "\n\n".join(
        f"{f.signature}: kehoach {' '.join(f.command)}\n{f.detail}" for f in outcome.failures
    )


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rng=st.randoms(use_true_random=False), target=st.sampled_from(FILES))
def test_mutated_document_through_a_command(workdir, rng, target):
    repo = fuzz.fresh_repository(workdir)
    what = fuzz.mutate_file(rng, repo / target)
    outcome = fuzz.Outcome()
    fuzz.check_repository(repo, target, outcome, rng)
    assert not outcome.failures, f"{target}: {what}\n{_report(outcome)}"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_mutated_document_through_every_command(workdir, kind):
    rng = random.Random(f"every-command-{kind}")
    repo = fuzz.fresh_repository(workdir)
    target = KINDS[kind]
    what = [fuzz.mutate_file(rng, repo / target) for _ in range(3)]
    outcome = fuzz.Outcome()
    fuzz.check_repository(repo, target, outcome)
    # and validate warm, then cold; after an edit of another file, the stale checks with and
    # without the cache
    assert outcome.runs == len(fuzz.commands(target)) + 2 + 2 * len(fuzz.stale_checked(target))
    assert not outcome.failures, f"{target}: {what}\n{_report(outcome)}"


def test_harness_sees_an_internal_error(workdir, monkeypatch):
    repo = fuzz.fresh_repository(workdir)

    def broken(*args, **kwargs):
        raise ZeroDivisionError("defect")

    monkeypatch.setattr("kehoach.who.run.responsibilities", broken)
    outcome = fuzz.Outcome()
    fuzz.run_one(repo, ["who"], outcome)
    # the signature names the command, the exception and the innermost frame of kehoach
    (signature,) = [f.signature for f in outcome.failures]
    assert re.fullmatch(r"who-ZeroDivisionError-run\.py:\d+", signature), signature
    assert "defect" in outcome.failures[0].detail


def test_harness_sees_a_hang(workdir, monkeypatch):
    repo = fuzz.fresh_repository(workdir)
    monkeypatch.setattr(fuzz, "TIMEOUT", 1)

    def forever(*args, **kwargs):
        while True:
            pass

    monkeypatch.setattr("kehoach.who.run.responsibilities", forever)
    outcome = fuzz.Outcome()
    fuzz.run_one(repo, ["who"], outcome)
    assert [f.signature for f in outcome.failures] == ["who-hang"]


def test_harness_sees_a_stale_cache(workdir, monkeypatch):
    """A cache keyed by a stamp that never changes (what a coarse clock does to mtime+size)."""
    monkeypatch.setattr("kehoach.stamps.stamp", lambda path: (1, 1, 1, 1))
    repo = fuzz.fresh_repository(workdir)
    outcome = fuzz.Outcome()
    fuzz.run_one(repo, ["validate"], outcome)
    (repo / "orgs.yaml").write_text("kind: orgs\norgs: 1\n", encoding="utf-8")
    fuzz.check_repository(repo, "orgs.yaml", outcome, random.Random(1))
    assert "validate-stale-cache" in [f.signature for f in outcome.failures]


def test_reproducer_is_written(workdir, tmp_path):
    repo = fuzz.fresh_repository(workdir)
    failure = fuzz.Failure("who-x", ["who", "-f", "json"], "Traceback…")
    folder = fuzz.write_reproducer(tmp_path, repo, failure, "orgs.yaml: text")
    assert (folder / "repo" / "orgs.yaml").exists()
    assert (folder / "commands.sh").read_text(encoding="utf-8") == "cd repo\nkehoach who -f json\n"
    assert "orgs.yaml: text" in (folder / "failure.txt").read_text(encoding="utf-8")
