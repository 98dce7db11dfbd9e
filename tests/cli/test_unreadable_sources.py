"""A plan that cannot be read (a merge conflict left in it) is never silently left out of the
numbers: ``report`` and ``timeline`` name the file on standard error (and the report in its
sources line), ``--strict`` makes that exit 1, and asking for the plan itself names the file
and the line instead of saying it is not in the repository."""

from __future__ import annotations

import pytest

from cycle_data import PLAN_FILE, apply, build_cycle

PROGRAM_ID = "ctph-2024-2026"
CONFLICT = "<<<<<<< HEAD\n      time: 2024-Q2\n=======\n      time: 2024-Q3\n>>>>>>> nhanh-skhcn\n"


@pytest.fixture
def broken(tmp_path, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    monkeypatch.chdir(root)
    return root


def _conflict(root) -> int:
    """Put a merge conflict into the 2024 plan; the line of its first marker."""
    text = (root / PLAN_FILE).read_text(encoding="utf-8")
    apply(root, PLAN_FILE, [("      time: 2024-Q2\n", CONFLICT)])
    return text[: text.index("      time: 2024-Q2\n")].count("\n") + 1


def test_a_program_report_names_the_plan_it_could_not_read(broken, cli):
    whole = cli("report", PROGRAM_ID, "--period", "2024", "--to", "md")
    assert whole.exit_code == 0 and "Cảnh báo" not in whole.stderr
    line = _conflict(broken)
    res = cli("report", PROGRAM_ID, "--period", "2024", "--to", "md")
    assert res.exit_code == 0, res.output
    where = f"trong đó: {PLAN_FILE}:{line}."
    assert "Cảnh báo: bỏ qua 1 tệp không đọc được hoặc sai lược đồ, số liệu báo cáo" in res.stderr
    assert where in res.stderr
    assert f"*Không đọc được, không tính vào số liệu:* `{PLAN_FILE}` (lỗi ở dòng {line}:" in (
        res.stdout
    )
    assert "*Nguồn số liệu:* (không có)" in res.stdout
    text = cli("report", PROGRAM_ID, "--period", "2024", "--to", "txt")
    assert f"Không đọc được, không tính vào số liệu: {PLAN_FILE} (lỗi ở dòng {line}:" in text.stdout
    strict = cli("report", PROGRAM_ID, "--period", "2024", "--to", "md", "--strict")
    assert strict.exit_code == 1 and where in strict.stderr


def test_report_of_the_unreadable_plan_names_its_file_and_line(broken, cli):
    line = _conflict(broken)
    res = cli("report", "kh-2024", "--period", "2024")
    assert res.exit_code == 2
    assert "không có trong kho" not in res.stderr
    assert f'Không dùng được "kh-2024" vì tệp có lỗi: {PLAN_FILE}:{line}:1: Xung đột hợp nhất' in (
        res.stderr
    )


def test_report_of_a_plan_failing_its_schema_names_its_file_and_line(broken, cli):
    apply(broken, PLAN_FILE, [("      time: 2024-Q2\n", "      time: [2024-Q2]\n")])
    res = cli("report", "kh-2024", "--period", "2024")
    assert res.exit_code == 2
    assert f'Không dùng được "kh-2024" vì tệp có lỗi: {PLAN_FILE}:' in res.stderr


@pytest.mark.parametrize(
    "typed",
    ["  - ref: [ctph-2024-2026]\n", "  - ref: ctph-2024-2026\n    refs: 2\n"],
)
def test_a_plan_whose_basis_the_schema_refuses_is_named_by_the_program_report(broken, cli, typed):
    """The plan's own 'ref:' to the program fails the schema (a list; a misspelt key beside it):
    once its schema errors are removed it cites nothing — before, the program's report left it
    out without a word."""
    apply(broken, PLAN_FILE, [("  - ref: ctph-2024-2026\n", typed)])
    res = cli("report", PROGRAM_ID, "--period", "2024", "--to", "md")
    assert res.exit_code == 0, res.output
    assert "Cảnh báo: bỏ qua 1 tệp không đọc được hoặc sai lược đồ" in res.stderr
    assert f"*Không đọc được, không tính vào số liệu:* `{PLAN_FILE}`" in res.stdout


def test_a_plan_report_is_not_warned_about_other_files(broken, cli):
    (broken / "plans/2024/nhap.yaml").write_text("kind: plan\ntitle: [dở\n", encoding="utf-8")
    res = cli("report", "kh-2024", "--period", "2024", "--strict")
    assert res.exit_code == 0 and "Cảnh báo" not in res.stderr


@pytest.mark.parametrize("how", [("--year", "2024"), ("--program", PROGRAM_ID)])
def test_timeline_names_the_plan_it_could_not_read(broken, cli, how):
    assert "Cảnh báo" not in cli("timeline", *how, "-f", "md").stderr
    line = _conflict(broken)
    res = cli("timeline", *how, "-f", "md")
    assert res.exit_code == 0
    assert "dòng thời gian không tính văn bản trong đó" in res.stderr
    assert f"trong đó: {PLAN_FILE}:{line}." in res.stderr
    assert cli("timeline", *how, "-f", "md", "--strict").exit_code == 1


SAYS = "bỏ qua 1 tệp không đọc được hoặc sai lược đồ, {what} không tính văn bản trong đó: {where}."
DUE_SAYS = "bỏ qua 1 tệp không đọc được hoặc sai lược đồ: {where}."


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (("who",), "bảng trách nhiệm"),
        (("export", "-o", "t.xlsx"), "bảng tiến độ"),
        (("register", "--year", "2023", "--to", "csv"), "sổ"),
        (("site", "-o", "trang"), "trang tổng quan"),
        (("due", "--today", "2024-05-01"), None),
    ],
)
def test_every_command_names_the_file_it_could_not_read(broken, cli, command, what):
    """who, export, register, site: the warning of report and timeline (``leftout``), with the
    errors counted as due counts them; a merge conflict never called "sai lược đồ" alone."""
    line = _conflict(broken)
    res = cli(*command)
    assert res.exit_code == 0, res.output
    where = f"{PLAN_FILE}:{line}"
    assert (SAYS if what else DUE_SAYS).format(what=what, where=where) in res.stderr
    counted = "kho có 1 lỗi kiểm tra" if command[0] == "register" else "có 1 lỗi đọc tệp"
    assert f"Cảnh báo: {counted}" in res.stderr
    assert "văn bản sai lược đồ không" not in res.stderr
    if command[0] == "site":
        page = (broken / "trang/index.html").read_text(encoding="utf-8")
        assert SAYS.format(what=what, where=where) in page
        assert "Chạy <code>kehoach validate</code> để xem chi tiết" in page


def test_export_strict_and_an_empty_sheet_because_a_file_was_left_out(broken, cli):
    _conflict(broken)
    res = cli("export", "--year", "2024", "-o", "t.xlsx", "--strict")
    assert res.exit_code == 1
    assert "không có hoạt động nào khớp điều kiện trong các văn bản đọc được" in res.stderr


def test_a_register_left_empty_by_a_file_it_could_not_read_names_it(broken, cli):
    line = _conflict(broken)
    res = cli("register", "--year", "2024", "--to", "csv")
    assert res.exit_code == 2
    assert "Năm 2024 chưa có văn bản nào có số và ngày ban hành trong kho" in res.stderr
    assert SAYS.format(what="sổ", where=f"{PLAN_FILE}:{line}") in res.stderr
