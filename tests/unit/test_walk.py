"""``io.walk``: the rules of which files make a repository, on plain ``str`` paths, shared by
``io.discover`` and the key of a remembered answer (issue 14) — one set of rules, not two."""

from __future__ import annotations

import os
import re

from hypothesis import given
from hypothesis import strategies as st

from kehoach.io import discover, walk

# the patterns the names were checked with before ``io.walk`` dropped ``re`` (it costs the light
# path more than the whole look-up of a remembered answer may take)
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
UNDECODED = re.compile("[\udc80-\udcff]")


def reference(name: str) -> str | None:
    if CONTROL.search(name):
        return "control"
    if UNDECODED.search(name):
        return "undecoded"
    return None


SUSPECTS = st.sampled_from(
    [
        "\n",
        "\x1b",
        "\x7f",
        "\x85",
        "\x9f",
        "\u2028",
        "\u2029",
        "\udc80",
        "\udcff",
        "\u00a0",
        "\u200b",
    ]
)


@given(st.lists(st.one_of(st.characters(), SUSPECTS), max_size=12).map("".join))
def test_bad_name_says_what_the_patterns_said(name):
    why = walk.bad_name(name)
    expected = reference(name)
    assert (why is None) == (expected is None)
    if expected == "control":
        assert "điều khiển" in why
    elif expected == "undecoded":
        assert "UTF-8" in why


def test_discover_walks_by_the_same_rules(tmp_path):
    for rel in ["kehoach.yaml", "a.yml", "plans/b.yaml", ".hidden/c.yaml", "templates/d.yaml",
                "plans/.e.yaml", "plans/f.txt", "x/y/z.yaml"]:  # fmt: skip
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("a: 1\n", encoding="utf-8")
    os.mkfifo(tmp_path / "plans/pipe.yaml")
    (tmp_path / "plans/link.yaml").symlink_to(tmp_path / "a.yml")
    refused_paths: dict = {}
    refused_strs: dict[str, str] = {}
    paths = discover.walk(tmp_path, tmp_path, refused_paths)
    strs = walk.yaml_files(str(tmp_path), str(tmp_path), refused_strs)
    assert [str(p) for p in paths] == strs
    assert {str(p): why for p, why in refused_paths.items()} == refused_strs
    assert [os.path.relpath(p, tmp_path) for p in strs] == [
        "a.yml", "kehoach.yaml", "plans/b.yaml", "plans/link.yaml", "plans/pipe.yaml", "x/y/z.yaml"
    ]  # fmt: skip
    assert list(refused_strs) == [str(tmp_path / "plans/pipe.yaml")]
    links: dict[str, str] = {}
    walk.yaml_files(str(tmp_path), str(tmp_path), links, links=False)
    assert links[str(tmp_path / "plans/link.yaml")] == walk.LINK  # the answers' key: no links


def test_the_root_is_found_as_discover_finds_it(tmp_path):
    (tmp_path / "orgs.yaml").write_text("orgs: []\n", encoding="utf-8")
    deep = tmp_path / "plans/2024"
    deep.mkdir(parents=True)
    assert walk.lexical_root(str(deep)) == str(tmp_path) == str(discover.find_root(deep))
    (deep / "kehoach.yaml").write_text("kind: settings\n", encoding="utf-8")
    assert walk.lexical_root(str(deep)) == str(deep)  # kehoach.yaml first, at any height
    assert walk.has_marker(str(deep)) and not walk.has_marker(str(tmp_path / "plans"))
