"""What the cache held of files edited since the last whole ``validate``, kept aside for the next
one (``validate.crosspart``).

After an edit, the next whole ``validate`` runs again only the cross-document checks that read what
changed: it compares each edited document as the previous whole run saw it — the slim view its
cache entry held — with the document now. But another run may replace that entry first: the
pre-commit hook validating the staged files (``validate FILE``), ``render``, ``due``. So a run that
replaces entries holding slim views and does not take them (``Replaced.take``, a whole run) adds
them here when the cache is saved (``Replaced.keep_aside``), each file's first (the oldest: what the
last whole run saw) kept; the next whole run takes them and removes the file. A view of another
state than the last whole run's is no harm: its hash is not the one that run kept, and every check
runs (``crosspart._old``).

At most ``REPLACED_KEPT`` views: after a checkout that changed thousands of files, none is kept
(each would be held until the run ends, as many again as the repository's slim data) and every
check runs. The file is plain marshal data, ignored unless written under the same environment key,
as every cache file.
"""

from __future__ import annotations

import marshal
import os

from .. import __version__
from .cachefiles import load_saved, save_bytes

# entries replaced in a run whose slim views are kept (``ValidationCache.replaced``): an edit, a
# commit's files — not a checkout's thousands
REPLACED_KEPT = 256


class Replaced:
    """The slim views of the cache entries one run replaces (``ValidationCache.put``), by file
    key: taken by a whole ``validate`` (``take``), else kept aside when the cache is saved
    (``keep_aside``) for the next one, with those kept aside already."""

    def __init__(self, path: str | None, env: str) -> None:
        self.path, self.env = path, env
        self.views: dict[str, tuple] | None = {}  # None: more than ``REPLACED_KEPT``
        self.taken = False

    def add(self, key: str, kind: str, view: tuple) -> None:
        """The entry of the file at ``key``, of ``kind`` with the slim ``view``, is replaced."""
        if self.views is None or key in self.views:
            return  # too many, or replaced already this run: its oldest kept
        if len(self.views) >= REPLACED_KEPT:
            self.views = None
        else:
            self.views[key] = (kind, view)

    def take(self) -> dict[str, tuple]:
        """The views replaced in this run and those the runs since the last whole ``validate``
        kept aside (a file's oldest wins), by file key; none is kept aside any more."""
        views = {**(self.views or {}), **stashed(self.path, self.env)}
        clear(self.path)
        self.taken = True
        return views

    def keep_aside(self) -> None:
        """Keep the views replaced in this run for the next whole ``validate``, unless it took
        them (once: the cache may be saved again, ``ValidationCache.forget``)."""
        if self.views and not self.taken:
            stash(self.path, self.env, self.views)
        self.taken = True


def stashed(path: str | None, env: str) -> dict[str, tuple]:
    """The views kept aside at ``path`` (file key -> (kind, slim view)); empty when there are
    none or the file is of another shape or environment."""
    saved = load_saved(path)
    views = saved.get("views") if saved is not None and saved.get("env") == env else None
    if not isinstance(views, dict):
        return {}
    return {k: v for k, v in views.items() if isinstance(k, str) and _view(v)}


def stash(path: str | None, env: str, views: dict[str, tuple]) -> None:
    """Add ``views`` to those kept aside at ``path``, the ones already there kept; none at all
    past ``REPLACED_KEPT``."""
    if not path or not views:
        return
    kept = {**views, **stashed(path, env)}
    if len(kept) > REPLACED_KEPT:
        clear(path)
        return
    try:
        save_bytes(path, marshal.dumps({"version": __version__, "env": env, "views": kept}))
    except ValueError:  # a value marshal cannot hold: not kept
        clear(path)


def clear(path: str | None) -> None:
    """Remove the views kept aside at ``path``."""
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _view(value: object) -> bool:
    """(kind, (data, kept, tail)): a cache file may hold anything."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], str)
        and isinstance(value[1], tuple)
        and len(value[1]) == 3
        and isinstance(value[1][0], dict)
        and (value[1][2] is None or isinstance(value[1][2], bytes))
    )
