"""Find a plan repository and its files.

A repository is the folder holding ``kehoach.yaml`` (or, failing that, ``orgs.yaml``); every
``*.yaml``/``*.yml`` below it is part of it, except hidden folders, ``templates/`` and what
``exclude`` in ``kehoach.yaml`` names.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import KehoachError
from .yamlio import read

SETTINGS_FILE = "kehoach.yaml"
ORGS_FILE = "orgs.yaml"
SKIP_DIRS = {"templates", "node_modules", "__pycache__", "out", "build", "dist"}
YAML_SUFFIXES = (".yaml", ".yml")


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding kehoach.yaml, else orgs.yaml, else start."""
    start = start.resolve()
    for marker in (SETTINGS_FILE, ORGS_FILE):
        for folder in (start, *start.parents):
            if (folder / marker).is_file():
                return folder
    return start


def display_path(path: Path) -> str:
    """Path as shown to the user: relative to the working directory when below it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def walk(folder: Path) -> list[Path]:
    """Every YAML file below ``folder``, hidden folders and files, ``templates/``… left out."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(filenames):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                out.append(Path(dirpath) / name)
    return out


def _relative_parts(path: Path, root: Path) -> tuple[str, ...]:
    try:
        return path.relative_to(root).parts
    except ValueError:
        return (path.name,)


def _excluded(path: Path, root: Path, globs: list[str]) -> bool:
    """Named by ``exclude`` in kehoach.yaml (globs relative to the repository root)."""
    rel = "/".join(_relative_parts(path, root))
    return any(fnmatch.fnmatch(rel, g) for g in globs)


def _exclude_setting(root: Path) -> list[str]:
    """``exclude`` of the repository's kehoach.yaml; a broken file is reported by validation, not here."""
    path = root / SETTINGS_FILE
    if not path.is_file():
        return []
    data = read(str(path)).data
    globs = data.get("exclude") if isinstance(data, dict) else None
    return [g for g in globs if isinstance(g, str)] if isinstance(globs, list) else []


def _skipped(path: Path, root: Path) -> bool:
    """A named file the repository walk would not visit: hidden, or under templates/ and the like
    (pre-commit passes every staged YAML file, ``.pre-commit-config.yaml`` included)."""
    parts = _relative_parts(path, root)
    return any(part.startswith(".") for part in parts) or any(
        part in SKIP_DIRS for part in parts[:-1]
    )


@dataclass
class Scope:
    """What a command works on: the repository root, every file of it, and the files asked for."""

    root: Path
    files: list[Path]
    targets: set[Path]


def discover(paths: list[str] | None) -> Scope:
    """Resolve command-line paths (files or folders) to a repository scope; files matching the
    repository's ``exclude`` globs are left out, named on the command line or not."""
    given = [Path(p) for p in (paths or [])]
    for p in given:
        if not p.exists():
            raise KehoachError(f"Không tìm thấy đường dẫn: {p}")
    anchor = given[0] if given else Path.cwd()
    root = find_root(anchor if anchor.is_dir() else anchor.parent)
    globs = _exclude_setting(root)
    files = [f for f in walk(root) if not _excluded(f, root, globs)]
    known = set(files)
    targets: set[Path] = set()
    for p in given or [root]:
        if p.is_dir():
            targets.update(f for f in walk(p.resolve()) if not _excluded(f, root, globs))
        elif not _skipped(p.resolve(), root) and not _excluded(p.resolve(), root, globs):
            targets.add(p.resolve())
    for t in targets:
        if t not in known:
            files.append(t)
    return Scope(root, files, targets)


# every ``kind:`` a file may have; each is validated against ``schemas/<kind>.schema.json``
KINDS = ("settings", "orgs", "program", "plan", "decision", "rules", "report")


def classify(path: Path, data: object) -> str:
    """settings | orgs | program | plan | decision | rules | report | unknown."""
    if path.name == SETTINGS_FILE:
        return "settings"
    if path.name == ORGS_FILE:
        return "orgs"
    if isinstance(data, dict):
        kind = data.get("kind")
        if kind in KINDS:
            return kind
    return "unknown"
