"""Write a draft as YAML text: block style, keys in the order given, long text folded (``>-``),
text of several lines as a literal block (``|-``, a title as its author broke it),
``# TODO: …`` comments at the end of the lines they are about (``kehoach validate`` reports them
as KH418) and plain comment lines above keys. The same draft always gives the same bytes.

Scalars are written plain when YAML reads them back as the same string, else double-quoted; a
date ``2021-02-05`` stays plain (kehoach reads dates as strings). The result is read back and
compared with the data before it is returned, so a quoting mistake can never change a value.
"""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache

import yaml

from .draft import Draft

WIDTH = 96
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PLAIN_START = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`]")


_SAFE = re.compile(r"^[^\W\d_][\w .,;()/&%’“”–+\-…]*$")  # a word first, no YAML indicator after
_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _plain_ok(s: str) -> bool:
    if _SAFE.match(s) and s.lower() not in _SPECIAL and s == s.strip() and "  " not in s:
        return True
    return _plain_slow(s)


@lru_cache(maxsize=4096)
def _plain_slow(s: str) -> bool:
    if not s or s != s.strip() or "\n" in s or "\t" in s:
        return False
    if not _PLAIN_START.match(s) and not re.match(r"^-[^\s]", s):
        return False
    if ": " in s or " #" in s or s.endswith(":"):
        return False
    if _DATE.match(s):
        return True
    try:
        return yaml.load(s, Loader=yaml.CSafeLoader) == s
    except yaml.YAMLError:
        return False


def _quoted(s: str) -> str:
    out = yaml.dump(s, Dumper=yaml.CSafeDumper, default_style='"', allow_unicode=True, width=10**9)
    return out.strip()


def scalar(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    s = str(value)
    return s if _plain_ok(s) else _quoted(s)


def _comment(*messages: str | None) -> str:
    text = "; ".join(m for m in messages if m)
    return f"  # TODO: {text}" if text else ""


def _flow(values: list) -> str:
    """A list of scalars on one line: ``[a, "b, c", 3]``."""
    parts = []
    for v in values:
        s = scalar(v)
        if isinstance(v, str) and not s.startswith('"') and re.search(r"[,\[\]{}]", s):
            s = _quoted(v)
        parts.append(s)
    return "[" + ", ".join(parts) + "]"


def _fold(s: str, indent: int) -> list[str] | None:
    """Lines of a folded scalar, or None when folding could change the text."""
    if len(s) + indent <= WIDTH or s != " ".join(s.split()) or not s:
        return None
    lines = textwrap.wrap(s, WIDTH - indent, break_long_words=False, break_on_hyphens=False)
    if " ".join(lines) != s or any(ln[:1] in ("#",) for ln in lines[:1]):
        return None
    return lines


def _literal(s: str) -> list[str] | None:
    """The lines of a literal block scalar (``|-``) for a text of several clean lines, or None."""
    if "\n" not in s:
        return None
    lines = s.split("\n")
    if any(not ln or ln != " ".join(ln.split()) for ln in lines):
        return None
    return lines


class _Writer:
    def __init__(self, draft: Draft):
        self.todos = draft.todos
        self.notes = draft.notes
        self.out: list[str] = []

    def notes_for(self, path: tuple, pad: str) -> None:
        for line in self.notes.get(path, []):
            self.out.append(f"{pad}# {line}")

    def value(self, head: str, value, path: tuple, indent: int, extra: str | None = None) -> None:
        """``head`` is '<pad>key:' or '<pad>-'; writes the value after it. Block content goes two
        columns right of ``indent`` (the column of the key or the dash)."""
        pad = " " * indent
        comment = _comment(self.todos.get(path), extra)
        if isinstance(value, dict) and value:
            if head.endswith(":"):
                self.out.append(f"{head}{comment}")
                self.mapping(value, path, indent + 2)
                return
            first = True
            for k, v in value.items():  # a list item: its first key on the dash line
                if not first:
                    self.notes_for(path + (k,), pad + "  ")
                lead = f"{head} " if first else f"{pad}  "
                self.value(f"{lead}{k}:", v, path + (k,), indent + 2,
                           self.todos.get(path) if first else None)  # fmt: skip
                first = False
            return
        if isinstance(value, list) and value:
            if not head.endswith(":") and all(not isinstance(v, (dict, list)) for v in value):
                self.out.append(f"{head} {_flow(value)}{comment}")
                return
            self.out.append(f"{head}{comment}")
            inner = indent if head.endswith(":") else indent + 2
            for i, item in enumerate(value):
                self.notes_for(path + (i,), " " * inner)
                self.value(f"{' ' * inner}-", item, path + (i,), inner)
            return
        if isinstance(value, (dict, list)):
            self.out.append(f"{head} {'{}' if isinstance(value, dict) else '[]'}{comment}")
            return
        if isinstance(value, str):
            lines = _literal(value)
            if lines:  # a title broken into lines by its author: "title: |-"
                self.out.append(f"{head} |-{comment}")
                self.out.extend(f"{pad}  {ln}" for ln in lines)
                return
            folded = _fold(value, indent + 2)
            if folded:
                self.out.append(f"{head} >-{comment}")
                self.out.extend(f"{pad}  {ln}" for ln in folded)
                return
        self.out.append(f"{head} {scalar(value)}{comment}")

    def mapping(self, data: dict, path: tuple, indent: int) -> None:
        pad = " " * indent
        for k, v in data.items():
            self.notes_for(path + (k,), pad)
            self.value(f"{pad}{k}:", v, path + (k,), indent)


def dump(draft: Draft, header: list[str] | None = None) -> str:
    """The YAML text of ``draft``; ``header`` lines are written first as comments."""
    w = _Writer(draft)
    for line in header or []:
        w.out.append(f"# {line}" if line else "#")
    w.mapping(draft.data, (), 0)
    text = "\n".join(w.out) + "\n"
    back = yaml.load(text, Loader=_Loader)
    if back != draft.data:
        raise AssertionError("the YAML writer changed a value")  # a bug, never the user's data
    return text


class _Loader(yaml.CSafeLoader):  # dates stay strings, as kehoach reads them
    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
    }


def trailer(lines: list[str]) -> list[str]:
    """Comment lines for the end of the draft."""
    return [f"# {ln}" if ln else "#" for ln in lines]
