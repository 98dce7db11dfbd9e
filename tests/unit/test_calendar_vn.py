import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.calendar_vn import WorkCalendar
from kehoach.vocab import date_text as fmt_date

CAL = WorkCalendar()


def span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# Official days off for civil servants (Mon–Fri working week), from the
# government announcements; every listed block is off in full, and the
# working days right before/after are working days.
OFFICIAL_BLOCKS = [
    (date(2025, 1, 1), date(2025, 1, 1)),    # Tết Dương lịch
    (date(2025, 1, 25), date(2025, 2, 2)),   # Tết Ất Tỵ, 9 days
    (date(2025, 4, 5), date(2025, 4, 7)),    # Giỗ Tổ 7/4 (Mon)
    (date(2025, 4, 30), date(2025, 5, 4)),   # 30/4, 1/5, 2/5 swapped with Sat 26/4
    (date(2025, 8, 30), date(2025, 9, 2)),   # Quốc khánh
    (date(2026, 1, 1), date(2026, 1, 4)),    # Tết Dương lịch, 2/1 swapped with Sat 10/1
    (date(2026, 2, 14), date(2026, 2, 22)),  # Tết Bính Ngọ, 9 days
    (date(2026, 4, 25), date(2026, 4, 27)),  # Giỗ Tổ 26/4 (Sun) observed Mon 27/4
    (date(2026, 4, 30), date(2026, 5, 3)),   # 30/4 (Thu), 1/5 (Fri)
    (date(2026, 8, 29), date(2026, 9, 2)),   # Quốc khánh 1/9–2/9, 31/8 swapped with Sat 22/8
]  # fmt: skip
MAKE_UP_SATURDAYS = [date(2025, 4, 26), date(2026, 1, 10), date(2026, 8, 22)]


@pytest.mark.parametrize(("first", "last"), OFFICIAL_BLOCKS)
def test_official_blocks(first, last):
    assert all(CAL.is_day_off(d) for d in span(first, last))
    assert not CAL.is_day_off(first - timedelta(days=1))
    assert not CAL.is_day_off(last + timedelta(days=1))


@pytest.mark.parametrize("d", MAKE_UP_SATURDAYS)
def test_make_up_saturdays_are_working_days(d):
    assert d.weekday() == 5
    assert not CAL.is_day_off(d)
    assert CAL.shift(d) == (d, None)


def test_day_off_counts_per_year():
    # Weekdays off: 2025 = 1 + 5 + 1 + 3 + 2; 2026 = 2 + 5 + 1 + 2 + 3 (24/11 is opt-in).
    for year, expected in ((2025, 12), (2026, 13)):
        weekdays_off = [
            d
            for d in span(date(year, 1, 1), date(year, 12, 31))
            if d.weekday() < 5 and CAL.is_day_off(d)
        ]
        assert len(weekdays_off) == expected, weekdays_off


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (date(2025, 1, 1), "Tết Dương lịch"),
        (date(2025, 1, 29), "Tết Nguyên đán"),
        (date(2026, 2, 17), "Tết Nguyên đán"),
        (date(2025, 4, 7), "Giỗ Tổ Hùng Vương"),
        (date(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
        (date(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"),
        (date(2025, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        (date(2026, 5, 1), "Ngày Quốc tế Lao động"),
        (date(2025, 9, 2), "Quốc khánh"),
        (date(2026, 9, 1), "Quốc khánh"),
        (date(2025, 5, 2), "Nghỉ bù (hoán đổi, làm bù ngày 26/4/2025)"),
        (date(2026, 1, 2), "Nghỉ bù Tết Dương lịch (hoán đổi, làm bù ngày 10/01/2026)"),
        (date(2026, 3, 2), None),
        (date(2026, 3, 7), None),  # plain Saturday
    ],
)
def test_holiday_name(d, name):
    got = CAL.holiday_name(d)
    assert got == name
    if got:
        assert unicodedata.is_normalized("NFC", got)


def test_extra_days_off_and_working_days():
    cal = WorkCalendar(
        days_off=[date(2026, 3, 2)], working_days=[date(2026, 3, 7), date(2026, 5, 1)]
    )
    assert cal.is_day_off(date(2026, 3, 2))
    assert cal.holiday_name(date(2026, 3, 2)) == "ngày nghỉ theo lịch làm việc của cơ quan"
    assert not cal.is_day_off(date(2026, 3, 7))
    assert not cal.is_day_off(date(2026, 5, 1))
    assert cal.holiday_name(date(2026, 5, 1)) is None
    assert cal.previous_working_day(date(2026, 3, 3)) == date(2026, 3, 3)
    assert cal.previous_working_day(date(2026, 3, 2)) == date(2026, 2, 27)


def test_previous_working_day_over_long_holidays():
    assert CAL.previous_working_day(date(2025, 2, 2)) == date(2025, 1, 24)
    assert CAL.previous_working_day(date(2026, 2, 20)) == date(2026, 2, 13)
    assert CAL.previous_working_day(date(2026, 1, 4)) == date(2025, 12, 31)
    assert CAL.previous_working_day(date(2026, 5, 3)) == date(2026, 4, 29)
    assert CAL.previous_working_day(date(2026, 9, 2)) == date(2026, 8, 28)
    assert CAL.previous_working_day(date(2026, 3, 4)) == date(2026, 3, 4)


def test_shift():
    assert CAL.shift(date(2026, 5, 1)) == (
        date(2026, 4, 29),
        "Lùi từ 01/5/2026 (Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao "
        "động 30/4–03/5/2026) về ngày làm việc 29/4/2026",
    )
    assert CAL.shift(date(2026, 3, 8)) == (
        date(2026, 3, 6),
        "Lùi từ 08/3/2026 (Chủ nhật) về ngày làm việc 06/3/2026",
    )
    assert CAL.shift(date(2026, 3, 5)) == (date(2026, 3, 5), None)


def test_fmt_date():
    assert fmt_date(date(2026, 5, 1)) == "01/5/2026"
    assert fmt_date(date(2026, 2, 14)) == "14/02/2026"
    assert fmt_date(date(2026, 12, 25)) == "25/12/2026"


def test_no_working_day_found():
    year = span(date(2030, 1, 1), date(2031, 12, 31))
    with pytest.raises(ValueError, match="Không tìm thấy ngày làm việc"):
        WorkCalendar(days_off=year).previous_working_day(date(2031, 12, 31))


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
    st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)), max_size=20),
)
def test_previous_working_day_properties(d, extra):
    cal = WorkCalendar(days_off=extra)
    p = cal.previous_working_day(d)
    assert p <= d
    assert not cal.is_day_off(p)
    assert all(cal.is_day_off(x) for x in span(p + timedelta(days=1), d))
    moved, reason = cal.shift(d)
    assert moved == p
    assert (reason is None) == (p == d)


def test_culture_day_is_opt_in():
    """24/11 (Ngày Văn hóa Việt Nam) is a policy awaiting the Labour Code amendment: a working day
    unless the repository lists it in ``days_off``, where it gets its name."""
    d = date(2026, 11, 24)
    assert not CAL.is_day_off(d) and CAL.holiday_name(d) is None
    opted = WorkCalendar(days_off=[d])
    assert opted.is_day_off(d)
    assert opted.holiday_name(d) == "Ngày Văn hóa Việt Nam"
    assert opted.shift(d) == (
        date(2026, 11, 23),
        "Lùi từ 24/11/2026 (Ngày Văn hóa Việt Nam 24/11/2026) về ngày làm việc 23/11/2026",
    )


@pytest.mark.parametrize("monday", [date(2029, 11, 26), date(2030, 11, 25), date(2035, 11, 26)])
def test_the_day_observed_for_the_culture_day_is_a_working_day_too(monday):
    """24/11 on a weekend: ``holidays`` lists the Monday after as its day off in lieu ('Nghỉ bù
    Ngày Văn hóa Việt Nam'). Opt-in as 24/11 itself: a working day here (before: a meeting on
    26/11/2029 was moved to 23/11 and printed so in the program)."""
    assert monday.weekday() == 0
    assert not CAL.is_day_off(monday) and CAL.holiday_name(monday) is None
    assert CAL.shift(monday) == (monday, None)
    assert WorkCalendar(days_off=[monday]).is_day_off(monday)


@pytest.mark.parametrize(
    ("d", "reason"),
    [
        (date(2025, 2, 2), "Tết Nguyên đán 25/01–02/02/2025"),  # a Sunday inside Tết
        (date(2025, 1, 25), "Tết Nguyên đán 25/01–02/02/2025"),
        (date(2025, 9, 2), "Quốc khánh 30/8–02/9/2025"),
        (date(2026, 1, 3), "Tết Dương lịch 01/01–04/01/2026"),
        (date(2026, 3, 7), "thứ Bảy"),
        (date(2026, 3, 8), "Chủ nhật"),
    ],
)
def test_reason_names_the_whole_holiday(d, reason):
    assert CAL.reason(d) == reason


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)))
def test_span_is_the_whole_run_of_days_off(d):
    first, last = CAL.span(d)
    if not CAL.is_day_off(d):
        assert first == last == d
        return
    assert first <= d <= last
    assert all(CAL.is_day_off(x) for x in span(first, last))
    assert not CAL.is_day_off(first - timedelta(days=1))
    assert not CAL.is_day_off(last + timedelta(days=1))
    moved, note = CAL.shift(d)
    assert moved == first - timedelta(days=1) and note is not None and fmt_date(moved) in note


@pytest.mark.parametrize(
    ("d", "reason"),
    [
        # the office's own day off next to Tết Dương lịch 2026: said as its own, the holiday
        # keeps its name and dates; a deadline inside the holiday says both days it moves over
        (date(2025, 12, 31), "ngày nghỉ theo lịch làm việc của cơ quan 31/12/2025"),
        (
            date(2026, 1, 2),
            "Tết Dương lịch 01/01–04/01/2026 và ngày nghỉ theo lịch làm việc của cơ quan "
            "31/12/2025",
        ),
        # a Friday and a Monday the office takes off around a weekend
        (date(2026, 3, 8), "Chủ nhật và ngày nghỉ theo lịch làm việc của cơ quan 06/3/2026"),
        (date(2026, 3, 9), "ngày nghỉ theo lịch làm việc của cơ quan 06/3/2026, 09/3/2026"),
        (date(2026, 11, 24), "Ngày Văn hóa Việt Nam 24/11/2026"),  # opted in: named
    ],
)
def test_a_day_the_office_declares_off_is_said_as_such(d, reason):
    cal = WorkCalendar(days_off=[date(2025, 12, 31), date(2026, 3, 6), date(2026, 3, 9),
                                 date(2026, 11, 24)])  # fmt: skip
    assert cal.reason(d) == reason
    moved, note = cal.shift(d)
    assert note == f"Lùi từ {fmt_date(d)} ({reason}) về ngày làm việc {fmt_date(moved)}"
