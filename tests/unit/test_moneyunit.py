"""An amount written in the unit of its column's header (``moneyunit``) reads back as the same
amount (``import``'s ``read_money`` with that unit): what ``render`` prints under 'Kinh phí
(triệu đồng)' is what ``import`` reads from it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.exchange.importer.money import read_money
from kehoach.moneyunit import in_unit, says_dong, unit_of_header


@pytest.mark.parametrize(
    ("header", "unit", "bare"),
    [
        ("Kinh phí (triệu đồng)", 10**6, True),
        ("Kinh phí (1.000đ)", 10**3, True),
        ("Dự toán (nghìn đồng)", 10**3, True),
        ("Kinh phí (tỷ đồng)", 10**9, True),
        ("Kinh phí (đồng)", 1, True),
        ("Số tiền (VNĐ)", 1, True),
        ("Kinh phí", 1, False),
    ],
)
def test_the_unit_a_header_says(header, unit, bare):
    assert unit_of_header(header) == unit and says_dong(header) is bare


@pytest.mark.parametrize(
    ("amount", "unit", "text"),
    [
        (50_000_000, 10**6, "50"),
        (2_500_000, 10**6, "2,5"),
        (1_250_000_000, 10**6, "1.250"),
        (15_250_000, 10**6, "15,25"),
        (1_500, 10**3, "1,5"),
        (120_000_000, 1, "120.000.000"),
    ],
)
def test_an_amount_in_a_unit(amount, unit, text):
    assert in_unit(amount, unit) == text


@given(st.integers(min_value=0, max_value=10**13), st.sampled_from([1, 10**3, 10**6, 10**9]))
def test_printed_in_a_unit_reads_back(amount, unit):
    assert read_money(in_unit(amount, unit), unit).value == amount
