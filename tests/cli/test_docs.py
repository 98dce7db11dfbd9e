"""The documentation stays honest: its YAML snippets parse, its examples name real files."""

from __future__ import annotations

import re

import yaml

from helpers import ROOT
from kehoach.resources import load_schema


def test_format_doc_snippets_are_yaml():
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 8
    for block in blocks:
        yaml.safe_load(block)


def documented_keys(text: str) -> set[str]:
    """Keys written as keys in the YAML snippets (``key:``) or named in inline code (`` `key` ``)."""
    keys = set()
    for block in re.findall(r"```yaml\n(.*?)```", text, flags=re.S):
        keys.update(re.findall(r"^[ \t]*(?:-[ \t]+)?([a-z_]+):", block, flags=re.M))
        keys.update(re.findall(r"[{,][ \t]*([a-z_]+):", block))
    keys.update(re.findall(r"`([a-z_]+)`", text))
    return keys


def test_format_doc_names_every_property_of_every_kind():
    """Every top-level key of every schema is shown in docs/format.md — as a key of a snippet or in
    inline code, not merely as a word ("id" inside "idea" does not count)."""
    documented = documented_keys((ROOT / "docs" / "format.md").read_text(encoding="utf-8"))
    for kind in ("plan", "program", "settings"):
        missing = set(load_schema(kind)["properties"]) - documented
        assert not missing, (kind, sorted(missing))
    org = load_schema("orgs")["definitions"]["org"]["properties"]
    assert not set(org) - documented, sorted(set(org) - documented)


def test_documented_keys_are_read_from_snippets_and_code_only():
    text = "```yaml\nkind: plan\n  - lead: x\n```\nthe idea of `year` … number"
    assert documented_keys(text) == {"kind", "lead", "year"}


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
    # unnumbered: a number of its own would collide with the examples of that year (KH404, KH441)
    target.write_text(block.replace("number: 10\n", ""), encoding="utf-8")
    result = run([str(target)])
    assert result.problems == []
