"""Reviews implied by a sentence of prose (``importer.reviews.from_prose``): the kind, how often,
and the month or year the sentence gives."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.reviews import from_prose


def _found(text: str) -> list[dict]:
    return [{k: v for k, v in e.items() if k != "id"} for e, _ in from_prose([text], set(), 2028)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one month named: once a year, in that month
        (
            "Sơ kết 6 tháng đầu năm vào tháng 7; tổng kết vào tháng 12.",
            [{"kind": "interim", "title": "Sơ kết 6 tháng", "every": "year", "month": 7}],
        ),
        (
            "Hằng năm, hai bên tổ chức sơ kết vào tháng 11.",
            [{"kind": "interim", "title": "Sơ kết hằng năm", "every": "year", "month": 11}],
        ),
        # two months six apart: the halves, from the first of them (June, the default, unsaid)
        (
            "Sơ kết 6 tháng vào tháng 1 và tháng 7 hằng năm.",
            [{"kind": "interim", "title": "Sơ kết 6 tháng", "every": "half", "month": 1}],
        ),
        (
            "Định kỳ sơ kết 6 tháng (tháng 6 và tháng 12).",
            [{"kind": "interim", "title": "Sơ kết 6 tháng", "every": "half"}],
        ),
        # a month that belongs to another review is not this one's
        (
            "Sơ kết 6 tháng và tổng kết năm vào tháng 12.",
            [{"kind": "interim", "title": "Sơ kết 6 tháng", "every": "half"}],
        ),
        (
            "Hằng năm sơ kết 6 tháng và cả năm.",
            [
                {"kind": "interim", "title": "Sơ kết hằng năm", "every": "year"},
                {"kind": "interim", "title": "Sơ kết 6 tháng", "every": "half"},
            ],
        ),
        # a review held once, in the year the sentence gives
        (
            "Năm 2026 tổ chức sơ kết giữa giai đoạn; năm 2028 tổng kết Chương trình.",
            [
                {"kind": "interim", "title": "Sơ kết giữa kỳ", "time": 2026},
                {"kind": "final", "title": "Tổng kết", "time": 2028},  # the year it gives
            ],
        ),
        (
            "Sơ kết 3 năm thực hiện Chương trình vào năm 2025.",
            [{"kind": "interim", "title": "Sơ kết giữa kỳ", "time": 2025}],
        ),
        ("Sơ kết giữa kỳ Chương trình.", []),  # no year: nothing to date it by
        # the year's own tổng kết, beside the sơ kết 6 tháng (before: a "Sơ kết hằng năm" too)
        (
            "Hằng năm tổ chức sơ kết 6 tháng vào tháng 7, tổng kết vào tháng 11.",
            [
                {"kind": "interim", "title": "Tổng kết năm", "every": "year", "month": 11},
                {"kind": "interim", "title": "Sơ kết 6 tháng", "every": "year", "month": 7},
            ],
        ),
        # a meeting once a year; the program's tổng kết in the year the sentence gives
        (
            "Hằng năm, hai bên họp giao ban vào tháng 1. Năm 2027 tổng kết Chương trình.",
            [
                {"kind": "meeting", "title": "Họp giao ban hằng năm", "every": "year", "month": 1},
                {"kind": "final", "title": "Tổng kết", "time": 2027},
            ],
        ),
        # the month said a few words after the review; a meeting every six months
        (
            "Hằng năm, hai bên tổ chức sơ kết Chương trình vào tháng 6. Định kỳ 6 tháng, hai bên "
            "họp giao ban.",
            [
                {"kind": "interim", "title": "Sơ kết hằng năm", "every": "year", "month": 6},
                {"kind": "meeting", "title": "Họp giao ban 6 tháng", "every": "half"},
            ],
        ),
        # a plan's tổng kết in a month of its year
        (
            "Tham mưu sơ kết 6 tháng vào tháng 7 và tổng kết vào tháng 12/2028.",
            [
                {"kind": "interim", "title": "Sơ kết 6 tháng", "every": "year", "month": 7},
                {"kind": "final", "title": "Tổng kết", "time": "2028-12"},
            ],
        ),
        # a final review at the end of the period, no year given: the last quarter of it
        (
            "Kết thúc giai đoạn, hai bên tổ chức tổng kết.",
            [{"kind": "final", "title": "Tổng kết", "time": "2028-Q4"}],
        ),
    ],
)
def test_a_review_sentence(text, expected):
    assert _found(text) == expected


def test_each_entry_quotes_the_sentence_it_came_from():
    """A paragraph of two sentences, the yearly review then the final one: the TODO of each
    quotes its own sentence — before, both quoted the paragraph, whose start is the first."""
    text = (
        "Hằng năm, các bên luân phiên chủ trì tổ chức sơ kết đánh giá kết quả thực hiện Chương "
        "trình vào tháng 12. Năm 2030 các bên tổng kết Chương trình."
    )
    got = {e["kind"]: said for e, said in from_prose([text], set(), 2030)}
    assert got["final"] == "Năm 2030 các bên tổng kết Chương trình."
    assert (
        got["interim"].startswith("Hằng năm, các bên luân phiên") and "2030" not in got["interim"]
    )
