"""The cache folder's files, one at a time: read one back (``load_saved``: ignored unless written
by this version of kehoach, never an error), write one atomically (``save_bytes``: a cache that
cannot be written is simply not kept), and a computed table kept under a key (``cached_table``:
the holiday calendar). Used by ``io.cache``, which holds the entries of a repository's files."""

from __future__ import annotations

import marshal
import os

from .. import __version__
from .atomic import write_atomic
from .cachedir import cache_dir


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
    saved = load_saved(path)
    if saved is not None and saved.get("key") == key and "value" in saved:
        return saved["value"]
    value = compute()
    if path:
        try:
            save_bytes(path, marshal.dumps({"version": __version__, "key": key, "value": value}))
        except ValueError:
            pass
    return value


def load_saved(path: str | None):
    """The dict a cache file holds, when it was written by this version of kehoach; None for a
    missing file or one of the wrong shape."""
    if not path or not os.path.exists(path):
        return None
    try:
        with open(path, "rb") as fh:
            # loads() of the bytes: load() of a file reads it piece by piece, several times slower
            value = marshal.loads(fh.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if isinstance(value, dict) and value.get("version") == __version__:
        return value
    return None
