import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach.viet import (
    amount_in_words,
    date_line,
    money,
    number_line,
    period_text,
    roman,
    symbol_text,
    upper,
)
from kehoach.vocab import NO_STATUS, REVIEW_KIND, date_text, label, status_text


def from_roman(s: str) -> int:
    """Independent Roman parser for the round-trip test."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


# -- date_line / date_text ----------------------------------------------------


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (date(2021, 2, 5), "Đồng Tháp, ngày 05 tháng 02 năm 2021"),
        (date(2021, 3, 15), "Đồng Tháp, ngày 15 tháng 3 năm 2021"),
        (date(2021, 12, 5), "Đồng Tháp, ngày 05 tháng 12 năm 2021"),
        (date(2021, 1, 31), "Đồng Tháp, ngày 31 tháng 01 năm 2021"),
        (date(2021, 10, 10), "Đồng Tháp, ngày 10 tháng 10 năm 2021"),
    ],
)
def test_date_line(d, expected):
    assert date_line("Đồng Tháp", d) == expected


def test_date_line_blank():
    assert date_line("Đồng Tháp", None) == "Đồng Tháp, ngày      tháng      năm 20…"
    assert date_line("Hà Nội", None, year=2026) == "Hà Nội, ngày      tháng      năm 2026"
    assert date_line("", date(2021, 3, 15)) == "ngày 15 tháng 3 năm 2021"
    nfd = unicodedata.normalize("NFD", "Đồng Tháp")
    assert date_line(nfd, None).startswith("Đồng Tháp,")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_date_line_padding_rule(d):
    m = re.fullmatch(r"Cần Thơ, ngày (\d+) tháng (\d+) năm (\d{4})", date_line("Cần Thơ", d))
    assert m
    day, month, year = m.groups()
    assert (int(day), int(month), int(year)) == (d.day, d.month, d.year)
    assert len(day) == 2
    assert len(month) == (2 if d.month in (1, 2) else len(str(d.month)))
    assert not month.startswith("0") or d.month in (1, 2)


def test_running_text_dates_follow_the_decree_padding():
    assert date_text(date(2021, 2, 5)) == "05/02/2021"
    assert date_text(date(2021, 3, 5)) == "05/3/2021"
    assert date_text(date(2021, 12, 25)) == "25/12/2021"


# -- roman / money -------------------------------------------------------------


def test_roman_examples():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 3999)] == [
        "I", "IV", "IX", "XIV", "XL", "XC", "CD", "MCMXCIV", "MMMCMXCIX",
    ]  # fmt: skip
    for bad in (0, -1, 4000):
        with pytest.raises(ValueError, match="Số La Mã"):
            roman(bad)
    with pytest.raises(TypeError):
        roman(True)


@given(st.integers(1, 3999))
def test_roman_round_trip(n):
    r = roman(n)
    assert from_roman(r) == n
    assert re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", r)


def test_money_examples():
    assert money(120000000) == "120.000.000"
    assert money(-1000) == "-1.000"
    assert money(0) == "0"
    assert money(999) == "999"
    assert money(1000) == "1.000"
    with pytest.raises(TypeError):
        money(1.5)


@given(st.integers(-(10**18), 10**18))
def test_money_round_trip(n):
    text = money(n)
    assert int(text.replace(".", "")) == n
    groups = text.lstrip("-").split(".")
    assert 1 <= len(groups[0]) <= 3 and not (len(groups) > 1 and groups[0].startswith("0"))
    assert all(len(g) == 3 for g in groups[1:])


# -- amount_in_words -------------------------------------------------------------

KNOWN = {
    0: "Không đồng",
    1: "Một đồng",
    10: "Mười đồng",
    11: "Mười một đồng",
    14: "Mười bốn đồng",
    15: "Mười lăm đồng",
    20: "Hai mươi đồng",
    21: "Hai mươi mốt đồng",
    24: "Hai mươi bốn đồng",
    25: "Hai mươi lăm đồng",
    55: "Năm mươi lăm đồng",
    101: "Một trăm linh một đồng",
    105: "Một trăm linh năm đồng",
    110: "Một trăm mười đồng",
    115: "Một trăm mười lăm đồng",
    1005: "Một nghìn không trăm linh năm đồng",
    1010: "Một nghìn không trăm mười đồng",
    1021: "Một nghìn không trăm hai mươi mốt đồng",
    10005: "Mười nghìn không trăm linh năm đồng",
    15000: "Mười lăm nghìn đồng",
    21000: "Hai mươi mốt nghìn đồng",
    1500000: "Một triệu năm trăm nghìn đồng",
    105000000: "Một trăm linh năm triệu đồng",
    120000000: "Một trăm hai mươi triệu đồng",
    1000000000: "Một tỷ đồng",
    1000001000: "Một tỷ không trăm linh một nghìn đồng",
    1005000000: "Một tỷ không trăm linh năm triệu đồng",
    2500000000: "Hai tỷ năm trăm triệu đồng",
    1000000000000: "Một nghìn tỷ đồng",
    1234567891011: (
        "Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu "
        "tám trăm chín mươi mốt nghìn không trăm mười một đồng"
    ),
}


@pytest.mark.parametrize(("n", "expected"), sorted(KNOWN.items()))
def test_amount_in_words_known(n, expected):
    assert amount_in_words(n) == expected


def test_amount_in_words_options():
    assert amount_in_words(105, filler="lẻ") == "Một trăm lẻ năm đồng"
    assert amount_in_words(-1000) == "Âm một nghìn đồng"
    assert amount_in_words(25, currency="") == "Hai mươi lăm"
    assert amount_in_words(1000, currency="USD") == "Một nghìn USD"
    with pytest.raises(ValueError):
        amount_in_words(5, filler="le")


group_numbers = st.lists(
    st.integers(0, 999) | st.sampled_from([0, 1, 5, 10, 14, 15, 21, 100, 105]),
    min_size=1,
    max_size=6,
).map(lambda gs: int("".join(f"{g:03d}" for g in gs)))


@given(st.integers(0, 10**15) | group_numbers)
def test_amount_in_words_properties(n):
    text = amount_in_words(n)
    assert text[0].isupper() and text[1:] == text[1:].lower()
    assert text.endswith(" đồng")
    assert unicodedata.is_normalized("NFC", text)
    assert "  " not in text
    # 'không' only as 'Không đồng' or 'không trăm' of a non-leading 3-digit group below 100
    groups = [int(g) for g in money(n).split(".")]
    assert ("không" in text.lower()) == (n == 0 or any(0 < g < 100 for g in groups[1:]))
    assert text.lower().count("không trăm") == sum(0 < g < 100 for g in groups[1:])
    # 'linh' for a zero tens digit when a hundreds word precedes it
    linh = sum(1 <= g % 100 <= 9 and (g >= 100 or i > 0) for i, g in enumerate(groups))
    assert text.split().count("linh") == linh


# -- number_line -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((5, "KH", ["UBND"], "state"), {}, "Số: 05/KH-UBND"),
        ((123, "KH", ["UBND"], "state"), {}, "Số: 123/KH-UBND"),
        ((5, "KH", ["SKHCN"], "state"), {"unit": "VP"}, "Số: 05/KH-SKHCN-VP"),
        ((5, "KH", ["HLHPN"], "association"), {}, "Số: 05/KH-HLHPN"),
        ((5, "KHLT", ["TĐTN", "SKHCN"], "state"), {}, "Số: 05/KHLT-TĐTN-SKHCN"),
        # the caller chooses the joint code (kehoach.yaml `codes.joint_plan`): KH stays KH
        ((5, "KH", ["TĐTN", "SKHCN"], "state"), {}, "Số: 05/KH-TĐTN-SKHCN"),
        ((225, "KH", ["TWĐTN"], "doan"), {"unit": "CTTN"}, "Số: 225-KH/TWĐTN-CTTN"),
        ((5, "KHLT", ["TĐTN", "SKHCN"], "doan"), {}, "Số: 05-KHLT/TĐTN-SKHCN"),
        ((5, "KH", ["TU"], "party"), {}, "Số 05-KH/TU"),
        ((None, "KH", ["UBND"], "state"), {}, "Số: …/KH-UBND"),
        ((None, "KH", ["TĐTN"], "doan"), {}, "Số: …-KH/TĐTN"),
        ((5, "KH", ["X"], "state"), {"symbol": "KH-UBND-VX"}, "Số: 05/KH-UBND-VX"),
        ((7, "KH", ["X"], "doan"), {"symbol": "KH/TĐTN-VP"}, "Số: 07-KH/TĐTN-VP"),
        ((5, "", ["UBND"], "state"), {"unit": "VP"}, "Số: 05/UBND-VP"),
    ],
)
def test_number_line(args, kwargs, expected):
    assert number_line(*args, **kwargs) == expected
    assert symbol_text(*args, **kwargs) == expected.split(" ", 1)[1]


def test_number_line_errors():
    with pytest.raises(ValueError, match="Hệ thống"):
        number_line(1, "KH", ["UBND"], "company")
    with pytest.raises(ValueError, match="cơ quan ban hành"):
        number_line(1, "KH", [], "state")
    with pytest.raises(ValueError, match="từ 1"):
        number_line(0, "KH", ["UBND"], "state")
    with pytest.raises(ValueError, match="tên loại"):
        number_line(1, "", ["TĐTN"], "doan")


@given(st.integers(1, 99999))
def test_number_padding(n):
    num = number_line(n, "KH", ["UBND"], "state").removeprefix("Số: ").split("/")[0]
    assert int(num) == n and len(num) == max(2, len(str(n)))


# -- upper / period_text -------------------------------------------------------------


def test_upper():
    assert upper("ủy ban nhân dân tỉnh đồng tháp") == "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"
    nfd = unicodedata.normalize("NFD", "đoàn thanh niên")
    assert upper(nfd) == "ĐOÀN THANH NIÊN"
    assert unicodedata.is_normalized("NFC", upper(nfd))


def test_period_text():
    assert period_text(2021, 2025) == "giai đoạn 2021 – 2025"
    assert period_text(2021, 2021) == "năm 2021"
    with pytest.raises(ValueError, match="ngược"):
        period_text(2025, 2021)


def test_label_words_only_the_keys_of_its_table():
    assert label(REVIEW_KIND, "interim") == "Sơ kết"
    # absent, unknown, or not a string at all (a list is not even hashable): the default
    for key in (None, "khac", 3, ["interim"], {"kind": "interim"}):
        assert label(REVIEW_KIND, key, "Họp") == "Họp"
    assert status_text("done") == "hoàn thành"
    assert status_text(None) == status_text(["done"]) == NO_STATUS


def test_names_list_writes_a_phrase_that_is_not_a_name_in_lower_case_after_the_first():
    from kehoach.viet import names_list

    assert names_list(["Sở KH&CN", "Các huyện, thành đoàn"]) == "Sở KH&CN, các huyện, thành đoàn"
    assert names_list(["Các trường THPT", "Sở GD&ĐT"]) == "Các trường THPT, Sở GD&ĐT"
    assert names_list(["Sở KH&CN", "Những đơn vị liên quan", "Mọi cơ sở"]) == (
        "Sở KH&CN, những đơn vị liên quan, mọi cơ sở"
    )
    assert names_list(["Sở KH&CN", "Cácbon Việt"]) == "Sở KH&CN, Cácbon Việt"  # a name
