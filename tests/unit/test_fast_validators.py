"""The generated fast validators (``schemacode``): the same yes/no as fastjsonschema's own code,
on the examples, on copies with one value made wrong, and on random documents (hypothesis)."""

from __future__ import annotations

import copy
import importlib
from pathlib import Path

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach import schema, schemacode
from kehoach.io.discover import KINDS, classify
from kehoach.io.yamlio import read

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _documents() -> list[tuple[str, object]]:
    out = []
    for path in sorted(EXAMPLES.rglob("*.y*ml")):
        data = read(str(path)).data  # dates stay strings, as kehoach reads them
        kind = classify(path, data)
        if kind in KINDS:
            out.append((kind, data))
    return out


def _mutants(data: object):
    """``data``, then copies with one list item or one value of a mapping replaced by a wrong type."""
    yield data
    stack = [((), data)]
    while stack:
        path, node = stack.pop()
        children = (
            list(node.items())
            if isinstance(node, dict)
            else list(enumerate(node))
            if isinstance(node, list)
            else []
        )
        for key, child in children:
            for wrong in (12345, ["x"], {"y": 1}):
                mutant = copy.deepcopy(data)
                target = mutant
                for step in path:
                    target = target[step]
                target[key] = wrong
                yield mutant
            stack.append(((*path, key), child))


def _accepts(fn, data) -> bool:
    try:
        fn(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


@pytest.mark.parametrize("kind", KINDS)
def test_generated_validator_agrees_with_fastjsonschema(kind):
    reference = fastjsonschema.compile(
        schema.for_validation(schema.load_schema(kind)),
        use_default=False,
        detailed_exceptions=False,
    )
    generated = importlib.import_module(f"kehoach._validators.{kind}").valid
    docs = [d for k, d in _documents() if k == kind]
    assert docs, kind
    seen = {True: 0, False: 0}
    for doc in docs[:3]:
        for mutant in _mutants(doc):
            verdict = _accepts(reference, mutant)
            assert generated(mutant) is verdict
            seen[verdict] += 1
    assert seen[True] and seen[False]


def _reference(kind: str):
    return fastjsonschema.compile(
        schema.for_validation(schema.load_schema(kind)),
        use_default=False,
        detailed_exceptions=False,
    )


_REFERENCES = {kind: _reference(kind) for kind in KINDS}
_EXAMPLES = _documents()

# values of every JSON type, among them what the schemas' patterns, enums and bounds sit next to
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=2300),
    st.sampled_from([0.0, 1.0, 2.5, 1900.0, float("nan"), float("inf")]),
    st.sampled_from(
        [
            "",
            "x",
            "kh-1",
            "Kh",
            "2021",
            "2021-06-30",
            "2021-06-30\n",
            "2021-Q2",
            "2021-Q5",
            "ongoing",
            "thường xuyên",
            "plan",
            "TM.",
            "b/c",
            "đ/b",
            "done",
            "rule",
            "a b",
            "-x",
        ]
    ),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(data: object, path: tuple = ()):
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, (*path, i))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_validators_agree_on_random_documents(data):
    """An example document with one value anywhere replaced by a random value, or a key added or
    removed: the generated validator says what fastjsonschema's code says."""
    kind, doc = data.draw(st.sampled_from(_EXAMPLES))
    doc = copy.deepcopy(doc)
    paths = list(_paths(doc))[1:]
    path = data.draw(st.sampled_from(paths))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "remove", "add"]))
    if action == "replace" or not isinstance(parent, dict):
        parent[path[-1]] = data.draw(_VALUES)
    elif action == "remove":
        del parent[path[-1]]
    else:
        parent[data.draw(st.sampled_from(["id", "title", "zz", "items", "from"]))] = data.draw(
            _VALUES
        )
    generated = importlib.import_module(f"kehoach._validators.{kind}").valid
    assert generated(doc) is _accepts(_REFERENCES[kind], doc)


@given(_VALUES)
def test_generated_validators_agree_on_any_value_at_the_root(value):
    for kind in KINDS:
        generated = importlib.import_module(f"kehoach._validators.{kind}").valid
        assert generated(value) is _accepts(_REFERENCES[kind], value)


def test_unique_items_compares_as_fastjsonschema():
    """uniqueItems: 1 and 1.0 are the same item, True and 1 are not (fastjsonschema's rule)."""
    ns: dict = {}
    exec(schemacode.HEADER, ns)  # noqa: S102
    assert not ns["_unique"]([1, 1.0])
    assert ns["_unique"]([True, 1])
    assert not ns["_unique"]([{"a": [1]}, {"a": [1]}])
    assert ns["_unique"](["a", "b"])


def test_a_keyword_it_does_not_compile_falls_back_to_fastjsonschema(monkeypatch):
    with pytest.raises(schemacode.Unsupported):
        schemacode.source({"type": "string", "maxLength": 3})
    monkeypatch.setattr(schema, "load_schema", lambda kind: {"type": "string", "maxLength": 3})
    namespace: dict = {}
    exec(compile(schema._code("orgs"), "<test>", "exec"), namespace)  # noqa: S102
    assert namespace["valid"]("abc") and not namespace["valid"]("abcd")


def test_pattern_memo_never_accepts_what_does_not_match():
    valid = importlib.import_module("kehoach._validators.plan").valid
    doc = copy.deepcopy(next(d for k, d in _EXAMPLES if k == "plan"))
    assert valid(doc)
    issuer = doc["issuers"][0]  # remembered as matching the id pattern by the call above
    doc["issuers"][0] = issuer + "\n"  # '$' would match before the line break; '\\Z' does not
    assert not valid(doc)


def test_a_schema_edited_without_regenerating_is_built_in_memory(monkeypatch):
    monkeypatch.setattr(schema, "_fast", {})
    monkeypatch.setattr(schema, "schema_digest", lambda kind: "edited")
    fn = schema._compiled("orgs")
    generated = importlib.import_module("kehoach._validators.orgs").valid
    assert fn is not generated
    orgs = next(d for k, d in _documents() if k == "orgs")
    assert fn(orgs)
    assert not fn({"orgs": [{"id": 5}]})


@pytest.mark.parametrize(
    "kind", ["plan", "program", "report", "decision", "rules", "settings", "orgs"]
)
def test_the_shipped_validators_are_what_the_generator_writes_today(kind):
    """``kehoach._validators`` are checked against their schema's digest at run time, not against
    the generator: a keyword the generator learned (or a schema keyword it does not compile, which
    ships fastjsonschema's code with ``decimal`` and ``typing``) must reach the shipped files —
    ``python tools/schema_src.py`` regenerates them."""
    from pathlib import Path

    import kehoach
    from kehoach.schema import validator_source

    shipped = Path(kehoach.__file__).parent / "_validators" / f"{kind}.py"
    assert shipped.read_text(encoding="utf-8") == validator_source(kind)
