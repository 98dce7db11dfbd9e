"""A plan's activity left open at the end of its year and carried over (``carried_from: {plan: …}``)
into the next year's plan, issued before a report's period ends, with a deadline after that end:
the deadline was moved, not missed. A report whose period spans both years but ends before the new
deadline (a mid-term sơ kết from 01/2024 to 06/2025) does not count it overdue, as ``due`` on the
period's last day does not list it; the report of 2024 alone (the 2025 plan not issued yet at its
end) still does. Before, the mid-term report said "quá hạn (tháng 12/2024)" and proposed finishing
it, while ``due`` listed nothing overdue."""

from __future__ import annotations

import pytest

from cycle_data import PLAN_FILE, apply, build_cycle

PROGRAM_ID = "ctph-2024-2026"
TITLE = "Tuyên dương thanh niên tiêu biểu trong ứng dụng khoa học, công nghệ"

PLAN_2025 = (
    "kind: plan\nnumber: 2\ndate: DATE\nissuers: [tinhdoan-ld]\nyear: 2025\n"
    "title: Thực hiện Chương trình phối hợp với Sở Khoa học và Công nghệ năm 2025\n"
    f"bases:\n  - ref: {PROGRAM_ID}\n"
    "contents:\n  layout: table\n  activities:\n"
    f"    - id: tuyen-duong\n      title: {TITLE}\n      area: sang-tao\n      lead: tinhdoan-ld\n"
    "      time: 2025-09\n      budget: 20000000\n      status: in_progress\n"
    "      carried_from: {plan: kh-2024, activity: tuyen-duong}\n"
    "signers:\n  - {org: tinhdoan-ld, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ,"
    " name: Nguyễn Văn An}\n"
    "recipients:\n  groups:\n    - {purpose: b/c, items: [Ban Bí thư Trung ương Đoàn]}\n  archive: [VT]\n"
)


def _kho(tmp_path, monkeypatch, issued: str):
    root = build_cycle(tmp_path / "kho")
    apply(root, PLAN_FILE, [("      time: 2024-12\n      budget: 20000000\n      status: planned",
                             "      time: 2024-12\n      budget: 20000000\n      status: in_progress")])  # fmt: skip
    (root / "plans/2025").mkdir()
    (root / "plans/2025/kh-2025.yaml").write_text(
        PLAN_2025.replace("DATE", issued), encoding="utf-8"
    )
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def kho(tmp_path, monkeypatch):
    return _kho(tmp_path, monkeypatch, "2025-01-15")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _report(cli, period: str, today: str) -> str:
    res = cli("report", PROGRAM_ID, "--period", period, "--to", "txt", "--today", today)
    assert res.exit_code == 0, res.output
    return _flat(res.stdout)


def test_moved_on_by_the_next_plan_past_the_period_is_not_overdue_in_it(kho, cli):
    assert "error" not in cli("validate", "--format", "parsable").stdout
    due = cli("due", "--today", "2025-06-30", "--overdue", "--kind", "activity")
    assert TITLE not in due.stdout, due.stdout
    text = _report(cli, "2024-01..2025-06", "2025-07-05")
    assert f"{TITLE} (Tỉnh Đoàn Lâm Đồng chủ trì; tháng 12/2024): đang thực hiện." in text, text
    assert "quá hạn (tháng 12/2024)" not in text, text
    assert "Đề nghị Tỉnh Đoàn Lâm Đồng tập trung hoàn thành" not in text


def test_the_year_it_was_left_open_in_still_counts_it_overdue(kho, cli):
    text = _report(cli, "2024", "2025-01-05")
    assert f"{TITLE} (Tỉnh Đoàn Lâm Đồng chủ trì; tháng 12/2024): đang thực hiện, quá hạn" in text


def test_a_next_plan_issued_after_the_period_moves_nothing(tmp_path, monkeypatch, cli):
    _kho(tmp_path, monkeypatch, "2025-07-10")  # issued after 30/6/2025: the old deadline stood
    text = _report(cli, "2024-01..2025-06", "2025-07-15")
    assert f"{TITLE} (Tỉnh Đoàn Lâm Đồng chủ trì; tháng 12/2024): đang thực hiện, quá hạn" in text


def test_a_next_deadline_inside_the_period_is_overdue_as_that_copy(tmp_path, monkeypatch, cli):
    root = _kho(tmp_path, monkeypatch, "2025-01-15")
    apply(root, "plans/2025/kh-2025.yaml", [("      time: 2025-09\n", "      time: 2025-03\n")])
    text = _report(cli, "2024-01..2025-06", "2025-07-05")
    assert f"{TITLE} (Tỉnh Đoàn Lâm Đồng chủ trì; tháng 3/2025): đang thực hiện, quá hạn" in text
