"""A run that reads many files takes what it built out of the cycle collector's generations
(``gc.freeze``): no collection during the checks walks every document again."""

from __future__ import annotations

import gc

from helpers import ORGS, PLAN, build_tree
from kehoach import load


def test_a_large_cold_load_freezes_what_it_built(tmp_path, monkeypatch):
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS}
    files.update({f"plans/kh-{n}.yaml": PLAN for n in range(5)})
    monkeypatch.chdir(build_tree(tmp_path / "repo", files))
    monkeypatch.setattr(load, "FREEZE_MIN_FILES", 5)
    gc.unfreeze()
    try:
        loaded = load.open_session(use_cache=False).load(checks=True)
        assert gc.get_freeze_count() > 0
        data = [d.data for d in loaded.repo.documents]
        assert data and not any(gc.is_tracked(d) and _collectable(d) for d in data)
    finally:
        gc.unfreeze()


def test_a_large_load_from_the_cache_freezes_what_it_decoded(tmp_path, monkeypatch):
    """After one edit, the documents decoded from the cache are frozen as those just read."""
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS}
    files.update({f"plans/kh-{n}.yaml": PLAN for n in range(5)})
    root = build_tree(tmp_path / "repo", files)
    monkeypatch.chdir(root)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    load.open_session().load(checks=True).cache.save(None, [])
    (root / "plans/kh-0.yaml").write_text(PLAN + "# sửa\n", encoding="utf-8")
    monkeypatch.setattr(load, "FREEZE_MIN_FILES", 5)
    gc.unfreeze()
    try:
        loaded = load.open_session().load(checks=True, slim=True)
        assert sum(f.slim for f in loaded.files) == 5  # one read, four from the cache
        assert gc.get_freeze_count() > 0
        data = [f.data for f in loaded.files if f.path.endswith(("kh-1.yaml", "kh-2.yaml"))]
        assert len(data) == 2 and not any(_collectable(d) for d in data)
    finally:
        gc.unfreeze()


def test_a_small_load_leaves_the_collector_alone(tmp_path, monkeypatch):
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": PLAN}
    monkeypatch.chdir(build_tree(tmp_path / "repo", files))
    gc.unfreeze()
    load.open_session(use_cache=False).load(checks=True)
    assert gc.get_freeze_count() == 0


def _collectable(obj: object) -> bool:
    """``obj`` is in one of the collector's generations (not frozen)."""
    return any(o is obj for o in gc.get_objects())
