"""The size limit of a file kehoach reads, in a module of its own: the key of a remembered answer
(``cachekey``) needs it without importing the YAML reader."""

from __future__ import annotations

import os


def _max_bytes() -> int:
    """``KEHOACH_MAX_FILE_BYTES`` (default 5 MB); a value that is not a positive number is ignored."""
    try:
        value = int(os.environ.get("KEHOACH_MAX_FILE_BYTES", "") or 0)
    except ValueError:
        value = 0
    return value if value > 0 else 5 * 1024 * 1024


MAX_BYTES = _max_bytes()
