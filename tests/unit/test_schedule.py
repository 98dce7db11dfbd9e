"""Review schedules → occurrences: every recurrence kind, fixed times, plan per year, day-off
shifting with the Vietnamese calendar (2025 and 2026)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.calendar_vn import WorkCalendar
from kehoach.model.schedule import occurrences, plan_years, windows
from kehoach.timeexpr import parse_period, parse_time

CAL = WorkCalendar()
Y2023 = parse_time(2023)
P2021_2025 = parse_period({"from": 2021, "to": 2025})


def dates(item, period=Y2023, cal=None):
    return [o.date for o in occurrences(item, period, cal)]


def test_windows_cover_the_period():
    assert [w.text for w in windows(parse_time("2023-H2"), "quarter")] == ["2023-Q3", "2023-Q4"]
    assert [w.text for w in windows(parse_period("2021-11..2022-02"), "month")] == [
        "2021-11",
        "2021-12",
        "2022-01",
        "2022-02",
    ]
    assert [w.text for w in windows(P2021_2025, "year")] == ["2021", "2022", "2023", "2024", "2025"]
    assert [w.text for w in windows(parse_period("2022-05..2023-03"), "half")] == [
        "2022-H1",
        "2022-H2",
        "2023-H1",
    ]


def test_every_month_defaults_to_last_day():
    got = dates({"kind": "meeting", "every": "month"})
    assert len(got) == 12
    assert (
        got[0] == date(2023, 1, 31)
        and got[1] == date(2023, 2, 28)
        and got[-1] == date(2023, 12, 31)
    )


def test_every_quarter_default_last_month_last_day():
    assert dates({"kind": "meeting", "every": "quarter"}) == [
        date(2023, 3, 31),
        date(2023, 6, 30),
        date(2023, 9, 30),
        date(2023, 12, 31),
    ]


def test_every_quarter_with_month_and_day():
    assert dates({"kind": "meeting", "every": "quarter", "month": 1, "day": 15}) == [
        date(2023, 1, 15),
        date(2023, 4, 15),
        date(2023, 7, 15),
        date(2023, 10, 15),
    ]


def test_every_half_month_six():
    assert dates({"kind": "interim", "every": "half", "month": 6}) == [
        date(2023, 6, 30),
        date(2023, 12, 31),
    ]


def test_every_year_with_start_over_a_program_period():
    got = occurrences({"kind": "interim", "every": "year", "month": 12, "start": 2022}, P2021_2025)
    assert [o.date for o in got] == [date(y, 12, 31) for y in range(2022, 2026)]
    assert [o.key for o in got] == ["2022", "2023", "2024", "2025"]
    assert got[0].label == "năm 2022"


def test_day_is_clamped_to_month_end():
    assert dates({"kind": "meeting", "every": "quarter", "month": 2, "day": 31})[0] == date(
        2023, 2, 28
    )


def test_month_larger_than_window_is_clamped_to_its_last_month():
    assert dates({"kind": "meeting", "every": "quarter", "month": 5})[0] == date(2023, 3, 31)


def test_occurrences_outside_a_partial_period_are_dropped():
    got = dates(
        {"kind": "meeting", "every": "quarter", "month": 1}, parse_period("2023-02..2023-12")
    )
    assert got == [date(2023, 4, 30), date(2023, 7, 31), date(2023, 10, 31)]


def test_fixed_time_is_its_deadline():
    got = occurrences({"kind": "interim", "time": "2023-07"}, Y2023)
    assert [(o.date, o.key, o.label) for o in got] == [(date(2023, 7, 31), "", "")]
    assert dates({"kind": "final", "time": "2025-Q4"}, P2021_2025) == [date(2025, 12, 31)]


def test_final_without_time_is_the_end_of_the_period():
    assert dates({"kind": "final"}, P2021_2025) == [date(2025, 12, 31)]


def test_interim_without_time_or_recurrence_has_no_occurrence():
    assert dates({"kind": "interim"}) == []
    assert dates({"kind": "meeting", "every": "year"}, None) == []


def test_plan_per_year_with_offset():
    item = {"kind": "plan", "every": "year", "year_offset": -1, "month": 12, "start": 2022}
    got = plan_years(item, P2021_2025)
    assert [(o.year, o.date) for o in got] == [(y, date(y - 1, 12, 31)) for y in range(2022, 2026)]


def test_plan_per_year_defaults_to_end_of_january():
    got = occurrences({"kind": "plan", "every": "year"}, parse_period("2024..2025"))
    assert [(o.year, o.date, o.key) for o in got] == [
        (2024, date(2024, 1, 31), "2024"),
        (2025, date(2025, 1, 31), "2025"),
    ]


# -- moving off days off (2025 and 2026 official calendars) ------------------------------


@pytest.mark.parametrize(("item", "period", "scheduled", "moved", "reason"), [
    # Quarterly meeting on the 1st of the 2nd month: 1/5/2026 (Labour Day), 30/4 off too.
    ({"kind": "meeting", "every": "quarter", "month": 2, "day": 1}, "2026", date(2026, 5, 1),
     date(2026, 4, 29), "Ngày Quốc tế Lao động"),
    # 2/9/2025 (National Day); 1/9 off, 30–31/8 weekend → Friday 29/8.
    ({"kind": "meeting", "every": "quarter", "month": 3, "day": 2}, "2025", date(2025, 9, 2),
     date(2025, 8, 29), "Quốc khánh"),
    # Tết Bính Ngọ: 14–22/2/2026 off → Friday 13/2.
    ({"kind": "meeting", "every": "month", "day": 17}, "2026", date(2026, 2, 17),
     date(2026, 2, 13), "Tết Nguyên đán"),
    # Tết Ất Tỵ: 25/1–2/2/2025 off → Friday 24/1.
    ({"kind": "meeting", "every": "month", "day": 31}, "2025", date(2025, 1, 31),
     date(2025, 1, 24), "Tết Nguyên đán"),
    # Giỗ Tổ 2026 (Sunday 26/4) observed Monday 27/4 → Friday 24/4.
    ({"kind": "meeting", "every": "month", "day": 27}, "2026", date(2026, 4, 27),
     date(2026, 4, 24), "Giỗ Tổ Hùng Vương"),
    # 31/8/2026 swapped with Saturday 22/8 (worked); 29/8–2/9 off → Friday 28/8.
    ({"kind": "meeting", "every": "month", "day": 31}, "2026", date(2026, 8, 31),
     date(2026, 8, 28), "Quốc khánh 29/8–02/9/2026"),
])  # fmt: skip
def test_review_on_a_day_off_moves_to_previous_working_day(item, period, scheduled, moved, reason):
    got = {o.shifted_from or o.date: o for o in occurrences(item, parse_period(period), CAL)}
    occ = got[scheduled]
    assert occ.shifted_from == scheduled
    assert occ.date == moved
    assert CAL.is_working_day(occ.date)
    assert occ.shift_note and occ.shift_note.startswith("Lùi từ ")
    assert reason in occ.shift_reason


def test_working_day_is_not_moved():
    occ = occurrences(
        {"kind": "meeting", "every": "quarter", "month": 1, "day": 15}, parse_time(2026), CAL
    )
    assert (
        occ[0].date == date(2026, 1, 15)
        and occ[0].shifted_from is None
        and occ[0].shift_note is None
    )


def test_repository_days_off_and_working_days_are_honoured():
    item = {"kind": "meeting", "time": "2026-06-30"}  # a Tuesday
    local = WorkCalendar(days_off=[date(2026, 6, 30)])
    assert occurrences(item, None, local)[0].date == date(2026, 6, 29)
    saturday = {"kind": "meeting", "time": "2026-06-27"}
    assert occurrences(saturday, None, WorkCalendar(working_days=[date(2026, 6, 27)]))[
        0
    ].date == date(2026, 6, 27)


def test_plan_items_move_off_days_off_too():
    got = plan_years(
        {"kind": "plan", "every": "year", "year_offset": -1, "month": 12}, parse_time(2023), CAL
    )
    assert got[0].shifted_from == date(2022, 12, 31) and got[0].date == date(2022, 12, 30)


@settings(max_examples=60, deadline=None)
@given(
    every=st.sampled_from(["month", "quarter", "half", "year"]),
    month=st.one_of(st.none(), st.integers(1, 12)),
    day=st.one_of(st.none(), st.integers(1, 31)),
    first=st.integers(2020, 2027),
    length=st.integers(0, 3),
)
def test_occurrences_property(every, month, day, first, length):
    period = parse_period({"from": first, "to": first + length})
    item = {"kind": "meeting", "every": every}
    if month:
        item["month"] = month
    if day:
        item["day"] = day
    plain = occurrences(item, period)
    moved = occurrences(item, period, CAL)
    per_year = {"month": 12, "quarter": 4, "half": 2, "year": 1}[every]
    assert len(plain) == len(moved) == per_year * (length + 1)
    assert [o.date for o in plain] == sorted(o.date for o in plain)
    assert len({o.key for o in plain}) == len(plain)
    for p, m in zip(plain, moved, strict=True):
        assert period.start <= p.date <= period.end
        assert CAL.is_working_day(m.date)
        assert abs((p.date - m.date).days) < 15
        assert (m.shifted_from is None) == (m.date == p.date)
        window = parse_time(m.key)  # never moved out of its own month, quarter…
        assert window.start <= m.date <= window.end, (m, window)
        # back to the working day before unless that leaves the window, then on to the one after
        before = CAL.previous_working_day(p.date)
        assert m.date == (before if before >= window.start else CAL.next_working_day(p.date))


def test_until_stops_a_recurrence_before_the_final_review():
    from kehoach.model.schedule import occurrences as occ
    from kehoach.timeexpr import parse_period

    period = parse_period({"from": 2025, "to": 2029})
    yearly = occ({"kind": "interim", "every": "year", "month": 12, "until": 2028}, period)
    assert [o.date.year for o in yearly] == [2025, 2026, 2027, 2028]
    plans = occ({"kind": "plan", "every": "year", "start": 2026, "until": 2027}, period)
    assert [o.year for o in plans] == [2026, 2027]


def test_an_occurrence_behaves_as_the_frozen_dataclass_it_was():
    """``Occurrence`` is written out: equality, hash, text, immutability and copies as the
    dataclass it was (the calendar neither compared nor shown)."""
    import copy
    import dataclasses
    import itertools
    import pickle

    from kehoach.model.schedule import Occurrence

    @dataclasses.dataclass(frozen=True)
    class Reference:
        date: date
        key: str
        label: str
        shifted_from: date | None = None
        year: int | None = None
        calendar: WorkCalendar | None = dataclasses.field(default=None, compare=False, repr=False)

    other = WorkCalendar([date(2023, 5, 2)])
    args = [
        (date(2023, 5, 2), "2023-Q2", "quý II/2023"),
        (date(2023, 5, 2), "2023-Q2", "quý II/2023", None, None, CAL),
        (date(2023, 5, 2), "2023-Q2", "quý II/2023", date(2023, 5, 1), None, CAL),
        (date(2023, 5, 2), "2023-Q2", "quý II/2023", date(2023, 5, 1), None, other),
        (date(2023, 5, 2), "2023", "năm 2023", None, 2023),
        (date(2023, 5, 3), "", ""),
    ]
    pairs = [(Occurrence(*a), Reference(*a)) for a in args]
    for (o, r), (p, q) in itertools.product(pairs, pairs):
        assert (o == p, o != p, hash(o) == hash(p)) == (r == q, r != q, hash(r) == hash(q))
    for o, r in pairs:
        assert repr(o) == "Occurrence(" + repr(r).partition("Reference(")[2]
        assert (o.date, o.key, o.label, o.shifted_from, o.year, o.calendar) == dataclasses.astuple(
            r
        )[:5] + (r.calendar,)
        for again in (copy.copy(o), pickle.loads(pickle.dumps(o))):
            assert again == o and hash(again) == hash(o)
    assert Occurrence.__match_args__ == Reference.__match_args__  # type: ignore[attr-defined]
    moved = Occurrence(date(2025, 9, 1), "", "", date(2025, 9, 2), None, CAL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.key = "x"  # type: ignore[misc]
    assert moved.shift_reason is not None and moved.shift_note is not None  # cached on it
    assert "shift_reason" in vars(moved)


def test_a_meeting_on_a_holiday_at_the_start_of_its_month_moves_on_not_back():
    """A monthly meeting on the 1st: 01/01/2027 is New Year's Day; the working day before is in
    December 2026 — before the period, and not January's meeting. It moves on to Monday 04/01;
    1 May 2027 (Saturday, 30/4 a holiday, Monday 3/5 the day in lieu) to Tuesday 04/5. A day
    whose working day before stays in its month still moves back (deadline practice)."""
    from kehoach.calendar_vn import shift_note

    got = occurrences({"kind": "meeting", "every": "month", "day": 1}, parse_time(2027), CAL)
    assert got[0].date == date(2027, 1, 4) and got[0].shifted_from == date(2027, 1, 1)
    note = got[0].shift_note
    assert note.startswith("Dời từ 01/01/2027 (") and note.endswith("sang ngày làm việc 04/01/2027")
    assert got[4].date == date(2027, 5, 4) and got[4].shifted_from == date(2027, 5, 1)
    assert all(o.date.month == i for i, o in enumerate(got, 1))
    assert dates({"kind": "meeting", "every": "month", "day": 30}, parse_time("2027-05"), CAL) == [
        date(2027, 5, 28)  # Sunday 30/5: back to Friday, as before
    ]
    assert shift_note(date(2027, 5, 30), date(2027, 5, 28), "Chủ nhật").startswith("Lùi từ")
