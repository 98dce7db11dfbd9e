"""The documentation stays honest: its YAML snippets parse, its examples name real files."""

from __future__ import annotations

import re

import yaml

from helpers import ROOT


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


def test_readme_plan_example_validates(tmp_path):
    """The short plan in the README is valid in the example repository."""
    import shutil

    from helpers import EXAMPLES, run

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(
        r"```yaml\n(# yaml-language-server.*?kind: plan.*?)```", text, flags=re.S
    ).group(1)
    shutil.copytree(EXAMPLES, tmp_path / "repo")
    target = tmp_path / "repo" / "plans" / "2022" / "readme.yaml"
    target.write_text(block.replace("number: 10", "number: 99"), encoding="utf-8")
    result = run([str(target)])
    assert result.problems == []
