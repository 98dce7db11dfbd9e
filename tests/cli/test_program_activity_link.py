"""A plan's activity that carries out an activity its program lists (``areas[].activities``):
``carried_from: {program: <id>, activity: <id>}`` makes the two one piece of work — ``due`` and
``who`` no longer show the program's copy as a second task, a report counts the work once, with
the plan's status. Without the link, the same id or title is warned of (KH429); a link to what is
not there is warned of too (KH426). Found by a user's trial over a whole program cycle: the final
report said of one contest "chưa thực hiện, quá hạn" and "hoàn thành" at once."""

from __future__ import annotations

import json

import yaml
from typer.testing import CliRunner

from helpers import ORGS, build_tree
from kehoach.cli.app import app

PROGRAM = """\
kind: program
id: ctph
date: 2025-01-10
title: Chương trình phối hợp thử
parties: [td, skhcn]
period: {from: 2025, to: 2026}
areas:
  - id: tuyen-truyen
    title: Tuyên truyền
    activities:
      - id: cuoc-thi
        title: Cuộc thi tìm hiểu khoa học
        lead: td
        support: [skhcn]
        time: 2025-Q2
        budget: 30000000
      - id: tap-huan
        title: Tập huấn sở hữu trí tuệ
        lead: skhcn
        time: 2025-H2
signers:
  - {org: td, title: BÍ THƯ}
  - {org: skhcn, title: GIÁM ĐỐC}
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""

PLAN = """\
kind: plan
id: kh-2025
issuers: [td]
date: 2025-01-20
year: 2025
title: Kế hoạch năm 2025
bases: [{ref: ctph}]
contents:
  activities:
    - id: cuoc-thi
      title: Cuộc thi tìm hiểu khoa học năm 2025
      area: tuyen-truyen
      lead: td
      time: 2025-Q2
      budget: 30000000
      status: done
      done_date: 2025-06-20
LINK
signers: [{org: td, title: BÍ THƯ}]
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""

LINK = "      carried_from: {program: ctph, activity: cuoc-thi}"


def cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _repo(tmp_path, monkeypatch, link: str = LINK):
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "programs/ctph.yaml": PROGRAM,
            "plans/kh-2025.yaml": PLAN.replace("LINK\n", link + "\n" if link else ""),
        },
    )
    monkeypatch.chdir(root)
    return root


def _due(*args: str) -> list[dict]:
    code, output = cli("due", "--all", "--today", "2025-12-20", "-f", "json", *args)
    assert code == 0, output
    return json.loads(output)["items"]


def _activities(items: list[dict]) -> list[tuple[str, str]]:
    return [(i["document"], i["title"]) for i in items if i["kind"] == "activity"]


def test_the_program_s_copy_is_carried_out_by_the_plan(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch)
    code, output = cli("validate")
    assert code == 0 and "KH42" not in output, output
    acts = _activities(_due())
    assert ("ctph", "Cuộc thi tìm hiểu khoa học") not in acts
    assert ("kh-2025", "Cuộc thi tìm hiểu khoa học năm 2025") in acts
    assert ("ctph", "Tập huấn sở hữu trí tuệ") in acts  # not carried out: still the program's
    code, output = cli("who", "--party", "td", "-f", "json")
    assert code == 0, output
    entries = json.loads(output)["parties"][0]["leads"]
    program_copy = next(e for e in entries if e["title"] == "Cuộc thi tìm hiểu khoa học")
    assert program_copy["carried_to"] == "plans/kh-2025.yaml"
    assert program_copy["status_vi"] == "thực hiện trong plans/kh-2025.yaml"


def test_the_report_counts_the_work_once(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch)
    code, output = cli(
        "report", "ctph", "--period", "2025", "--to", "txt", "--today", "2026-01-10", "-o", "-"
    )
    assert code == 0, output
    flat = " ".join(output.split())
    assert "có 2 hoạt động: 1 hoàn thành" in flat, flat
    assert "Cuộc thi tìm hiểu khoa học năm 2025" in flat
    assert "Cuộc thi tìm hiểu khoa học (" not in flat  # the program's copy is not a second task


def test_without_the_link_both_are_tasks_and_the_same_id_is_warned_of(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, link="")
    acts = _activities(_due())
    assert ("ctph", "Cuộc thi tìm hiểu khoa học") in acts
    code, output = cli("validate")
    assert "KH429" in output and "carried_from: {program: ctph, activity: cuoc-thi}" in output


def test_a_link_to_what_is_not_there_is_warned_of(tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, link="      carried_from: {program: ctph, activity: khong-co}")
    code, output = cli("validate")
    assert 'KH426  Thực hiện hoạt động "khong-co" của "ctph"' in output, output
    _repo(tmp_path, monkeypatch, link="      carried_from: {program: kh-2025, activity: cuoc-thi}")
    code, output = cli("validate")
    assert 'Thực hiện "kh-2025": không có chương trình này trong kho' in output, output
    _repo(tmp_path, monkeypatch, link="      carried_from: {activity: cuoc-thi}")
    code, output = cli("validate")
    assert code == 1 and "KH2" in output  # neither plan nor program: the schema says it


def test_a_new_plan_carries_out_the_program_s_activities_of_its_year(tmp_path, monkeypatch):
    """``new plan`` writes the activities the program lists for the plan's year, linked: the
    program's time and budget kept when they lie in the year, a TODO when the program gives a
    longer time; one of another year is left out."""
    root = _repo(tmp_path, monkeypatch)
    more = (
        "      - id: ngay-hoi\n        title: Ngày hội khởi nghiệp\n        lead: td\n"
        "        time: 2026-Q4\n        budget: 60000000\n"
        "      - id: hoi-thi\n        title: Hội thi sáng tạo\n        lead: skhcn\n"
        "        time: 2025..2026\n        budget: 150000000\n"
    )
    program = root / "programs/ctph.yaml"
    text = program.read_text(encoding="utf-8").replace("signers:\n", more + "signers:\n", 1)
    program.write_text(text, encoding="utf-8")
    code, output = cli("new", "plan", "-p", "ctph", "-y", "2026")
    assert code == 0, output
    draft = next(root.glob("plans/2026/*.yaml"))
    acts = yaml.safe_load(draft.read_text(encoding="utf-8"))["contents"]["activities"]
    linked = {a["id"]: a for a in acts if a.get("carried_from", {}).get("program") == "ctph"}
    assert sorted(linked) == ["hoi-thi", "ngay-hoi"]  # not cuoc-thi, tap-huan (2025)
    assert (linked["ngay-hoi"]["time"], linked["ngay-hoi"]["budget"]) == ("2026-Q4", 60000000)
    assert linked["hoi-thi"]["time"] == 2026 and "budget" not in linked["hoi-thi"]
    assert "# TODO: thời gian trong năm 2026 (chương trình ghi: giai đoạn 2025 – 2026)" in (
        draft.read_text(encoding="utf-8")
    )
    code, output = cli("validate")
    assert "KH429" not in output and "KH426" not in output, output
    code, output = cli("due", "--all", "--today", "2026-12-01", "-f", "json")
    acts_due = _activities(json.loads(output)["items"])
    assert not any(doc == "ctph" and "Ngày hội" in title for doc, title in acts_due)


def test_each_party_s_new_plan_carries_out_its_own_share_once(tmp_path, monkeypatch):
    """A program that asks each party for its own plan (``kind: plan`` entries with ``lead``):
    the Sở's draft carries out the activities the Sở takes part in, less those the Đoàn's plan of
    the year carries out already — before, every activity of the year was copied into both
    plans, and the report counted each twice."""
    root = _repo(tmp_path, monkeypatch)
    more = (
        "      - id: hoi-thi\n        title: Hội thi sáng tạo\n        lead: td\n"
        "        support: [skhcn]\n        time: 2026-Q3\n"
        "      - id: ngay-hoi\n        title: Ngày hội thanh niên\n        lead: td\n"
        "        time: 2026-Q2\n"
        "      - id: toa-dam\n        title: Tọa đàm doanh nghiệp khoa học\n        lead: skhcn\n"
        "        time: 2026-Q4\n"
        "reviews:\n  schedule:\n"
        "    - {id: kh-td, kind: plan, lead: td, every: year, month: 1, start: 2026}\n"
        "    - {id: kh-so, kind: plan, lead: skhcn, every: year, month: 1, start: 2026}\n"
    )
    program = root / "programs/ctph.yaml"
    text = program.read_text(encoding="utf-8").replace("signers:\n", more + "signers:\n", 1)
    program.write_text(text, encoding="utf-8")
    code, output = cli("new", "plan", "-p", "ctph", "-y", "2026", "--issuer", "td")
    assert code == 0, output
    (td_plan,) = root.glob("plans/2026/*.yaml")
    td_acts = yaml.safe_load(td_plan.read_text(encoding="utf-8"))["contents"]["activities"]
    assert sorted(a["id"] for a in td_acts if "carried_from" in a) == ["hoi-thi", "ngay-hoi"]
    so_plan = root / "plans/2026/kh-2026-so.yaml"
    code, output = cli(
        "new", "plan", "-p", "ctph", "-y", "2026", "--issuer", "skhcn", "-o", str(so_plan)
    )
    assert code == 0, output
    so_acts = yaml.safe_load(so_plan.read_text(encoding="utf-8"))["contents"]["activities"]
    assert [a["id"] for a in so_acts if "carried_from" in a] == ["toa-dam"]


def test_two_plans_of_a_year_carrying_out_one_activity_are_warned(tmp_path, monkeypatch):
    """The Đoàn's and the Sở's plans of 2025 both carry out the program's cuộc thi: two pieces of
    work for kehoach (due twice, the report counts it and its budget twice) — KH431 on each, also
    when only one file is validated (pre-commit). Two activities of one plan carrying it out (the
    work split in two) are not warned."""
    root = _repo(tmp_path, monkeypatch)
    second = (
        PLAN.replace("id: kh-2025", "id: kh-2025-so")
        .replace("issuers: [td]", "issuers: [skhcn]")
        .replace("LINK\n", LINK + "\n")
        .replace("signers: [{org: td, title: BÍ THƯ}]", "signers: [{org: skhcn, title: GIÁM ĐỐC}]")
    )
    (root / "plans/kh-2025-so.yaml").write_text(second, encoding="utf-8")
    code, output = cli("validate", "--no-cache")
    assert output.count("KH431") == 2, output
    assert 'plans/kh-2025.yaml cũng ghi thực hiện hoạt động "cuoc-thi" của "ctph"' in output
    code, output = cli("validate", "--no-cache", "plans/kh-2025-so.yaml")
    assert output.count("KH431") == 1, output
    (root / "plans/kh-2025-so.yaml").unlink()
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8")
    split = text.replace(
        "    - id: cuoc-thi\n",
        "    - id: vong-so-khao\n      title: Vòng sơ khảo\n      lead: td\n      time: 2025-Q2\n"
        f"{LINK}\n    - id: cuoc-thi\n",
        1,
    )
    plan.write_text(split, encoding="utf-8")
    code, output = cli("validate", "--no-cache")
    assert "KH431" not in output, output
