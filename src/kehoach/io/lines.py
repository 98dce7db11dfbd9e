"""Source lines of agenda entries, found lazily, only for the entries about to be shown.

Plan files are written in block style, so a JSON path such as ``("contents", "activities", 3)``
is found by scanning indentation (``scan``), which is many times faster than composing the file
with libyaml; when the scan cannot follow the path (flow style, quoted keys, anchors…) the file
is composed with marks instead (``compose``), which always gives the exact node.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import sub

from . import positions
from .yamlio import decode, read_bytes

__all__ = ["LineFinder", "scan"]

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")
_SIMPLE_VALUE = re.compile(r"\s*(#.*)?$")


_CONTENT = re.compile(r"\s*[^\s#]")  # a line holding content: not blank, not a comment


class Text:
    """A file's lines with their indentation and whether they hold content (not blank/comment),
    plus the scan states already reached (paths share prefixes: every activity of a plan) and
    the items of each sequence met (``dashes``). Built with C-level loops (``map``): a plan has
    hundreds of lines, a repository thousands of plans."""

    def __init__(self, text: str):
        self.lines = lines = text.split("\n")
        stripped = list(map(str.lstrip, lines, repeat(" ")))
        self.indent = list(map(sub, map(len, lines), map(len, stripped)))
        # _CONTENT.match(line), asked only of the rare line whose first character after its
        # spaces is other whitespace (a tab…)
        self.content = [
            s[:1] not in ("", "#") and (not s[0].isspace() or _CONTENT.match(s) is not None)
            for s in stripped
        ]
        self.states: dict[tuple, tuple | None] = {(): (0, len(self.lines), 0, None, -1)}
        self.dashes: dict[tuple[int, int, int], list[int]] = {}


def scan(text: Text, path: tuple) -> int | None:
    """1-based line of the block-style node at ``path``, or None when the scan cannot tell."""
    # A state is (start, end, col, first, dash_line): the node's children live in
    # lines[start:end] at column ``col``; ``first`` is the line where the node begins; a
    # '- key: v' item's first key is on its dash line.
    depth = len(path)
    while path[:depth] not in text.states:
        depth -= 1
    state = text.states[path[:depth]]
    for i in range(depth, len(path)):
        state = None if state is None else _step(text, state, path[i])
        text.states[path[: i + 1]] = state
    return None if state is None or state[3] is None else state[3] + 1


def _step(t: Text, state: tuple, step) -> tuple | None:
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
        if not _SIMPLE_VALUE.match(rest):  # inline value: a leaf (or flow style)
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
    if dashes is None:  # the items of this sequence, found once for all its items
        dashes = t.dashes[(start, end, col)] = [
            i
            for i in range(start, end)
            if content[i] and indent[i] == col and lines[i][col : col + 2] in ("- ", "-")
        ]
        if start == dash_line and lines[start][col : col + 2] in ("- ", "-"):
            dashes.insert(0, start)  # '- - x': a sequence inside a sequence item starts on its dash
    if not 0 <= step < len(dashes):
        return None
    item = dashes[step]
    stop = dashes[step + 1] if step + 1 < len(dashes) else end
    after = lines[item][col + 1 :]
    inner = col + 1 + len(after) - len(after.lstrip(" "))
    return (item, stop, inner, item, item)


class LineFinder:
    """``line(path, json_path)`` → 1-based line of the entry, reading each file once."""

    def __init__(self) -> None:
        self._texts: dict[str, Text | None] = {}
        self._roots: dict[str, object] = {}

    def _text(self, path: str) -> Text | None:
        if path not in self._texts:
            raw, _ = read_bytes(path)  # a regular file, never one that blocks
            text = None if raw is None else decode(path, raw)[0]
            self._texts[path] = None if text is None else Text(text)
        return self._texts[path]

    def line(self, path: str, json_path: tuple) -> int:
        text = self._text(path)
        if text is None:
            return 0
        found = scan(text, json_path)
        if found is not None:
            return found
        if path not in self._roots:
            self._roots[path] = positions.compose("\n".join(text.lines))
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
