"""A program's activity (its quý II) that the year's plan carries out and moves to quý III
(``carried_from: {program: …}``, ``time: 2024-Q3``) is the plan's to schedule: the program's report
of the first half-year does not count it overdue, as ``due`` does not list it then; the report of
the year counts it once, as the plan's copy. Before, the half-year report said it was overdue."""

from __future__ import annotations

import pytest

from cycle_data import PLAN_FILE, PROGRAM_FILE, apply, build_cycle

PROGRAM_ID = "ctph-2024-2026"
TITLE = "Diễn đàn thanh niên với khoa học"


@pytest.fixture
def kho(tmp_path, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    apply(root, PROGRAM_FILE, [("    title: Hỗ trợ thanh niên nghiên cứu, sáng tạo\n",
                                "    title: Hỗ trợ thanh niên nghiên cứu, sáng tạo\n"
                                "    activities:\n      - id: dien-dan\n"
                                f"        title: {TITLE}\n        lead: tinhdoan-ld\n"
                                "        time: 2024-Q2\n")])  # fmt: skip
    apply(root, PLAN_FILE, [("    - id: tap-huan\n",
                             f"    - id: dien-dan\n      title: {TITLE}\n      area: sang-tao\n"
                             "      lead: tinhdoan-ld\n      time: 2024-Q3\n"
                             f"      carried_from: {{program: {PROGRAM_ID}, activity: dien-dan}}\n"
                             "    - id: tap-huan\n")])  # fmt: skip
    monkeypatch.chdir(root)
    return root


def _section(text: str, head: str, end: str) -> str:
    return " ".join(text[text.index(head) : text.index(end)].split())


def test_moved_by_the_plan_out_of_the_period_is_not_overdue_in_it(kho, cli):
    assert "error" not in cli("validate", "--format", "parsable").stdout
    due = cli("due", "--today", "2024-07-05", "--overdue", "--kind", "activity")
    assert TITLE not in due.stdout
    res = cli("report", PROGRAM_ID, "--period", "2024-H1", "--to", "txt", "--today", "2024-07-05")
    assert res.exit_code == 0, res.output
    done = _section(res.stdout, "II.", "III.")
    assert TITLE not in done, done  # not counted in the half-year, overdue or otherwise
    assert f"{TITLE} (Tỉnh Đoàn" in " ".join(res.stdout.split())  # the outlook: quý III
