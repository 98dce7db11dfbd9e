"""What ``io.cacherows.valid_entry`` accepts: an entry as ``ValidationCache.put`` makes it, and
nothing else — a cache file may hold anything, and each part of an entry is checked by its type."""

from __future__ import annotations

import pytest

from kehoach.io.cacherows import valid_entry, valid_rows

ROW = ("plans/kh.yaml", 3, 5, "KH401", "error", "message")
GOOD = ((1, 2, 3, 4), "digest", 5, "plan", b"data", [ROW], "context", [list(ROW)], None, {})


@pytest.mark.parametrize(
    "entry",
    [
        GOOD,
        (*GOOD[:4], {"any": "data"}, (), *GOOD[6:]),
        (*GOOD[:5], [], "", (), ({}, None, None), {"part": b""}),
        (*GOOD[:8], ({}, {}, b"tail"), {}),
    ],
)
def test_an_entry_as_written_is_valid(entry):
    assert valid_entry(entry)


@pytest.mark.parametrize(
    ("at", "value"),
    [
        (0, (1, 2, 3)),
        (0, (1, 2, 3, 4.0)),
        (0, (1, 2, 3, True)),
        (0, [1, 2, 3, 4]),
        (1, b"digest"),
        (2, 5.0),
        (2, False),
        (3, None),
        (5, [(*ROW[:5],)]),
        (5, [(ROW[0], "3", *ROW[2:])]),
        (5, [ROW, (*ROW[:5], None)]),
        (5, {ROW}),
        (5, None),
        (6, None),
        (7, [[*ROW[:3], 401, *ROW[4:]]]),
        (8, ({}, None)),
        (8, [{}, None, None]),
        (8, ({}, None, "tail")),
        (9, []),
    ],
)
def test_an_entry_with_one_part_of_another_shape_is_not(at, value):
    entry = (*GOOD[:at], value, *GOOD[at + 1 :])
    assert not valid_entry(entry)


@pytest.mark.parametrize("entry", [None, list(GOOD), GOOD[:9], (*GOOD, None), "entry"])
def test_anything_but_a_ten_tuple_is_not_an_entry(entry):
    assert not valid_entry(entry)


def test_problem_rows():
    assert valid_rows([]) and valid_rows(()) and valid_rows([ROW, list(ROW)])
    assert not valid_rows(None) and not valid_rows("rows") and not valid_rows([ROW[:5]])
    assert not valid_rows([(ROW[0], True, *ROW[2:])])  # a bool is not a line number
