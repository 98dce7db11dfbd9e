"""On-disk cache for validation (per-file parse results, compiled schemas).

The cache lives outside the user's repository: ``$KEHOACH_CACHE_DIR``, else
``$XDG_CACHE_HOME/kehoach``, else ``~/.cache/kehoach``. ``KEHOACH_NO_CACHE=1`` turns it off.
Entries are keyed by path, modification time and size, and by kehoach's version, so a changed
file or a new release never reads a stale entry.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from functools import cache

from .. import __version__
from ..problem import Problem
from .atomic import write_atomic


@cache
def cache_dir() -> str | None:
    if os.environ.get("KEHOACH_NO_CACHE"):
        return None
    base = os.environ.get("KEHOACH_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "kehoach")
    try:
        os.makedirs(base, exist_ok=True)
    except OSError:
        return None
    return base if os.access(base, os.W_OK) else None


def save_bytes(path: str, data: bytes) -> None:
    """Write a cache file; a cache that cannot be written is simply not kept."""
    try:
        write_atomic(path, data)
    except OSError:
        pass


def cached_table(key: str, compute):
    """``compute()`` (a value marshal can hold), kept in the cache folder under ``key``."""
    folder = cache_dir()
    path = os.path.join(folder, f"{key}.marshal") if folder else None
    saved = _load(path)
    if saved is not None:
        return saved["value"]
    value = compute()
    if path:
        try:
            save_bytes(path, marshal.dumps({"version": __version__, "value": value}))
        except ValueError:
            pass
    return value


def pack(problems: list[Problem]) -> list:
    return [(p.path, p.line, p.col, p.code, p.level, p.message) for p in problems]


def unpack(rows: list) -> list[Problem]:
    return [Problem(*row) for row in rows]


def _load(path: str | None):
    if not path or not os.path.exists(path):
        return None
    try:
        with open(path, "rb") as fh:
            value = marshal.load(fh)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if isinstance(value, dict) and value.get("version") == __version__:
        return value
    return None


class ValidationCache:
    """Two files per repository (and working directory, since paths are shown relative to it):
    a small one with the last run's key and problems, read first; a large one with every file's
    parsed data and file-level problems, read only when the run cannot be answered from the first."""

    def __init__(self, root, enabled: bool):
        folder = cache_dir() if enabled else None
        digest = hashlib.sha1(f"{root}|{os.getcwd()}".encode()).hexdigest()[:20]
        self.run_file = os.path.join(folder, f"run-{digest}.marshal") if folder else None
        self.files_file = os.path.join(folder, f"files-{digest}.marshal") if folder else None
        self._files: dict | None = None
        self.dirty = False

    def previous_run(self, key: str) -> list[Problem] | None:
        saved = _load(self.run_file)
        if saved and saved.get("key") == key:
            return unpack(saved["problems"])
        return None

    def _entries(self) -> dict:
        if self._files is None:
            saved = _load(self.files_file)
            self._files = saved["files"] if saved else {}
        return self._files

    def get(self, key: str, stamp: tuple):
        entry = self._entries().get(key)
        if entry and tuple(entry[0]) == stamp:
            return entry
        return None

    def put(self, key: str, stamp: tuple, kind: str, data: object, problems: list[Problem]) -> None:
        self._entries()[key] = (stamp, kind, data, pack(problems))
        self.dirty = True

    def save(self, run_key: str | None, problems: list[Problem]) -> None:
        """Write the per-file entries when they changed, and the run's problems when given a key."""
        if not self.run_file:
            return
        try:
            if self.dirty:
                save_bytes(
                    self.files_file,
                    marshal.dumps({"version": __version__, "files": self._entries()}),
                )
            if run_key is not None:
                save_bytes(
                    self.run_file,
                    marshal.dumps(
                        {"version": __version__, "key": run_key, "problems": pack(problems)}
                    ),
                )
        except ValueError:  # a value marshal cannot hold: simply do not cache
            pass
