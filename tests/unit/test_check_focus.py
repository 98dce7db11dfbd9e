"""The cross-document checks declared ``focused`` (every finding in the document they look at) find,
looking only at some documents (``validate FILE``: ``Repository.examined``), exactly the problems
that looking at all of them finds in those documents — on every golden case, the examples and
generated repositories with mistakes injected (seeded), schema failures among them; and
``validate FILE`` reports for that file what ``validate`` of the whole repository reports."""

from __future__ import annotations

import pytest
from test_check_split import CASES, _grouped, _loaded, _mutated_repo

from helpers import ROOT
from kehoach import checks
from kehoach.model import Repository
from kehoach.validate.run import run_validate

FOCUSED = [c for c in checks.all_checks() if c.focused]


def test_some_checks_are_focused_and_each_is_cross_document():
    assert {c.code for c in FOCUSED} >= {"KH402", "KH404", "KH416", "KH424", "KH440", "KH441"}
    assert all(c.repo_func is not None and c.reads and not c.per_document for c in FOCUSED)


def assert_focus_keeps_every_finding(loaded) -> int:
    """For each document alone and for pairs of them, the focused run of every check gives the
    findings of the whole run in those documents, and none elsewhere; the number compared."""
    repo = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
    whole = [p for p in checks.run_cross_checks(repo) if p.code in {c.code for c in FOCUSED}]
    paths = [d.path for d in repo.documents]
    groups = [frozenset([p]) for p in paths] + [
        frozenset(paths[i : i + 2]) for i in range(0, len(paths), 2)
    ]
    for focus in groups:
        got = [
            p
            for p in checks.run_cross_checks(repo, focus=focus)
            if p.code in {c.code for c in FOCUSED}
        ]
        assert {p.path for p in got} <= focus
        assert _grouped(got) == _grouped([p for p in whole if p.path in focus]), sorted(focus)
    return len(whole)


@pytest.mark.parametrize("case", [*CASES, ROOT / "examples"], ids=lambda p: p.name)
def test_focus_on_golden_cases(case, monkeypatch):
    assert_focus_keeps_every_finding(_loaded(case, monkeypatch))


@pytest.mark.parametrize("seed", range(6))
def test_focus_on_generated_repositories_with_mistakes(seed, tmp_path, monkeypatch):
    _mutated_repo(tmp_path / "repo", seed)
    assert assert_focus_keeps_every_finding(_loaded(tmp_path / "repo", monkeypatch)) > 0


@pytest.mark.parametrize("seed", [0, 1])
def test_validate_file_reports_what_the_whole_run_reports_for_it(seed, tmp_path, monkeypatch):
    _mutated_repo(tmp_path / "repo", seed)
    monkeypatch.chdir(tmp_path / "repo")
    whole = run_validate(None, use_cache=False).problems
    assert {p.code for p in whole} & {c.code for c in FOCUSED}  # the mistakes reach them
    for path in sorted({p.path for p in whole if p.path.startswith("plans/")})[:12]:
        alone = run_validate([path], use_cache=False).problems
        assert [p for p in alone if p.path == path] == [p for p in whole if p.path == path], path
