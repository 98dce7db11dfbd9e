"""Checks: one registry (``registry``), one module per family of checks. The list below is the
whole set; a new family is a new module added to it.

- ``loading``     KH1xx, KH2xx: codes produced while reading, parsing and schema-validating
- ``text``        KH3xx: the raw text (Unicode form, legacy encodings, numbers, placeholders)
- ``references``  what a document names exists: orgs, cited documents, areas, unique ids
- ``dates``       real dates, valid ranges, times inside the period, deadlines after issue
- ``document``    the document as an official text: signatures, Nơi nhận, budget, tables
- ``numbering``   numbers and symbols: unique per body, register and year, in date order (KH404, KH44x)
- ``programs``    a program is carried out: the annual plans its schedule asks for
- ``catalog``     the documentation of every check (``kehoach checks``, docs/checks.md)
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Repository
from ..problem import Problem
from . import (  # noqa: F401 - they register
    dates,
    document,
    loading,
    numbering,
    programs,
    references,
    text,
)
from .registry import REGISTRY, Check, Finding, register

__all__ = ["Check", "Finding", "register", "all_checks", "run_repo_checks", "run_text_checks"]


def all_checks() -> list[Check]:
    return [REGISTRY[c] for c in sorted(REGISTRY)]


def run_repo_checks(repo: Repository, disabled: Iterable[str] = ()) -> list[Problem]:
    """Problems of the repository checks (positions unresolved: line 0, with a JSON path)."""
    off = set(disabled)
    out: list[Problem] = []
    for check in all_checks():
        if check.repo_func is None or check.code in off:
            continue
        for f in check.repo_func(repo):
            out.append(
                Problem(f.path, 0, 0, check.code, check.level, f.message, tuple(f.json_path))
            )
    return out


_TEXT_CHECKS = [c.text_func for c in all_checks() if c.text_func is not None]


def run_text_checks(path: str, source: str) -> list[Problem]:
    """Problems of the text checks, positioned (disabled codes are dropped by the caller)."""
    out: list[Problem] = []
    for check in _TEXT_CHECKS:
        out.extend(check(path, source))
    return out
