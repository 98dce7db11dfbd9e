"""The files of one run, found and stamped, and the run's key: everything a command needs to know
whether the cache already answers it, without importing or reading anything heavy (the one-file
``validate`` of a pre-commit hook or an editor answers from here, see ``validate.quick``)."""

from __future__ import annotations

import hashlib
import marshal
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .cachekey import environment_key
from .io.cache import ValidationCache, stamp
from .io.discover import Scope, discover, display_path


@dataclass
class Stamped:
    """The repository around the paths of a run, each file stamped, the run's key."""

    scope: Scope
    entries: list[tuple[Path, tuple, str | None, str]]  # path, stamp, why refused, display path
    targets: set[str]  # display paths of the files asked for
    cache: ValidationCache
    run_key: str
    stamped_ns: int  # when the files were stamped (racy stamps are judged against it)

    @property
    def stamps(self) -> list[tuple]:
        """(path, stamp) of every file."""
        return [(path, st) for path, st, _, _ in self.entries]


def stamp_files(paths: list[str] | None = None, *, use_cache: bool = True) -> Stamped:
    """Find the repository around ``paths`` (default: the working directory) and stamp its files."""
    scope = discover(paths)
    env = environment_key() if use_cache else ""
    cache = ValidationCache(scope.root, use_cache, env)
    stamped_ns = time.time_ns()
    refused = scope.refused
    entries = []
    keyed = []  # (path as text, stamp, why refused) of each file: the run key's part
    cwd = os.getcwd()
    for p in scope.files:
        name = str(p)
        st, why = stamp(name), refused.get(p) if refused else None
        entries.append((p, st, why, display_path(name, cwd)))
        keyed.append((name, st, why))
    # marshal format 0: the same bytes for the same values (no references, no interning flags)
    run_key = hashlib.sha1(
        env.encode()
        + marshal.dumps(sorted(keyed), 0)
        + marshal.dumps(sorted(map(str, scope.targets)), 0)
    ).hexdigest()
    shown = {p: name for p, _, _, name in entries} if len(scope.targets) > 1 else {}
    targets = {shown.get(t) or display_path(t) for t in scope.targets}
    return Stamped(scope, entries, targets, cache, run_key, stamped_ns)
