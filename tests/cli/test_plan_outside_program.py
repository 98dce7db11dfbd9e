"""KH424: a plan citing a program whose year or period lies outside the program's period is
reported at the plan's ``year``/``period`` (and, when it only runs past the program's end, at each
activity deadline after it) — found alike with and without the cache, and when only the program
changed (the plans citing it are checked with it)."""

from __future__ import annotations

import pytest

from cycle_data import PLAN_FILE, PROGRAM_FILE, apply, build_cycle
from kehoach.io import cache

PROGRAM_ID = "ctph-2024-2026"


@pytest.fixture
def kho(tmp_path, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    monkeypatch.chdir(root)
    return root


def _kh422(cli, *paths: str) -> list[str]:
    out = cli("validate", "--format", "parsable", *paths).stdout
    return [line for line in out.splitlines() if " KH424 " in line]


def _line_of(root, rel: str, text: str) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(text))


def test_a_plan_within_the_program_is_not_reported(kho, cli):
    assert _kh422(cli) == []


def test_a_plan_for_a_year_after_the_program(kho, cli, monkeypatch):
    text = (kho / PLAN_FILE).read_text(encoding="utf-8")
    (kho / "plans/2027").mkdir()
    (kho / "plans/2027/kh-2027.yaml").write_text(
        text.replace("2024", "2027").replace("ref: ctph-2027-2026", f"ref: {PROGRAM_ID}"),
        encoding="utf-8",
    )
    line = _line_of(kho, "plans/2027/kh-2027.yaml", "year: 2027")
    expected = [
        f"plans/2027/kh-2027.yaml:{line}:7: warning KH424 Kế hoạch năm 2027 nằm ngoài thời hạn "
        f'của chương trình "{PROGRAM_ID}" (giai đoạn 2024 – 2026) mà nó căn cứ'
    ]
    assert _kh422(cli) == expected  # cold
    assert _kh422(cli) == expected  # warm
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    cache.cache_dir.cache_clear()
    assert _kh422(cli) == expected
    assert cli("validate").exit_code == 0  # a warning: the program may have been extended


def test_a_period_running_past_the_program_names_the_late_deadlines(kho, cli):
    apply(
        kho,
        PLAN_FILE,
        [("year: 2024", "period: 2026-07..2027-06"), ("time: 2024-12", "time: 2027-Q1")],
    )
    found = _kh422(cli)
    assert len(found) == 2, found
    assert "vượt ra ngoài thời hạn" in found[0] and found[0].startswith(
        f"{PLAN_FILE}:{_line_of(kho, PLAN_FILE, 'period:')}:9:"
    )
    late = _line_of(kho, PLAN_FILE, "      time: 2027-Q1")
    assert found[1].startswith(f"{PLAN_FILE}:{late}:13: warning KH424 ")
    assert 'Hạn "quý I/2027" sau khi chương trình' in found[1]


def test_shortening_the_program_reports_the_older_plan_too(kho, cli):
    assert _kh422(cli, PROGRAM_FILE) == []
    apply(kho, PROGRAM_FILE, [("period: {from: 2024, to: 2026}", "period: {from: 2025, to: 2026}")])
    found = _kh422(cli, PROGRAM_FILE)  # the pre-commit hook: only the program changed
    assert len(found) == 1 and found[0].startswith(f"{PLAN_FILE}:"), found
    assert "Kế hoạch năm 2024 nằm ngoài thời hạn" in found[0]
