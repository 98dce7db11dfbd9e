"""Fixtures shared by every test: an isolated cache, a minimal repository, the CLI runner.
Helpers (paths, texts, builders) live in ``helpers.py``."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from helpers import EXAMPLES, ORGS, PLAN, build_tree
from kehoach.cli.app import app

# No timing in tests: hypothesis's default deadline (200 ms per example) fails an example that
# happens to pay a one-off cost (importing ``holidays`` for a year outside the shipped table) on a
# busy machine. Speed is measured in bench/, not here.
settings.register_profile("kehoach", deadline=None)
settings.load_profile("kehoach")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    from kehoach.io import cache

    cache.cache_dir.cache_clear()
    yield
    cache.cache_dir.cache_clear()


@pytest.fixture
def repo(tmp_path):
    """A minimal valid repository: kehoach.yaml, orgs.yaml and one plan."""
    return build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/2022/kh.yaml": PLAN,
        },
    )


@pytest.fixture
def at_examples(tmp_path, monkeypatch):
    """A copy of ``examples/`` as the working directory."""
    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def cli():
    """``cli("validate", "--format", "json")``: run kehoach in-process, as the console script does
    (a ``KehoachError`` is exit code 2 with its message on stderr)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke
