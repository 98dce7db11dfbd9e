"""Times typed in Word as offices type them and read as a span or a month for ``due``, with the
document's words kept for the print: two months apart joined by 'và' or ';' (before, only a comma
was understood: 'Tháng 4/2027 và tháng 11/2027' had no time, the activity no deadline), a day left
blank for the signer ('ngày … tháng 3 năm 2027', before: no time), a remark in brackets."""

from __future__ import annotations

import pytest

from . import wordmake as wm
from .test_word_contents import _plan


@pytest.mark.parametrize(
    "typed, time",
    [
        ("Tháng 4/2023 và tháng 11/2023", "2023-04..2023-11"),
        ("Quý II và quý IV/2023", "2023-Q2..2023-Q4"),
        ("Tháng 3/2023; tháng 9/2023", "2023-03..2023-09"),
        ("Quý II/2023 (tháng 5)", "2023-Q2"),
    ],
)
def test_the_time_is_read_and_the_words_kept(word_repo, import_word, typed, time):
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Sơ kết chuyên đề", "Thành Đoàn", typed],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    [act] = got.data["contents"]["activities"]
    assert act["time"] == time
    assert act["details"] == [f"Thời gian: {typed}"]


def test_a_blank_day_is_the_month_with_a_todo(word_repo, import_word):
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Sơ kết chuyên đề", "Thành Đoàn", "ngày … tháng 3 năm 2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    [act] = got.data["contents"]["activities"]
    assert act["time"] == "2023-03" and "details" not in act
    assert 'văn bản ghi "ngày … tháng 3 năm 2023"' in got.text, got.text


@pytest.mark.parametrize(
    "typed, time",
    [
        ("Quý I, II/2023", "2023-Q1..2023-Q2"),  # two quarters listed: no range printed
        ("Quý I/2023 - Quý II/2023", "2023-Q1..2023-Q2"),
        ("Tháng 7, 8/2023", "2023-07..2023-08"),
        ("Ngày 01/4/2023", "2023-04-01"),
        ("Tháng 04/2023", "2023-04"),
        ("Tháng 5 năm 2023", "2023-05"),
        ("Quý 2/2023", "2023-Q2"),
        ("6 tháng đầu năm", "2023-H1"),
        ("Từ tháng 6 đến tháng 12/2023", "2023-06..2023-12"),
    ],
)
def test_a_time_kehoach_prints_otherwise_keeps_the_typed_words(word_repo, import_word, typed, time):
    """kehoach prints these times its own way ('Quý I – II/2023', 'Tháng 2/2023', '6 tháng đầu
    năm 2023'): the draft keeps the typed words, with a TODO — before, they were reworded
    silently, 'Quý I, II' (a list) printed as a range."""
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Sơ kết chuyên đề", "Thành Đoàn", typed],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    [act] = got.data["contents"]["activities"]
    assert act["time"] == time
    assert act["details"] == [f"Thời gian: {typed}"]
    assert "bản in giữ chữ này" in got.text


@pytest.mark.parametrize("typed", ["Tháng 3/2023", "Quý II/2023", "26/3/2023", "Tháng 3-4/2023"])
def test_a_time_printed_as_typed_needs_no_words_kept(word_repo, import_word, typed):
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Sơ kết chuyên đề", "Thành Đoàn", typed],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    [act] = got.data["contents"]["activities"]
    assert "details" not in act
