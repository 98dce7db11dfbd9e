"""The only door from the importer to the rest of kehoach.

Every importer module takes what it needs from the core through here, so that when a core module
moves, re-pointing the importer is a one-line change in this file. ``validate_files`` is the one
place that runs the validation pipeline (imported lazily: it is heavy).
"""

from __future__ import annotations

from ...errors import EXIT_PROBLEMS, EXIT_USAGE, KehoachError
from ...problem import Problem
from ...resources import schemas_dir
from ...timeexpr import TimeError, parse_time
from ...viet import symbol_text
from ...yamlio import parse as parse_yaml
from ...yamlio import read as read_yaml

__all__ = [
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "KehoachError",
    "Problem",
    "TimeError",
    "parse_time",
    "parse_yaml",
    "read_yaml",
    "schemas_dir",
    "symbol_text",
    "validate_files",
]


def validate_files(paths: list[str]) -> list[Problem]:
    """Every problem ``kehoach validate`` finds in ``paths`` (no cache, one process)."""
    from ...validate import run

    return run(paths, use_cache=False, jobs=1).problems
