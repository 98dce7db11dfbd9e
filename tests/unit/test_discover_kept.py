"""``discover`` judges ``exclude`` on the walk's own strings and walks the repository once: the
same files, refusals and targets as the ``Path`` way (``walk`` then ``_excluded`` on each file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kehoach.io import discover

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
        f for f in discover.walk(tree, tree, refused_ref) if not discover._excluded(f, tree, globs)
    ]
    refused: dict[Path, str] = {}
    assert discover._kept(tree, refused, globs) == reference
    assert refused == refused_ref


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
    assert set(scope.refused) == {tree / "plans" / "out.yaml"}
    assert discover.discover([str(tree / "plans")]).targets < set(scope.files)
