"""``report`` never says "no time" of an activity whose time it cannot read (an impossible date,
KH405): the report shows it as written, stderr names it at its ``file:line``, and ``--strict``
exits 1 — as it does on every error ``validate`` reports in the files the report reads (the
repository checks, as ``due --strict`` and ``who --strict`` count them), and on no other file's."""

from __future__ import annotations

import pytest

from cycle_data import PLAN_FILE, apply, build_cycle

PROGRAM_ID = "ctph-2024-2026"
ASK = ("--period", "2024", "--to", "txt", "--today", "2025-01-05")


@pytest.fixture
def kho(tmp_path, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    monkeypatch.chdir(root)
    return root


def _line_of(root, needle: str) -> int:
    text = (root / PLAN_FILE).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("target", [PROGRAM_ID, "kh-2024"])
def test_an_impossible_date_is_named_not_called_no_time(kho, cli, target):
    assert cli("report", target, *ASK, "--strict").exit_code == 0
    apply(kho, PLAN_FILE, [("      time: 2024-12\n", "      time: 2024-02-30\n")])
    line = _line_of(kho, "      time: 2024-02-30")
    assert "KH405" in cli("validate", "--format", "parsable").stdout
    res = cli("report", target, *ASK)
    assert res.exit_code == 0, res.output
    assert "chưa ghi thời gian" not in res.stdout
    assert "thời gian ghi không hợp lệ: 2024-02-30" in res.stdout
    said = f'Cảnh báo: {PLAN_FILE}:{line}:13: không đọc được thời gian "2024-02-30"'
    assert said in res.stderr, res.stderr
    assert "Tuyên dương thanh niên tiêu biểu" in res.stderr
    strict = cli("report", target, *ASK, "--strict")
    assert strict.exit_code == 1 and said in strict.stderr
    assert "Cảnh báo: kho có 1 lỗi kiểm tra" in strict.stderr


def test_strict_counts_the_repository_checks_of_the_files_reported_on(kho, cli):
    """An unknown org (KH401, a repository check: the plan still loads) fails ``--strict``; a
    broken file the report does not read does not. Without ``--strict`` the report still says
    which id it prints as written, at its line (before: nothing was said, and the raw id went
    into the document to be signed)."""
    apply(kho, PLAN_FILE, [("      lead: skhcn-ld\n", "      lead: hoisv-ld\n")])
    line = _line_of(kho, "      lead: hoisv-ld")
    assert "KH401" in cli("validate", "--format", "parsable").stdout
    plain = cli("report", PROGRAM_ID, *ASK)
    assert plain.exit_code == 0
    said = f'Cảnh báo: {PLAN_FILE}:{line}:13: mã tổ chức "hoisv-ld" của hoạt động'
    assert said in plain.stderr and "báo cáo in nguyên mã này" in plain.stderr, plain.stderr
    for target in (PROGRAM_ID, "kh-2024"):
        strict = cli("report", target, *ASK, "--strict")
        assert strict.exit_code == 1, strict.output
        assert "Cảnh báo: kho có 1 lỗi kiểm tra" in strict.stderr
    (kho / "plans/2024/nhap.yaml").write_text("kind: plan\ntitle: [dở\n", encoding="utf-8")
    apply(kho, PLAN_FILE, [("      lead: hoisv-ld\n", "      lead: skhcn-ld\n")])
    assert cli("report", "kh-2024", *ASK, "--strict").exit_code == 0


def test_a_plan_citing_a_mistyped_program_id_is_named(kho, cli):
    """A plan whose basis names the program with a typo is not the program's, for the report:
    before, it dropped out of the numbers with nothing said ("0 hoàn thành", exit 0 with
    --strict). Now stderr names it at its line, with the id it most likely meant, and --strict
    fails."""
    apply(kho, PLAN_FILE, [(f"ref: {PROGRAM_ID}\n", f"ref: {PROGRAM_ID}x\n")])
    line = _line_of(kho, f"ref: {PROGRAM_ID}x")
    res = cli("report", PROGRAM_ID, *ASK)
    assert res.exit_code == 0, res.output
    said = f"Cảnh báo: {PLAN_FILE}:{line}:"
    assert said in res.stderr and f'có phải "{PROGRAM_ID}"?' in res.stderr, res.stderr
    assert cli("report", PROGRAM_ID, *ASK, "--strict").exit_code == 1


def test_a_plan_carrying_out_the_program_but_citing_another_id_is_named(kho, cli):
    """A plan whose activities say they carry out the program's (``carried_from: {program: …}``)
    but whose basis names an id no document has, not near the program's ('ctph-2024-2026-tinhdoan-
    ld'): not counted, and said so; --strict fails. Before: the report said "0 hoàn thành" with
    exit 0, even with --strict."""
    other = "ctph-2024-2026-tinhdoan-ld"
    apply(kho, PLAN_FILE, [(f"ref: {PROGRAM_ID}\n", f"ref: {other}\n"),
                           ("    - id: hoi-thi\n", "    - id: hoi-thi\n      carried_from: "
                            f"{{program: {PROGRAM_ID}, activity: hoi-thi}}\n")])  # fmt: skip
    line = _line_of(kho, f"ref: {other}")
    res = cli("report", PROGRAM_ID, *ASK)
    assert res.exit_code == 0, res.output
    said = f'Cảnh báo: {PLAN_FILE}:{line}:10: căn cứ "{other}" — không có văn bản này trong kho'
    assert said in res.stderr and "không được tính vào báo cáo" in res.stderr, res.stderr
    assert cli("report", PROGRAM_ID, *ASK, "--strict").exit_code == 1


def test_an_impossible_completion_day_is_named(kho, cli):
    """'done_date: 2024-02-30': counted as done, on no day — and said so on stderr at its line
    (before: counted silently), --strict failing on it."""
    apply(kho, PLAN_FILE, [("      budget: 30000000\n      status: planned\n",
                            "      budget: 30000000\n      status: done\n"
                            "      done_date: 2024-02-30\n")])  # fmt: skip
    line = _line_of(kho, "done_date: 2024-02-30")
    res = cli("report", PROGRAM_ID, *ASK)
    assert res.exit_code == 0, res.output
    said = f"Cảnh báo: {PLAN_FILE}:{line}:"
    assert said in res.stderr and 'ngày hoàn thành "2024-02-30"' in res.stderr, res.stderr
    assert "tính là hoàn thành, không rõ ngày" in res.stderr
    assert cli("report", PROGRAM_ID, *ASK, "--strict").exit_code == 1


def test_a_report_before_its_period_ends_says_so(kho, cli):
    """Written on 01/10/2024 for the year 2024: stderr says the period has not ended (before,
    nothing told it from a report written after the period)."""
    early = cli("report", PROGRAM_ID, "--period", "2024", "--to", "txt", "--today", "2024-10-01")
    assert early.exit_code == 0, early.output
    assert "kỳ báo cáo chưa kết thúc (hôm nay 01/10/2024, kỳ hết ngày 31/12/2024)" in early.stderr
    assert "chưa kết thúc" not in cli("report", PROGRAM_ID, *ASK).stderr


def test_a_task_of_the_next_period_now_cancelled_is_marked(kho, cli):
    """The H1 report's Phương hướng lists the H2 tasks as they stood; one its plan now says is
    cancelled is marked so (before: listed as a task like any other)."""
    apply(kho, PLAN_FILE, [("      time: 2024-12\n      budget: 20000000\n      status: planned\n",
                            "      time: 2024-12\n      budget: 20000000\n      status: cancelled\n")])  # fmt: skip
    res = cli("report", PROGRAM_ID, "--period", "2024-H1", "--to", "txt", "--today", "2024-07-10")
    assert res.exit_code == 0, res.output
    outlook = res.stdout[res.stdout.index("PHƯƠNG HƯỚNG") :]
    line = " ".join(
        outlook.split("Tuyên dương thanh niên tiêu biểu", 1)[1].split("\n\n")[0].split()
    )
    assert "nay ghi đã hủy" in line, outlook
