"""On-disk cache for validation (per-file parse results, compiled schemas) and atomic writes.

The cache lives outside the user's repository: ``$KEHOACH_CACHE_DIR``, else
``$XDG_CACHE_HOME/kehoach``, else ``~/.cache/kehoach``. ``KEHOACH_NO_CACHE=1`` turns it off.
Entries are keyed by path, modification time and size, and by kehoach's version, so a changed
file or a new release never reads a stale entry.
"""

from __future__ import annotations

import os
import tempfile
from functools import cache


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


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename; errors are ignored for
    caches (callers writing user output use ``write_output``)."""
    try:
        write_output(path, data)
    except OSError:
        pass


def write_output(path: str, data: bytes) -> None:
    """Atomically replace ``path`` with ``data`` (temporary file in the same folder, then rename)."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".kehoach-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
