import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.timecell import vi_short
from kehoach.timeexpr import (
    MAX_YEAR,
    MIN_YEAR,
    TimeError,
    TimeExpr,
    parse_date,
    parse_period,
    parse_time,
)

years = st.integers(min_value=1900, max_value=2200)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
months = st.tuples(years, st.integers(1, 12)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}")
quarters = st.tuples(years, st.integers(1, 4)).map(lambda t: f"{t[0]:04d}-Q{t[1]}")
halves = st.tuples(years, st.integers(1, 2)).map(lambda t: f"{t[0]:04d}-H{t[1]}")
atoms = st.one_of(dates.map(date.isoformat), months, quarters, halves, years.map(str), years)


# -- examples per kind -------------------------------------------------------


def test_date():
    t = parse_time("2021-06-30")
    assert (t.kind, t.start, t.end, t.text) == (
        "date",
        date(2021, 6, 30),
        date(2021, 6, 30),
        "2021-06-30",
    )
    assert t.deadline == date(2021, 6, 30)
    assert t.vi() == "ngày 30/6/2021"
    assert vi_short(t) == "30/6/2021"
    assert parse_time("2021-03-05").vi() == "ngày 05/3/2021"  # Decree 30 padding
    assert parse_time("2021-02-05").vi() == "ngày 05/02/2021"


def test_month():
    t = parse_time("2021-06")
    assert (t.kind, t.start, t.end) == ("month", date(2021, 6, 1), date(2021, 6, 30))
    assert t.vi() == "tháng 6/2021"
    assert vi_short(t) == "Tháng 6/2021"
    assert parse_time("2024-02").end == date(2024, 2, 29)
    assert parse_time("2021-12").end == date(2021, 12, 31)


def test_quarter():
    t = parse_time("2021-Q2")
    assert (t.kind, t.start, t.end) == ("quarter", date(2021, 4, 1), date(2021, 6, 30))
    assert t.vi() == "quý II/2021"
    assert vi_short(t) == "Quý II/2021"
    assert parse_time("2021-q4").text == "2021-Q4"
    assert parse_time("2021-Q4").vi() == "quý IV/2021"


def test_half():
    h1, h2 = parse_time("2021-H1"), parse_time("2021-h2")
    assert (h1.kind, h1.start, h1.end) == ("half", date(2021, 1, 1), date(2021, 6, 30))
    assert (h2.start, h2.end, h2.text) == (date(2021, 7, 1), date(2021, 12, 31), "2021-H2")
    assert h1.vi() == "6 tháng đầu năm 2021"
    assert h2.vi() == "6 tháng cuối năm 2021"
    assert vi_short(h1) == "6 tháng đầu năm 2021"


def test_year_str_and_int():
    t = parse_time("2021")
    assert t == parse_time(2021)
    assert (t.kind, t.start, t.end, t.text) == (
        "year",
        date(2021, 1, 1),
        date(2021, 12, 31),
        "2021",
    )
    assert t.vi() == "năm 2021"
    assert vi_short(t) == "Năm 2021"


def test_range():
    t = parse_time("2021-03..2021-Q3")
    assert (t.kind, t.start, t.end, t.text) == (
        "range",
        date(2021, 3, 1),
        date(2021, 9, 30),
        "2021-03..2021-Q3",
    )
    assert t.vi() == "từ tháng 3/2021 đến quý III/2021"
    # a table cell: the ends joined by an en dash, the year written once within one year
    assert vi_short(t) == "Tháng 3 – Quý III/2021"
    assert parse_time(" 2021-03 .. 2021-09 ").text == "2021-03..2021-09"
    assert vi_short(parse_time("2021-03..2021-09")) == "Tháng 3 – 9/2021"
    assert vi_short(parse_time("2021-11..2022-02")) == "Tháng 11/2021 – Tháng 2/2022"
    assert vi_short(parse_time("2021-Q2..2021-Q3")) == "Quý II – III/2021"
    assert vi_short(parse_time("2027-06..2027-Q4")) == "Tháng 6 – Quý IV/2027"
    assert vi_short(parse_time("2021-Q3..2021-11")) == "Quý III – Tháng 11/2021"
    # a half or a year keeps its year: "6 tháng đầu năm" alone would lose it
    assert vi_short(parse_time("2021-H1..2021-Q4")) == "6 tháng đầu năm 2021 – Quý IV/2021"
    assert vi_short(parse_time("2021..2022-Q1")) == "Năm 2021 – Quý I/2022"
    d = parse_time("2021-03-01..2021-06-30")
    assert d.vi() == "từ ngày 01/3/2021 đến ngày 30/6/2021"
    assert vi_short(d) == "01/3 – 30/6/2021"
    assert vi_short(parse_time("2026-12-15..2027-01-31")) == "15/12/2026 – 31/01/2027"


def test_year_range_is_giai_doan():
    t = parse_time("2021..2025")
    assert (t.start, t.end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert t.vi() == "giai đoạn 2021 – 2025"
    assert vi_short(t) == "2021 – 2025"  # a table cell: en dash


@pytest.mark.parametrize(
    "text",
    [
        "ongoing",
        "thường xuyên",
        " Thường xuyên ",
        "ONGOING",
        unicodedata.normalize("NFD", "thường xuyên"),
    ],
)
def test_ongoing(text):
    t = parse_time(text)
    assert (t.kind, t.start, t.end, t.deadline, t.text) == ("ongoing", None, None, None, "ongoing")
    assert t.vi() == "thường xuyên"
    assert vi_short(t) == "Thường xuyên"


def test_date_objects_and_whitespace():
    assert parse_time(date(2021, 6, 30)) == parse_time(" 2021-06-30\n")
    assert parse_time(datetime(2021, 6, 30, 8, 0)).kind == "date"
    assert parse_date("2021-06-30") == date(2021, 6, 30)
    assert parse_date(date(2021, 6, 30)) == date(2021, 6, 30)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2021-02-30", "Ngày không có thật: 2021-02-30"),
        ("2021-13", "Tháng không có thật: 2021-13"),
        ("2021-00", "Tháng không có thật: 2021-00"),
        ("2021-Q5", "Quý không có thật"),
        ("2021-H3", "Nửa năm chỉ có H1 hoặc H2"),
        ("2021-Q3..2021-03", "Khoảng thời gian ngược: 2021-Q3..2021-03"),
        ("2021..2022..2023", "Không được lồng khoảng thời gian"),
        ("1899", "Năm ngoài phạm vi 1900–2200"),
        (2201, "Năm ngoài phạm vi 1900–2200"),
        ("2021-6", "Định dạng thời gian không hợp lệ"),
        ("30/6/2021", "Định dạng thời gian không hợp lệ"),
        ("..2021", "Định dạng thời gian không hợp lệ"),
        ("ongoing..2021", "không được dùng 'thường xuyên'"),
        ("", "Thời gian đang để trống"),
        (None, "Thiếu hoặc sai kiểu thời gian"),
        (True, "Thiếu hoặc sai kiểu thời gian"),
        (2021.0, "Thiếu hoặc sai kiểu thời gian"),
    ],
)
def test_errors(value, message):
    with pytest.raises(TimeError, match=message.replace(".", r"\.")):
        parse_time(value)


def test_parse_date_rejects_other_kinds():
    with pytest.raises(TimeError, match="YYYY-MM-DD"):
        parse_date("2021-06")
    with pytest.raises(TimeError, match="Ngày không có thật"):
        parse_date("2023-02-29")
    assert parse_date("2024-02-29") == date(2024, 2, 29)


def test_contains():
    year, q2, june = parse_time(2021), parse_time("2021-Q2"), parse_time("2021-06-30")
    assert year.contains(q2) and q2.contains(june) and year.contains(june)
    assert not q2.contains(year)
    assert not q2.contains(parse_time("2021-07-01"))
    assert parse_time("ongoing").contains(year)
    assert not year.contains(parse_time("ongoing"))
    assert parse_time("2021..2025").contains(parse_time("2023-H2"))


def test_parse_period():
    p = parse_period({"from": "2021-03", "to": "2021-Q3"})
    assert p == parse_time("2021-03..2021-Q3")
    assert p.kind == "range"
    assert parse_period({"from": 2021, "to": 2025}).vi() == "giai đoạn 2021 – 2025"
    assert parse_period("2021..2025") == parse_time("2021..2025")
    assert parse_period(2021) == parse_time(2021)
    assert parse_period({"from": 2021, "to": 2021}) == parse_time(2021)
    for bad, msg in [
        ({"from": 2021}, "thiếu mốc 'to'"),
        ({"from": 2021, "to": 2025, "den": 1}, "khóa không hợp lệ"),
        ({"from": "2021..2022", "to": 2025}, "phải là một thời điểm"),
        ({"from": 2025, "to": 2021}, "Khoảng thời gian ngược"),
        ("thường xuyên", "mốc cụ thể"),
    ]:
        with pytest.raises(TimeError, match=msg):
            parse_period(bad)


def test_str_and_hashable():
    t = parse_time("2021-Q2")
    assert str(t) == "2021-Q2"
    assert len({t, parse_time("2021-q2")}) == 1
    assert TimeExpr("year", date(2021, 1, 1), date(2021, 12, 31), "2021") == parse_time(2021)


# -- properties --------------------------------------------------------------


@given(atoms)
def test_window_contains_deadline_and_round_trips(value):
    t = parse_time(value)
    assert t.start is not None and t.end is not None
    assert t.start <= t.end
    assert t.deadline == t.end
    assert t.contains(parse_time(t.end))
    assert t.contains(parse_time(t.start))
    assert t.contains(t)
    assert parse_time(t.text) == t
    assert unicodedata.is_normalized("NFC", t.vi())
    assert unicodedata.is_normalized("NFC", vi_short(t))


@given(atoms, atoms)
def test_ranges(a, b):
    ta, tb = parse_time(a), parse_time(b)
    text = f"{ta.text}..{tb.text}"
    if ta.start > tb.end:
        with pytest.raises(TimeError, match="Khoảng thời gian ngược"):
            parse_time(text)
        return
    t = parse_time(text)
    assert (t.kind, t.start, t.end) == ("range", ta.start, tb.end)
    assert parse_time(t.text) == t
    assert t.vi() and vi_short(t)


@given(years, st.integers(1, 4))
def test_quarter_is_three_months(y, q):
    t = parse_time(f"{y}-Q{q}")
    assert t.start.day == 1 and t.start.month == 3 * q - 2
    assert (t.end + timedelta(days=1)).day == 1
    months_spanned = (t.end.year - t.start.year) * 12 + t.end.month - t.start.month + 1
    assert months_spanned == 3
    assert 90 <= (t.end - t.start).days + 1 <= 92


@given(years, st.integers(1, 12), st.integers(29, 31))
def test_impossible_days_raise(y, m, d):
    text = f"{y:04d}-{m:02d}-{d:02d}"
    try:
        date(y, m, d)
    except ValueError:
        with pytest.raises(TimeError, match="Ngày không có thật"):
            parse_time(text)
    else:
        assert parse_time(text).start == date(y, m, d)


@given(years, st.integers(13, 99) | st.just(0), st.integers(0, 99))
def test_impossible_months_raise(y, m, d):
    with pytest.raises(TimeError):
        parse_time(f"{y:04d}-{m:02d}-{d:02d}")
    with pytest.raises(TimeError, match="Tháng không có thật"):
        parse_time(f"{y:04d}-{m:02d}")


@given(st.text() | st.from_regex(r"[0-9Qq\-H.\s]{0,14}", fullmatch=True))
def test_garbage_only_raises_time_error(s):
    try:
        t = parse_time(s)
    except TimeError as e:
        assert str(e)
    else:
        assert parse_time(t.text) == t


@given(
    st.floats()
    | st.none()
    | st.booleans()
    | st.lists(st.integers())
    | st.dictionaries(st.text(), st.text())
)
def test_values_that_are_not_times_raise_time_error(value):
    with pytest.raises(TimeError):
        parse_time(value)


@given(st.integers())
def test_integers_are_years_within_range(value):
    if MIN_YEAR <= value <= MAX_YEAR:
        t = parse_time(value)
        assert t.kind == "year" and t.text == f"{value:04d}" and t.start == date(value, 1, 1)
    else:
        with pytest.raises(TimeError, match="Năm ngoài phạm vi"):
            parse_time(value)
