"""``discover`` judges ``exclude`` on the walk's own strings and walks the repository once (not at
all when the remembered-answer look-up already walked it: ``io.seen``): the same files, refusals
and targets as the ``Path`` way (``walk`` then ``_excluded`` on each file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kehoach.io import discover
from kehoach.io.seen import Found

TREE = [
    "kehoach.yaml",
    "orgs.yaml",
    "plans/2023/a.yaml",
    "plans/2023/b.yml",
    "plans/2024/nhap/c.yaml",
    "plans/nhap.yaml",
    "programs/p.yaml",
    "drafts/x.yaml",
    "drafts/sub/y.yaml",
    "templates/t.yaml",
    ".hidden/h.yaml",
    "ghi chú.yaml",
]


@pytest.fixture
def tree(tmp_path):
    for rel in TREE:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("kind: plan\n", encoding="utf-8")
    os.symlink("/etc/hostname", tmp_path / "plans" / "out.yaml")  # refused: leaves the repository
    return tmp_path.resolve()


@pytest.mark.parametrize(
    "globs",
    [
        [],
        ["drafts/*"],
        ["drafts/**"],
        ["*/nhap*"],
        ["plans/*/nhap/*", "*.yml"],
        ["ghi chú.yaml", "plans/out.yaml"],
        ["*"],
        ["?rograms/p.yaml"],
    ],
)
def test_the_same_files_as_the_path_way(tree, globs):
    refused_ref: dict[Path, str] = {}
    reference = [
        str(f)
        for f in discover.walk(tree, tree, refused_ref)
        if not discover._excluded(f, tree, globs)
    ]
    refused: dict[str, str] = {}
    assert discover._kept(tree, refused, globs) == reference
    assert refused == {str(f): why for f, why in refused_ref.items()}


def test_the_repository_asked_for_is_walked_once(tree, monkeypatch):
    (tree / "kehoach.yaml").write_text("exclude: [drafts/*]\n", encoding="utf-8")
    calls = []
    real = discover.rules.yaml_files
    monkeypatch.setattr(
        discover.rules, "yaml_files", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    monkeypatch.chdir(tree)
    scope = discover.discover(None)
    assert len(calls) == 1
    assert scope.targets == set(scope.files)
    assert not any("drafts" in str(f) for f in scope.files)
    assert set(scope.refused) == {str(tree / "plans" / "out.yaml")}
    assert discover.discover([str(tree / "plans")]).targets < set(scope.files)


def _counted(monkeypatch) -> list:
    calls: list = []
    real = discover.rules.yaml_files
    monkeypatch.setattr(
        discover.rules, "yaml_files", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    return calls


def _found(root: str, walked: list[str]) -> Found:
    """What the look-up offers after walking ``root`` (stamps not read here)."""
    return Found(root, [(path, ()) for path in walked], len(walked), 0)


def test_a_walk_already_made_of_this_root_is_not_made_again(tree, monkeypatch):
    (tree / "kehoach.yaml").write_text("exclude: [drafts/*]\n", encoding="utf-8")
    (tree / "plans" / "out.yaml").unlink()  # the look-up offers nothing when a file is refused
    monkeypatch.chdir(tree)
    walked = discover.rules.yaml_files(str(tree), str(tree), None, links=False)
    reference = discover.discover(None)
    calls = _counted(monkeypatch)
    scope = discover.discover(None, _found(str(tree), walked))
    assert calls == []
    assert vars(scope) == vars(reference)  # exclude still applied, the same targets
    assert not any("drafts" in f for f in scope.files)


def test_a_walk_of_another_root_is_not_taken(tree, monkeypatch):
    monkeypatch.chdir(tree)
    other = tree / "programs"
    (other / "kehoach.yaml").write_text("{}\n", encoding="utf-8")
    offered = _found(str(other), discover.rules.yaml_files(str(other)))
    calls = _counted(monkeypatch)
    scope = discover.discover(None, offered)
    assert len(calls) == 1
    assert str(tree / "plans" / "2023" / "a.yaml") in scope.files
