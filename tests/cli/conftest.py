"""Fixtures of the command-line tests shared by several files."""

from __future__ import annotations

import shutil

import pytest

from helpers import EXAMPLES, MISSING_BASIS, ORGS, build_tree, git, made_old, numbered_plan


@pytest.fixture
def kho(tmp_path, monkeypatch):
    """A copy of examples/ committed in a git repository, the working directory."""
    root = tmp_path / "kho"
    shutil.copytree(EXAMPLES, root)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "v1")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def two(tmp_path, monkeypatch):
    """Two plans, the second citing a program that is not there (KH402, a cross-document check),
    the working directory; their files an hour old (not racy)."""
    root = build_tree(
        tmp_path / "repo",
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/kh-1.yaml": numbered_plan(1),
            "plans/kh-2.yaml": numbered_plan(2, MISSING_BASIS),
        },
    )
    made_old(root.rglob("*.yaml"))
    monkeypatch.chdir(root)
    return root
