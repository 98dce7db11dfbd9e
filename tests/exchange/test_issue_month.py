"""A draft dated without its day, 'ngày … tháng 3 năm 2027' (the day left for the signer): the
month is kept (``month: 2027-03``) and printed back ('ngày      tháng 3 năm 2027'); before, the
draft printed 'ngày      tháng      năm 2027' and the month was lost."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.header import read_date_line

from . import wordmake as wm
from .samples import STATE_RIGHT
from .test_reprint import reprinted_words

LEFT = [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("________", False)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hà Nội, ngày    tháng 3 năm 2027", ("Hà Nội", None, 2027, 3)),
        ("Hà Nội, ngày … tháng 11 năm 2027", ("Hà Nội", None, 2027, 11)),
        ("ngày ___ tháng 02 năm 2027", ("", None, 2027, 2)),
        ("Hà Nội, ngày    tháng    năm 2027", ("Hà Nội", None, 2027, None)),
        ("Hà Nội, ngày 15 tháng 3 năm 2027", ("Hà Nội", "2027-03-15", 2027, None)),
        ("Hà Nội, ngày    tháng 13 năm 2027", ("Hà Nội", None, 2027, None)),
    ],
)
def test_the_month_of_a_date_line_without_its_day(line, expected):
    assert read_date_line(line) == expected


def test_an_undated_draft_keeps_its_month(word_repo, import_word, tmp_path):
    d = wm.new()
    wm.header_table(d, LEFT, STATE_RIGHT, "Số:      /KH-SKHCN", "Hà Nội, ngày    tháng 3 năm 2027")
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2027", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert got.data["month"] == "2027-03" and "date" not in got.data
    words = " ".join(reprinted_words(got, word_repo, tmp_path))
    assert "hà nội ngày tháng 3 năm 2027" in words
