"""Vietnamese time phrases → time expressions, including every form kehoach itself prints
(property tests: whatever ``vi_short``/``vi`` print reads back to the same expression)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.timecell import vi_short
from kehoach.timeexpr import parse_time
from kehoach.timephrase import Phrase, read_time


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quý II/2022", "2022-Q2"),
        ("quý 2 năm 2022", "2022-Q2"),
        ("Quý IV/2025", "2025-Q4"),
        ("Tháng 3/2022", "2022-03"),
        ("tháng 03 năm 2022", "2022-03"),
        ("T3/2022", "2022-03"),
        ("Tháng 3 – 5/2022", "2022-03..2022-05"),
        ("Tháng 3-5/2022", "2022-03..2022-05"),
        ("Từ tháng 3 đến tháng 5/2022", "2022-03..2022-05"),
        ("Quý II - III/2022", "2022-Q2..2022-Q3"),
        ("Quý I, II/2022", "2022-Q1..2022-Q2"),
        ("6 tháng đầu năm 2022", "2022-H1"),
        ("6 tháng cuối năm 2022", "2022-H2"),
        ("nửa đầu năm 2022", "2022-H1"),
        ("Thường xuyên", "ongoing"),
        ("thường xuyên, liên tục", "ongoing"),
        ("Trước ngày 30/6/2022", "2022-06-30"),
        ("ngày 30 tháng 6 năm 2022", "2022-06-30"),
        ("15/9/2022", "2022-09-15"),
        ("Từ ngày 1/3 đến 30/4/2022", "2022-03-01..2022-04-30"),
        ("Năm 2022", "2022"),
        ("2021 - 2025", "2021..2025"),
        ("giai đoạn 2021 – 2025", "2021..2025"),
        ("Tháng 12/2022 - Quý I/2023", "2022-12..2023-Q1"),
    ],
)
def test_phrases(text, value):
    got = read_time(text)
    assert got.value == value and got.exact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6 tháng đầu năm", "2022-H1"),
        ("Quý III", "2022-Q3"),
        ("Tháng 3", "2022-03"),
        ("Cả năm", "2022"),
    ],
)
def test_the_plan_year_completes_a_phrase(text, value):
    assert read_time(text, 2022).value == value


@pytest.mark.parametrize("text", ["Tuần 1 tháng 3/2022", "Cuối năm 2022", "Quý I, III/2022"])
def test_approximate_phrases_are_marked(text):
    got = read_time(text, 2022)
    assert got.value is not None and not got.exact


@pytest.mark.parametrize("text", ["Hằng tháng", "hàng quý", "Hằng tuần"])
def test_a_recurring_time_is_ongoing_marked(text):
    """ "Hằng tháng": all year long (kehoach prints "Thường xuyên"), marked TODO — before, not a
    time at all (the activity had no deadline `due` could follow)."""
    assert read_time(text, 2022) == Phrase("ongoing", False)


@pytest.mark.parametrize(
    "text", ["Theo kế hoạch riêng", "", "31/2/2022", "Quý 5/2022", "Tháng 13/2022"]
)
def test_not_a_time(text):
    assert read_time(text, 2022).value is None


def _atom():
    year = st.integers(1990, 2100)
    return st.one_of(
        st.dates(date(1990, 1, 1), date(2100, 12, 31)).map(lambda d: d.isoformat()),
        st.tuples(year, st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
        st.tuples(year, st.integers(1, 4)).map(lambda t: f"{t[0]}-Q{t[1]}"),
        st.tuples(year, st.integers(1, 2)).map(lambda t: f"{t[0]}-H{t[1]}"),
        year.map(str),
    )


def _expression():
    def as_range(pair):
        a, b = sorted(pair, key=lambda s: parse_time(s).start)
        if parse_time(a).start > parse_time(b).end:
            a, b = b, a
        return f"{a}..{b}"

    ranges = st.tuples(_atom(), _atom()).map(as_range).filter(_valid)
    return st.one_of(_atom(), ranges, st.just("ongoing"))


def _valid(text: str) -> bool:
    try:
        parse_time(text)
    except ValueError:
        return False
    return True


@given(_expression())
def test_what_kehoach_prints_in_tables_reads_back(text):
    expr = parse_time(text)
    assert read_time(vi_short(expr)).value == expr.text


@given(_expression())
def test_what_kehoach_prints_in_sentences_reads_back(text):
    expr = parse_time(text)
    assert read_time(expr.vi()).value == expr.text


@given(st.text(max_size=40))
def test_any_text_gives_a_valid_expression_or_none(text):
    got = read_time(text, 2022)
    if got.value is not None:
        assert parse_time(got.value).text == got.value


@pytest.mark.parametrize(
    "text, value",
    [
        # a day left blank for the signer: the month is known (before: not a time at all)
        ("ngày … tháng 3 năm 2027", "2027-03"),
        ("Ngày ... tháng 3 năm 2027", "2027-03"),
        ("ngày      tháng 3 năm 2027", "2027-03"),
        ("ngày …/3/2027", "2027-03"),
        ("Từ ngày … tháng 3 đến ngày … tháng 5/2027", "2027-03..2027-05"),
        # times listed apart, each whole: the span from the first to the last
        ("Tháng 4/2027 và tháng 11/2027", "2027-04..2027-11"),
        ("Tháng 4 và tháng 11/2027", "2027-04..2027-11"),
        ("Tháng 11/2027 và tháng 4/2027", "2027-04..2027-11"),
        ("Quý II và quý IV/2027", "2027-Q2..2027-Q4"),
        ("Tháng 3/2027; tháng 9/2027", "2027-03..2027-09"),
        ("Tháng 3 và quý IV", "2027-03..2027-Q4"),
        ("Ngày 15/3/2027 và ngày 20/11/2027", "2027-03-15..2027-11-20"),
        ("Quý II/2027 (tháng 5)", "2027-Q2"),  # a remark: tracked by the time, words kept
    ],
)
def test_blank_days_lists_and_remarks_read_inexactly(text, value):
    assert read_time(text, 2027) == Phrase(value, False)


def test_a_tentative_time_is_exact():
    # "(dự kiến)" as "Dự kiến tháng 3/2027": the time is the month (the words kept by the draft)
    assert read_time("Tháng 3/2027 (dự kiến)", 2027) == Phrase("2027-03", True)
    assert read_time("(dự kiến)", 2027).value is None
