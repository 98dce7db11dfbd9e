"""The source-line scan (``io.lines``) searches the whole text with precompiled patterns instead of
building a table of every line (issue 14: ``due`` reads the ~430 files of the items it lists).
It must give the same answer as the line-table scan it replaced, for every path of every text —
the line printed in ``file:line`` (and whether the composed tree is asked instead) is unchanged.
``LineTable`` below is that scan as it was, kept here as the reference."""

from __future__ import annotations

import re
from itertools import repeat
from operator import sub

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES
from kehoach.io import positions, yamlfast
from kehoach.io.lines import _ANY, LineFinder, Text, _dashes, _upto, item_lines, scan

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")
_SIMPLE_VALUE = re.compile(r"\s*(#.*)?$")
_CONTENT = re.compile(r"\s*[^\s#]")


class LineTable:
    """The reference: every line's indentation and whether it holds content, in lists."""

    def __init__(self, text: str):
        self.lines = lines = text.split("\n")
        stripped = list(map(str.lstrip, lines, repeat(" ")))
        self.indent = list(map(sub, map(len, lines), map(len, stripped)))
        self.content = [
            s[:1] not in ("", "#") and (not s[0].isspace() or _CONTENT.match(s) is not None)
            for s in stripped
        ]
        self.states: dict[tuple, tuple | None] = {(): (0, len(self.lines), 0, None, -1)}
        self.dashes: dict[tuple[int, int, int], list[int]] = {}


def reference_scan(text: LineTable, path: tuple) -> int | None:
    depth = len(path)
    while path[:depth] not in text.states:
        depth -= 1
    state = text.states[path[:depth]]
    for i in range(depth, len(path)):
        state = None if state is None else _reference_step(text, state, path[i])
        text.states[path[: i + 1]] = state
    return None if state is None or state[3] is None else state[3] + 1


def _reference_step(t: LineTable, state: tuple, step) -> tuple | None:  # noqa: C901
    lines, indent, content = t.lines, t.indent, t.content
    start, end, col, _, dash_line = state
    if isinstance(step, str):
        found = None
        for i in range(start, end):
            if not content[i]:
                continue
            ind = col if i == dash_line else indent[i]
            if ind < col:
                return None
            if ind == col:
                m = _KEY.match(lines[i], ind)
                if m and m[1] == step:
                    found = i
                    break
        if found is None:
            return None
        rest = lines[found][col + len(step) + 1 :]
        if not _SIMPLE_VALUE.match(rest):
            return (found, found + 1, 10**6, found, -1)
        nxt = next((j for j in range(found + 1, end) if content[j]), None)
        if nxt is None:
            return None
        child = indent[nxt]
        if child < col or (child == col and not lines[nxt].lstrip().startswith("- ")):
            return None
        stop = end
        for j in range(nxt, end):
            if content[j] and (
                indent[j] < child or (indent[j] == col and not lines[j].lstrip().startswith("- "))
            ):
                stop = j
                break
        return (nxt, stop, child, found, -1)
    if not isinstance(step, int):
        return None
    dashes = t.dashes.get((start, end, col))
    if dashes is None:
        dashes = t.dashes[(start, end, col)] = [
            i
            for i in range(start, end)
            if content[i] and indent[i] == col and lines[i][col : col + 2] in ("- ", "-")
        ]
        if start == dash_line and lines[start][col : col + 2] in ("- ", "-"):
            dashes.insert(0, start)
    if not 0 <= step < len(dashes):
        return None
    item = dashes[step]
    stop = dashes[step + 1] if step + 1 < len(dashes) else end
    after = lines[item][col + 1 :]
    inner = col + 1 + len(after) - len(after.lstrip(" "))
    return (item, stop, inner, item, item)


def _paths(node, prefix=()):
    """Every JSON path of a data tree (keys and list entries)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield prefix + (key,)
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield prefix + (i,)
            yield from _paths(value, prefix + (i,))


def _near(paths):
    """Each path, the next entry of its list, and one step further: paths that lead nowhere or
    into a sibling when a node's end is misread."""
    for path in paths:
        yield path
        if isinstance(path[-1], int):
            yield path[:-1] + (path[-1] + 1,)
        yield path + (0,)
        yield path + ("a",)


def _same(text: str, paths) -> int:
    """Assert both scans agree on every path; how many the scan found."""
    new, old = Text(text), LineTable(text)
    found = 0
    for path in paths:
        want = reference_scan(old, path)
        assert scan(new, path) == want, (path, text)
        found += want is not None
    return found


LINE_TEXT = st.one_of(
    st.text(alphabet=" \t\r\u00a0\u3000\x1c#-:ax", max_size=8),
    st.builds(
        str.__add__,
        st.sampled_from(["", " ", "  ", "   ", "    "]),
        st.sampled_from(["-", "- x", "-x", "- # c", "#", "\t-", "a: 1", "\r", "-\r", "\u00a0x"]),
    ),
)


@settings(max_examples=300)
@given(st.lists(LINE_TEXT, max_size=12), st.integers(0, 5))
def test_the_patterns_find_the_lines_content_and_indentation_define(lines, col):
    """``_ANY`` stops at exactly the lines holding content (``\\s*[^\\s#]`` after the spaces),
    ``_upto(col)`` at those indented by at most ``col`` spaces; ``_dashes(col)`` at the items of
    a sequence at ``col``; a line is numbered from the newline before it."""
    text = Text("\n".join(lines))
    table = LineTable("\n".join(lines))
    anywhere = [text.number(m.start()) for m in _ANY.finditer(text.text)]
    assert anywhere == [i + 1 for i in range(len(lines)) if table.content[i]]
    found = [text.number(m.start()) for m in _upto(col).finditer(text.text)]
    assert found == [
        i + 1 for i in range(len(lines)) if table.content[i] and table.indent[i] <= col
    ]
    dashes = [text.number(m.start()) for m in _dashes(col).finditer(text.text)]
    assert dashes == [
        i + 1
        for i, line in enumerate(lines)
        if table.indent[i] == col and line[col : col + 2] in ("- ", "-")
    ]


KEYS = st.sampled_from(["title", "lead", "time", "activities", "a", "b_c", "x1", "ê", "a-b"])
TREES = st.recursive(
    st.one_of(st.text(alphabet="ab -:#ê", max_size=6), st.integers(0, 99), st.booleans()),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3),
        st.dictionaries(KEYS, inner, min_size=1, max_size=3),
    ),
    max_leaves=14,
)
ODD_LINES = st.sampled_from(
    [
        "",
        "# note",
        "   ",
        "  # x",
        "\t# tab",
        "  \tx: 1",
        "-",
        "  - ",
        "- - y",
        "a:",
        "  b: |",
        "\r",
    ]
)


def _yaml_text(data, indent: int, flow: bool, inserted, crlf: bool) -> str:
    """``data`` dumped as YAML (block style, or flow), with the stray lines ``inserted``."""
    dumped = yaml.safe_dump(
        data, indent=indent, sort_keys=False, allow_unicode=True, default_flow_style=flow or None
    )
    lines = dumped.splitlines()
    for at, line in inserted:
        lines.insert(min(at, len(lines)), line)
    return ("\r\n" if crlf else "\n").join(lines) + "\n"


YAML_TEXTS = st.builds(
    lambda data, *how: (data, _yaml_text(data, *how)),
    st.dictionaries(KEYS, TREES, min_size=1, max_size=4),
    st.integers(1, 4),
    st.booleans(),
    st.lists(st.tuples(st.integers(0, 60), ODD_LINES)),
    st.booleans(),
)


@settings(max_examples=300)
@given(YAML_TEXTS, st.lists(st.lists(st.one_of(KEYS, st.integers(-1, 4)), max_size=4), max_size=6))
def test_the_scan_answers_as_the_line_table_did(case, extra):
    """Block YAML of any indentation (and some in flow style), with blank, comment and stray
    lines anywhere, CRLF or not: the same line (or the same give-up) for every path of the data
    and for paths that lead nowhere."""
    data, text = case
    _same(text, [*_near(_paths(data)), *(tuple(p) for p in extra)])


def test_the_scan_answers_as_the_line_table_did_on_every_example():
    """Every path of every example file, and the line of every list entry is the composed
    node's."""
    found = 0
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        found += _same(text, list(_near(_paths(data))))
        tree, finder = positions.compose(text), LineFinder()
        for jp in _paths(data):
            if isinstance(jp[-1], int):
                assert finder.line(str(path), jp) == positions.locate(tree, jp)[0], (path, jp)
    assert found > 1000


def _sequences(node, prefix=()):
    """Every list of a data tree with its path."""
    if isinstance(node, list):
        yield prefix, node
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        yield from _sequences(value, prefix + (key,))


def _lists(node):
    """The JSON path of every list of a data tree."""
    return (path for path, _ in _sequences(node))


def _same_items(text: str, lists) -> int:
    """``item_lines`` of every list is what ``scan`` says of each of its items, one by one (and
    nothing past the last); how many lists the scan could follow."""
    followed = 0
    for path in lists:
        found = item_lines(Text(text), path)
        one_by_one = Text(text)
        if found is None:
            assert scan(one_by_one, path + (0,)) is None, (path, text)
            continue
        followed += 1
        assert found == tuple(scan(one_by_one, path + (i,)) for i in range(len(found))), path
        assert scan(one_by_one, path + (len(found),)) is None, (path, text)
    return followed


@settings(max_examples=300)
@given(YAML_TEXTS)
def test_the_lines_of_a_lists_items_are_those_the_scan_finds_one_by_one(case):
    """``item_lines`` (the lines of every item of a list, counted in one pass, for the lines a
    command learns: ``loadparts.index``) gives for each item what ``scan`` gives for its path, on
    block YAML of any indentation, flow style, stray lines, CRLF."""
    data, text = case
    _same_items(text, [*_lists(data), ("a",), ("activities", 0, "b_c")])


def test_the_lines_of_every_list_of_every_example_are_the_composed_nodes():
    followed = 0
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        lists = list(_lists(data))
        followed += _same_items(text, lists)
        tree = positions.compose(text)
        for jp in lists:
            for i, line in enumerate(item_lines(Text(text), jp) or ()):
                assert line == positions.locate(tree, (*jp, i))[0], (path, jp, i)
    assert followed > 150  # block lists (flow ones, `support: [a, b]`, are leaves to the scan)


def test_lines_known_from_loading_are_given_without_reading_the_file(tmp_path):
    """``LineFinder(lookup)`` answers an item its index holds without the file (gone here); other
    paths are looked for in the file as before."""
    gone = str(tmp_path / "gone.yaml")
    finder = LineFinder({gone: {("contents", "activities"): (7, 12)}}.get)
    assert finder.line(gone, ("contents", "activities", 1)) == 12
    assert finder.line(gone, ("contents", "activities", 2)) == 0  # past the index: the file
    assert finder.line(gone, ("reviews", "schedule", 0)) == 0
    kept = tmp_path / "kept.yaml"
    kept.write_text("contents:\n  activities:\n    - a\n    - b\n", encoding="utf-8")
    finder = LineFinder({str(kept): {("contents", "activities"): (3,)}}.get)
    assert finder.line(str(kept), ("contents", "activities", 1)) == 4  # found in the file


def _marked_as_scanned(text: str) -> int:
    """The lines the C line scanner gives for the items of each sequence it builds are the lines
    of their dashes, one per item, all at the sequence's indentation, in order — the lines
    ``scan`` gives for every item it can find (it gives up on a few sequences the scanner reads:
    a bare ``-`` at its key's indentation); how many sequences it gave."""
    marks: list = []
    try:
        data = yamlfast.load(text, None, marks)
    except yamlfast.Unusual:
        assert not marks
        return 0
    by_id = {id(seq): lines for seq, lines in marks}
    assert len(by_id) == len(marks)
    lines, scanned = text.split("\n"), Text(text)
    given = 0
    for path, seq in _sequences(data):
        if id(seq) not in by_id:
            continue
        given += 1
        marked = by_id[id(seq)]
        assert len(marked) == len(seq), (path, text)
        assert list(marked) == sorted(set(marked)), (path, text)
        indents = set()
        for i, number in enumerate(marked):
            line = lines[number - 1]
            assert line.lstrip(" ").startswith("-"), (path, i, text)
            indents.add(len(line) - len(line.lstrip(" ")))
            found = scan(scanned, path + (i,))
            assert found is None or found == number, (path, i, text)
        assert len(indents) == 1, (path, text)
    return given


@settings(max_examples=300)
@given(YAML_TEXTS)
def test_the_line_scanner_gives_the_lines_the_scan_finds(case):
    """``_cyaml.load(text, marks)``: the lines of sequence items that ``due`` and ``who`` keep as
    each file is read (``loadparts.marked``) are those the scan finds in the text."""
    _marked_as_scanned(case[1])


def test_the_line_scanner_gives_the_lines_of_every_example():
    given = sum(
        _marked_as_scanned(path.read_text(encoding="utf-8")) for path in EXAMPLES.rglob("*.yaml")
    )
    assert given > 150
