"""A whole 2024–2026 program cycle replayed through the CLI and real git (``cycle_data``): every
edit class is seen by ``diff --exit-code`` with a line naming it; ``new plan``, ``render``,
``who`` and ``due`` print the same day for every meeting; the report's Phương hướng lists every
activity of the next plan."""

from __future__ import annotations

import json
import os
import re
import subprocess
from datetime import date

import pytest
import yaml

from cycle_data import EDITS, PLAN_FILE, PROGRAM_FILE, apply, build_cycle
from kehoach.vocab import date_text

ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Văn thư",
    "GIT_AUTHOR_EMAIL": "vt@example.org",
    "GIT_COMMITTER_NAME": "Văn thư",
    "GIT_COMMITTER_EMAIL": "vt@example.org",
}
PROGRAM_ID = "ctph-2024-2026"
PLAN_2025 = "plans/2025/kh-2025-ctph-2024-2026.yaml"


def git(root, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, env=ENV, check=True, capture_output=True)


@pytest.fixture
def cycle(tmp_path, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Chương trình 2024–2026 và kế hoạch 2024")
    monkeypatch.chdir(root)
    return root


def test_every_edit_of_the_cycle_is_seen_by_diff(cycle, cli):
    for message, rel, pairs, expected in EDITS:
        apply(cycle, rel, pairs)
        git(cycle, "commit", "-qam", message)
        res = cli("diff", "HEAD~1", "HEAD", "--exit-code")
        assert res.exit_code == 1, (message, res.output)
        assert expected in res.output, (message, res.output)
        assert "từ từ" not in res.output and "Không có thay đổi" not in res.output
    whole = cli("diff", "HEAD~" + str(len(EDITS)), "HEAD", "--exit-code", "--format", "json")
    assert whole.exit_code == 1
    data = json.loads(whole.stdout)
    assert data["summary"]["changed"] == 3  # the program, the plan, orgs.yaml
    assert cli("diff", "HEAD", "--exit-code").exit_code == 0  # nothing left uncommitted


def _due(cli, *args: str) -> list[dict]:
    res = cli("due", "--all", "--format", "json", "--today", "2024-01-15", *args)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)["items"]


def _who_dates(cli) -> dict[tuple[str, str], list[str]]:
    res = cli("who", "--format", "json")
    assert res.exit_code == 0, res.output
    out: dict[tuple[str, str], list[str]] = {}
    for party in json.loads(res.stdout)["parties"]:
        for entry in party["reviews"]:
            out[(entry["document"], entry["line"])] = entry["dates"]
    return out


def test_new_plan_render_who_and_due_print_the_same_day_for_every_meeting(cycle, cli):
    res = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025")
    assert res.exit_code == 0, res.output
    draft = yaml.safe_load((cycle / PLAN_2025).read_text(encoding="utf-8"))
    lines = draft["reviews"]["items"]
    # last year's meeting on 02/02/2024 lands on Sunday 02/02/2025, inside Tết: the working day
    moved = next(s for s in draft["reviews"]["schedule"] if s["id"] == "hop-dau-nam")
    assert moved["time"] == "2025-01-24"
    items = _due(cli, "--kind", "meeting,interim,final,plan")
    who = _who_dates(cli)
    rendered_plan = cli("render", PLAN_2025, "--to", "txt", "-o", "-")
    assert rendered_plan.exit_code == 0, rendered_plan.output
    assert "ngày 24/01/2025" in rendered_plan.stdout and "02/02/2025" not in rendered_plan.stdout
    checked = 0
    for item in items:
        day = date.fromisoformat(item["date"])
        # who lists the same days for the same schedule entry
        assert item["date"] in who[(item["document"], item["line"])], item
        if item["document"] == PROGRAM_ID and (
            date.fromisoformat(item["shifted_from"] or item["date"]).year == 2025
            and item["kind"] != "plan"
        ):
            # the drafted plan lists the program's meetings of 2025 on the same days
            wanted = (f"Ngày {date_text(day)}", f"Tháng {day.month}/{day.year}")
            assert any(line.startswith(wanted) for line in lines), (item, lines)
            checked += 1
        if item["document"] == "kh-2025-ctph-2024-2026" and item["title"].startswith("Họp triển"):
            assert item["date"] == "2025-01-24"
            checked += 1
    assert checked >= 6


def test_a_meeting_written_on_a_holiday_is_warned_and_shown_on_its_working_day(cycle, cli):
    apply(cycle, PLAN_FILE, [("time: 2024-02-02}", "time: 2024-09-02}")])
    res = cli("validate", "--format", "parsable")
    assert res.exit_code == 0, res.output  # a warning only
    assert "warning KH430" in res.output and "30/8/2024" in res.output
    assert "Quốc khánh 31/8–03/9/2024" in res.output
    due = [i for i in _due(cli, "--kind", "meeting") if i["title"].startswith("Họp triển khai")]
    assert [i["date"] for i in due] == ["2024-08-30"]
    assert due[0]["shift_note"].startswith("Lùi từ 02/9/2024 (Quốc khánh 31/8–03/9/2024)")
    txt = cli("render", PLAN_FILE, "--to", "txt", "-o", "-").stdout
    assert "Họp triển khai kế hoạch: ngày 30/8/2024" in txt
    who = _who_dates(cli)
    assert ["2024-08-30"] in who.values()


def test_report_outlook_lists_every_activity_of_the_next_plan(cycle, cli):
    for _, rel, pairs, _ in EDITS:
        apply(cycle, rel, pairs)
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    plan = cycle / PLAN_2025
    text = plan.read_text(encoding="utf-8")
    text = text.replace("# number: 1 ", "number: 3 ", 1).replace(
        "# date: 2024-12-31", "date: 2024-12-20", 1
    )
    # by the time the report is written, one 2025 activity is done and another cancelled
    text = text.replace(
        "      status: planned", "      status: done\n      done_date: 2025-03-10", 1
    )
    text = text.replace("      status: planned", "      status: cancelled", 1)
    plan.write_text(text, encoding="utf-8")
    assert cli("validate").exit_code == 0
    res = cli("report", PROGRAM_ID, "--period", "2024", "--to", "txt", "--today", "2025-04-01")
    assert res.exit_code == 0, res.output
    out = " ".join(res.stdout.split())
    outlook = out[out.index("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025") : out.index("ĐỀ XUẤT, KIẾN NGHỊ")]
    for act in yaml.safe_load(text)["contents"]["activities"]:
        assert " ".join(act["title"].split()) in outlook, act["title"]
    # carried over once: the ongoing 2024 activity in progress
    assert outlook.count("Tuyên truyền về khoa học, công nghệ trên trang thông tin") == 1
    assert "chuyển tiếp" in outlook
    # the H2 report counts the October money in H2, never in H1 (one rule: end of the period)
    h1 = " ".join(cli("report", PROGRAM_ID, "--period", "2024-H1", "--to", "md").stdout.split())
    assert "28.000.000 đồng" in h1 and "76.000.000" not in h1.split("Chưa tính")[0]
    assert "Số liệu tính đến hết ngày 30/6/2024" in h1
    final = cli(
        "report", PROGRAM_ID, "--period", "2024..2026", "--to", "txt", "--today", "2027-01-10"
    )
    assert final.exit_code == 0, final.output
    assert "2027" not in final.stdout.split("PHƯƠNG HƯỚNG")[1].split("ĐỀ XUẤT")[0]
    assert "THỜI GIAN TỚI" in final.stdout
    assert PROGRAM_FILE  # the program file name is shared with the data module


def test_new_plan_carries_over_what_the_year_before_left_unfinished(cycle, cli):
    progress = next(pairs for message, _, pairs, _ in EDITS if "cập nhật tiến độ" in message)
    apply(cycle, PLAN_FILE, progress)  # the training and the contest done in 2024
    # the commendation done only in January 2025: unfinished at the end of 2024
    apply(
        cycle,
        PLAN_FILE,
        [
            (
                "      budget: 20000000\n      status: planned",
                "      budget: 20000000\n      status: done\n      done_date: 2025-01-20",
            )
        ],
    )
    report = cli("report", PROGRAM_ID, "--period", "2024", "--to", "md")
    carried = [line for line in report.stdout.splitlines() if "chuyển tiếp" in line]
    assert len(carried) == 2, report.stdout
    res = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025")
    assert res.exit_code == 0, res.output
    assert "Chuyển tiếp 2 hoạt động chưa hoàn thành đến hết năm 2024" in res.stderr
    text = (cycle / PLAN_2025).read_text(encoding="utf-8")
    acts = {a["id"]: a for a in yaml.safe_load(text)["contents"]["activities"]}
    # the area placeholders, and beside them what 2024 left: the ongoing one keeps its time and
    # its id is taken by the area's placeholder
    assert list(acts) == [
        "tuyen-truyen",
        "tuyen-truyen-chuyen-tiep",
        "sang-tao",
        "tuyen-duong",
        "khoi-nghiep",
    ]
    ongoing = acts["tuyen-truyen-chuyen-tiep"]
    assert ongoing["title"].startswith("Tuyên truyền về khoa học, công nghệ trên trang thông tin")
    assert (ongoing["area"], ongoing["lead"], ongoing["time"]) == (
        "tuyen-truyen",
        "tinhdoan-ld",
        "ongoing",
    )
    assert ongoing["status"] == "in_progress"
    late = acts["tuyen-duong"]
    assert (late["area"], late["lead"], late["time"]) == ("sang-tao", "tinhdoan-ld", 2025)
    assert (late["status"], late["done_date"]) == ("done", date(2025, 1, 20))
    assert (
        "time: 2025  # TODO: chưa hoàn thành trong năm 2024 (thời gian cũ: tháng 12/2024); "
        "điền thời gian năm 2025"
    ) in text
    for line in carried:  # the report's carried-over activities, exactly
        assert any(" ".join(a["title"].split()) in line for a in acts.values()), line
    check = cli("validate", "--format", "parsable")
    assert check.exit_code == 0, check.output
    assert "KH418" in check.output  # the TODO time is a warning to fill, nothing worse


def test_an_activity_going_on_under_its_areas_title_is_not_proposed_twice(cycle, cli):
    """Last year's activity that is the area's placeholder kept as it was (the area's id and
    title) and goes on: the draft carries it over under its own id, and proposes no second
    activity of the same title for that area; the other areas keep their placeholders."""
    apply(
        cycle,
        PLAN_FILE,
        [
            (
                "title: Tuyên truyền về khoa học, công nghệ trên trang thông tin của Tỉnh Đoàn",
                "title: Tuyên truyền về khoa học,  công nghệ trong thanh niên",
            )
        ],
    )
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    text = (cycle / PLAN_2025).read_text(encoding="utf-8")
    acts = yaml.safe_load(text)["contents"]["activities"]
    titles = [" ".join(a["title"].split()) for a in acts]
    assert titles.count("Tuyên truyền về khoa học, công nghệ trong thanh niên") == 1, titles
    (going,) = [a for a in acts if a.get("area") == "tuyen-truyen"]
    assert going["id"] == "tuyen-truyen" and going["time"] == "ongoing"
    assert going["carried_from"] == {"plan": "kh-2024", "activity": "tuyen-truyen"}
    assert {a["id"] for a in acts} >= {"sang-tao", "khoi-nghiep"}
    check = cli("validate", "--format", "parsable")
    assert " error " not in check.output, check.output


def test_who_says_an_activity_was_carried_over_in_place_of_its_old_status(cycle, cli):
    """``who`` lists the 2024 copy of an activity carried over to 2025 as carried over, naming
    the 2025 plan, whether the 2025 plan is asked for or not; the 2025 copy as it is."""
    progress = next(pairs for message, _, pairs, _ in EDITS if "cập nhật tiến độ" in message)
    apply(cycle, PLAN_FILE, progress)  # the training and the contest done in 2024: not carried
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    for args in ([], [PLAN_FILE]):
        out = cli("who", "--party", "tinhdoan-ld", "--format", "json", *args)
        assert out.exit_code == 0, out.output
        (party,) = json.loads(out.stdout)["parties"]
        old = {e["title"]: e for e in party["leads"] if e["path"] == PLAN_FILE}
        new = {e["title"]: e for e in party["leads"] if e["path"] == PLAN_2025}
        going = [t for t in old if t.startswith("Tuyên truyền về khoa học, công nghệ trên")]
        assert going and old[going[0]]["carried_to"] == PLAN_2025
        assert old[going[0]]["status_vi"] == f"chuyển tiếp sang {PLAN_2025}"
        assert old[going[0]]["status"] == "in_progress"  # the code as written
        done = [e for e in old.values() if e["status"] == "done"]
        assert done and all(e["carried_to"] is None for e in done)
        assert all(e["carried_to"] is None for e in new.values()) and (new or args)
    table = cli("who", "--party", "tinhdoan-ld", "--format", "md")
    assert f"chuyển tiếp sang {PLAN_2025}" in " ".join(table.stdout.split())


def _sheet_rows(path) -> list[tuple[str, str]]:
    """(document, activity id) of every row of an exported progress sheet."""
    import openpyxl

    sheet = openpyxl.load_workbook(path)["Hoạt động"]
    header = [c.value for c in sheet[1]]
    doc, act = header.index("Văn bản"), header.index("Mã hoạt động")
    return [(r[doc], r[act]) for r in sheet.iter_rows(min_row=2, values_only=True) if r[doc]]


def test_export_gives_an_activity_carried_over_one_row(cycle, cli):
    """The progress sheet of both years has one row for an activity carried over, the 2025
    copy's (its summary counts the work and its budget once), and says so; the sheet of 2024
    alone still has the 2024 copy, to record how that year ended."""
    progress = next(pairs for message, _, pairs, _ in EDITS if "cập nhật tiến độ" in message)
    apply(cycle, PLAN_FILE, progress)
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    new_id = "kh-2025-ctph-2024-2026"
    both = cli("export", "-o", "ca-hai.xlsx")
    assert both.exit_code == 0, both.output
    rows = _sheet_rows(cycle / "ca-hai.xlsx")
    assert ("kh-2024", "tuyen-duong") not in rows and (new_id, "tuyen-duong") in rows, rows
    assert ("kh-2024", "tap-huan") in rows  # done in 2024: not carried, still its row
    assert "chuyển tiếp" in both.stderr and "--year" in both.stderr
    old = cli("export", "--year", "2024", "-o", "2024.xlsx")
    assert old.exit_code == 0 and "chuyển tiếp" not in old.stderr, old.output
    assert ("kh-2024", "tuyen-duong") in _sheet_rows(cycle / "2024.xlsx")


def test_a_carried_over_activity_is_one_piece_of_work(cycle, cli):
    """``new plan`` writes ``carried_from``; from then on the 2024 activity is no longer overdue
    in ``due``, a report over both years counts it once (the 2025 copy, done), its sơ kết 2024
    still shows it not done and carried over once, and the 2025 plan's own meeting is in the
    2024 report's outlook."""
    progress = next(pairs for message, _, pairs, _ in EDITS if "cập nhật tiến độ" in message)
    apply(cycle, PLAN_FILE, progress)
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    plan = cycle / PLAN_2025
    text = plan.read_text(encoding="utf-8")
    acts = {a["id"]: a for a in yaml.safe_load(text)["contents"]["activities"]}
    old_id = "kh-2024"  # the file's name: it writes no id
    assert acts["tuyen-duong"]["carried_from"] == {"plan": old_id, "activity": "tuyen-duong"}
    title = " ".join(acts["tuyen-duong"]["title"].split())
    # the 2025 copy done in March 2025
    at = text.index(f"carried_from:\n        plan: {old_id}\n        activity: tuyen-duong")
    head, tail = text[:at], text[at:]
    cut = head.rindex("      status: ")
    head = (
        head[:cut]
        + "      status: done\n      done_date: 2025-03-15\n"
        + head[head.index("\n", cut) + 1 :]
    )
    plan.write_text(head + tail, encoding="utf-8")
    check = cli("validate", "--format", "parsable")
    assert "KH426" not in check.output and " error " not in check.output, check.output
    overdue = cli("due", "--today", "2025-06-30", "--overdue", "--format", "json")
    assert overdue.exit_code == 0, overdue.output
    listed = [(i["document"], i["title"]) for i in json.loads(overdue.stdout)["items"]]
    assert (old_id, title) not in listed, listed
    both = cli(
        "report", PROGRAM_ID, "--period", "2024..2025", "--to", "txt", "--today", "2026-01-05"
    )
    assert both.exit_code == 0, both.output
    whole = " ".join(both.stdout.split())
    body = whole[: whole.index("PHƯƠNG HƯỚNG")]
    assert body.count(title) == 1, body
    assert "hoàn thành ngày 15/3/2025" in body[body.index(title) :][:300]
    first = cli("report", PROGRAM_ID, "--period", "2024", "--to", "txt", "--today", "2025-04-01")
    out = " ".join(first.stdout.split())
    outlook = out[out.index("PHƯƠNG HƯỚNG") : out.index("ĐỀ XUẤT, KIẾN NGHỊ")]
    assert outlook.count(title) == 1, outlook
    assert "Họp triển khai" in outlook  # the 2025 plan's own meeting (24/01/2025)
    from kehoach.site.data import gather

    site = gather(None, date(2025, 6, 30))
    (old,) = [a for a in site.activities if a.doc.id == old_id and a.act.get("id") == "tuyen-duong"]
    assert old.carried and not old.overdue(site.today)  # the site's area page: not "quá hạn"


def test_a_plan_dated_later_does_not_yet_take_over_an_overdue_activity(cycle, cli):
    """The 2025 plan carries the unfinished 2024 activity over but is dated 20/01/2025: on
    05/01/2025 the 2024 activity is still overdue (nothing else reminds of it until the new plan is
    issued); from 20/01/2025 on it is the 2025 plan's activity and the 2024 one leaves ``due``."""
    progress = next(pairs for message, _, pairs, _ in EDITS if "cập nhật tiến độ" in message)
    apply(cycle, PLAN_FILE, progress)
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    plan = cycle / PLAN_2025
    text = plan.read_text(encoding="utf-8")
    # the program asks the plan by 31/12 of the year before (``year_offset: -1``): the date offered
    # is that day, not 15/01 (which ``due`` would call late)
    assert (
        "# date: 2024-12-31   # TODO: ngày ban hành (hạn theo chương trình: 31/12/2024)\n" in text
    )
    plan.write_text(text.replace("# date: 2024-12-31", "date: 2025-01-20"), encoding="utf-8")
    acts = {a["id"]: a for a in yaml.safe_load(text)["contents"]["activities"]}
    title = " ".join(acts["tuyen-duong"]["title"].split())

    def overdue(today: str) -> list[tuple[str, str]]:
        run = cli("due", "--today", today, "--overdue", "--format", "json")
        assert run.exit_code == 0, run.output
        return [
            (i["document"], " ".join(i["title"].split())) for i in json.loads(run.stdout)["items"]
        ]

    assert ("kh-2024", title) in overdue("2025-01-05")
    assert ("kh-2024", title) not in overdue("2025-01-20")


def test_a_year_whose_plan_cannot_be_read_says_so(cycle, cli):
    """The 2025 plan left with a merge conflict: due says its file may be that plan (not only
    "chưa có kế hoạch"); validate reports the file's error, and no missing plan (KH419) when the
    file still parses (a conflict inside a quoted title, KH308)."""
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    plan = cycle / PLAN_2025
    text = plan.read_text(encoding="utf-8").replace("# date: 2025-01-15", "date: 2025-01-10")
    title = next(ln for ln in text.splitlines() if ln.startswith("title: "))
    broken = 'title: "Kế hoạch\n<<<<<<< HEAD\n  năm 2025\n=======\n  2025\n>>>>>>> b\n  "'
    plan.write_text(text.replace(title, broken, 1), encoding="utf-8")
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2026").exit_code == 0
    line = text[: text.index(title)].count("\n") + 2  # the line of the first marker
    table = cli("due", "--today", "2025-03-01", "--kind", "plan", "--all")
    assert table.exit_code == 0, table.output
    assert "hoạch; tệp" in table.stdout and "(có thể" in table.stdout, table.stdout
    items = json.loads(cli("due", "--today", "2025-03-01", "--kind", "plan", "-f", "json").stdout)
    (late,) = [i for i in items["items"] if i["title"].endswith("2025")]
    assert late["note"].endswith(
        f"; tệp {PLAN_2025}:{line} có lỗi, chưa đọc được (có thể là kế hoạch này)"
    )
    check = cli("validate", "--format", "parsable")
    assert f"{PLAN_2025}:{line}:1: error KH308" in check.output
    assert "KH419" not in check.output, check.output


def test_new_plan_says_which_plan_it_could_not_read(cycle, cli):
    """Last year's plan left with a merge conflict: nothing of it is carried over, and the run
    says so at its first error (it did not say anything)."""
    text = (cycle / PLAN_FILE).read_text(encoding="utf-8")
    marker = "<<<<<<< HEAD\nyear: 2024\n=======\nyear: 2023\n>>>>>>> b\n"
    (cycle / PLAN_FILE).write_text(text.replace("year: 2024\n", marker, 1), encoding="utf-8")
    line = text[: text.index("year: 2024\n")].count("\n") + 1
    # --strict: no draft at all (it would miss all the plan gives), exit 1
    strict = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025", "--strict")
    assert strict.exit_code == 1, strict.output
    assert "Không tạo bản nháp (--strict)" in strict.stderr
    assert not list((cycle / "plans").rglob("*2025*.yaml"))
    res = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025")
    assert res.exit_code == 0, res.output
    assert (
        f"Cảnh báo: bỏ qua 1 tệp không đọc được hoặc sai lược đồ, bản nháp (theo kế hoạch năm "
        f"trước: cơ quan ban hành, người ký, nơi nhận, cách trình bày, nhóm hoạt động, hoạt động "
        f"chuyển tiếp; căn cứ; lịch họp) không tính văn bản trong đó: {PLAN_FILE}:{line}."
    ) in res.stderr, res.stderr
    assert list((cycle / "plans").rglob("*2025*.yaml"))


def test_timeline_sections_keep_the_year_that_tells_the_plans_apart(cycle, cli):
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2025").exit_code == 0
    res = cli("timeline", "--program", PROGRAM_ID, "-f", "md")
    assert res.exit_code == 0, res.output
    sections = [ln.strip() for ln in res.stdout.splitlines() if ln.strip().startswith("section ")]
    # "Thực hiện Chương trình phối hợp với Sở Khoa học và Công nghệ năm 2024" is longer than a
    # section's room: its middle goes, its year stays
    assert len(sections) == 3 and all(len(s) <= len("section ") + 60 for s in sections)
    program, *plans = sections  # the program's own schedule first: its period stays too
    assert program.endswith("giai đoạn 2024 - 2026"), program
    assert plans[0].endswith("năm 2024") and plans[1].endswith("năm 2025"), sections
    assert all(s.startswith("section Thực hiện Chương trình") and " … " in s for s in plans)
    svg = cli("timeline", "--program", PROGRAM_ID, "-f", "svg").stdout
    labels = re.findall(r'<text class="label"[^>]*>([^<]*)</text>', svg)
    assert "Tổ chức Hội thi sáng tạo kỹ … niên nông thôn" in labels, labels


def test_a_lead_also_listed_in_support_is_warned_and_shown_once(cycle, cli):
    # the training's lead is the Sở; someone adds it to support too
    apply(
        cycle,
        PLAN_FILE,
        [
            (
                "      lead: skhcn-ld\n      support: [tinhdoan-ld]",
                "      lead: skhcn-ld\n      support: [tinhdoan-ld, skhcn-ld]",
            )
        ],
    )
    check = cli("validate", "--format", "parsable")
    assert check.exit_code == 0, check.output
    assert re.search(
        r'kh-2024\.yaml:\d+:\d+: warning KH425 Đơn vị chủ trì "skhcn-ld" \(Sở KH&CN\)', check.output
    )
    training = [i for i in _due(cli) if i["title"] == "Tập huấn khởi nghiệp cho thanh niên"]
    assert [(i["lead"], i["support"]) for i in training] == [("skhcn-ld", ["tinhdoan-ld"])]
    table = cli("due", "--all", "--today", "2024-01-15", "-k", "activity", "-p", "skhcn-ld")
    row = next(ln for ln in table.stdout.splitlines() if "Tập huấn khởi nghiệp" in ln)
    assert row.count("Sở KH&CN") == 1, row
    who = json.loads(cli("who", "--format", "json", "--party", "skhcn-ld").stdout)
    (party,) = who["parties"]
    assert [e["title"] for e in party["leads"]] == ["Tập huấn khởi nghiệp cho thanh niên"]
    assert all(e["title"] != "Tập huấn khởi nghiệp cho thanh niên" for e in party["supports"])
