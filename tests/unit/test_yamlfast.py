"""The one-pass loader (``io.yamlfast``) gives exactly what the composing loader gives — same data,
same problems — for any text: it either builds the same objects or leaves the file to the
composing loader (issue 14). Both implementations of the loop are held to it: the C extension
(``_cyaml``) and the Python loop over PyYAML's parser (``_load``)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES
from kehoach.io import yamlfast, yamlio

BUILD_HINT = (
    "the C YAML loader (src/kehoach/io/_cyaml.c) is not built or is stale: install libyaml-dev "
    "(apt-get install libyaml-dev) and a C compiler, then rerun `make setup`"
)


def _c_load():
    load = yamlfast._accelerator()
    assert load is not None, BUILD_HINT
    return load


IMPLS = {"c": _c_load, "python": lambda: yamlfast._load}


@contextlib.contextmanager
def _using(impl: str):
    """``yamlfast.load`` (and so ``yamlio.parse``) through one implementation of the loop."""
    chosen, before = IMPLS[impl](), yamlfast._LOAD
    yamlfast._LOAD = chosen
    try:
        yield chosen
    finally:
        yamlfast._LOAD = before


both = pytest.mark.parametrize("impl", sorted(IMPLS))

_PIECES = st.sampled_from(
    list("ab01 -:'\"[]{},&*!#|>?\n.~")
    + [
        "\n  ",
        "\n- ",
        "key: ",
        "yes",
        "null",
        "~",
        "0x1F",
        "1_000",
        "1:30",
        "3.5",
        ".inf",
        "2023-06-30",
        "2023-06-30T10:00:00",
        "<<: ",
        "&a ",
        "*a",
        "!!int ",
        "!!str ",
        "! ",
        "---\n",
        "...\n",
        '"<<": ',
        "Kế hoạch ",
        "a" * 40,
        "9" * 5000,
    ]
)
_YAMLISH = st.lists(_PIECES, max_size=40).map("".join)

# Documents shaped like kehoach's files, with keys and values drawn from awkward scalars
_SCALARS = st.sampled_from(
    ["x", "yes", "No", "1", "010", "1.5", "~", "", "null", "2024-Q1", "ongoing", "1:20", "a b"]
)
_VALUES = st.recursive(
    _SCALARS
    | st.text(max_size=8)
    | st.integers()
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_SCALARS, inner, max_size=3),
    max_leaves=12,
)


def _same(text: str) -> None:
    fast, composed = yamlio.parse("x.yaml", text), yamlio.parse_composed("x.yaml", text)
    assert fast.problems == composed.problems
    assert repr(fast.data) == repr(composed.data)  # repr: 1 and True, 1.0 and 1 differ


@both
@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_YAMLISH, st.text(max_size=60)))
def test_any_text_gives_what_the_composing_loader_gives(impl, text):
    with _using(impl):
        _same(text)


@both
@settings(max_examples=200, deadline=None)
@given(value=_VALUES, style=st.sampled_from(["block", "flow"]))
def test_any_data_written_as_yaml_reads_back_the_same(impl, value, style):
    import yaml

    text = yaml.safe_dump(
        {"kind": "plan", "v": value}, allow_unicode=True, default_flow_style=style == "flow"
    )
    with _using(impl):
        _same(text)


@both
def test_every_example_file_is_read_in_one_pass_and_equal(impl):
    files = sorted(EXAMPLES.rglob("*.yaml"))
    assert len(files) >= 15
    with _using(impl):
        for path in files:
            text = path.read_text(encoding="utf-8")
            _same(text)
            assert yamlfast.load(text) == yamlio.parse_composed(str(path), text).data


@both
def test_unusual_files_are_left_to_the_composing_loader(impl):
    with _using(impl):
        _unusual_files_are_left_to_the_composing_loader()


def _unusual_files_are_left_to_the_composing_loader():
    for text in (
        "a: &x 1\nb: *x\n",  # anchors and aliases: bounded by the composing loader
        "a: 1\na: 2\n",  # a duplicate key, reported with its position
        "a: !!binary aGk=\n",  # a tag
        "base: {a: 1}\nother:\n  <<: {b: 2}\n",  # a merge key
        "a: 1\n---\nb: 2\n",  # two documents
        "a: [1, 2\n",  # a syntax error
        "? [a]\n: 1\n",  # a key that is not a scalar
    ):
        try:
            yamlfast.load(text)
        except yamlfast.Unusual:
            pass
        else:
            raise AssertionError(f"accepted in one pass: {text!r}")
        _same(text)


@both
def test_duplicate_key_keeps_its_position(impl):
    with _using(impl):
        loaded = yamlio.parse("x.yaml", "kind: plan\ntitle: a\ntitle: b\n")
    assert [(p.code, p.line, p.col) for p in loaded.problems] == [("KH106", 3, 1)]
    assert loaded.data == {"kind": "plan", "title": "b"}


@both
def test_short_strings_are_shared_and_dates_stay_text(impl):
    with _using(impl):
        a = yamlio.parse("a.yaml", "status: " + "done" + "\nd: 2023-06-30\n").data
        b = yamlio.parse("b.yaml", "status: " + "".join(["do", "ne"]) + "\n").data
    assert a["status"] is b["status"]
    assert a["d"] == "2023-06-30"
