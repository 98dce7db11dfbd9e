"""The Số line in all its real forms."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.numbers import read_number_line, split_symbol


@pytest.mark.parametrize(
    ("line", "number", "sep", "symbol"),
    [
        ("Số: 45-KH/TĐTN-VP", 45, "-", "KH/TĐTN-VP"),
        ("Số: 112 - KH/TWĐTN-CTTN", 112, "-", "KH/TWĐTN-CTTN"),
        ("Số: 05/KH-SKHCN", 5, "/", "KH-SKHCN"),
        ("Số:    /KH-…", None, "/", "KH-…"),
        ("Số: …-KH/TĐTN-TNNTCN&ĐT", None, "-", "KH/TĐTN-TNNTCN&ĐT"),
        ("Số 225-KH/TU", 225, "-", "KH/TU"),
        ("Số: 12/KHLT-TĐTN-SKHCN", 12, "/", "KHLT-TĐTN-SKHCN"),
    ],
)
def test_number_lines(line, number, sep, symbol):
    got = read_number_line(line)
    assert got is not None
    assert (got.number, got.sep, got.symbol) == (number, sep, symbol)


@pytest.mark.parametrize("line", ["Số lượng: 120 người", "Sở Khoa học và Công nghệ", "Số liệu"])
def test_not_number_lines(line):
    assert read_number_line(line) is None


def test_symbol_parts():
    doan = split_symbol("KH/TWĐTN-CTTN", True, 1)
    assert (doan.type_code, doan.codes, doan.unit) == ("KH", ["TWĐTN"], "CTTN")
    state = split_symbol("KHLT-TĐTN-SKHCN", False, 2)
    assert (state.type_code, state.codes, state.unit) == ("KHLT", ["TĐTN", "SKHCN"], "")
    assert split_symbol("KH-…", False, 1) is None
