"""Cell values as Excel and LibreOffice store them after an edit, read by ``update``: booleans
(``TRUE`` typed in a cell; LibreOffice saves ``=TRUE()``), dates kept as text because the
computer's language writes dates otherwise (``20/9/26`` with a two-digit year; ``12/31/2026`` in
the US order, refused with the date it probably means, never read as another one), amounts grouped
with no-break spaces."""

from __future__ import annotations

from datetime import datetime

import pytest

from kehoach.sheet.cells import CellError, read_date, read_money, read_status, read_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20/9/26", "2026-09-20"),
        ("20/09/26", "2026-09-20"),
        ("20.9.26", "2026-09-20"),
        ("20-9-26", "2026-09-20"),
        ("1/1/00", "2000-01-01"),
        ("31/12/29", "2029-12-31"),  # Excel's pivot: 00–29 are 2000–2029
        ("20/09/2026 00:00:00", "2026-09-20"),  # a date turned into text with its time
        ("20/9/2026 8:30", "2026-09-20"),
        ("5/6/2026", "2026-06-05"),  # both orders are dates: the sheet's, day/month/year
        (datetime(2026, 12, 31), "2026-12-31"),  # m/d/yyyy on screen, a real date: fine
        (datetime(2026, 12, 31, 14, 5), "2026-12-31"),
        (46387, "2026-12-31"),  # its serial, the cell's format changed to a number
    ],
)
def test_dates_as_stored(value, expected):
    assert read_date(value) == expected


@pytest.mark.parametrize(
    ("text", "meant"),
    [("12/31/2026", "31/12/2026"), ("12/31/26", "31/12/2026"), ("2/29/2028", "29/2/2028")],
)
def test_a_us_date_kept_as_text_is_refused_with_the_date_it_means(text, meant):
    with pytest.raises(CellError) as caught:
        read_date(text)
    message = str(caught.value)
    assert f'ngày "{text}" viết theo kiểu tháng/ngày/năm' in message
    assert f"ghi {meant}" in message


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("31/12/45", "31/12/1945: năm ngoài 2000–2100"),  # 30–99 are 19yy, as Excel reads them
        ("13/13/2026", '"13/13/2026"'),
        ("2/30/2026", '"2/30/2026"'),  # no 30 February either way
        (True, "ô ghi TRUE"),
    ],
)
def test_dates_that_are_no_dates(value, why):
    with pytest.raises(CellError, match="ngày không hợp lệ") as caught:
        read_date(value)
    assert why in str(caught.value)


def test_booleans_read_as_the_spreadsheet_shows_them():
    assert read_text(True) == "TRUE" and read_text(False) == "FALSE"
    assert read_text("True") == "True"  # text typed as such stays as typed
    with pytest.raises(CellError, match='trạng thái "TRUE" không hợp lệ'):
        read_status(True)
    with pytest.raises(CellError, match=r"số tiền không hợp lệ \(ô ghi FALSE"):
        read_money(False)


def test_amounts_grouped_with_no_break_spaces():
    assert read_money("19\u00a0500\u00a0000") == 19500000
    assert read_money("19\u202f500\u202f000 đ") == 19500000
