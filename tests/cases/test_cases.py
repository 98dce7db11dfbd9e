"""Golden validation cases: each folder of tests/cases/ is a repository whose exact
``kehoach validate --format parsable`` output is in its ``expected.txt``.

Regenerate the folders with ``python tests/make_cases.py`` and the expectations with
``KEHOACH_UPDATE_GOLDEN=1 pytest tests/test_cases.py`` — then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach.cli.app import app

CASES = Path(__file__).parent
NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir() and (p / "expected.txt").exists())


@pytest.mark.parametrize("name", NAMES)
def test_case(name, monkeypatch):
    case = CASES / name
    monkeypatch.chdir(case)
    result = CliRunner().invoke(app, ["validate", "--format", "parsable"])
    expected_file = case / "expected.txt"
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):
        expected_file.write_text(result.stdout, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8")
    assert result.stdout == expected
    assert result.exit_code == (
        0 if name.startswith("valid") or not expected.strip() or " error " not in expected else 1
    )


def test_every_repository_check_has_a_case():
    from kehoach.checks import all_checks

    seen = set()
    for name in NAMES:
        text = (CASES / name / "expected.txt").read_text(encoding="utf-8")
        seen.update(line.split()[2] for line in text.splitlines() if line.strip())
    codes = {c.code for c in all_checks()}
    # KH104 (unreadable/too large) has its own tests in test_bad_input.py
    assert codes - seen <= {"KH104"}, sorted(codes - seen)
