"""Plain scalars resolved without importing PyYAML (``io.yamlplain``): the same table of implicit
resolvers as the installed PyYAML's safe loader (minus timestamps, as ``yamlload.Loader``), the
same values from its constructors, and a run whose files the one pass reads imports no ``yaml``."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.io import yamlfast, yamlplain
from kehoach.io.yamlload import Loader

RESOLVER = Loader("")


def test_the_table_is_the_installed_pyyamls():
    ours = {k: [(t, r.pattern, r.flags) for t, r in v] for k, v in yamlplain.RESOLVERS.items()}
    theirs = {
        k: [(t, r.pattern, r.flags) for t, r in v]
        for k, v in Loader.yaml_implicit_resolvers.items()
    }
    assert ours == theirs


def _theirs(value: str):
    """(tag, value or the exception's type) as PyYAML's resolver and safe constructor give it."""
    tag = RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag == yamlplain.STR:
        return tag, value
    try:
        return tag, RESOLVER.yaml_constructors[tag](RESOLVER, yaml.ScalarNode(tag, value))
    except Exception as exc:  # noqa: BLE001 - compared with ours
        return tag, type(exc).__name__


def _ours(value: str):
    tag = yamlplain.resolve(value)
    if tag == yamlplain.STR:
        return tag, value
    try:
        return tag, yamlplain.construct(tag, value)
    except yamlplain.NotPlain:
        return tag, "KeyError"  # no constructor of PyYAML's for it either
    except Exception as exc:  # noqa: BLE001 - compared with theirs
        return tag, type(exc).__name__


def _same(a, b) -> bool:
    if isinstance(a[1], float) and isinstance(b[1], float) and math.isnan(a[1]):
        return math.isnan(b[1]) and a[0] == b[0]
    return a == b and type(a[1]) is type(b[1])


CASES = [
    "",
    "~",
    "null",
    "Null",
    "NULL",
    "nULL",
    "true",
    "True",
    "TRUE",
    "tRUE",
    "yes",
    "no",
    "on",
    "off",
    "On",
    "OFF",
    "y",
    "n",
    "0",
    "-0",
    "+0",
    "00",
    "007",
    "08",
    "0o17",
    "0x1F",
    "0X1F",
    "0b101",
    "0b102",
    "1_000",
    "1__0",
    "_1",
    "190:20:30",
    "-1:30",
    "1:60",
    "1.5",
    "1.",
    ".5",
    "-.5",
    "1e5",
    "1.0e5",
    "1.0e+5",
    "1.0E-5",
    "6.8523015e+5",
    "685.230_15e+03",
    ".inf",
    "-.Inf",
    "+.INF",
    ".nan",
    ".NaN",
    ".NAN",
    "190:20:30.15",
    "2023",
    "2023-06-30",
    "2023-06",
    "2023-Q2",
    "2021-03..2021-06",
    "2023-13-45",
    "12:30",
    "1_2:3_0",
    "<<",
    "=",
    "!",
    "&",
    "*",
    "9" * 5000,
    "0x" + "f" * 4000,
    "1.5\n",
    "2023\n",
    "true\n",
    "Tổ chức",
    "0.",
    "-",
    "+",
    ".",
]


@pytest.mark.parametrize("value", CASES)
def test_each_value_as_pyyaml_makes_it(value):
    assert _same(_ours(value), _theirs(value))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789_:.-+eEbxXoOaAfFinINftTrRuUsSyYlL ~<=!&*\n", max_size=12))
def test_any_plain_scalar_as_pyyaml_makes_it(value):
    assert _same(_ours(value), _theirs(value))


def test_the_lengths_the_c_loader_is_given_are_pyyamls(monkeypatch):
    """``resolvable_lengths`` from the copied table is what it was from PyYAML's (the C loader
    trusts it to call no resolver for a longer scalar)."""
    monkeypatch.setattr(yamlplain, "RESOLVERS", Loader.yaml_implicit_resolvers)
    from_pyyaml = yamlplain.resolvable_lengths()
    monkeypatch.undo()
    assert yamlplain.resolvable_lengths() == from_pyyaml
    assert yamlplain.LENGTHS == from_pyyaml  # the table the C loader is given, written out
    assert yamlfast._accelerator() is not None


NO_YAML = """
import sys
from kehoach.cli import main
code = main(["validate", "--format", "parsable", "plans/2022/kh.yaml"])
assert code == 0, code
loaded = sorted(m for m in sys.modules if m == "yaml" or m.startswith("yaml."))
print(loaded)
"""


def test_a_run_whose_files_the_one_pass_reads_imports_no_yaml(repo):
    done = subprocess.run(
        [sys.executable, "-c", NO_YAML], cwd=repo, capture_output=True, encoding="utf-8", timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_files_nfc_is_scanned_once(monkeypatch, tmp_path):
    """The loader (to read values as NFC) and the text check KH301 ask it of the same text: one
    scan of the whole text, not two."""
    import unicodedata

    from kehoach.io import yamlio

    calls = []
    real = unicodedata.is_normalized
    monkeypatch.setattr(
        unicodedata, "is_normalized", lambda form, s: calls.append(len(s)) or real(form, s)
    )
    from kehoach.checks.text import not_nfc

    text = "kind: plan\ntitle: Kế hoạch năm 2023\n"
    yamlio.parse("kh.yaml", text)
    assert not_nfc("kh.yaml", text) == []
    assert calls == [len(text)]
