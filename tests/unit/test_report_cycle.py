"""``kehoach report`` over a three-party program cycle (``tri_cycle_data``), each test a finding of
a tester's 2026–2030 cycle, fixed: the way forward of a mid-term report, the money of a piece of
work carried over from plan to plan, and the same work listed twice."""

from __future__ import annotations

from datetime import date

from helpers import run
from kehoach.output import Style
from kehoach.report.build import build
from kehoach.report.formats import to_text
from kehoach.report.period import next_period, parse_report_period
from tri_cycle_data import PROGRAM_ID, tri_repo


def _repo(tmp_path, **kw):
    root = tri_repo(tmp_path / "kho", **kw)
    result = run([str(root)], use_cache=False)
    assert not result.errors, result.errors
    return result.repo


def test_a_range_of_whole_months_is_followed_by_as_many_months():
    # 30 months: the next 30 months, to 31/12/2030 — not 911 days, to 29/12/2030
    assert next_period(parse_report_period("2026-01..2028-06")).text == "2028-07..2030-12"
    assert next_period(parse_report_period("2022-01..2022-09")).text == "2022-10..2023-06"
    assert next_period(parse_report_period("2026..2027")).text == "2028..2029"
    days = next_period(parse_report_period("2022-03-10..2022-03-19"))
    assert (days.start, days.end) == (date(2022, 3, 20), date(2022, 3, 29))


def test_mid_term_way_forward_runs_to_the_end_of_the_program(tmp_path):
    report = build(_repo(tmp_path), PROGRAM_ID, "2026-01..2028-06", date(2028, 9, 20))
    assert report.next_period is not None
    assert report.next_period.end == date(2030, 12, 31)  # the program's end
    assert report.next_period.vi() == "từ tháng 7/2028 đến tháng 12/2030"
    last = [text for day, text in report.next_reviews if day.year == 2030]
    # its last month: the December meeting, the annual review and the final one (due's days)
    assert last[-3:] == [
        "Quý IV/2030: Tổng kết Chương trình",
        "Tháng 12/2030: Họp giao ban 6 tháng",
        "Tháng 12/2030: Sơ kết hằng năm",
    ]


def _spent(report) -> int:
    return report.budget()["spent"]


def test_what_every_copy_of_a_carried_work_spent_is_counted(tmp_path):
    repo = _repo(tmp_path)
    year_2026 = build(repo, PROGRAM_ID, "2026", date(2027, 1, 5))
    year_2027 = build(repo, PROGRAM_ID, "2027", date(2028, 1, 5))
    both = build(repo, PROGRAM_ID, "2026..2027", date(2028, 1, 5))
    # 2026: the model's 95 million is not counted yet, the work is not done
    assert _spent(year_2026) == 115_000_000
    assert [i.spent for i in year_2026.budget()["later"]] == [95_000_000]
    # the period the work is done in counts it, as the 2026 report said it would
    assert _spent(year_2027) == 165_000_000 + 95_000_000
    assert _spent(both) == 115_000_000 + 95_000_000 + 165_000_000
    assert _spent(year_2026) + _spent(year_2027) == _spent(both)
    # one piece of work: its latest copy, with the money its earlier copy spent
    (model,) = [i for i in both.items if i.area == "chuyen-giao"]
    assert model.title == "Xây dựng mô hình trình diễn (giai đoạn 2)"
    assert (model.budget, model.spent) == (170_000_000 + 95_000_000, 260_000_000)
    assert both.budget()["planned_of_recorded"] == 120_000_000 + 265_000_000
    # the program's activity the plans carry out is no second activity in 2027 alone either
    assert [i.title for i in year_2027.items if i.area == "chuyen-giao"] == [model.title]
    text = " ".join(to_text(both, Style()).split())
    assert (
        "Dự kiến và đã chi của 1 hoạt động chuyển tiếp gồm cả số đã chi ở kế hoạch trước của "
        'cùng hoạt động: "Xây dựng mô hình trình diễn (giai đoạn 2)" (kế hoạch năm 2026: '
        "95.000.000 đồng)." in text
    )


def _outlook(report) -> list[str]:
    return [i.title + (" — chuyển tiếp" if carried else "") for i, carried in report.next_items]


def test_the_way_forward_lists_a_piece_of_work_once(tmp_path):
    # before the 2027 plan: the 2026 plan's copy is carried over; the program's own activity it
    # carries out (2026..2027, so in 2027 too) is the same work, not a task of 2027 beside it
    repo = _repo(tmp_path / "a", plan_2027=False)
    outlook = _outlook(build(repo, PROGRAM_ID, "2026", date(2027, 1, 5)))
    assert [t for t in outlook if "mô hình" in t] == [
        "Xây dựng mô hình trình diễn (giai đoạn 1) — chuyển tiếp"
    ]
    # with the 2027 plan: its copy, as it states it, once
    outlook = _outlook(build(_repo(tmp_path / "b"), PROGRAM_ID, "2026", date(2027, 1, 5)))
    assert [t for t in outlook if "mô hình" in t] == [
        "Xây dựng mô hình trình diễn (giai đoạn 2) — chuyển tiếp"
    ]
