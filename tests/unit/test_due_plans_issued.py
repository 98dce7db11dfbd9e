"""A plan counts for its year only once issued: a plan dated after ``--today`` is not there yet,
and a plan issued after its due day is flagged late (``issued``, ``late_days``)."""

from datetime import date

from helpers import ORGS, build_tree
from kehoach.due.run import DueOptions, run_due
from kehoach.due.table import as_plain_table

PROGRAM = """\
kind: program
id: ctph
date: 2023-12-20
title: Chương trình thử
parties: [td, skhcn]
period: {from: 2024, to: 2026}
areas:
  - {id: a, title: Nội dung A}
reviews:
  schedule:
    - {id: ke-hoach, kind: plan, every: year, year_offset: -1, month: 12, start: 2025}
signers:
  - {org: td, title: BÍ THƯ}
  - {org: skhcn, title: GIÁM ĐỐC}
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""


def plan(year: int, day: str) -> str:
    return f"""\
kind: plan
issuers: [td]
date: {day}
year: {year}
title: Kế hoạch năm {year}
bases: [{{ref: ctph}}]
signers: [{{org: td, title: BÍ THƯ}}]
recipients: {{groups: [{{purpose: b/c, items: [TW Đoàn]}}], archive: [VT]}}
"""


def _repo(tmp_path):
    return build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "programs/ctph.yaml": PROGRAM,
            "plans/kh-2025.yaml": plan(2025, "2024-12-20"),
            "plans/kh-2026.yaml": plan(2026, "2026-03-15"),
        },
    )


def _plan_items(root, today):
    got = run_due([str(root)], DueOptions(today=today, include_closed=True, kinds=["plan"]))
    return got, {i.item_id: i for i in got.items}


def test_a_plan_dated_after_today_is_not_issued_yet(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = _repo(tmp_path)
    got, items = _plan_items(root, date(2026, 2, 10))
    late = items["ke-hoach.2026"]
    assert late.status == "due" and late.is_overdue(date(2026, 2, 10))
    assert late.date == date(2025, 12, 31)
    assert "kh-2026 đề ngày 15/3/2026" in late.note
    assert items["ke-hoach.2025"].closed and items["ke-hoach.2025"].late_days is None
    assert items["ke-hoach.2025"].issued == date(2024, 12, 20)
    # the table says as much as the JSON note (due.md): the plan's id and its issue date
    text = " ".join(as_plain_table(got, width=400).split())
    assert "(đã có kế hoạch kh-2025, ban hành ngày 20/12/2024)" in text
    assert "(chưa có kế hoạch; kh-2026 đề ngày 15/3/2026)" in text


def test_a_plan_issued_late_is_flagged(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = _repo(tmp_path)
    got, items = _plan_items(root, date(2026, 4, 1))
    late = items["ke-hoach.2026"]
    assert late.closed and late.issued == date(2026, 3, 15)
    assert late.late_days == (date(2026, 3, 15) - date(2025, 12, 31)).days == 74
    text = as_plain_table(got, width=400)
    assert "đã có kế hoạch kh-2026, ban hành ngày 15/3/2026, muộn 74 ngày" in text


def test_two_plans_issued_the_same_day_for_one_year(tmp_path, monkeypatch):
    """Two plans covering the same year, dated the same day (a plan and its copy, a joint plan
    filed twice): the year is done, issued that day, both named, in repository order — never an
    internal error comparing the documents themselves."""
    monkeypatch.chdir(tmp_path)
    root = _repo(tmp_path)
    (root / "plans" / "kh-2025-b.yaml").write_text(plan(2025, "2024-12-20"), encoding="utf-8")
    got, items = _plan_items(root, date(2025, 6, 1))
    done = items["ke-hoach.2025"]
    assert done.closed and done.issued == date(2024, 12, 20) and done.late_days is None
    # repository order: plans/kh-2025-b.yaml sorts before plans/kh-2025.yaml
    assert done.note == "Đã có: kh-2025-b, kh-2025 (ban hành ngày 20/12/2024)"


def test_a_draft_plan_does_not_close_the_reminder(tmp_path):
    """A plan without ``date`` (what ``kehoach new plan`` writes) is a draft: the plan for its
    year is still to be issued — the reminder stays, naming the draft. Before, the draft closed it
    and nothing was due any more."""
    root = _repo(tmp_path)
    text = plan(2026, "2026-03-15").replace("date: 2026-03-15\n", "")
    (root / "plans/kh-2026.yaml").write_text(text, encoding="utf-8")
    got, items = _plan_items(root, date(2025, 12, 20))
    item = items["ke-hoach.2026"]
    assert item.status == "due" and not item.closed
    assert (
        item.note
        == "Chưa ban hành kế hoạch năm 2026 căn cứ ctph: có bản nháp kh-2026 (chưa ghi ngày ban hành)"
    )
    table = as_plain_table(got, width=400)  # wide enough for no cell to wrap
    assert "chưa có kế hoạch; bản nháp kh-2026 chưa ghi ngày ban hành" in table, table


def test_a_plan_dated_on_no_day_is_said_so_not_undated(tmp_path):
    """A plan whose ``date`` is written but is no date (29/02 of a year that is not a leap year:
    KH405) does not close the reminder either, but it is not "a draft without an issue date":
    the note says the date as written. Before, it said "chưa ghi ngày ban hành" of a file that
    has one."""
    root = _repo(tmp_path)
    (root / "plans/kh-2026.yaml").write_text(plan(2026, "2026-02-29"), encoding="utf-8")
    got, items = _plan_items(root, date(2026, 3, 5))
    item = items["ke-hoach.2026"]
    assert item.status == "due" and not item.closed
    assert item.note == (
        "Chưa ban hành kế hoạch năm 2026 căn cứ ctph: có kh-2026 "
        '(ngày ban hành ghi "2026-02-29" không có thật)'
    )
    table = as_plain_table(got, width=400)
    assert 'chưa có kế hoạch; kh-2026 ngày ban hành ghi "2026-02-29" không có thật' in table, table
    assert "chưa ghi ngày ban hành" not in table


def test_the_plan_s_line_in_next_year_s_draft_names_the_year(tmp_path):
    """``new plan`` lists the program's schedule of the year: the annual plan drafted in December
    is the next year's — "Xây dựng kế hoạch năm 2026", not a plan of no year."""
    from helpers import run
    from kehoach.draft.meetings import schedule_lines

    repo = run([str(_repo(tmp_path))]).repo
    lines = schedule_lines(repo, repo.by_id("ctph"), 2025)
    assert "Tháng 12/2025: Xây dựng kế hoạch năm 2026" in lines, lines


def test_a_plan_asked_of_one_party_is_there_once_that_party_issues_one(tmp_path, monkeypatch):
    """A program asking each party for its own plan (``kind: plan`` entries with ``lead``): the Sở's
    plan of a year is not there because the Đoàn issued its own (before, any party's plan closed
    every party's item); a joint plan the Sở issues with the Đoàn counts for both."""
    monkeypatch.chdir(tmp_path)
    per_party = PROGRAM.replace(
        "    - {id: ke-hoach, kind: plan, every: year, year_offset: -1, month: 12, start: 2025}\n",
        "    - {id: kh-td, kind: plan, lead: td, every: year, year_offset: -1, month: 12, start: 2025}\n"
        "    - {id: kh-so, kind: plan, lead: skhcn, every: year, year_offset: -1, month: 12,"
        " start: 2025}\n",
    )
    joint = plan(2026, "2025-12-10").replace("issuers: [td]", "issuers: [td, skhcn]")
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "programs/ctph.yaml": per_party,
            "plans/kh-2025.yaml": plan(2025, "2024-12-20"),
            "plans/khlt-2026.yaml": joint,
        },
    )
    got, items = _plan_items(root, date(2026, 2, 10))
    assert items["kh-td.2025"].closed and items["kh-td.2026"].closed
    so = items["kh-so.2025"]
    assert not so.closed and so.is_overdue(date(2026, 2, 10))
    assert so.title == "Kế hoạch năm 2025 của Sở KH&CN"
    assert so.note.startswith("Chưa có kế hoạch năm 2025 của Sở KH&CN căn cứ ctph")
    assert items["kh-so.2026"].closed  # the joint plan is the Sở's too


def _moved_repo(tmp_path, issued: str | None):
    """The plan of 2029 is due on Sunday 31/12/2028, moved back to Friday 29/12 for the weekend;
    ``issued``: the day the 2029 plan is dated (None: none yet)."""
    program = PROGRAM.replace("{from: 2024, to: 2026}", "{from: 2028, to: 2030}").replace(
        "start: 2025", "start: 2029"
    )
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": program}
    if issued is not None:
        files["plans/kh-2029.yaml"] = plan(2029, issued)
    return build_tree(tmp_path, files)


def test_a_plan_issued_by_its_nominal_deadline_is_never_late(tmp_path, monkeypatch):
    """The day off moves the reminder (29/12), not the deadline: a plan dated 30/12 or 31/12 is on
    time; lateness counts from 31/12 (before, 30/12 was "muộn 1 ngày")."""
    monkeypatch.chdir(tmp_path)
    for issued, late in (("2028-12-29", None), ("2028-12-30", None), ("2028-12-31", None),
                         ("2029-01-02", 2)):  # fmt: skip
        root = _moved_repo(tmp_path / issued, issued)
        got, items = _plan_items(root, date(2029, 1, 10))
        item = items["ke-hoach.2029"]
        assert (item.date, item.shifted_from) == (date(2028, 12, 29), date(2028, 12, 31))
        assert item.closed and item.late_days == late, (issued, item.late_days)
        text = " ".join(as_plain_table(got, width=400).split())
        assert ("muộn" in text) == bool(late), text
    # not issued yet: reminded of from 29/12, overdue only once 31/12 is past
    root = _moved_repo(tmp_path / "none", None)
    for today, overdue, left in ((date(2028, 12, 29), False, "còn 2 ngày"),
                                 (date(2028, 12, 30), False, "còn 1 ngày"),
                                 (date(2029, 1, 1), True, "quá 1 ngày")):  # fmt: skip
        got = run_due([str(root)], DueOptions(today=today, kinds=["plan"]))
        (item,) = [i for i in got.items if i.item_id == "ke-hoach.2029"]
        assert item.is_overdue(today) == overdue, today
        assert left in as_plain_table(got, width=400), today
