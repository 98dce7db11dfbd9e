"""``occurrences`` keeps its answers per calendar (``WorkCalendar.occurrences``): the same schedule
over the same period recurs in document after document. A kept answer must be the one worked out
afresh, for every item and period, whatever was asked before on the same calendar."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.calendar_vn import WorkCalendar
from kehoach.model.schedule import _occurrences, occurrences
from kehoach.timeexpr import parse_time

# values that read alike but are not the same (True == 1, 1.0 == 1, None written or left out)
VALUE = st.sampled_from([None, 0, 1, 2, 3, 12, True, 1.0, "1", -1, 31])
ITEM = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["meeting", "interim", "final", "plan", None]),
        "every": st.sampled_from(["month", "quarter", "half", "year", "week", None]),
        "time": st.sampled_from(["2024-Q2", "2024-09-02", "2025", None, 7, "sai"]),
        "month": VALUE,
        "day": VALUE,
        "start": st.sampled_from([None, 2023, 2024, True]),
        "until": st.sampled_from([None, 2024, 2025]),
        "year_offset": st.sampled_from([None, -1, 0, 1, True]),
    },
)
PERIOD = st.sampled_from([None, "2024", "2023..2025", "2024-H2", "2024-09"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(ITEM, PERIOD), min_size=1, max_size=12))
def test_a_kept_answer_is_the_one_worked_out_afresh(asked):
    cal = WorkCalendar(days_off=[date(2024, 9, 3)])
    for item, period_text in asked:
        period = parse_time(period_text) if period_text else None
        assert occurrences(item, period, cal) == _occurrences(item, period, cal), (item, period)


def test_the_same_schedule_over_the_same_period_is_worked_out_once():
    cal = WorkCalendar()
    period = parse_time("2024")
    first = occurrences({"kind": "meeting", "every": "quarter"}, period, cal)
    again = occurrences({"every": "quarter", "kind": "meeting", "note": "khác"}, period, cal)
    assert again == first and len(first) == 4
    assert all(a is b for a, b in zip(first, again, strict=True))  # shared, not made again
    assert len(cal.occurrences) == 1


def test_values_equal_to_an_integer_are_not_taken_for_it():
    cal = WorkCalendar()
    period = parse_time("2024")
    by_number = occurrences({"kind": "meeting", "every": "year", "month": 1}, period, cal)
    by_bool = occurrences({"kind": "meeting", "every": "year", "month": True}, period, cal)
    assert by_number[0].date.month == 1
    assert by_bool[0].date.month == 12  # True is not a month: the default, the last one
    written = occurrences({"kind": "final", "time": None}, period, cal)
    left_out = occurrences({"kind": "final"}, period, cal)
    assert written == [] and len(left_out) == 1
