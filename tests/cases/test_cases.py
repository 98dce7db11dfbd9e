"""Golden validation cases: each folder of tests/cases/ is a small repository whose exact
``kehoach validate --format parsable`` output is in its ``expected.txt``.

The folders are written by ``make_cases.py`` beside this file: ``python tests/cases/make_cases.py``
rewrites them, then read ``git diff tests/cases``. A test fails when the committed folders differ
from what the generator writes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kehoach.checks import all_checks

HERE = Path(__file__).resolve().parent
NAMES = sorted(p.name for p in HERE.iterdir() if p.is_dir() and (p / "expected.txt").exists())


def _generator():
    spec = importlib.util.spec_from_file_location("make_cases", HERE / "make_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, bytes]:
    """Every file of every case folder under ``root`` (a folder with an ``expected.txt``)."""
    out = {}
    for folder in sorted(root.iterdir()):
        if folder.is_dir() and (folder / "expected.txt").exists():
            out.update(
                {
                    p.relative_to(root).as_posix(): p.read_bytes()
                    for p in folder.rglob("*")
                    if p.is_file()
                }
            )
    return out


@pytest.mark.parametrize("name", NAMES)
def test_case(name, cli, monkeypatch):
    case = HERE / name
    monkeypatch.chdir(case)
    result = cli("validate", "--format", "parsable")
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert result.stdout == expected
    assert result.exit_code == (1 if " error " in expected else 0)


def test_committed_cases_are_what_the_generator_writes(tmp_path):
    gen = _generator()
    gen.build(tmp_path)
    assert sorted(gen.CASES) == NAMES
    assert _tree(tmp_path) == _tree(HERE)


def test_every_check_has_a_case():
    seen = set()
    for name in NAMES:
        text = (HERE / name / "expected.txt").read_text(encoding="utf-8")
        seen.update(line.split()[2] for line in text.splitlines() if line.strip())
    codes = {c.code for c in all_checks()}
    # KH104 (unreadable, too large) needs conditions a case folder cannot hold: tests/cli/test_bad_input.py
    assert codes - seen <= {"KH104"}, sorted(codes - seen)
