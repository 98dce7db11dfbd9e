"""``checks.slim.slim`` keeps exactly what a tree of paths asks for, on any data: the projection
that takes whole values and items of whole values without a call per value gives what the plain
recursive projection gives (``_reference``), for every tree and every shape of data, other shapes
than the paths expect included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.checks.slim import _NOTHING, ANY, slim, tree

KEYS = ["id", "time", "activities", "areas"]  # few: the paths asked for meet the data often


def _reference(value, tree_: dict):
    """The projection as first written: one call per value."""
    if not tree_:
        return value
    sub = tree_.get(ANY)
    if isinstance(value, dict) and (sub is None or len(tree_) > 1):
        if len(tree_) == 1:
            ((key, below),) = tree_.items()
            return {key: _reference(value[key], below)} if key in value else _NOTHING
        kept = {k: _reference(v, tree_[k]) for k, v in value.items() if k in tree_}
        return kept or _NOTHING
    if sub is not None and isinstance(value, list):
        return [_reference(item, sub) if isinstance(item, dict) else item for item in value]
    return value


class Mapping(dict):
    """A dict of another class: projected like any dict."""


leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=3))
data = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=5),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=3).map(Mapping),
    ),
    max_leaves=25,
)
paths = st.lists(
    st.lists(st.sampled_from([*KEYS, ANY]), min_size=1, max_size=4).map(tuple), max_size=6
)


@settings(max_examples=400)
@given(data, paths)
def test_the_projection_is_the_plain_recursive_one(value, wanted):
    reads = tree(wanted)
    got, expected = slim(value, reads), _reference(value, reads)
    assert got == expected
    assert repr(got) == repr(expected)  # the same order of keys, the same classes


def test_items_of_whole_values_keep_their_places_and_nothing_else():
    acts = [{"id": "a", "x": 1}, "text", {"x": 2}, Mapping(id="b", y=3)]
    assert slim({"activities": acts}, tree([("activities", ANY, "id")])) == {
        "activities": [{"id": "a"}, "text", {}, {"id": "b"}]
    }
    both = tree([("activities", ANY, "id"), ("activities", ANY, "x")])
    nested = tree([("activities", ANY, "areas", "id"), ("activities", ANY, "time")])
    assert slim({"activities": [{"areas": {"id": 1, "x": 2}, "time": 3, "y": 4}]}, nested) == {
        "activities": [{"areas": {"id": 1}, "time": 3}]
    }
    assert slim({"activities": acts}, both)["activities"][:3] == [
        {"id": "a", "x": 1},
        "text",
        {"x": 2},
    ]
