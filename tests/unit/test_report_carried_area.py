"""A plan's activity written by hand with ``carried_from: {program: …, activity: …}`` and no
``area`` serves the area of the program's activity it carries out: the report counts it there, not
under "Hoạt động khác" while that area says "Chưa có hoạt động trong kỳ" (found transcribing a
three-party program of Quảng Trị and each party's 2027 plan)."""

from __future__ import annotations

from datetime import date

from helpers import ORGS, build_tree, run
from kehoach.model.areas import area_of
from kehoach.report.build import build

PROGRAM = """\
kind: program
parties: [td, skhcn]
date: 2022-01-05
period: {from: 2022, to: 2023}
title: Chương trình thử
areas:
  - id: tuyen-truyen
    title: Tuyên truyền
  - id: sang-tao
    title: Sáng tạo trẻ
    activities:
      - {id: hoi-thi, title: Hội thi sáng tạo, lead: td, every: year}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn B}
recipients: {archive: [VT]}
"""

PLAN = """\
kind: plan
issuers: [td]
date: {date}
year: {year}
title: Thực hiện chương trình năm {year}
bases: [{{ref: ct}}]
contents:
  activities:
    - id: hoi-thi
      title: Hội thi sáng tạo năm {year}
      lead: td
      time: {year}-Q3
      carried_from: {carried}
    - {{id: rieng, title: Việc riêng, lead: td, time: {year}-Q4}}
signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
recipients: {{archive: [VT]}}
"""


def _repo(tmp_path):
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "programs/ct.yaml": PROGRAM,
            "plans/2022/kh-2022.yaml": PLAN.format(
                date="2022-01-20", year=2022, carried="{program: ct, activity: hoi-thi}"
            ),
            # the next year's copy names the plan it continues, not the program: still the area
            "plans/2023/kh-2023.yaml": PLAN.format(
                date="2023-01-20", year=2023, carried="{plan: kh-2022, activity: hoi-thi}"
            ),
        },
    )
    return run([str(root)], use_cache=False).repo


def _areas(report) -> dict[str, list[str]]:
    return {a: [i.title for i in items] for a, _, items in report.by_area() if items}


def test_a_plan_report_counts_a_carried_activity_in_the_program_area(tmp_path):
    repo = _repo(tmp_path)
    report = build(repo, "kh-2022", "2022", date(2023, 1, 10))
    assert _areas(report) == {"sang-tao": ["Hội thi sáng tạo năm 2022"], "_khac": ["Việc riêng"]}


def test_a_program_report_counts_each_years_copy_in_the_area(tmp_path):
    repo = _repo(tmp_path)
    report = build(repo, "ct", "2023", date(2024, 1, 10))
    assert _areas(report)["sang-tao"] == ["Hội thi sáng tạo năm 2023"]


def test_area_of_follows_the_chain_and_a_written_area_still_wins(tmp_path):
    repo = _repo(tmp_path)
    plan = repo.by_id("kh-2023")
    act = plan.data["contents"]["activities"][0]
    assert area_of(repo, plan, ("contents", "activities", 0), act).id == "sang-tao"
    written = {**act, "area": "tuyen-truyen"}
    assert area_of(repo, plan, ("contents", "activities", 0), written).id == "tuyen-truyen"
    broken = {**act, "carried_from": {"plan": "khong-co", "activity": "hoi-thi"}}
    assert area_of(repo, plan, ("contents", "activities", 0), broken) is None
