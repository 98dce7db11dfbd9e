"""``kehoach due`` through the CLI: formats, output files, exit codes and bad input."""

import json
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from agenda_data import agenda_repo
from helpers import EXAMPLES, build_tree
from kehoach.cli.app import app


@pytest.fixture
def root(tmp_path):
    return str(agenda_repo(tmp_path / "repo"))


def invoke(*args, env=None):
    return CliRunner().invoke(app, ["due", *args], env=env)


def test_help_has_an_example():
    res = invoke("--help")
    assert res.exit_code == 0 and "Ví dụ: kehoach due" in res.output


def test_table_default(root):
    res = invoke(root, "--today", "2022-06-15")
    assert res.exit_code == 0, res.output
    assert "Quá hạn (1)" in res.output and "Tháng 6/2022 (2)" in res.output
    assert (
        "3 việc quá hạn hoặc đến hạn từ 15/6/2022 đến 10/8/2022, trong đó 1 việc quá hạn."
        in res.output
    )


def test_today_from_environment(root):
    res = invoke(root, "-f", "json", env={"KEHOACH_TODAY": "2022-06-15"})
    assert res.exit_code == 0
    assert json.loads(res.stdout)["today"] == "2022-06-15"


def test_json_to_stdout_and_file(root, tmp_path):
    res = invoke(root, "--today", "2022-06-15", "--format", "json")
    doc = json.loads(res.stdout)
    assert [i["uid"] for i in doc["items"]][:2] == [
        "kh-2022.activity-6@kehoach",
        "kh-2022.giao-ban.2022-Q2@kehoach",
    ]
    out = tmp_path / "due.json"
    res = invoke(root, "--today", "2022-06-15", "-f", "json", "-o", str(out))
    assert res.exit_code == 0 and res.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == doc


def test_csv_and_ics_files(root, tmp_path):
    out = tmp_path / "lich.ics"
    res = invoke(root, "--today", "2022-06-15", "--all", "-f", "ics", "-o", str(out))
    assert res.exit_code == 0, res.output
    cal = Calendar.from_ical(out.read_bytes())
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert "ctph.ke-hoach.2024@kehoach" in uids and len(uids) == len(set(uids))
    again = tmp_path / "lich2.ics"
    invoke(root, "--today", "2022-06-15", "--all", "-f", "ics", "-o", str(again))
    assert again.read_bytes() == out.read_bytes()
    res = invoke(root, "--today", "2022-06-15", "-f", "csv")
    assert res.stdout.splitlines()[0].startswith("\ufeffdate,days_left,overdue,kind,title")


def test_party_and_kind(root):
    res = invoke(
        root, "--today", "2022-06-15", "--party", "skhcn", "--kind", "activity", "-f", "json"
    )
    items = json.loads(res.stdout)["items"]
    assert [i["uid"] for i in items] == ["kh-2022.activity-6@kehoach", "kh-2022.hoi-thi@kehoach"]


def test_unknown_format_is_a_usage_error(root, cli, monkeypatch):
    monkeypatch.chdir(root)
    res = cli("due", "--format", "pdf")
    assert (
        res.exit_code == 2
        and "'pdf' không phải một trong 'table', 'json', 'csv', 'ics'" in res.output
    )


def test_table_goes_to_a_file_like_every_format(root, cli, monkeypatch):
    monkeypatch.chdir(root)
    res = cli("due", "--today", "2022-06-15", "-o", "han.txt")
    assert res.exit_code == 0 and res.stdout == ""
    assert "Đã ghi han.txt" in res.stderr
    assert (Path(root) / "han.txt").read_text(encoding="utf-8").startswith("Quá hạn (1)")


def test_fail_on_overdue(root):
    assert invoke(root, "--today", "2022-06-15", "--fail-on-overdue").exit_code == 1
    # on 1/1/2022 the 2022 plan (dated 10/01/2022) is not issued yet: its plan is overdue
    assert invoke(root, "--today", "2022-01-01", "--fail-on-overdue").exit_code == 1
    assert invoke(root, "--today", "2022-01-10", "--fail-on-overdue").exit_code == 0


@pytest.mark.parametrize(("args", "message"), [
    (["--within", "3x"], "Khoảng thời gian không hợp lệ cho --within: '3x'"),
    (["--today", "2021-02-30"], "Ngày không hợp lệ cho --today: '2021-02-30'"),
    (["--party", "skhcnn"], "Không có tổ chức mã 'skhcnn'"),
    (["--kind", "hop"], "Loại không hợp lệ cho --kind: hop"),
    (["-o", "missing/x.txt"], "Không có thư mục missing để ghi x.txt"),
    (["--from", "2022-05-01", "--to", "2022-04-01"], "--from (2022-05-01) sau --to (2022-04-01)"),
])  # fmt: skip
def test_bad_input_exits_2_with_a_message(root, args, message, monkeypatch):
    from kehoach.cli import main

    monkeypatch.chdir(root)
    errors = []
    monkeypatch.setattr(
        "kehoach.cli.app.report_error", lambda msg, hint=None: errors.append((msg, hint))
    )
    code = main(
        ["due", "--today", "2022-06-15", *args] if "--today" not in args else ["due", *args]
    )
    assert code == 2
    assert message in errors[0][0]
    if "--party" in args:
        assert "skhcn" in errors[0][1]


def test_bad_env_today(root, monkeypatch):
    from kehoach.cli import main

    monkeypatch.setenv("KEHOACH_TODAY", "2022-13-01")
    errors = []
    monkeypatch.setattr("kehoach.cli.app.report_error", lambda msg, hint=None: errors.append(msg))
    assert main(["due", root]) == 2
    assert "KEHOACH_TODAY" in errors[0]


def test_bad_settings_within(tmp_path, monkeypatch):
    from kehoach.cli import main

    root = agenda_repo(tmp_path)
    text = (
        (root / "kehoach.yaml")
        .read_text(encoding="utf-8")
        .replace("within: 8w", "within: tám tuần")
    )
    (root / "kehoach.yaml").write_text(text, encoding="utf-8")
    errors = []
    monkeypatch.setattr("kehoach.cli.app.report_error", lambda msg, hint=None: errors.append(msg))
    assert main(["due", str(root), "--today", "2022-06-15"]) == 2
    assert "kehoach.yaml:" in errors[0] and "due.within" in errors[0]
    # kehoach.yaml is checked by validate with the same rule; while it has an error, no command
    # reads it (even when --within would replace the bad value)
    assert main(["due", str(root), "--today", "2022-06-15", "--within", "2w"]) == 2


def test_repository_with_errors_lists_what_it_can(tmp_path):
    root = agenda_repo(tmp_path)
    build_tree(
        root,
        {
            "plans/2022/hong.yaml": "kind: plan\nissuers: [td]\ntitle: Thiếu năm\nbogus: 1\n",
            "plans/2022/cu-phap.yaml": "kind: plan\n  title: [\n",
        },
    )
    res = CliRunner().invoke(app, ["due", str(root), "--today", "2022-06-15", "-f", "json"])
    assert res.exit_code == 0
    assert len(json.loads(res.stdout)["items"]) == 3  # the valid documents are still listed
    # no validate run yet: what due's own loading saw
    assert "Cảnh báo: có 4 lỗi đọc tệp hoặc lược đồ" in res.stderr
    assert "kehoach validate" in res.stderr and "bỏ qua 2 tệp" in res.stderr
    strict = CliRunner().invoke(app, ["due", str(root), "--today", "2022-06-15", "--strict"])
    assert strict.exit_code == 1


def test_examples_agenda_for_a_chosen_date(monkeypatch):
    monkeypatch.chdir(EXAMPLES)
    res = CliRunner().invoke(app, ["due", "--today", "2023-09-20", "--within", "3m", "-f", "json"])
    assert res.exit_code == 0, res.output
    items = json.loads(res.stdout)["items"]
    upcoming = [(i["date"], i["document"], i["kind"]) for i in items if not i["overdue"]]
    assert upcoming == [
        ("2023-09-29", "khlt-sang-tao-tre-2023-bt", "meeting"),  # Q3 meeting, 30/9 is a Saturday
        ("2023-09-30", "kh-lhh-thuc-hien-5395", "activity"),  # hop-tac-khcn, 2023-Q3
        ("2023-09-30", "khlt-sang-tao-tre-2023-bt", "activity"),  # cham-thi, 2023-08..2023-09
        # chung-ket, 2023-10, done on 21/10/2023: not yet on 20/9/2023
        ("2023-10-31", "khlt-24-thanhdoan-dhqg-hcm", "activity"),
        ("2023-11-30", "kh-lhh-thuc-hien-5395", "activity"),  # bao-cao-vuong-mac, 2023-11
        ("2023-11-30", "khlt-sang-tao-tre-2023-bt", "activity"),  # tong-ket-trao-giai, 2023-11
    ]
    assert all(i["source"].startswith(("plans/", "programs/")) for i in items)
