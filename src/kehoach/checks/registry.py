"""The registry of checks: each has a stable code, a short name, a level, a scope and a docstring
that becomes its documentation (``kehoach checks``, ``docs/checks.md``).

Scopes:
- ``file``: reading and parsing (KH1xx) — produced by ``io.yamlio``; documented in ``loading``.
- ``schema``: JSON Schema (KH2xx) — produced by ``schema``; documented in ``loading``.
- ``text``: the raw text of a file (KH3xx): ``func(path, text) -> list[Problem]`` with positions.
- ``data``: the parsed data of one file, before its schema (KH305, KH207):
  ``func(path, kind, data, text) -> Iterable[Finding]``; positions are found from each finding's
  JSON path.
- ``repo``: the whole repository (KH4xx): ``func(repo) -> Iterable[Finding]``; positions are found
  later from each finding's JSON path.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple


class Finding(NamedTuple):
    path: str  # display path of the file
    json_path: tuple  # where in the file
    message: str


@dataclass(frozen=True)
class Check:
    code: str
    name: str
    level: str
    scope: str
    doc: str
    func: Callable | None = None


REGISTRY: dict[str, Check] = {}


def _doc(text: str | None) -> str:
    return inspect.cleandoc(text or "").strip()


def register(code: str, name: str, *, level: str = "error", scope: str = "repo"):
    """Decorator registering a check function under ``code``."""

    def wrap(func: Callable) -> Callable:
        if code in REGISTRY:
            raise RuntimeError(f"duplicate check code {code}")
        REGISTRY[code] = Check(code, name, level, scope, _doc(func.__doc__), func)
        return func

    return wrap


def describe(code: str, name: str, doc: str, *, scope: str, level: str = "error") -> None:
    """Document a problem code produced outside the registry (parsing, schema)."""
    REGISTRY[code] = Check(code, name, level, scope, _doc(doc))
