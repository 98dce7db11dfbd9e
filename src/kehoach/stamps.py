"""The files of one run, found and stamped, and the run's key: everything a command needs to know
whether the cache already answers it, without importing or reading anything heavy (the one-file
``validate`` of a pre-commit hook or an editor answers from here, see ``validate.quick``)."""

from __future__ import annotations

import marshal
import os
import time

from .cachekey import environment_key
from .hashes import hex_digest
from .io import seen
from .io.cache import ValidationCache, stamp
from .io.discover import Scope, discover, display_path
from .nogc import paused


class Stamped:
    """The repository around the paths of a run, each file stamped, the run's key. (A plain
    class, not a ``dataclass``: see ``loadfiles.LoadedFile``.)"""

    def __init__(
        self,
        scope: Scope,
        entries: list[tuple[str, tuple, str | None, str]],
        targets: set[str],
        cache: ValidationCache,
        run_key: str,
        stamped_ns: int,
    ) -> None:
        self.scope = scope
        self.entries = entries  # path, stamp, why refused, display path
        self.targets = targets  # display paths of the files asked for
        self.cache = cache
        self.run_key = run_key
        self.stamped_ns = stamped_ns  # when the files were stamped (racy stamps are judged by it)

    @property
    def stamps(self) -> list[tuple]:
        """(path, stamp) of every file."""
        return [(path, st) for path, st, _, _ in self.entries]


def stamp_files(paths: list[str] | None = None, *, use_cache: bool = True) -> Stamped:
    """Find the repository around ``paths`` (default: the working directory) and stamp its files
    (taking the walk and the stamps the remembered-answer look-up made, when it made them:
    ``io.seen``)."""
    with paused():  # one entry per file, no cycle (``nogc``)
        return _stamp_files(paths, use_cache)


def _stamp_files(paths: list[str] | None, use_cache: bool) -> Stamped:
    found = seen.take() if use_cache else None
    stamped_ns = found.stamped_ns if found is not None else time.time_ns()
    scope = discover(paths, found)
    env = environment_key() if use_cache else ""
    cache = ValidationCache(scope.root, use_cache, env)
    known = dict(found.stamps) if found is not None else {}
    refused = scope.refused
    entries = []
    keyed = []  # (path, stamp, why refused) of each file: the run key's part
    cwd = os.getcwd()
    for name in scope.files:
        st = known.get(name) or stamp(name)
        why = refused.get(name) if refused else None
        entries.append((name, st, why, display_path(name, cwd)))
        keyed.append((name, st, why))
    # marshal format 0: the same bytes for the same values (no references, no interning flags)
    run_key = hex_digest(
        env.encode() + marshal.dumps(sorted(keyed), 0) + marshal.dumps(sorted(scope.targets), 0), 20
    )
    shown = {p: name for p, _, _, name in entries} if len(scope.targets) > 1 else {}
    targets = {shown.get(t) or display_path(t) for t in scope.targets}
    return Stamped(scope, entries, targets, cache, run_key, stamped_ns)
