"""The generated fast validators: the same yes/no as fastjsonschema's own code, without building
the names of valid items (``schema._unnamed``)."""

from __future__ import annotations

import ast
import copy
import importlib
from pathlib import Path

import fastjsonschema
import pytest

from kehoach import schema
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
    generated = importlib.import_module(f"kehoach._validators.{kind}").validate
    docs = [d for k, d in _documents() if k == kind]
    assert docs, kind
    seen = {True: 0, False: 0}
    for doc in docs[:3]:
        for mutant in _mutants(doc):
            verdict = _accepts(reference, mutant)
            assert _accepts(generated, mutant) == verdict
            seen[verdict] += 1
    assert seen[True] and seen[False]


def test_no_name_is_built_for_an_item_that_is_valid():
    """Outside ``raise`` statements, no ``str.format(**locals())`` is left in the generated code."""
    for kind in KINDS:
        source = schema.validator_source(kind)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id.startswith("validate___"):
                    assert isinstance(node.args[2], ast.Constant) and node.args[2].value is None


def test_a_schema_edited_without_regenerating_is_built_in_memory(monkeypatch):
    monkeypatch.setattr(schema, "_fast", {})
    monkeypatch.setattr(schema, "schema_digest", lambda kind: "edited")
    fn = schema._compiled("orgs")
    generated = importlib.import_module("kehoach._validators.orgs").validate
    assert fn is not generated
    orgs = next(d for k, d in _documents() if k == "orgs")
    assert _accepts(fn, orgs)
    assert not _accepts(fn, {"orgs": [{"id": 5}]})
