"""The environment key of the validation cache: everything besides the repository's files that
changes what a run reports.

- kehoach's version and a fingerprint of its code (name, size, modification and change time of
  every module, the compiled C YAML loader included), so that ``git pull`` in an editable install
  or a rebuilt extension invalidates the cache;
- the shipped schemas, by their stamps as the code;
- ``KEHOACH_MAX_FILE_BYTES`` (the size limit in force);
- the installed ``holidays`` package (its files' stamps: a new release, new days off);
- Python's version (marshal's format, ``int`` limits).

Disabled checks and calendar settings live in ``kehoach.yaml``, whose own stamp is part of every
run's key. Computed once per process, from file stamps only (no import of heavy packages, nor of the YAML
reader: the key of a remembered answer, ``answers``, starts with it).
"""

from __future__ import annotations

import os
import sys

from . import __version__, resources
from .io import limits
from .io.cachedir import key_digest
from .io.installed import package_folder
from .once import once

_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def _tree_stamps(folder: str | os.PathLike, suffixes: tuple[str, ...]) -> list[tuple]:
    """(path relative to ``folder``, size, modification and change time) of every file ending with
    one of ``suffixes`` below ``folder``, ``__pycache__`` left out, links to folders not followed;
    one ``scandir`` per folder (this runs before every remembered answer)."""
    out = []
    top = os.fspath(folder)
    base = len(top.rstrip(os.sep)) + 1
    stack = [top]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        subdirs.append(entry.path)
                elif entry.name.endswith(suffixes):
                    st = entry.stat()
                    out.append((entry.path[base:], st.st_size, st.st_mtime_ns, st.st_ctime_ns))
            except OSError:
                continue
        stack.extend(reversed(subdirs))
    return out


def _holidays_stamp() -> list[tuple]:
    """Stamps of the files of ``holidays`` that say its version and Viet Nam's days off."""
    folder = package_folder("holidays")
    if folder is None:
        return []
    out = []
    for rel in ("version.py", "countries/vietnam.py", "holiday_base.py"):
        try:
            st = os.stat(os.path.join(folder, rel))
        except OSError:
            continue
        out.append((rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return out


def _schema_stamps() -> list[tuple]:
    """Stamps of the shipped schemas (every ``.json`` of their folder)."""
    return _tree_stamps(resources.schemas_folder(), (".json",))


@once
def environment_key() -> str:
    parts = [
        __version__,
        sys.version,
        str(limits.MAX_BYTES),
        repr(_tree_stamps(_PACKAGE, (".py", ".so", ".pyd"))),  # .so: the C YAML loader
        repr(_schema_stamps()),
        repr(_holidays_stamp()),
    ]
    return key_digest("\n".join(parts).encode("utf-8", "surrogateescape"))
