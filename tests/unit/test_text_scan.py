"""The one pass over a text before the text checks (``checks.text.scan``, ``_cyaml.scan`` in C):
a check it skips would have found nothing, so the problems are the same as running every check —
on random text with Vietnamese letters, combining marks, legacy-encoding (TCVN3, VNI) and
double-UTF-8 characters, numbers in any script of decimal digits."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach import checks
from kehoach.checks import text
from kehoach.io import yamlfast

BUILD_HINT = (
    "the C extension (src/kehoach/io/_cyaml.c) is not built or is stale: install libyaml-dev and "
    "a C compiler, then rerun `make setup`"
)


def _all_checks(path: str, source: str) -> list:
    """Every text check, as if the scan had said yes to all of them."""
    out = []
    for check, _needs in checks._TEXT_CHECKS:
        out.extend(check(path, source))
    return out


def test_the_c_scan_is_used():
    assert yamlfast.SCAN is not None, BUILD_HINT


def test_the_table_holds_exactly_the_characters_the_pattern_finds():
    table = text._rare_table()
    for code in range(0x80, 0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        in_table = bool(table[code >> 3] >> (code & 7) & 1)
        assert in_table == bool(text._RARE.fullmatch(chr(code))), hex(code)
    assert all(ord(ch) >= 0x80 for ch in text._RARE_CHARS)  # below U+0080 the scan never looks


def _second_of_a_pair() -> set[str]:
    """Characters that compose with the one before them (the second of a canonical pair)."""
    out = set()
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            out.add(chr(int(parts[1], 16)))
    return out


def test_characters_the_scan_calls_nfc_cannot_break_nfc():
    """U+0000–U+02FF, U+1EA0–U+1EF9, U+2002–U+206F: each is NFC by itself, has combining class 0
    and composes with nothing before it — a text of these alone is NFC (the quick check's yes)."""
    seconds = _second_of_a_pair()
    for low, high in ((0, 0x2FF), (0x1EA0, 0x1EF9), (0x2002, 0x206F)):
        for code in range(low, high + 1):
            ch = chr(code)
            assert unicodedata.normalize("NFC", ch) == ch, hex(code)
            assert unicodedata.combining(ch) == 0, hex(code)
            assert ch not in seconds, hex(code)


# pieces of YAML text around what each check looks for
_PIECES = [
    "kind: plan\n",
    "amount: ",
    "budget: ",
    "number: ",
    "year: ",
    "total:\t",
    "25.000",
    "25,000.000",
    "1,5",
    "010",
    "0",
    "2023",
    "٣٤.٥",  # Arabic-Indic digits: \d in a regular expression
    "３,０",  # fullwidth digits
    " # ghi chú\n",
    "  # TODO: điền\n",
    "title: TODO nội dung\n",
    "&KHCN ",
    "Sở KH&CN",
    "ViÖt Nam §oµn ho¹ch ",
    "Coäng hoøa ñoaøn ",
    "Káº¿ hoáº¡ch Äoàn ",
    "ệ",
    "e\u0302\u0323",  # ệ written with combining marks
    "\u0301",
    "Ω",  # U+2126, not NFC by itself
    "–",
    "“Kế hoạch”…",
    "\n",
    "- ",
    ": ",
    "#",
    "T",
    "ODO",
    "\n<<<<<<< HEAD\n",
    "=======",
    ">>>>>>> b",
    "|||||||",
    "<<<<<<<",
    '"',
]
_ALPHABET = st.sampled_from(
    list("aàáạăâđêôơưyỹ :,.-#&\t\n0123456789TODOÄÖ§¸µ¹") + ["\u0300", "\u0323", "\u00a0", "’"]
)
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(_ALPHABET, max_size=6), st.text(max_size=3)),
    max_size=25,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_same_problems_as_every_check(source):
    assert checks.run_text_checks("f.yaml", source) == _all_checks("f.yaml", source)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_bit_not_set_means_nothing_found(source):
    found = text.scan(source)
    for check, needs in checks._TEXT_CHECKS:
        if needs and not needs & found:
            assert check("f.yaml", source) == [], check.__name__
    assert bool(found & text.SCAN_RARE) == (text._RARE.search(source) is not None)
    assert bool(found & text.SCAN_NFC) or unicodedata.is_normalized("NFC", source)


@pytest.mark.parametrize(
    ("source", "bits"),
    [
        ("a: b\n", 0),
        ("amount: 25.000\n", text.SCAN_NUMBER),
        ("number: 010\n", text.SCAN_NUMBER),
        ("date: 2023-01-01\n", 0),
        ("x: 0\n", 0),
        ("title: A # b\n", text.SCAN_HASH),
        ("org: Sở KH&CN\n", text.SCAN_AMPERSAND),
        ("title: TODO\n", text.SCAN_TODO),
        ("title: ViÖt\n", text.SCAN_RARE),
        ("title: Kế hoạch – năm\n", text.SCAN_RARE),
        ("title: e\u0301\n", text.SCAN_NFC),
        ('title: "a\n<<<<<<< HEAD\n b"\n', text.SCAN_CONFLICT),
        ("=======\n", text.SCAN_CONFLICT),
        ("a: b\n>>>>>>>", text.SCAN_CONFLICT),
        ("a: b\n||||||| base\n", text.SCAN_CONFLICT),
        ("a: b\n <<<<<<< HEAD\n", 0),
        ("a: b\n<<<<<<=\n", 0),
        ("a: b <<<<<<<\n", 0),
    ],
)
def test_bits(source, bits):
    assert text.scan(source) == bits


def test_without_the_extension_every_check_runs(monkeypatch):
    monkeypatch.setattr(yamlfast, "SCAN", None)
    assert text.scan("a: b\n") == text.SCAN_ALL
