"""The documentation stays honest: its YAML snippets parse, its examples name real files."""

from __future__ import annotations

import re

import yaml

from conftest import ROOT


def test_format_doc_snippets_are_yaml():
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 8
    for block in blocks:
        yaml.safe_load(block)


def test_format_doc_mentions_every_plan_property():
    from kehoach.resources import load_schema

    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    for kind in ("plan", "program"):
        for key in load_schema(kind)["properties"]:
            assert f"{key}" in text, (kind, key)
