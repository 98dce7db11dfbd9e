"""Money phrases → whole đồng."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.exchange.importer.money import (
    in_words,
    read_money,
    unit_line,
    unit_of_header,
    words_agree,
)
from kehoach.viet import money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15.000.000 đ", 15_000_000),
        ("15.000.000đ", 15_000_000),
        ("15.000.000 đồng", 15_000_000),
        ("50.000.000 VNĐ", 50_000_000),
        ("40 triệu", 40_000_000),
        ("40 triệu đồng", 40_000_000),
        ("1,5 tỷ", 1_500_000_000),
        ("2 tỷ 500 triệu", 2_500_000_000),
        ("2.500 triệu", 2_500_000_000),
        ("15,000,000", 15_000_000),
        ("5.000.000", 5_000_000),
        ("15tr", 15_000_000),
    ],
)
def test_amounts(text, value):
    assert read_money(text).value == value


def test_words_around_the_amount_are_kept():
    got = read_money("15.000.000 đ (ngân sách tỉnh)")
    assert got.value == 15_000_000 and got.rest == "(ngân sách tỉnh)"


@pytest.mark.parametrize("text", ["Ngân sách tỉnh", "Xã hội hóa", "", "—"])
def test_no_amount(text):
    assert read_money(text).value is None


def test_column_unit():
    assert unit_of_header("Kinh phí (triệu đồng)") == 1_000_000
    assert unit_of_header("Kinh phí (nghìn đồng)") == 1_000
    assert unit_of_header("Kinh phí (đồng)") == 1
    # the unit written as an amount: budgets 1,000 times too small before, silently
    assert unit_of_header("Kinh phí (1.000đ)") == 1_000
    assert unit_of_header("Kinh phí\n(1.000 đồng)") == 1_000
    assert unit_of_header("Kinh phí (1000 đ)") == 1_000
    assert unit_of_header("Kinh phí (1.000.000 đồng)") == 1_000_000
    assert unit_of_header("Kinh phí (VNĐ)") == 1
    # a line above the table
    assert unit_line("Đơn vị tính: nghìn đồng") == 1_000
    assert unit_line("(ĐVT: triệu đồng)") == 1_000_000
    assert unit_line("Đơn vị tính: đồng") is None
    assert unit_line("Kinh phí: 1.000 đồng mỗi người") is None
    assert read_money("15", unit_of_header("Kinh phí (triệu đồng)")).value == 15_000_000
    assert read_money("15,5", 1_000_000).value == 15_500_000


@given(st.integers(0, 10**12))
def test_what_kehoach_prints_reads_back(n):
    assert read_money(money(n)).value == n
    assert read_money(f"{money(n)} đồng").value == n


@pytest.mark.parametrize(
    ("text", "agree"),
    [
        ("50.000.000 đồng (Năm mươi triệu đồng).", True),
        ("20.000.000 đ (Bằng chữ: Hai mươi triệu đồng)", True),
        ("1.005.000 đồng (Một triệu không trăm lẻ năm ngàn đồng)", True),
        ("50.000.000 đồng (Năm triệu đồng)", False),  # the words say otherwise
        ("15.000.000 đ (ngân sách tỉnh)", False),  # not the amount in words: kept
        ("50.000.000 đồng (Bằng chữ: Năm mươi triệu đồng chẵn)", True),
        ("50.000.000 đồng (Bằng chữ: Năm mươi triệu đồng chẵn./.)", True),
        ("50.000.000 đồng (Năm mươi triệu đồng chẵn.)", True),
        ("50.000.000 đồng. Bằng chữ: Năm mươi triệu đồng chẵn.", True),  # no brackets
        ("50.000.000 đồng Năm mươi triệu đồng", False),  # neither brackets nor 'Bằng chữ'
        ("50.000.000 đồng (Bằng chữ: Năm triệu đồng chẵn)", False),
    ],
)
def test_an_amount_said_again_in_words(text, agree):
    got = read_money(text)
    assert got.value is not None and words_agree(got.value, got.rest) is agree


@pytest.mark.parametrize(
    ("text", "even"),
    [
        ("(Bằng chữ: Năm mươi triệu đồng chẵn)", True),
        ("(Năm mươi triệu đồng Chẵn./.)", True),
        ("Bằng chữ: Năm mươi triệu đồng chẵn.", True),
        ("(Bằng chữ: Năm mươi triệu đồng)", False),
    ],
)
def test_words_that_say_chan(text, even):
    said = in_words(50_000_000, text)
    assert said is not None and said.even is even
    assert in_words(40_000_000, text) is None  # another amount
