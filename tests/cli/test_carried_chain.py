"""A piece of work carried along a chain — a program's activity carried into the 2026 plan, then on
into the 2027 plan (``carried_from``) — is one piece of work wherever it is counted, and the chain
is taken from the whole repository (``model.carry.later_copies``, ``once``). Found by a tester's
2026–2030 cycle: ``export --year 2027`` gave the program's activity a row of its own (blank status,
350.000.000 đ in the summary) because the 2026 copy linking it to its 2027 copy was not in the
sheet; ``report --period 2027`` counted it the same way, overdue; and the 2026 sheet told to
"export the old year" for the program's activity."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from helpers import ORGS, build_tree
from kehoach.report.run import run_report

PROGRAM = """\
kind: program
id: ctph
date: 2026-01-10
title: Chương trình phối hợp thử
parties: [td, skhcn]
period: {from: 2026, to: 2027}
areas:
  - id: chuyen-giao
    title: Chuyển giao tiến bộ khoa học
    activities:
      - id: mo-hinh
        title: Mô hình lúa hữu cơ
        lead: skhcn
        support: [td]
        time: 2026..2027
        budget: 350000000
  - id: tuyen-truyen
    title: Tuyên truyền
signers:
  - {org: td, title: BÍ THƯ}
  - {org: skhcn, title: GIÁM ĐỐC}
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""

PLAN_2026 = """\
kind: plan
id: kh-2026
issuers: [td]
date: 2026-01-20
year: 2026
title: Kế hoạch năm 2026
bases: [{ref: ctph}]
contents:
  activities:
    - id: mo-hinh
      title: Mô hình lúa hữu cơ (giai đoạn 1)
      area: chuyen-giao
      lead: skhcn
      support: [td]
      time: 2026-03..2026-11
      budget: 180000000
      spent: 95000000
      status: in_progress
      carried_from: {program: ctph, activity: mo-hinh}
    - id: tuyen-truyen
      title: Tuyên truyền trên bản tin
      area: tuyen-truyen
      lead: td
      time: ongoing
      budget: 20000000
      status: in_progress
    - id: tap-huan
      title: Tập huấn chuyển đổi số
      area: tuyen-truyen
      lead: skhcn
      time: 2026-Q2
      budget: 60000000
      spent: 58500000
      status: done
      done_date: 2026-06-25
signers: [{org: td, title: BÍ THƯ}]
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""

PLAN_2027 = """\
kind: plan
id: kh-2027
issuers: [td]
date: 2027-01-20
year: 2027
title: Kế hoạch năm 2027
bases: [{ref: ctph}]
contents:
  activities:
    - id: mo-hinh
      title: Mô hình lúa hữu cơ (giai đoạn 2)
      area: chuyen-giao
      lead: skhcn
      support: [td]
      time: 2027-02..2027-09
      budget: 170000000
      spent: 165000000
      status: done
      done_date: 2027-09-25
      carried_from: {plan: kh-2026, activity: mo-hinh}
    - id: tuyen-truyen
      title: Tuyên truyền trên bản tin
      area: tuyen-truyen
      lead: td
      time: ongoing
      status: in_progress
      carried_from: {plan: kh-2026, activity: tuyen-truyen}
    - id: hoi-thi
      title: Hội thi nông dân sáng tạo
      area: chuyen-giao
      lead: td
      time: 2027-Q4
      budget: 100000000
      status: planned
signers: [{org: td, title: BÍ THƯ}]
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""


@pytest.fixture
def chain(tmp_path, monkeypatch):
    root = build_tree(
        tmp_path / "kho",
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "programs/ctph.yaml": PROGRAM,
            "plans/2026/kh-2026.yaml": PLAN_2026,
            "plans/2027/kh-2027.yaml": PLAN_2027,
        },
    )
    monkeypatch.chdir(root)
    return root


def test_a_report_of_the_last_year_keeps_the_chain(chain, cli):
    """2027 alone: the program's activity (2026..2027) is the 2027 copy's work though the 2026
    copy between them is outside the period — not a second activity, overdue, of 350 triệu."""
    report = run_report("ctph", "2027", date(2028, 1, 5))
    listed = [(i.doc.id, i.act.get("id")) for i in report.items]
    assert ("ctph", "mo-hinh") not in listed and ("kh-2027", "mo-hinh") in listed, listed
    assert [i.act["id"] for i in report.items if i.overdue] == ["hoi-thi"]  # not the chain
    assert report.budget()["planned"] == 170_000_000 + 100_000_000


def _rows(path) -> list[tuple]:
    """(document, activity id, status, budget) of each row of an exported sheet."""
    sheet = openpyxl.load_workbook(path)["Hoạt động"]
    head = [c.value for c in sheet[1]]
    cols = [head.index(h) for h in ("Văn bản", "Mã hoạt động", "Trạng thái")]
    cols.append(head.index("Kinh phí dự kiến (đồng)"))
    return [tuple(r[c] for c in cols) for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]]


def test_the_sheet_of_the_last_year_has_one_row_for_the_chain(chain, cli):
    """``export --year 2027``: no row of the program's activity beside its 2027 copy (before:
    blank status, 350.000.000 đ counted in Tổng hợp); nothing to say about carried rows."""
    run = cli("export", "--year", "2027", "--party", "skhcn", "-o", "2027.xlsx")
    assert run.exit_code == 0, run.output
    rows = _rows(chain / "2027.xlsx")
    assert rows == [("kh-2027", "mo-hinh", "Hoàn thành", 170_000_000)], rows
    assert "chuyển tiếp" not in run.stderr, run.stderr


def test_the_note_on_carried_rows_counts_plan_rows_only(chain, cli):
    """The 2026 sheet leaves the program's activity out for its 2026 copy without advising to
    "export the old year" (it has none); the sheet of both years names the two 2026 rows left
    out for their 2027 copies, which the 2026 sheet has."""
    first = cli("export", "--year", "2026", "-o", "2026.xlsx")
    assert first.exit_code == 0, first.output
    assert "chuyển tiếp" not in first.stderr, first.stderr
    rows = [r[:2] for r in _rows(chain / "2026.xlsx")]
    assert ("ctph", "mo-hinh") not in rows and ("kh-2026", "mo-hinh") in rows, rows
    both = cli("export", "-o", "ca-hai.xlsx")
    assert both.exit_code == 0, both.output
    assert "Ghi chú: 2 hoạt động đã chuyển tiếp sang kế hoạch sau" in both.stderr, both.stderr
    rows = [r[:2] for r in _rows(chain / "ca-hai.xlsx")]
    assert rows == [
        ("kh-2026", "tap-huan"),
        ("kh-2027", "mo-hinh"),
        ("kh-2027", "tuyen-truyen"),
        ("kh-2027", "hoi-thi"),
    ], rows
