"""KH407 for a draft with its month of issue set (``month``) and no date yet: a deadline before
that month's first day is past whatever day it is signed on. Found transcribing a Liên hiệp Hội
plan for 2028 whose ``month`` said the plan's year (``month: 2028-12``) with activities in quý III."""

from __future__ import annotations

from helpers import ORGS, build_tree, run

PLAN = """\
kind: plan
issuers: [td]
{when}
year: 2028
draft: true
title: Kế hoạch năm 2028
contents:
  activities:
    - {{id: a, title: Hội thi, lead: td, time: 2028-Q3}}
    - {{id: b, title: Tọa đàm, lead: td, time: 2028-12-20}}
    - {{id: c, title: Việc đã hủy, lead: td, time: 2028-03, status: cancelled}}
signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
recipients: {{archive: [VT]}}
"""


def _findings(tmp_path, when: str) -> list[str]:
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "plans/kh.yaml": PLAN.format(when=when),
        },
    )
    return [
        f"{p.line} {p.message}"
        for p in run([str(root)], use_cache=False).problems
        if p.code == "KH407"
    ]


def test_a_deadline_before_the_month_of_issue_is_reported(tmp_path):
    assert _findings(tmp_path, "month: 2028-12") == [
        '9 Hạn "quý III/2028" (30/9/2028) trước tháng ban hành 12/2028 (`month`)'
    ]


def test_a_month_before_the_deadlines_is_fine(tmp_path):
    assert _findings(tmp_path, "month: 2027-12") == []


def test_the_date_still_decides_when_written(tmp_path):
    assert _findings(tmp_path, "date: 2028-12-21") == [
        '9 Hạn "quý III/2028" (30/9/2028) trước ngày ban hành 21/12/2028',
        '10 Hạn "ngày 20/12/2028" (20/12/2028) trước ngày ban hành 21/12/2028',
    ]
