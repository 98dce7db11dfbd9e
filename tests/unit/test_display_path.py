"""Paths as shown to the user (``discover.display_path``): the prefix of the working directory cut
off directly (every file of a repository), exactly what ``os.path.relpath`` gives."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kehoach.io.discover import display_path


def _by_relpath(path: str) -> str:
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


_PART = st.sampled_from(["", ".", "..", "a", "kế-hoạch", "plans", "2023", "x.yaml", " b"])


@given(st.lists(_PART, max_size=6), st.booleans(), st.booleans())
def test_the_same_as_relpath(parts, inside, trailing):
    cwd = os.getcwd()
    base = cwd if inside else "/"
    path = base.rstrip("/") + "/" + "/".join(parts) + ("/" if trailing else "")
    assert display_path(path) == _by_relpath(path)
    assert display_path(Path(path)) == _by_relpath(str(Path(path)))


def test_files_below_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "plans" / "kh.yaml") == "plans/kh.yaml"
    assert display_path(str(tmp_path)) == "."
    assert display_path(str(tmp_path.parent / "other.yaml")) == str(tmp_path.parent / "other.yaml")
    assert display_path("plans/kh.yaml") == "plans/kh.yaml"
    monkeypatch.chdir("/")
    assert display_path("/etc/x.yaml") == "etc/x.yaml"
