"""Fixtures of the command-line tests shared by several files."""

from __future__ import annotations

import shutil

import pytest

from helpers import EXAMPLES, git


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
