"""``kehoach new plan`` two years on: a plan's own activity (no program activity behind it) left
open at the end of its year, that no later plan carried on — there was no plan the next year, or
the next year's plan dropped it without cancelling it — is offered again to the draft, from its
last copy, as the program's work left open is (``draft.older``). Before, the 2026 draft lost it
without a word: neither the activities nor the notes named it."""

from __future__ import annotations

import yaml

from cycle_data import PLAN_FILE, apply, build_cycle

PROGRAM_ID = "ctph-2024-2026"
NEW = ("new", "plan", "--program", PROGRAM_ID, "-o", "kh-2026.yaml")
PLAN_2025 = """\
kind: plan
number: 3
date: 2025-01-15
issuers: [tinhdoan-ld]
year: 2025
title: Thực hiện Chương trình phối hợp với Sở Khoa học và Công nghệ năm 2025
bases:
  - ref: ctph-2024-2026
contents:
  activities:
    - id: dien-dan
      title: Diễn đàn thanh niên với khoa học
      area: sang-tao
      lead: tinhdoan-ld
      time: 2025-06
      status: done
      done_date: 2025-06-20
signers:
  - {org: tinhdoan-ld, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn An}
recipients:
  groups:
    - {purpose: b/c, items: [Ban Bí thư Trung ương Đoàn]}
  archive: [VT]
"""


def _kho(tmp_path, monkeypatch, *, plan_2025: bool):
    root = build_cycle(tmp_path / "kho")
    # 2024: the contest cancelled, the training done late (in 2025), the award still going on
    apply(root, PLAN_FILE, [
        ("      budget: 80000000\n      status: planned", "      budget: 80000000\n      status: cancelled"),
        ("      budget: 30000000\n      status: planned",
         "      budget: 30000000\n      status: done\n      done_date: 2025-03-01"),
        ("      budget: 20000000\n      status: planned", "      budget: 20000000\n      status: in_progress"),
    ])  # fmt: skip
    if plan_2025:
        (root / "plans/2025").mkdir()
        (root / "plans/2025/kh-2025.yaml").write_text(PLAN_2025, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def _draft(cli, root):
    res = cli(*NEW, "--year", "2026")
    assert res.exit_code == 0, res.output
    text = (root / "kh-2026.yaml").read_text(encoding="utf-8")
    acts = yaml.load(text, Loader=yaml.BaseLoader)["contents"]["activities"]
    return text, {a["id"]: a for a in acts}, " ".join(res.output.split())


def _check(text, acts, output):
    award = acts["tuyen-duong"]
    assert award["carried_from"] == {"plan": "kh-2024", "activity": "tuyen-duong"}
    assert award["status"] == "in_progress" and award["lead"] == "tinhdoan-ld"
    assert (
        "# Chuyển tiếp từ plans/2024/kh-2024.yaml (năm 2024): chưa hoàn thành đến hết năm 2025, "
        "chưa kế hoạch nào sau đó chuyển tiếp." in text
    ), text
    assert '"Tuyên dương thanh niên tiêu biểu trong ứng dụng khoa học, công nghệ"' in output
    carried = {a["carried_from"]["activity"] for a in acts.values() if "carried_from" in a}
    assert "hoi-thi" not in carried  # cancelled in 2024
    assert "tap-huan" not in carried  # done, late, in 2025: done by the end of 2025


def test_with_no_plan_the_year_between_its_open_work_is_offered_again(cli, tmp_path, monkeypatch):
    root = _kho(tmp_path, monkeypatch, plan_2025=False)
    _check(*_draft(cli, root))


def test_work_the_next_plan_dropped_is_offered_again(cli, tmp_path, monkeypatch):
    root = _kho(tmp_path, monkeypatch, plan_2025=True)
    text, acts, output = _draft(cli, root)
    _check(text, acts, output)
    assert not any(a.get("carried_from", {}).get("activity") == "dien-dan" for a in acts.values())


def test_offered_again_once_then_carried_on_as_last_year_s(cli, tmp_path, monkeypatch):
    """Drafted twice for the same year, the second draft does not copy it again (``Already``)."""
    root = _kho(tmp_path, monkeypatch, plan_2025=False)
    _draft(cli, root)
    (root / "plans/2026").mkdir()
    (root / "kh-2026.yaml").rename(root / "plans/2026/kh-2026.yaml")
    res = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2026", "-o", "kh-2026-b.yaml")
    assert res.exit_code == 0, res.output
    again = yaml.load((root / "kh-2026-b.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    ids = [a.get("carried_from", {}).get("activity") for a in again["contents"]["activities"]]
    assert "tuyen-duong" not in ids, ids
