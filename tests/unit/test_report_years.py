"""``kehoach report`` over the years of a program whose activities recur (``every: year``) or run
across two years, as a tester's 2027–2029 cycle found them: each year's run of a yearly activity is
one activity in its year, its money counted once; a plan gives a program's activity its period
(a later year's plan, an undated draft, do not take it away from the period it falls in)."""

from __future__ import annotations

from datetime import date

from helpers import ORGS_QNG, build_tree, run
from kehoach.output import Style
from kehoach.report.build import build
from kehoach.report.formats import to_text

PROGRAM_ID = "ctph-2027-2029"

PROGRAM = """\
kind: program
number: 1
date: 2027-01-15
title: Phối hợp phát huy vai trò của tuổi trẻ trong khoa học và công nghệ giai đoạn 2027 – 2029
parties: [td, skhcn, lhh]
period: {from: 2027, to: 2029}
areas:
  - id: tuyen-truyen
    title: Tuyên truyền
    activities:
      - id: chuyen-muc
        title: Duy trì chuyên mục "Tuổi trẻ với khoa học"
        lead: td
        support: [skhcn, lhh]
        every: year
  - id: sang-tao
    title: Sáng tạo
    activities:
      - id: hoi-thi
        title: Hội thi Sáng tạo kỹ thuật
        lead: lhh
        support: [td, skhcn]
        every: year
        budget: 100000000
  - id: khoi-nghiep
    title: Khởi nghiệp
    activities:
      - id: uom-tao
        title: Chương trình ươm tạo dự án khởi nghiệp
        lead: skhcn
        support: [td, lhh]
        time: 2028-06..2029-06
        budget: 90000000
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Võ Văn Lâm}
  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn Minh}
  - {org: lhh, authority: TM., for: BAN THƯỜNG TRỰC, title: CHỦ TỊCH, name: Nguyễn Đức Thắng}
recipients:
  archive: [VT]
"""

_TAIL = """\
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Võ Văn Lâm}
recipients:
  archive: [VT]
"""


def _td_plan(year: int, number: int, issued: str, column: str, hoi_thi: str) -> str:
    """Tỉnh Đoàn's plan of ``year``: the column's run of the year (carried over from last year's
    plan, or carrying out the program's activity the first year) and the Hội thi of the year."""
    return f"""\
kind: plan
number: {number}
date: {issued}
issuers: [td]
year: {year}
title: Thực hiện Chương trình phối hợp năm {year}
bases:
  - ref: {PROGRAM_ID}
contents:
  activities:
    - id: chuyen-muc
      title: Duy trì chuyên mục "Tuổi trẻ với khoa học"
      area: tuyen-truyen
      lead: td
      support: [skhcn, lhh]
      time: {year}
      every: year
      budget: 5000000
      status: done
      done_date: {year}-12-{28 if year > 2027 else 30}
      spent: 5000000
      carried_from: {column}
    - id: hoi-thi
      title: Hội thi Sáng tạo kỹ thuật
      area: sang-tao
      lead: lhh
      support: [td, skhcn]
      time: {year}-Q3
      budget: 100000000
      status: done
      done_date: {hoi_thi}
      spent: 90000000
      carried_from: {{program: {PROGRAM_ID}, activity: hoi-thi}}
{_TAIL}"""


def _so_draft_2029() -> str:
    """The Sở's 2029 plan as ``kehoach new plan`` drafts it: no date yet, the program's activity
    that runs into 2029 copied with the plan's own time."""
    return f"""\
kind: plan
issuers: [skhcn]
year: 2029
title: Thực hiện Chương trình phối hợp năm 2029
bases:
  - ref: {PROGRAM_ID}
contents:
  activities:
    - id: uom-tao
      title: Chương trình ươm tạo dự án khởi nghiệp
      area: khoi-nghiep
      lead: skhcn
      support: [td, lhh]
      time: 2029-Q2
      budget: 90000000
      status: planned
      carried_from: {{program: {PROGRAM_ID}, activity: uom-tao}}
signers:
  - {{org: skhcn, title: GIÁM ĐỐC, name: Trần Văn Minh}}
recipients:
  archive: [VT]
"""


def _repo(tmp_path, *, draft_2029: bool = True, td_2029: bool = True):
    files = {
        "kehoach.yaml": "kind: settings\nplace: Quảng Ngãi\n",
        "orgs.yaml": ORGS_QNG,
        f"programs/{PROGRAM_ID}.yaml": PROGRAM,
        "plans/2027/kh-2027-td.yaml": _td_plan(
            2027,
            2,
            "2027-02-19",
            f"{{program: {PROGRAM_ID}, activity: chuyen-muc}}",
            "2027-09-25",
        ),
        # drafted on 10/12/2027, while the 2027 run was not done yet: carried over from it
        "plans/2028/kh-2028-td.yaml": _td_plan(
            2028, 3, "2027-12-28", "{plan: kh-2027-td, activity: chuyen-muc}", "2028-09-20"
        ),
    }
    if td_2029:
        files["plans/2029/kh-2029-td.yaml"] = _td_plan(
            2029, 1, "2028-12-29", "{plan: kh-2028-td, activity: chuyen-muc}", "2029-09-18"
        )
    if draft_2029:
        files["plans/2029/kh-2029-so.yaml"] = _so_draft_2029()
    root = build_tree(tmp_path / "kho", files)
    result = run([str(root)], use_cache=False)
    assert not result.errors, result.errors
    return result.repo


def _titled(report, words: str) -> list:
    return [i for i in report.items if words in i.title]


def _text(report) -> str:
    return " ".join(to_text(report, Style()).split())


def test_a_yearly_run_done_in_its_plan_is_not_counted_again_next_year(tmp_path):
    repo = _repo(tmp_path, draft_2029=False)
    years = [build(repo, PROGRAM_ID, str(y), date(2030, 1, 10)) for y in (2027, 2028, 2029)]
    for report in years:
        (column,) = _titled(report, "chuyên mục")
        # the 2028 run is 5 million, not the 2027 run's 5 million again
        assert (column.budget, column.spent, column.carried_money) == (5_000_000, 5_000_000, [])
        assert "kế hoạch năm 2027: 5.000.000 đồng" not in _text(report)
    whole = build(repo, PROGRAM_ID, "2027..2029", date(2030, 1, 10))
    assert whole.final
    # three runs of the column, three of the Hội thi: each year's run is one activity
    runs = _titled(whole, "chuyên mục")
    assert sorted(i.doc.id for i in runs) == ["kh-2027-td", "kh-2028-td", "kh-2029-td"]
    assert sum(i.spent or 0 for i in runs) == 15_000_000
    assert len(_titled(whole, "Hội thi")) == 3
    # money once: the years add up to the whole program
    spent = [r.budget()["spent"] for r in years]
    assert spent == [95_000_000] * 3
    assert whole.budget()["spent"] == sum(spent)
    # one activity a year of each yearly one; the two-year one in each year it runs
    assert whole.tally().total == sum(r.tally().total for r in years) - 1 == 7
    # the rule is printed with the figures
    assert "được tính một lần, ở kỳ hoạt động hoàn thành" in _text(whole)


def test_a_later_years_draft_does_not_take_a_program_activity_out_of_its_year(tmp_path):
    with_draft = _repo(tmp_path / "a")
    without = _repo(tmp_path / "b", draft_2029=False)
    for period in ("2028", "2028-H1"):
        for repo in (with_draft, without):
            report = build(repo, PROGRAM_ID, period, date(2029, 1, 10))
            (uom,) = _titled(report, "ươm tạo")
            assert (uom.doc.id, uom.state, uom.budget) == (PROGRAM_ID, "planned", 90_000_000)
    # and it goes on into the next period (2028-H2): carried over, once
    h1 = build(with_draft, PROGRAM_ID, "2028-H1", date(2029, 1, 10))
    outlook = [(i.title, carried) for i, carried in h1.next_items if "ươm tạo" in i.title]
    assert outlook == [("Chương trình ươm tạo dự án khởi nghiệp", True)]
    # in 2029, the year the plan gives it, it is the plan's copy (once, with its time)
    (uom,) = _titled(build(with_draft, PROGRAM_ID, "2029-H1", date(2029, 7, 10)), "ươm tạo")
    assert (uom.doc.id, uom.time.text if uom.time else None) == ("kh-2029-so", "2029-Q2")


def test_a_half_year_counts_a_yearly_activity_only_where_its_plan_puts_it(tmp_path):
    repo = _repo(tmp_path)
    # the column; in 2028 the ươm tạo from June — never the Hội thi's 100 million
    for year, planned in ((2027, 5_000_000), (2028, 95_000_000)):
        h1 = build(repo, PROGRAM_ID, f"{year}-H1", date(year, 7, 10))
        # the year's plan holds the Hội thi in quý III: not an activity of the first half
        assert not _titled(h1, "Hội thi"), [i.doc.id for i in _titled(h1, "Hội thi")]
        assert h1.budget()["planned"] == planned
        h2 = build(repo, PROGRAM_ID, f"{year}-H2", date(year + 1, 1, 10))
        (contest,) = _titled(h2, "Hội thi")
        assert contest.doc.id == f"kh-{year}-td" and contest.state == "done"
    # a year no plan of which carries it out yet: the program's own yearly activity stays due
    early = _repo(tmp_path / "early", draft_2029=False, td_2029=False)
    h1 = build(early, PROGRAM_ID, "2029-H1", date(2029, 7, 10))
    assert [i.doc.id for i in _titled(h1, "Hội thi")] == [PROGRAM_ID]
