"""Agenda items from a repository: activities, review occurrences, plans per year (satisfied or
missing), source lines; checked against a small repository and the examples."""

from datetime import date

import pytest

from agenda_data import agenda_repo
from helpers import EXAMPLES, run
from kehoach.due.items import collect
from kehoach.io.lines import LineFinder
from kehoach.model.links import covering_plans
from kehoach.model.schedule import work_calendar


@pytest.fixture
def loaded(tmp_path):
    result = run([str(agenda_repo(tmp_path))])
    assert result.errors == []
    repo = result.repo
    items = collect(repo, repo.documents, work_calendar(repo.settings))
    LineFinder().fill(items)
    return repo, {f"{i.doc_id}.{i.item_id}": i for i in items}


def test_activities_with_a_deadline_are_items(loaded):
    _, items = loaded
    hoi_thi = items["kh-2022.hoi-thi"]
    assert (hoi_thi.kind, hoi_thi.date, hoi_thi.lead, hoi_thi.support) == (
        "activity",
        date(2022, 6, 30),
        "td",
        ["skhcn"],
    )
    assert hoi_thi.time_text == "quý II/2022" and hoi_thi.status == "planned"
    assert items["kh-2022.phat-dong"].closed and items["kh-2022.phat-dong"].done_date == date(
        2022, 3, 20
    )
    assert items["kh-2022.hoi-thao"].status == "cancelled" and items["kh-2022.hoi-thao"].closed
    assert (
        items["kh-2022.chuyen-giao"].status == "in_progress"
        and not items["kh-2022.chuyen-giao"].closed
    )
    assert "kh-2022.tuyen-truyen" not in items  # ongoing: no deadline
    assert items["kh-2022.activity-6"].title == "Tập huấn không mã"  # no id: position-based


def test_activity_deadlines_are_not_shifted(loaded):
    _, items = loaded
    # 31/12/2022 is a Saturday: activity deadlines stay as written.
    assert items["kh-2022.chuyen-giao"].date == date(2022, 12, 31)
    assert items["kh-2022.chuyen-giao"].shifted_from is None


def test_source_lines_point_at_the_entry(tmp_path, loaded):
    _, items = loaded
    assert items["kh-2022.hoi-thi"].line == 11
    assert items["kh-2022.hoi-thi"].source.endswith("plans/2022/kh-2022.yaml:11")
    assert items["ctph.so-ket.2022"].line == 16
    text = (tmp_path / "plans/2022/kh-2022.yaml").read_text(encoding="utf-8").splitlines()
    assert text[items["kh-2022.giao-ban.2022-Q1"].line - 1].strip() == "- id: giao-ban"


def test_reviews_default_lead_is_the_first_party_and_others_support(loaded):
    _, items = loaded
    so_ket = items["ctph.so-ket.2022"]
    assert (so_ket.kind, so_ket.lead, so_ket.support) == ("interim", "td", ["skhcn"])
    assert so_ket.title == "Sơ kết năm (năm 2022)"
    assert [k for k in items if k.startswith("ctph.so-ket.")] == [
        f"ctph.so-ket.{y}" for y in range(2022, 2026)
    ]


def test_review_on_saturday_moves_and_says_so(loaded):
    _, items = loaded
    so_ket = items["ctph.so-ket.2022"]
    assert so_ket.date == date(2022, 12, 30) and so_ket.shifted_from == date(2022, 12, 31)
    # Saturday 31/12/2022 opens the New Year break (Sunday 1/1, observed Monday 2/1/2023)
    assert so_ket.shift_reason == "Tết Dương lịch 31/12/2022–02/01/2023"
    assert "31/12/2022" in so_ket.shift_note


def test_repository_day_off_moves_a_meeting(loaded):
    _, items = loaded
    q2 = items["kh-2022.giao-ban.2022-Q2"]  # 29/6/2022 is a day off in kehoach.yaml
    assert q2.date == date(2022, 6, 28) and q2.shifted_from == date(2022, 6, 29)
    assert q2.shift_reason == "ngày nghỉ theo lịch làm việc của cơ quan 29/6/2022"


def test_final_without_time_is_end_of_period(loaded):
    _, items = loaded
    final = items["ctph.review-3"]
    assert (final.kind, final.date, final.title) == (
        "final",
        date(2025, 12, 31),
        "Tổng kết Chương trình",
    )


def test_plan_per_year_satisfied_and_missing(loaded):
    _, items = loaded
    plans = {k: v for k, v in items.items() if v.kind == "plan"}
    assert sorted(plans) == [f"ctph.ke-hoach.{y}" for y in range(2022, 2026)]
    assert (
        plans["ctph.ke-hoach.2022"].status == "done"
        and "kh-2022" in plans["ctph.ke-hoach.2022"].note
    )
    # 2023: a plan exists but does not cite the program.
    assert plans["ctph.ke-hoach.2023"].status == "due"
    assert plans["ctph.ke-hoach.2023"].note == "Chưa có kế hoạch năm 2023 căn cứ ctph"
    assert plans["ctph.ke-hoach.2023"].date == date(2022, 12, 30)  # 31/12/2022 is a Saturday
    # A plan for 2024-07..2025-06 covers both years.
    assert (
        plans["ctph.ke-hoach.2024"].status == "done"
        and plans["ctph.ke-hoach.2025"].status == "done"
    )
    assert plans["ctph.ke-hoach.2024"].title == "Kế hoạch năm 2024"


def test_covering_plans_needs_the_citation_and_the_year(loaded):
    repo, _ = loaded
    assert [d.id for d in covering_plans(repo, "ctph", 2022)] == ["kh-2022"]
    assert covering_plans(repo, "ctph", 2023) == []
    assert covering_plans(repo, "ctph", 2021) == []
    assert covering_plans(repo, "khong-co", 2022) == []


def test_examples_plan_per_year():
    result = run([str(EXAMPLES)])
    repo = result.repo
    items = collect(repo, repo.documents, work_calendar(repo.settings))
    plans = {
        i.item_id: i
        for i in items
        if i.kind == "plan" and i.doc_id == "ctph-2021-2025-tinhdoan-skhcn-bt"
    }
    assert sorted(plans) == [f"ke-hoach-nam.{y}" for y in range(2022, 2026)]
    # kh-2022-tinhdoan-bt and khlt-sang-tao-tre-2023-bt cite the program; 2024 and 2025 have no plan.
    assert (
        plans["ke-hoach-nam.2022"].status == "done"
        and "kh-2022-tinhdoan-bt" in plans["ke-hoach-nam.2022"].note
    )
    assert (
        plans["ke-hoach-nam.2023"].status == "done"
        and "khlt-sang-tao-tre-2023-bt" in plans["ke-hoach-nam.2023"].note
    )
    for year in (2024, 2025):
        assert plans[f"ke-hoach-nam.{year}"].status == "due"
    # Due at the end of the previous year (year_offset -1, month 12), moved off weekends.
    assert plans["ke-hoach-nam.2022"].date == date(2021, 12, 31)  # a Friday
    assert plans["ke-hoach-nam.2024"].date == date(2023, 12, 29)  # 31/12/2023 is a Sunday
    assert plans["ke-hoach-nam.2025"].date == date(2024, 12, 31)  # a Tuesday


def test_examples_quarterly_meetings_of_the_joint_plan():
    repo = run([str(EXAMPLES)]).repo
    items = collect(repo, repo.documents, work_calendar(repo.settings))
    meetings = [i for i in items if i.doc_id == "khlt-sang-tao-tre-2023-bt" and i.kind == "meeting"]
    assert [i.date for i in meetings] == [
        date(2023, 3, 31),
        date(2023, 6, 30),
        date(2023, 9, 29),
        date(2023, 12, 29),
    ]
    assert [i.shifted_from for i in meetings] == [None, None, date(2023, 9, 30), date(2023, 12, 31)]
    assert all(i.lead == "tinhdoan-bt" and i.support == ["skhcn-bt"] for i in meetings)


def _paths(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield prefix + (i,)
            yield from _paths(value, prefix + (i,))


@pytest.mark.parametrize("name", ["examples", "fixture"])
def test_fast_line_scan_agrees_with_composing(name, tmp_path):
    """Every list entry of every file: the indentation scan gives the composed node's line, or
    gives up (flow style) and the composed tree answers."""
    import yaml

    from kehoach.io import positions
    from kehoach.io.lines import LineFinder, Text, scan
    from kehoach.io.positions import compose
    from kehoach.io.yamlload import Loader

    root = EXAMPLES if name == "examples" else agenda_repo(tmp_path)
    files = sorted(root.rglob("*.yaml"))
    scanned = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        tree, lines, finder = compose(text), Text(text), LineFinder()
        for jp in _paths(yaml.load(text, Loader=Loader)):
            want = positions.locate(tree, jp)[0]
            got = scan(lines, jp)
            assert got in (None, want), (path, jp)
            scanned += got is not None
            assert finder.line(str(path), jp) == want
    assert scanned > 20
