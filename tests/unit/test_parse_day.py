"""The day options (``--today``, ``--from``, ``--to``, ``issue --date``): YYYY-MM-DD, or as
Vietnamese documents write a day, day first (``15/01/2024``); anything else a clear message."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.errors import KehoachError
from kehoach.today import parse_day

days = st.dates(date(1900, 1, 1), date(2200, 12, 31))


@given(days, st.sampled_from("/.-"), st.booleans())
def test_a_day_written_day_first_is_that_day(d, sep, padded):
    text = (
        f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
        if padded
        else f"{d.day}{sep}{d.month}{sep}{d.year}"
    )
    assert parse_day(text, "--date") == d
    assert parse_day(d.isoformat(), "--date") == d


@given(st.integers(1900, 2200), st.integers(1, 12), st.integers(1, 40))
def test_a_day_that_is_none_is_refused_with_the_option_named(year, month, day):
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    text = f"{day}/{month}/{year}"
    if real is not None:
        assert parse_day(text, "--date") == real
    else:
        with pytest.raises(KehoachError, match="Ngày không hợp lệ cho --date"):
            parse_day(text, "--date")


@pytest.mark.parametrize(
    "text", ["15/01/24", "2024/01/15", "15/01-2024", "1/2024", "ngày 15/01/2024"]
)
def test_other_shapes_are_refused(text):
    with pytest.raises(KehoachError, match="Ngày không hợp lệ cho --today"):
        parse_day(text, "--today")
