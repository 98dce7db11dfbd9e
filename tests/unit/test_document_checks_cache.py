"""The per-document repository checks run where a file is loaded and are cached with it, under a
key of ``kehoach.yaml`` and ``orgs.yaml``: after an edit of ``orgs.yaml`` every document is checked
again, after an edit of one plan only that plan; the output is the one of a run without the
cache."""

from __future__ import annotations

import os

import pytest

from helpers import ORGS, PLAN, build_tree
from kehoach import checks, loadfiles, loadmany
from kehoach.io import cache
from kehoach.io.spool import Spooled
from kehoach.load import load, open_session
from kehoach.model import Repository
from kehoach.validate import run_validate


def _validate(**kw):
    return [
        (p.path, p.line, p.col, p.code, p.message)
        for p in run_validate(None, jobs=1, need_repo=True, **kw).problems
    ]


@pytest.fixture
def counted(monkeypatch):
    """The display paths of the documents the per-document checks ran on."""
    seen: list[str] = []
    real = checks.run_document_checks

    def spy(context, doc):
        seen.append(doc.path)
        return real(context, doc)

    monkeypatch.setattr(checks, "run_document_checks", spy)
    return seen


def test_orgs_edit_checks_every_document_again_one_plan_edit_only_that_plan(
    tmp_path, monkeypatch, counted
):
    root = build_tree(
        tmp_path / "repo",
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "plans/a.yaml": PLAN,
            "plans/b.yaml": PLAN.replace("Kế hoạch thử", "Kế hoạch khác"),
        },
    )
    monkeypatch.chdir(root)
    assert _validate() == _validate(use_cache=False) == []
    counted.clear()
    _validate()  # nothing changed: nothing checked again
    assert counted == []

    orgs = root / "orgs.yaml"
    orgs.write_text(ORGS.replace("id: skhcn", "id: so-khcn"), "utf-8")
    os.utime(orgs, ns=(1, 1))  # an old stamp: not racy, trusted by stamp alone
    found = _validate()
    assert sorted(counted) == ["plans/a.yaml", "plans/b.yaml"]
    assert found == _validate(use_cache=False)
    assert {(p, c) for p, _, _, c, _ in found} == {
        ("plans/a.yaml", "KH401"),
        ("plans/b.yaml", "KH401"),
    }

    counted.clear()
    plan = root / "plans" / "a.yaml"
    plan.write_text(PLAN.replace("support: [skhcn]", "support: [so-khcn]"), "utf-8")
    os.utime(plan, ns=(2, 2))
    found = _validate()
    assert counted == ["plans/a.yaml"]
    assert found == _validate(use_cache=False)
    assert [(p, c) for p, _, _, c, _ in found] == [("plans/b.yaml", "KH401")]


def test_disabled_codes_are_left_out_after_the_checks_ran(tmp_path, monkeypatch):
    """The cached per-document problems hold every code; ``checks.disable`` is applied when
    they are shown, so disabling a code needs no new run of the checks."""
    root = build_tree(
        tmp_path / "repo",
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/a.yaml": PLAN},
    )
    monkeypatch.chdir(root)
    (root / "plans" / "a.yaml").write_text(PLAN.replace("lead: td", "lead: xx"), "utf-8")
    assert [c for *_, c, _ in _validate()] == ["KH401"]
    (root / "kehoach.yaml").write_text("kind: settings\nchecks:\n  disable: [KH401]\n", "utf-8")
    assert _validate() == _validate(use_cache=False) == []


def test_helpers_run_the_per_document_checks_with_the_context(tmp_path):
    """Loaded by forked helpers, a file comes back with its per-document problems, positioned."""
    root = build_tree(tmp_path / "repo", {"orgs.yaml": ORGS})
    paths = []
    for i in range(loadmany.PARALLEL_MIN_FILES + 10):
        text = PLAN.replace("lead: td", "lead: xx") if i % 7 == 0 else PLAN
        path = root / "plans" / f"p{i:03d}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, "utf-8")
        paths.append(path)
    context_files = [loadfiles.LoadedFile(root / "orgs.yaml", "orgs.yaml", ())]
    loadmany.load_many(context_files, 1)
    context = loadmany.Context(Repository.from_files(root, context_files, partial=True), "k")
    states = [loadfiles.LoadedFile(p, p.name, ()) for p in paths]
    loadmany.load_many(states, 2, context)
    for i, state in enumerate(states):
        assert state.checked == "k"
        codes = [(p.code, p.line > 0) for p in state.doc_problems]
        assert codes == ([("KH401", True)] if i % 7 == 0 else [])


def test_validate_keeps_slim_documents_and_caches_full_data_for_the_other_commands(
    tmp_path, monkeypatch
):
    """``validate`` without the repository holds of each document only what the cross-document
    checks read; the cache it writes still gives ``due``, ``who``, ``render`` the full data."""
    root = build_tree(
        tmp_path / "repo",
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/a.yaml": PLAN},
    )
    monkeypatch.chdir(root)
    result = run_validate(None, jobs=1)
    (doc,) = result.repo.documents
    slim = {
        "issuers": ["td"],
        "date": "2022-01-10",
        "year": 2022,
        # KH424: deadlines past the program; KH426: the ids an activity carried over may name;
        # KH433: the lead of an activity carrying out a program's
        "contents": {"activities": [{"id": "a1", "lead": "td", "time": "2022-Q2"}]},
    }
    # the head: its activity list a skeleton of the same length, the list itself packed apart
    assert doc.data == {**slim, "contents": {"activities": [{}]}}
    assert result.repo.whole(doc).data == slim
    full = load(None, use_cache=False).repo.documents[0].data
    assert "contents" in full
    assert load(None).repo.documents[0].data == full  # from the cache validate wrote
    assert run_validate(None, jobs=1, need_repo=True).repo.documents[0].data == full
    again = open_session(None, jobs=1).load(checks=True, slim=True)  # the view, from the cache
    assert again.repo.whole(again.repo.documents[0]).data == slim


def test_a_cold_validate_holds_no_document_data_until_the_cache_is_written(tmp_path, monkeypatch):
    """The full data of each document leaves this process as soon as it is loaded: set aside on
    disk (``io.spool``) until its shard is written, then read back into the shard — once the run
    holds ``HELD`` bytes of them (none here: every one is set aside)."""
    root = build_tree(
        tmp_path / "repo",
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS}
        | {f"plans/p{i}.yaml": PLAN for i in range(30)},
    )
    monkeypatch.chdir(root)
    monkeypatch.setattr(cache, "HELD", 0)
    loaded = open_session(None, jobs=1).load(checks=True, slim=True)
    assert all(f.blob is None for f in loaded.files)
    datas = [e[4] for shard in loaded.cache._shards.values() for e in shard.values()]
    assert sum(isinstance(d, Spooled) for d in datas) == 30
    assert not any(isinstance(d, bytes) for d in datas)
    loaded.cache.save(None, [])
    full = load(None).repo.documents
    assert len(full) == 30 and all("contents" in d.data and "title" in d.data for d in full)


def test_a_run_that_loads_little_makes_no_temporary_file(tmp_path, monkeypatch):
    """Up to ``HELD`` bytes of new entries stay in memory (the editor's one-file ``validate``
    opens no spool, imports no ``tempfile``); past it, the rest is set aside."""
    root = build_tree(
        tmp_path / "repo",
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS}
        | {f"plans/p{i}.yaml": PLAN for i in range(4)},
    )
    monkeypatch.chdir(root)
    loaded = open_session(None, jobs=1).load(checks=True, slim=True)
    datas = [e[4] for shard in loaded.cache._shards.values() for e in shard.values()]
    assert loaded.cache._kept.spool is None and sum(isinstance(d, bytes) for d in datas) == 4
    loaded.cache.save(None, [])
    one = max(len(d) for d in datas if isinstance(d, bytes))  # the same plan four times
    monkeypatch.setattr(cache, "HELD", 2 * one)  # room for two documents
    for plan in root.glob("plans/*.yaml"):
        plan.write_text(PLAN + "# sửa\n", encoding="utf-8")
    loaded = open_session(None, jobs=1).load(checks=True, slim=True)
    datas = [e[4] for shard in loaded.cache._shards.values() for e in shard.values()]
    assert sum(isinstance(d, bytes) for d in datas) == 2
    assert sum(isinstance(d, Spooled) for d in datas) == 2
    loaded.cache.save(None, [])
    assert len(load(None).repo.documents) == 4
