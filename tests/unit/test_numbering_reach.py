"""``validate FILE`` shows the numbering problems an edit of that file puts on *other* documents of
its register (``checks.numbering._wanted``): the number it took, held by a document issued later
(KH404 there), the order of the year broken at another document (KH441), the next year's register
now seeming to go on from this one (KH440) — as the whole run does, with and without the cache."""

from __future__ import annotations

import pytest

from kehoach.validate.run import run_validate

PLAN = "plans/2022/kh-2022-tinhdoan-bt.yaml"
REPORT = "reports/bc-so-ket-2022-tinhdoan-bt.yaml"  # number 35, 20/12/2022, same body
JOINT = "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"  # number 12, 15/03/2023, same body first


def _edit(root, **fields: str) -> None:
    """Set top-level fields of the plan (``number: 10``, ``date: 2022-01-10`` in the examples)."""
    path = root / PLAN
    text = path.read_text("utf-8")
    for key, value in fields.items():
        old = {"number": "number: 10\n", "date": "date: 2022-01-10\n"}[key]
        assert old in text
        text = text.replace(old, f"{key}: {value}\n", 1)
    path.write_text(text, "utf-8")


@pytest.mark.parametrize(
    ("fields", "code", "other"),
    [
        ({"number": "35"}, "KH404", REPORT),  # the report, issued later, holds 35 too
        ({"date": "2022-12-25"}, "KH441", REPORT),  # 35 on 20/12, then 10 on 25/12
        ({"date": "2022-06-01"}, "KH440", JOINT),  # 10 on 01/06/2022, then 12 on 15/03/2023
    ],
)
def test_validate_file_shows_what_its_number_puts_on_another_document(
    at_examples, fields, code, other
):
    assert not [p for p in run_validate(None).problems if p.code == code]  # cache warm, clean
    _edit(at_examples, **fields)
    whole = run_validate(None, use_cache=False).problems
    there = [p for p in whole if p.path == other and p.code == code]
    assert there and PLAN in there[0].message
    for use_cache in (True, False):
        alone = run_validate([PLAN], use_cache=use_cache).problems
        assert [p for p in alone if p.path == other] == [p for p in whole if p.path == other]
        assert [p for p in alone if p.path == PLAN] == [p for p in whole if p.path == PLAN]


def test_a_document_of_another_register_is_not_shown(at_examples):
    """Only the documents of the plan's register and year (the year after, for KH440) are looked
    at beyond it: the joint plan of 2023 is not shown for a number taken in 2022."""
    _edit(at_examples, number="12")
    alone = run_validate([PLAN], use_cache=False).problems
    assert {p.path for p in alone} <= {PLAN}
