"""On-disk cache for validation: data only, never code.

The cache lives outside the user's repository (``io.cachedir``: ``$KEHOACH_CACHE_DIR``, else
``$XDG_CACHE_HOME/kehoach``, else ``~/.cache/kehoach``; ``KEHOACH_NO_CACHE=1`` turns it off). The
folder is created private (0700) and is not used when another user owns it or others may write to
it. It holds marshalled plain data (dicts, lists, strings, numbers); nothing read from it is ever
executed, and a file of the wrong shape is ignored (a cold run), never an error. ``validate``
stores a document's data as its own marshal bytes (read only by the commands that need the whole
document), beside the little of it the cross-document checks read.

Every cache file carries the *environment key* of the run that wrote it — everything besides the
files that changes results (kehoach's code, the schemas, ``KEHOACH_MAX_FILE_BYTES``, the holidays
package…, see ``kehoach.cachekey``); a file written under another key is ignored.

A file's entry is trusted when its stamp (modification time, size, inode, change time) is the one
recorded, and — when the stamp is *racy*, i.e. the file changed within ``RACY_NS`` of the moment its
content was read, so that an edit in the same clock tick would leave the stamp unchanged (git's rule
for its index) — when a hash of its content is the one recorded too.
"""

from __future__ import annotations

import os
import time
import zlib

from ..hashes import hex_digest
from ..problem import Problem
from . import background, cacheshard, cachestash
from .cachedir import MISSING, RACY_NS, Stamp, cache_dir, digest, racy, stamp
from .cachefiles import cached_table, load_saved, save_bytes
from .cacherows import pack, read_back, unpack, valid_entry, valid_rows
from .cacheruns import RUNS, content_digest, previous
from .cachesave import ShardWriting
from .spool import Aside, Spooled

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "MISSING",
    "RACY_NS",
    "RUNS",
    "Stamp",
    "ValidationCache",
    "cache_dir",
    "cached_table",
    "content_digest",
    "digest",
    "pack",
    "racy",
    "save_bytes",
    "stamp",
    "unpack",
    "valid_rows",
]

SHARDS = 256  # per-file entries are kept in this many files, by a hash of the path
HELD = 4 << 20  # bytes of new entries held in memory before they are set aside on disk


def shard_of(key: str) -> int:
    """The shard of the cache entry of the file at ``key`` (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % SHARDS


class ValidationCache(ShardWriting):
    """The cache of one repository (and working directory, since paths are shown relative to it):
    a small file with the recent runs' keys and problems, read first (``run_file``); and every
    file's parsed data and file-level problems, read only when a run cannot be answered from the
    first, in ``SHARDS`` shard files by a hash of the file's path (``shard_path``). A shard is read
    only when one of its files is asked for, and written only when one of its entries changed: a
    run after one edit in a repository of 100,000 files rewrites one shard, not every entry. A
    shard that cannot be read or has the wrong shape is a cold read of its files, never an error."""

    def __init__(self, root, enabled: bool, env: str = ""):
        folder = cache_dir() if enabled else None
        digest_ = hex_digest(f"{root}|{os.getcwd()}".encode("utf-8", "surrogatepass"), 10)
        self.run_file = os.path.join(folder, f"run-{digest_}.marshal") if folder else None
        self.files_prefix = os.path.join(folder, f"files-{digest_}") if folder else None
        self._folder, self._key = folder, digest_
        self.env = env
        self._shards: dict[int, dict] = {}  # shard number -> its entries, as read
        self._bodies: dict[int, dict] = {}  # shard number -> the bodies part of its file, as read
        self._dirty: set[int] = set()  # shards whose entries changed
        self._asked: set[str] = set()  # the files of this run: entries of others are dropped
        # data bytes of new entries, until their shard is written (none without a cache folder)
        self._kept = Aside(os.path.dirname(self.files_prefix), HELD) if self.files_prefix else None
        self._writer: background.Child | None = None  # writing shards (``start_saving``)
        self._writing: set[int] = set()  # the shards it writes
        self._late: set[int] = set()  # shards changed again since it started
        # the slim views of the entries this run replaces (``validate.crosspart``)
        self.replaced = cachestash.Replaced(self.side_path("before"), env)

    @property
    def dirty(self) -> bool:
        return bool(self._dirty)

    def lines_path(self, name: str) -> str | None:
        """The file of the source lines learnt for the part ``name`` (``io.cachelines``)."""
        if not self._folder:
            return None
        return os.path.join(self._folder, f"lines-{self._key}-{name}.marshal")

    def side_path(self, name: str) -> str | None:
        """A file of this repository's kept beside its shards (``validate.crossmemo``: ``cross``)."""
        return os.path.join(self._folder, f"{name}-{self._key}.marshal") if self._folder else None

    def shard_path(self, number: int) -> str | None:
        """The file of shard ``number`` (None when the cache is off)."""
        return f"{self.files_prefix}-{number:02x}.marshal" if self.files_prefix else None

    def _saved(self, path: str | None) -> dict | None:
        saved = load_saved(path)
        return saved if saved is not None and saved.get("env") == self.env else None

    def _runs(self) -> dict:
        saved = self._saved(self.run_file)
        runs = saved.get("runs") if saved else None
        return runs if isinstance(runs, dict) else {}

    def previous_run(self, key: str, files, stamped_ns: int | None = None) -> list[Problem] | None:
        """The problems of a recent run with the same key (``cacheruns.previous``); with
        ``stamped_ns``, its record renewed on disk when it was found by hashing files that are
        racy no longer."""
        runs = self._runs()
        before = runs.get(key)
        problems = previous(runs, key, files, stamped_ns)
        if problems is not None and runs.get(key) is not before:
            self.save_runs(runs)
        return problems

    def _mark(self, number: int) -> None:
        """Shard ``number`` changed: it is written by ``save``."""
        self._dirty.add(number)
        if self._writer is not None:
            self._late.add(number)

    def forget(self, key: str) -> None:
        """Write what this run changed, then remove the shard file holding the entry of the file at
        ``key`` (an entry that turned out unusable, ``model.tails``): its files are read anew."""
        self.save(None, [])
        path = self.shard_path(shard_of(key))
        if path:
            try:
                os.unlink(path)
            except OSError:
                pass

    def release(self, number: int) -> None:
        """Let go of shard ``number`` when none of its entries changed (read again if needed)."""
        if number not in self._dirty:
            self._shards.pop(number, None)
            self._bodies.pop(number, None)

    def _shard(self, number: int) -> dict:
        """The entries of shard ``number`` (its file's index part), read on first use."""
        entries = self._shards.get(number)
        if entries is None:
            files = cacheshard.read_index(self.shard_path(number), self.env)
            entries = self._shards[number] = files if files is not None else {}
        return entries

    def body(self, key: str, entry: tuple) -> tuple[object, dict] | None:
        """(data, parts) of ``entry``, the entry of the file at ``key``: in the entry, or read from
        the bodies part of its shard's file (once per shard); None when they are not there."""
        if not cacheshard.away(entry[4]):
            return entry[4], entry[9]
        number = shard_of(key)
        bodies = self._bodies.get(number)
        if bodies is None:
            bodies = self._bodies[number] = cacheshard.read_bodies(
                self.shard_path(number), self.env
            )
        return cacheshard.body_of(bodies, key, entry[1])

    def entry(self, key: str, st: Stamp) -> tuple | None:
        """The whole entry of the file at ``key`` when it is still true (see ``_valid_entry``)."""
        self._asked.add(key)
        number = shard_of(key)
        entry: Any = self._shard(number).get(key)
        if not valid_entry(entry) or entry[0] != st:
            return None
        if racy(st, entry[2]):
            if content_digest(key) != entry[1]:
                return None
            entry = (entry[0], entry[1], time.time_ns(), *entry[3:])
            self._shard(number)[key] = entry
            self._mark(number)
        return self._resolved(entry)

    def _resolved(self, entry: Any) -> Any:
        """``entry`` with its data bytes read back from the spool, if they were set aside."""
        spool = self._kept.spool if self._kept is not None else None
        return entry if spool is None else read_back(entry, spool)

    def _aside(self, data: bytes) -> bytes | Spooled:
        """Bytes of a document held or set aside until their shard is written (``spool.Aside``)."""
        return self._kept.keep(data) if self._kept is not None else data

    def put(
        self,
        key: str,
        st: Stamp,
        digest_: str,
        checked_ns: int,
        kind,
        data,
        problems,
        context: str = "",
        found: list[Problem] | tuple = (),
        view: tuple | None = None,
        parts: dict[str, bytes] | None = None,
    ) -> None:
        """Record a file's entry; ``context`` and ``found``: the per-document checks' key and
        problems, kept apart from the file-level ``problems`` that every command reads; ``view``:
        what ``validate`` keeps of a document (``checks.slim``), ``data`` then its marshal bytes;
        ``parts``: what other commands read of it (``loadparts``), as marshal bytes by name."""
        self._asked.add(key)
        if not self.files_prefix:
            return  # no cache: nothing would be written
        if isinstance(data, bytes):  # a document's data: set aside on disk until it is written
            data = self._aside(data)
        kept = {name: self._aside(b) for name, b in (parts or {}).items()}
        number = shard_of(key)
        old: Any = self._shard(number).get(key)
        if valid_entry(old) and old[8] is not None:
            self.replaced.add(key, old[3], old[8])
        found_rows = pack(list(found))
        entry = (
            st,
            digest_,
            checked_ns,
            kind,
            data,
            pack(problems),
            context,
            found_rows,
            view,
            kept,
        )
        self._shard(number)[key] = entry
        self._mark(number)

    def save(self, *args, **kwargs) -> None:
        """``ShardWriting.save``; then the slim views of the entries this run replaced, unless
        it took them, kept aside for the next whole ``validate`` (``io.cachestash``)."""
        super().save(*args, **kwargs)
        self.replaced.keep_aside()

    def put_checked(self, key: str, context: str, found: list[Problem]) -> None:
        """Replace the per-document checks' problems of an entry that is still true."""
        number = shard_of(key)
        entry: Any = self._shard(number).get(key)
        if valid_entry(entry):
            self._shard(number)[key] = (*entry[:6], context, pack(found), *entry[8:])
            self._mark(number)

    def put_view(self, key: str, view: tuple) -> None:
        """Add what ``validate`` keeps of a document to an entry that is still true."""
        number = shard_of(key)
        entry: Any = self._shard(number).get(key)
        if valid_entry(entry):
            self._shard(number)[key] = (*entry[:8], view, entry[9])
            self._mark(number)

    def put_part(self, key: str, name: str, part: bytes) -> None:
        """Add what a command reads of a document (``loadparts``) to an entry that is still true."""
        number = shard_of(key)
        entry: Any = self._shard(number).get(key)
        body = self.body(key, entry) if valid_entry(entry) else None
        if body is not None:
            data, parts = body
            self._shard(number)[key] = (
                *entry[:4],
                data,
                *entry[5:9],
                {**parts, name: self._aside(part)},
            )
            self._mark(number)
