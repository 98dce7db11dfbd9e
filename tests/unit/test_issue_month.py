"""``month: 2027-03``: the month of a draft whose day is left for the signer — printed in the date
line, and KH446 when an issue date of another month is written beside it."""

from __future__ import annotations

import io
from datetime import date

import docx

from helpers import ORGS, PLAN, build_tree, rendered, run
from kehoach import viet


def test_the_date_line_with_a_month_and_no_day():
    assert viet.date_line("Bình Thuận", None, year=2027, month=3) == (
        "Bình Thuận, ngày      tháng 3 năm 2027"
    )
    assert viet.date_line("", None, year=2027, month=2) == "ngày      tháng 02 năm 2027"
    assert viet.date_line("", None, year=2027) == "ngày      tháng      năm 2027"
    assert viet.date_line("", date(2027, 2, 5)) == "ngày 05 tháng 02 năm 2027"


def _repo(tmp_path, head: str):
    plan = PLAN.replace("date: 2022-01-10\n", head)
    return build_tree(tmp_path / "kho", {"orgs.yaml": ORGS, "plans/kh.yaml": plan})


def test_an_undated_plan_prints_its_month(tmp_path):
    """A plan of 2022 drafted in December 2021: the date line says the draft's month and year, not
    the plan's year; before, 'ngày      tháng      năm 2022'."""
    root = _repo(tmp_path, "month: 2021-12\n")
    line = "Bình Thuận, ngày      tháng 12 năm 2021"  # room for the day, as typed by hand
    assert line in rendered(root / "plans" / "kh.yaml", "txt").decode()
    cells = [
        c.text
        for t in docx.Document(io.BytesIO(rendered(root / "plans" / "kh.yaml", "docx"))).tables
        for c in t._cells
    ]
    assert line in cells  # before: 'ngày tháng 12': the blank collapsed by the line breaker
    assert [p for p in run([str(root)], use_cache=False).problems if p.code == "KH446"] == []


def test_a_date_wins_over_the_month(tmp_path):
    root = _repo(tmp_path, "date: 2022-01-10\nmonth: 2022-01\n")
    text = " ".join(rendered(root / "plans" / "kh.yaml", "txt").decode().split())
    assert "ngày 10 tháng 01 năm 2022" in text
    assert [p for p in run([str(root)], use_cache=False).problems if p.code == "KH446"] == []


def test_kh446_a_month_other_than_the_date_s(tmp_path):
    root = _repo(tmp_path, "date: 2022-01-10\nmonth: 2021-12\n")
    [p] = [p for p in run([str(root)], use_cache=False).problems if p.code == "KH446"]
    assert (p.level, p.line) == ("warning", 4)
    assert "`month: 2021-12`" in p.message and "10/01/2022" in p.message


def test_a_month_out_of_range_is_a_schema_error(tmp_path):
    root = _repo(tmp_path, "month: 2021-13\n")
    errors = [p for p in run([str(root)], use_cache=False).problems if p.level == "error"]
    assert errors and errors[0].line == 3, errors
