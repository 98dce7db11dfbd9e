"""A piece of work carried along a chain — a program's activity carried into the 2026 plan, then on
into the 2027 plan (``carried_from``) — is one piece of work wherever it is counted, and the chain
is taken from the whole repository (``model.carry.later_copies``, ``once``). Found by a tester's
2026–2030 cycle: the site's program card counted every copy ("16 hoạt động", the program's own
350 triệu beside its plans' copies) where ``report`` counted 10; ``export --year 2027`` gave the
program's activity a row of its own (blank status, 350.000.000 đ in the summary) because the 2026
copy linking it to its 2027 copy was not in the sheet; ``report --period 2027`` counted it the same
way, overdue; and the 2026 sheet told to "export the old year" for the program's activity."""

from __future__ import annotations

import re
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

AREA_PAGE = "noi-dung/ctph--{}.html"


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


def _money(text: str) -> int:
    return int(text.replace(".", ""))


def _figures(html: str) -> dict[str, int]:
    """What a progress card says: activities by state, money planned (``budget``) and spent."""
    bar = re.search(r'<div class="progress" role="img" aria-label="([^"]*)"', html)
    words = {"hoàn thành": "done", "đang thực hiện": "in_progress"}
    words |= {"chưa thực hiện": "planned", "đã hủy": "cancelled"}
    out = {s: 0 for s in words.values()}
    for part in bar.group(1).split(", ") if bar.group(1) else []:
        name, count = part.rsplit(": ", 1)
        out[words[name]] = int(count)
    planned, spent = re.search(
        r"<span>Dự kiến</span>.*?<span>([\d.]+) đ</span><span>Đã chi</span>.*?<span>([\d.]+) đ</span>",
        html,
    ).groups()
    return {**out, "budget": _money(planned), "spent": _money(spent)}


def _report_figures(tally, budget) -> dict[str, int]:
    return {
        **{s: getattr(tally, s) for s in ("done", "in_progress", "planned", "cancelled")},
        "budget": budget["planned"],
        "spent": budget["spent"],
    }


def _card(out) -> tuple[str, str]:
    """(the program card's HTML, its "N kế hoạch · M hoạt động" line) on the home page."""
    home = (out / "index.html").read_text(encoding="utf-8")
    card = re.search(r'<section class="card"><h3><a href="van-ban/ctph.html">.*?</section>', home)
    line = re.search(r"\d+ kế hoạch · \d+ hoạt động", card.group(0)).group(0)
    return card.group(0), line


def test_the_site_counts_a_chain_once_with_the_figures_of_report(chain, cli, tmp_path):
    """The program card and each area page say what ``report`` says for the program's whole
    period, the site's day being its last: the chain counted once, as its 2027 copy (done,
    170 triệu, with the 95 triệu its 2026 copy spent: ``model.earlier.with_earlier``), the ongoing
    activity once (its 2027 copy, no budget)."""
    out = tmp_path / "site"
    run = cli("site", "-o", str(out), "--today", "2027-12-31")
    assert run.exit_code == 0, run.output
    card, line = _card(out)
    assert line == "2 kế hoạch · 4 hoạt động", line
    site = _figures(card)
    report = run_report("ctph", "2026..2027", date(2028, 1, 5))
    assert site == _report_figures(report.tally(), report.budget())
    assert site == {
        "done": 2,
        "in_progress": 1,
        "planned": 1,
        "cancelled": 0,
        "budget": 170_000_000 + 95_000_000 + 60_000_000 + 100_000_000,
        "spent": 165_000_000 + 95_000_000 + 58_500_000,
    }
    for area_id, _, items in report.by_area():
        if not items:
            continue
        page = (out / AREA_PAGE.format(area_id)).read_text(encoding="utf-8")
        assert f"<h2>Hoạt động ({len(items)})</h2>" in page, area_id
        assert _figures(page) == _report_figures(report.tally(items), _budget_of(report, items))


def _budget_of(report, items) -> dict:
    """``report.budget()`` of some of its items."""
    whole = report.items
    report.items = items
    try:
        return report.budget()
    finally:
        report.items = whole


def test_before_the_end_the_card_still_counts_the_chain_once(chain, cli, tmp_path):
    """Mid-2027 the 2027 copy is in progress (done in September): the card has one activity for
    the chain, its 2027 copy's budget with what the 2026 copy spent — not the program's 350 triệu,
    not 180 + 170."""
    out = tmp_path / "site"
    assert cli("site", "-o", str(out), "--today", "2027-06-30").exit_code == 0
    card, line = _card(out)
    assert line == "2 kế hoạch · 4 hoạt động", line
    assert _figures(card) == {
        "done": 1,  # the training
        "in_progress": 2,  # the chain (its 2027 copy done only in September), the ongoing one
        "planned": 1,
        "cancelled": 0,
        "budget": 170_000_000 + 95_000_000 + 60_000_000 + 100_000_000,
        "spent": 58_500_000,
    }


def test_a_report_of_the_last_year_keeps_the_chain(chain, cli):
    """2027 alone: the program's activity (2026..2027) is the 2027 copy's work though the 2026
    copy between them is outside the period — not a second activity, overdue, of 350 triệu."""
    report = run_report("ctph", "2027", date(2028, 1, 5))
    listed = [(i.doc.id, i.act.get("id")) for i in report.items]
    assert ("ctph", "mo-hinh") not in listed and ("kh-2027", "mo-hinh") in listed, listed
    assert [i.act["id"] for i in report.items if i.overdue] == ["hoi-thi"]  # not the chain
    # the 2026 copy's spending is the work's, counted in the period the work is done
    assert report.budget()["planned"] == 170_000_000 + 95_000_000 + 100_000_000


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
