"""Text checks on small inputs: what is damaged text and what is not."""

from __future__ import annotations

import pytest

from kehoach.checks.text import legacy_encoding, number_format
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
