"""Properties of reading YAML (issue 9): any text parses to JSON-shaped data or positioned problems,
any bytes decode or give a positioned problem — never an exception."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.io import yamlio
from kehoach.vocab import XML_INVALID

_YAMLISH = st.lists(
    st.sampled_from(
        list("ab01 -:'\"[]{},&*!#|>?%@`\t\n\\.~")
        + [
            "!!binary ",
            "!!timestamp ",
            "!!int ",
            "!!set ",
            "<<: ",
            "&a ",
            "*a",
            "\\x01",
            "9" * 5000,
        ]
    ),
    max_size=40,
).map("".join)


def _json_shaped(value, depth=0) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_shaped(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return depth > 200 or all(_json_shaped(v, depth + 1) for v in value)
    return value is None or isinstance(value, str | int | float | bool)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_YAMLISH, st.text(max_size=60)))
def test_any_text_parses_to_json_shaped_data_or_positioned_problems(text):
    loaded = yamlio.parse("x.yaml", text)
    assert all(p.line >= 1 and p.col >= 1 for p in loaded.problems)
    if loaded.data is not None:
        assert _json_shaped(loaded.data)
        if "\\" not in text:  # KH305 looks at the values only when the text has an escape
            assert not XML_INVALID.search("".join(_strings(loaded.data, set())))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_give_a_positioned_problem(raw):
    text, problems = yamlio.decode("x.yaml", raw)
    assert (text is None) == bool(problems)
    assert all(p.line >= 1 and p.col >= 1 for p in problems)


def _strings(value, seen: set) -> list[str]:
    if isinstance(value, dict | list):
        if id(value) in seen:  # aliases may make a cycle
            return []
        seen.add(id(value))
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in [k, *_strings(v, seen)]]
        return [s for v in value for s in _strings(v, seen)]
    return [value] if isinstance(value, str) else []


def test_xml_invalid_is_every_character_outside_xml_char():
    """``XML_INVALID`` lists the characters XML 1.0's ``Char`` production leaves out (written as
    they are, which compiles ~10× faster than the complement): the same set, every code point."""
    every = "".join(map(chr, range(0x110000)))
    char = re.compile("[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    assert XML_INVALID.sub("", every) == "".join(char.findall(every))
