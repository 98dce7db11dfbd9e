"""``model.tails``: a slim document's activity lists packed apart and read back as they were."""

from __future__ import annotations

import marshal

import pytest

from helpers import EXAMPLES
from kehoach.checks.slim import slim
from kehoach.io import yamlio
from kehoach.model.tails import carries, holds_any, join, split


def _examples() -> list[dict]:
    out = []
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        data = yamlio.read(str(path)).data
        if isinstance(data, dict) and data.get("kind") in ("plan", "program"):
            out.append(slim(data))
    return out


@pytest.mark.parametrize("data", _examples(), ids=lambda d: str(d.get("id") or d.get("year")))
def test_a_slim_document_is_its_head_and_tail_joined(data):
    head, tail = split(data)
    if tail is None:  # no activity list (a plan written as tables only)
        assert head is data and not data.get("contents", {}).get("activities")
        return
    joined = join(head, tail)
    assert joined == data and list(joined) == list(data)  # the same keys, in their order
    lists = [data.get("contents", {}).get("activities")] + [
        a.get("activities") for a in data.get("areas") or [] if isinstance(a, dict)
    ]
    skeletons = [head.get("contents", {}).get("activities")] + [
        a.get("activities") for a in head.get("areas") or [] if isinstance(a, dict)
    ]
    for acts, skeleton in zip(lists, skeletons, strict=True):
        assert (acts is None) == (skeleton is None)
        if acts is not None:  # the same length: every index a check reports is the document's
            assert [s.get("carried_from") for s in skeleton] == [
                a.get("carried_from") for a in acts
            ]
    # what the head keeps of an area: all but its activities (KH416 reads a program's area ids)
    for area, hollow in zip(data.get("areas") or [], head.get("areas") or [], strict=True):
        assert {k: v for k, v in area.items() if k != "activities"} == {
            k: v for k, v in hollow.items() if k != "activities"
        }


@pytest.mark.parametrize("data", _examples(), ids=lambda d: str(d.get("id") or d.get("year")))
def test_a_tail_says_whether_an_activity_carries_work(data):
    head, tail = split(data)
    if tail is None:
        return
    lists = [data.get("contents", {}).get("activities") or []] + [
        a.get("activities") or [] for a in data.get("areas") or [] if isinstance(a, dict)
    ]
    carrying = any(isinstance(a, dict) and "carried_from" in a for acts in lists for a in acts)
    assert carries(head, tail) == carrying


def test_a_tail_carries_work_wherever_the_key_is():
    carried = {"carried_from": {"program": "ctr", "activity": "a1"}}
    for acts in ([carried], [{"id": "a"}] * 3 + [carried], [{"id": "a", **carried}] * 2):
        assert carries(*split({"contents": {"activities": acts}}))
    for data in (
        {"contents": {"activities": [{"id": "a"}]}},
        {"areas": [{"id": "x", "activities": [{"id": "a", "lead": "td"}]}]},
    ):
        assert not carries(*split(data))
    # the word in a value is not the key: no activity carries work
    named = {"contents": {"activities": [{"id": "a", "area": "carried_from"}]}}
    assert not carries(*split(named))
    areas = {"areas": [{"id": "x", "activities": [{"id": "a", **carried}]}]}
    assert carries(*split(areas))


def test_a_tail_holds_the_strings_written_in_it_whatever_their_letters():
    acts = [{"id": "hội-thi-01", "lead": "td"}, {"id": "a2", "carried_from": {"plan": "x"}}]
    tail = split({"contents": {"activities": acts}})[1]
    assert holds_any(tail, ["khác", "hội-thi-01"]) and holds_any(tail, ["a2"])
    assert not holds_any(tail, ["hội-thi-02", "b"]) and not holds_any(tail, [])


def test_a_document_without_activities_has_no_tail():
    data = {"id": "x", "number": 3, "contents": {"title": "t"}}
    assert split(data) == (data, None)


def test_items_that_are_not_activities_stay_where_they_are():
    data = {"contents": {"activities": ["chữ", {"id": "a"}, {"carried_from": {"plan": "p"}}]}}
    head, tail = split(data)
    assert head["contents"]["activities"] == ["chữ", {}, {"carried_from": {"plan": "p"}}]
    assert tail is not None and join(head, tail) == data


@pytest.mark.parametrize(
    "tail",
    [
        b"\x00",
        marshal.dumps([1]),
        marshal.dumps({}),
        marshal.dumps({"budget": {}}),
        marshal.dumps({"contents": [1]}),
        marshal.dumps({"areas": {}}),
        marshal.dumps({"areas": []}),  # a key the head has no place for
    ],
)
def test_a_tail_of_another_shape_is_not_read_back(tail):
    assert join({"contents": {"activities": []}}, tail) is None
