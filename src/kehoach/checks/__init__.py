"""Checks, each registered with a stable code, a short name, a level and a docstring that becomes
its documentation (``kehoach checks``, ``docs/checks.md``).

Kinds of checks:
- ``file``: reading and parsing (KH1xx) — produced by ``yamlio``; documented here.
- ``schema``: JSON Schema (KH2xx) — produced by ``schema``; documented here.
- ``text``: the raw text of a file (KH3xx): ``func(path, text) -> list[Problem]`` with positions.
- ``repo``: the whole repository (KH4xx): ``func(repo) -> Iterable[Finding]``; positions are found
  later from each finding's JSON path.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from ..problem import Problem


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


def run_repo_checks(repo, disabled: Iterable[str] = ()) -> list[Problem]:
    off = set(disabled)
    out: list[Problem] = []
    for check in all_checks():
        if check.scope != "repo" or check.code in off or check.func is None:
            continue
        for f in check.func(repo):
            out.append(
                Problem(f.path, 0, 0, check.code, check.level, f.message, tuple(f.json_path))
            )
    return out


def run_text_checks(path: str, text: str, disabled: Iterable[str] = ()) -> list[Problem]:
    off = set(disabled)
    out: list[Problem] = []
    for check in all_checks():
        if check.scope == "text" and check.code not in off and check.func is not None:
            out.extend(check.func(path, text))
    return out


def all_checks() -> list[Check]:
    _load()
    return [REGISTRY[c] for c in sorted(REGISTRY)]


_loaded = False


def _load() -> None:
    global _loaded
    if not _loaded:
        from . import builtin, dates, document, programs, references, text  # noqa: F401

        _loaded = True
