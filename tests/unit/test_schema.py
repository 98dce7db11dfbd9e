"""The schemas: valid draft-07, helpful in editors, generated from tools/schema_src.py, and the
positions of their errors."""

from __future__ import annotations

import importlib.util
import json

import pytest
from jsonschema import Draft7Validator

from helpers import ROOT
from kehoach import schema
from kehoach.io import positions
from kehoach.resources import load_schema, schemas_dir

NAMES = ["settings", "orgs", "program", "plan", "decision", "rules", "report"]


@pytest.mark.parametrize("name", NAMES)
def test_schema_is_valid_draft7(name):
    Draft7Validator.check_schema(load_schema(name))


def _properties(node, where=""):
    """Every (where, property schema) pair, following definitions."""
    if isinstance(node, dict):
        for key, sub in (node.get("properties") or {}).items():
            yield f"{where}.{key}", sub
        for key, sub in node.items():
            if key != "properties":
                yield from _properties(sub, f"{where}/{key}")
        for key, sub in (node.get("properties") or {}).items():
            yield from _properties(sub, f"{where}.{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from _properties(sub, f"{where}[{i}]")


@pytest.mark.parametrize("name", NAMES)
def test_every_property_has_vietnamese_help(name):
    doc = load_schema(name)
    missing = []
    for where, prop in _properties(doc):
        target = prop
        if "$ref" in prop and not prop.get("title"):
            target = doc["definitions"][prop["$ref"].split("/")[-1]]
        if not (target.get("title") and target.get("description")):
            missing.append(where)
    assert not missing, missing


def test_committed_schemas_match_their_source():
    spec = importlib.util.spec_from_file_location("schema_src", ROOT / "tools" / "schema_src.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for file_name, doc in module.all_schemas().items():
        committed = (schemas_dir() / file_name).read_text(encoding="utf-8")
        assert committed == module.render(doc), f"{file_name}: run python tools/schema_src.py"
        json.loads(committed)


def _located(text, kind="plan"):
    from kehoach.io.yamlio import parse

    loaded = parse("x.yaml", text)
    found = positions.resolve(text, schema.validate(kind, loaded.data, "x.yaml"))
    return [(p.line, p.col, p.code) for p in found]


def test_missing_key_points_at_its_parent_mapping():
    text = "kind: plan\nissuers: [a]\ntitle: T\nyear: 2022\nsigners:\n  - org: a\n    name: X\n"
    assert _located(text) == [(6, 5, "KH201")]


def test_wrong_value_points_at_the_value():
    text = "kind: plan\nissuers: [a]\ntitle: T\nyear: 2022\nsigners:\n  - org: a\n    title: B\n    authority: XX\n"
    assert _located(text) == [(8, 16, "KH204")]


def test_a_value_cut_at_its_comma_in_a_one_line_mapping_is_said_so():
    """``{item: Hội thi, cuộc thi, amount: 1}``: YAML reads "cuộc thi" as a key without value —
    KH202 says to quote the whole value, with the value it meant; a key mistyped gets the near
    key as before."""
    from kehoach.io.yamlio import parse

    text = (
        "kind: plan\nissuers: [a]\ntitle: T\nyear: 2022\nsigners:\n  - {org: a, title: B}\n"
        "budget:\n  lines:\n    - {item: Hội thi, cuộc thi, tuyên dương, amount: 1000}\n"
        "    - {itme: X, amount: 1}\n"
    )
    found = schema.validate("plan", parse("x.yaml", text).data, "x.yaml")
    messages = [p.message for p in found if p.code == "KH202"]
    assert len(messages) == 3, messages
    assert all(
        'đặt cả giá trị trong nháy kép, item: "Hội thi, cuộc thi, tuyên dương"' in m
        for m in messages[:2]
    )
    assert messages[2].endswith('có phải "item"?')


def test_unknown_key_points_at_the_key():
    text = "kind: plan\nissuers: [a]\ntitle: T\nyear: 2022\nsigners:\n  - org: a\n    title: B\n    nam: X\n"
    assert _located(text) == [(8, 5, "KH202")]


def test_time_expressions_accepted_by_the_schema():
    for value in [
        "2021-06-30",
        "2021-06",
        "2021-Q2",
        "2021-H1",
        "2021",
        2021,
        "2021-03..2021-Q3",
        "ongoing",
        "thường xuyên",
        "Thường xuyên",  # as typed at the start of a table cell (the parser reads it so too)
    ]:
        data = {
            "kind": "plan",
            "issuers": ["a"],
            "title": "T",
            "year": 2021,
            "signers": [{"org": "a", "title": "B"}],
            "contents": {"activities": [{"title": "x", "lead": "a", "time": value}]},
        }
        assert schema.validate("plan", data, "x") == [], value
    for value in ["Q2/2021", "2021-13", "2021-Q5", "2021-H3", "21", "sometime"]:
        data = {
            "kind": "plan",
            "issuers": ["a"],
            "title": "T",
            "year": 2021,
            "signers": [{"org": "a", "title": "B"}],
            "contents": {"activities": [{"title": "x", "lead": "a", "time": value}]},
        }
        assert [p.code for p in schema.validate("plan", data, "x")] == ["KH205"], value
