"""Source lines of agenda entries, found lazily, only for the entries about to be shown.

Plan files are written in block style, so a JSON path such as ``("contents", "activities", 3)``
is found by scanning indentation (``scan``), which is many times faster than composing the file
with libyaml; when the scan cannot follow the path (flow style, quoted keys, anchors…) the file
is composed with marks instead (``compose``), which always gives the exact node.

The scan works on the whole text, never on a table of its lines: a path visits a few keys and one
sequence, so only the lines at or left of a column are looked at, each found by a precompiled
pattern searching the text in C (``_upto``: the next line holding content — not blank, not a
comment — indented by at most so many spaces). A line is named by the position of the newline
before it (the text is kept with one newline in front, so the first line has one too).

A command that shows many entries of the same lists (``due``, ``who``: every activity) is given
the lines of their items by the C line scanner as each file is read, or has them found in one
pass when a file is read for one of them (``item_lines``); either way they are kept beside the
cache (``loadparts``, ``io.cachelines``, ``Loaded.line_finder``): the next run reads no file for
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import positions
from .yamlio import decode, read_bytes

__all__ = ["Index", "LineFinder", "item_lines", "scan"]

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")
_SIMPLE_VALUE = re.compile(r"\s*(#.*)?$")
# a line's indentation counts its leading spaces; it holds content when what follows them matches
# ``\s*[^\s#]`` (other whitespace, then neither whitespace nor the start of a comment)
_ANY = re.compile(r"\n( *)(?! )[^\S\n]*[^\s#]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LEAF = 10**6  # the column of a scalar written on its key's line: it has no children


@lru_cache(maxsize=256)
def _upto(col: int) -> re.Pattern[str]:
    """The newline before the next line holding content indented by at most ``col`` spaces (the
    spaces are group 1)."""
    return re.compile(rf"\n( {{0,{col}}})(?! )[^\S\n]*[^\s#]")


@lru_cache(maxsize=256)
def _key_line(col: int, key: str) -> re.Pattern[str]:
    """The newline before the first line that is either ``key:`` at column ``col`` (a key
    followed by whitespace or the end of the line) or holds content left of ``col`` (group 1:
    the node ended there). Lines further right, blank lines and comments are passed over."""
    # at column 0 nothing is further left: the first branch never matches (group 1 stays)
    left = rf"( {{0,{col - 1}}})(?! )[^\S\n]*[^\s#]" if col else "()(?!)"
    return re.compile(rf"\n(?:{left}| {{{col}}}{key}:(?:[^\S\n]|$))", re.MULTILINE)


@lru_cache(maxsize=256)
def _dashes(col: int) -> re.Pattern[str]:
    """The newline before each line whose ``col`` spaces are followed by ``-`` and a space or the
    end of the line: the items of a block sequence at that column."""
    return re.compile(rf"\n {{{col}}}-(?: |$)", re.MULTILINE)


class Text:
    """A file's text with a newline in front, and the scan states already reached (paths share
    prefixes: every activity of a plan) and the items of each sequence met (``dashes``)."""

    def __init__(self, text: str):
        self.source = text
        self.text = "\n" + text
        self.states: dict[tuple, tuple | None] = {(): (0, len(self.text), 0, None, -1)}
        self.dashes: dict[tuple[int, int, int], list[int]] = {}

    def end(self, at: int) -> int:
        """Where the line after the newline at ``at`` ends (its own newline, or the text's end)."""
        found = self.text.find("\n", at + 1)
        return len(self.text) if found < 0 else found

    def line(self, at: int) -> str:
        return self.text[at + 1 : self.end(at)]

    def number(self, at: int) -> int:
        """1-based number of the line after the newline at ``at``."""
        return self.text.count("\n", 0, at) + 1


def scan(text: Text, path: tuple) -> int | None:
    """1-based line of the block-style node at ``path``, or None when the scan cannot tell."""
    state = _state(text, path)
    return None if state is None or state[3] is None else text.number(state[3])


def _state(text: Text, path: tuple) -> tuple | None:
    # A state is (start, end, col, first, dash): the node's children live on the lines from the
    # newline at ``start`` up to the newline at ``end``, at column ``col``; ``first`` is where the
    # node begins; a '- key: v' item's first key is on its dash line (``dash``, else -1).
    depth = len(path)
    while path[:depth] not in text.states:
        depth -= 1
    state = text.states[path[:depth]]
    for i in range(depth, len(path)):
        state = None if state is None else _step(text, state, path[i])
        text.states[path[: i + 1]] = state
    return state


def item_lines(text: Text, path: tuple) -> tuple[int, ...] | None:
    """1-based lines of the items of the block sequence at ``path``: ``scan(text, path + (i,))``
    for every item ``i`` the scan finds, counted in one pass over the text instead of from its
    start for each item. None when the scan cannot follow ``path``."""
    state = _state(text, path)
    if state is None or state[2] == _LEAF:
        return None
    lines = []
    at = line = 0  # the newline count up to ``at``, plus one: the line number there
    whole = text.text
    for dash in _items(text, state):
        line += whole.count("\n", at, dash)
        at = dash
        lines.append(line + 1)
    return tuple(lines)


def _step(t: Text, state: tuple, step) -> tuple | None:
    if state[2] == _LEAF:
        return None
    if isinstance(step, str):
        return _key(t, state, step)
    if isinstance(step, int):
        return _item(t, state, step)
    return None


def _key(t: Text, state: tuple, key: str) -> tuple | None:
    text = t.text
    start, end, col, _, dash = state
    found = None
    pos = start
    if dash == start:  # a '- key: v' item: its first key is on the dash line, at ``col``
        pos = t.end(start)
        m = _KEY.match(text, start + 1 + col, pos)
        if m and m[1] == key:
            found = start
    if found is None:
        if _IDENTIFIER.fullmatch(key) is None:
            return None  # not a key the scan reads
        m = _key_line(col, key).search(text, pos, end)
        if m is None or m[1] is not None:  # no such key, or the node ends before it
            return None
        found = m.start()
    eol = t.end(found)
    if not _SIMPLE_VALUE.match(text, found + 1 + col + len(key) + 1, eol):
        return (found, eol, _LEAF, found, -1)  # inline value: a leaf (or flow style)
    m = _ANY.search(text, eol, end)
    if m is None:
        return None
    nxt, child = m.start(), len(m[1])
    if child < col or (child == col and not t.line(nxt).lstrip().startswith("- ")):
        return None
    stop = end
    if child > col:  # the value ends at the first line left of its column
        m = _upto(child - 1).search(text, nxt, end)
        if m is not None:
            stop = m.start()
    else:  # a sequence at its key's column ends at the first line there that is not an item
        for m in _upto(col).finditer(text, nxt, end):
            if len(m[1]) < col or not t.line(m.start()).lstrip().startswith("- "):
                stop = m.start()
                break
    return (nxt, stop, child, found, -1)


def _items(t: Text, state: tuple) -> list[int]:
    """Where the items of the sequence of ``state`` begin (the newline before each dash), found
    once for all its items."""
    start, end, col, _, dash = state
    dashes = t.dashes.get((start, end, col))
    if dashes is None:
        dashes = t.dashes[(start, end, col)] = [
            m.start() for m in _dashes(col).finditer(t.text, start, end)
        ]
        if start == dash and t.line(start)[col : col + 2] in ("- ", "-"):
            dashes.insert(0, start)  # '- - x': a sequence inside a sequence item starts on its dash
    return dashes


def _item(t: Text, state: tuple, step: int) -> tuple | None:
    end, col = state[1], state[2]
    dashes = _items(t, state)
    if not 0 <= step < len(dashes):
        return None
    item = dashes[step]
    stop = dashes[step + 1] if step + 1 < len(dashes) else end
    after = t.line(item)[col + 1 :]
    inner = col + 1 + len(after) - len(after.lstrip(" "))
    return (item, stop, inner, item, item)


Index = dict[tuple, tuple[int, ...]]  # a list's JSON path -> the lines of its items


class LineFinder:
    """``line(path, json_path)`` → 1-based line of the entry, reading each file once.
    ``lookup(path)``: the lines of list items found before (an ``Index``, or None), asked once for
    a file when an entry of it is first shown, and given without reading the file;
    ``learn(path, raw, text)``, asked for each file read: the lines of its lists, found in the
    same pass (``loadparts.index``), or None."""

    def __init__(
        self,
        lookup: Callable[[str], Index | None] | None = None,
        learn: Callable[[str, bytes, str], Index | None] | None = None,
    ) -> None:
        self._texts: dict[str, Text | None] = {}
        self._roots: dict[str, object] = {}
        self._known: dict[str, Index | None] = {}  # what ``lookup`` or ``learn`` gave, by file
        self._learn = learn
        self._lookup = lookup

    def _text(self, path: str) -> Text | None:
        if path not in self._texts:
            raw, _ = read_bytes(path)  # a regular file, never one that blocks
            text = None if raw is None else decode(path, raw)[0]
            self._texts[path] = None if text is None else Text(text)
            if raw is not None and text is not None and self._learn and not self._known.get(path):
                self._known[path] = self._learn(path, raw, text)
        return self._texts[path]

    def _indexed(self, path: str, json_path: tuple) -> int | None:
        """The line of an item that the file's index holds: what ``scan`` gives for it, since
        ``item_lines`` (or the C line scanner, held to it) found it the same way."""
        if path not in self._known:
            self._known[path] = None if self._lookup is None else self._lookup(path)
        index = self._known[path]
        if index is None or not json_path:
            return None
        lines, i = index.get(json_path[:-1]), json_path[-1]
        if lines is not None and i.__class__ is int and 0 <= i < len(lines):
            return lines[i]
        return None

    def line(self, path: str, json_path: tuple) -> int:
        found = self._indexed(path, json_path)
        if found is not None:
            return found
        text = self._text(path)
        if self._learn is not None and (found := self._indexed(path, json_path)) is not None:
            return found  # learnt as the file was read
        if text is None:
            return 0
        found = scan(text, json_path)
        if found is not None:
            return found
        if path not in self._roots:
            self._roots[path] = positions.compose(text.source)
        root = self._roots[path]
        return 0 if root is None else positions.locate(root, json_path)[0]

    def fill(self, items) -> None:
        """Set ``item.line`` on every item (objects with ``doc_path`` and ``json_path``), one file
        at a time: each file is read once and let go before the next, so memory is bounded by the
        largest file, not the repository."""
        by_path: dict[str, list] = {}
        for item in items:
            by_path.setdefault(item.doc_path, []).append(item)
        for path, group in by_path.items():
            for item in group:
                item.line = self.line(path, item.json_path)
            self._texts.pop(path, None)
            self._roots.pop(path, None)
