"""The environment key of the validation cache: everything besides the repository's files that
changes what a run reports.

- kehoach's version and a fingerprint of its code (name, size, modification and change time of
  every module), so that ``git pull`` in an editable install invalidates the cache;
- the SHA-256 of each shipped schema;
- ``KEHOACH_MAX_FILE_BYTES`` (the size limit in force);
- the installed ``holidays`` package (its files' stamps: a new release, new days off);
- Python's version (marshal's format, ``int`` limits).

Disabled checks and calendar settings live in ``kehoach.yaml``, whose own stamp is part of every
run's key. Computed once per process, from file stamps only (no import of heavy packages).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from functools import cache
from pathlib import Path

from . import __version__, resources
from .io import yamlio
from .io.discover import KINDS

_PACKAGE = Path(__file__).resolve().parent


def _tree_stamps(folder: Path, suffixes: tuple[str, ...]) -> list[tuple]:
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(suffixes):
                try:
                    st = os.stat(os.path.join(dirpath, name))
                except OSError:
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), folder)
                out.append((rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return out


def _holidays_stamp() -> list[tuple]:
    """Stamps of the files of ``holidays`` that say its version and Viet Nam's days off."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).parent
    out = []
    for rel in ("version.py", "countries/vietnam.py", "holiday_base.py"):
        try:
            st = os.stat(folder / rel)
        except OSError:
            continue
        out.append((rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return out


@cache
def environment_key() -> str:
    parts = [
        __version__,
        sys.version,
        str(yamlio.MAX_BYTES),
        repr(_tree_stamps(_PACKAGE, (".py",))),
        repr([resources.schema_digest(kind) for kind in KINDS]),
        repr(_holidays_stamp()),
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
