"""Text checks on small inputs: what is damaged text and what is not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.checks.text import double_utf8, legacy_encoding
from kehoach.checks.values import number_format
from kehoach.io.yamlio import parse


@pytest.mark.parametrize(
    "text",
    ["title: KÕ ho¹ch", "a: §oµn", "d: h«m nay", "t: Céng hßa x· héi", "v: Coäng hoøa xaõ hoäi"],
)
def test_legacy_damage_is_found(text):
    assert [p.code for p in legacy_encoding("x.yaml", text)] == ["KH302"]


@pytest.mark.parametrize(
    "text",
    [
        "b: Müller",
        "c: ©2021 «Kế hoạch»",
        "f: điểm 3·4",
        "g: 50% ± 2",
        "h: Kế hoạch số 50/KH-LHH-SKHCN",
    ],
)
def test_legitimate_text_is_left_alone(text):
    assert legacy_encoding("x.yaml", text) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("number: 010\n", "bỏ số 0 ở đầu: number: 10"),
        ("  amount: 25.000\n", "amount: 25000"),
        ("  - {item: a, amount: 25.000.000, source: b}\n", "amount: 25000000"),
        ("budget: 25.0\n", "phải là số nguyên"),
    ],
)
def test_numbers_yaml_misreads(text, fragment):
    [problem] = number_format("x.yaml", text)
    assert problem.code == "KH304" and fragment in problem.message


@pytest.mark.parametrize(
    "text", ["number: 10\n", "year: 2025\n", "title: 'amount: 25.000'\n", "summary: năm 2025.000\n"]
)
def test_good_numbers_pass(text):
    assert number_format("x.yaml", text) == []


def test_tab_and_colon_messages():
    assert "tab" in parse("x", "a:\n\t- x\n").problems[0].message
    assert "trong nháy" in parse("x", "kind: plan\ntitle: a\tb: c\n").problems[0].message


# The pattern number_format used before it scanned from the colon (issue 14): one regex with a
# look-behind tried at every character. The faster scan must find exactly the same numbers.
_REFERENCE = re.compile(
    r"(?<![\w-])(?P<key>(?:number|amount|budget|total|spent|year|start))[ \t]*:[ \t]*"
    r"(?P<value>\d{1,3}(?:[.,]\d{3})+|\d+[.,]\d+|0\d+)(?=[ \t]*(?:[,}\]#]|$))",
    re.M,
)
_NUMBERISH = st.lists(
    st.sampled_from(
        ["number", "amount", "budget", "total", "subtotal", "year", "start", "x-year", "_spent"]
        + [":", ": ", " ", "\t", "\n", "- ", "25.000", "1,5", "010", "0", "7", ".", ",", "#"]
        + ["}", "]", "{", "a", "٣", "Kế hoạch", "2023-06-30"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NUMBERISH)
def test_number_scan_finds_what_the_single_pattern_found(text):
    found = [(p.line, p.col) for p in number_format("x.yaml", text)]
    expected = []
    for m in _REFERENCE.finditer(text):
        start = m.start("value")
        expected.append((text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)))
    assert found == expected[: len(found)] and len(found) == min(len(expected), 20)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", " ", "\n", "Kế", "–", "“", "Äoàn", "ViÖt", "§oµn", "Ã"]), max_size=30
    ).map("".join)
)
def test_damage_checks_agree_with_a_scan_of_each_line(text):
    # the shared first scan for rare characters only skips text: each line on its own gives the same
    lines = text.split("\n")
    per_line = [
        (i + 1, p.code)
        for i, line in enumerate(lines)
        for p in legacy_encoding("x.yaml", line) + double_utf8("x.yaml", line)
    ]
    whole = sorted(
        (p.line, p.code) for p in legacy_encoding("x.yaml", text) + double_utf8("x.yaml", text)
    )
    assert whole == sorted(per_line)[: len(whole)]
    assert len(whole) == len(per_line) or len(whole) >= 20
