"""Writing the cache's changed shards (``ShardWriting``, part of ``io.cache.ValidationCache``): in
a child process while a cold run goes on (``start_saving``), else here (``save``), then the record
of the run; a shard whose child did not write it is written here."""

from __future__ import annotations

import contextlib
import marshal
import os

from .. import __version__
from ..problem import Problem
from . import background, cacheshard
from .cachefiles import save_bytes
from .cacheruns import record
from .spool import Aside

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any

# changed shards from which they are written in a child process while the run goes on (a cold run)
BACKGROUND_SHARDS = 64


class ShardWriting:
    """What ``ValidationCache`` holds to write its shards (its attributes, set by its
    ``__init__``) and how it writes them."""

    run_file: str | None
    files_prefix: str | None
    env: str
    _shards: dict[int, dict]
    _bodies: dict[int, dict]
    _dirty: set[int]
    _asked: set[str]
    _kept: Aside | None
    _writer: background.Child | None
    _writing: set[int]
    _late: set[int]

    def body(self, key: str, entry: tuple) -> tuple[object, dict] | None:
        raise NotImplementedError

    def _resolved(self, entry: Any) -> Any:
        raise NotImplementedError

    def _runs(self) -> dict:
        raise NotImplementedError

    def _head(self) -> dict:
        return {"version": __version__, "env": self.env}

    def start_saving(self) -> None:
        """Begin writing the changed shards in a child process, when there are many (a cold run of
        a large repository): this process goes on (the cross-document checks) on the other core;
        ``save`` waits for the child, and writes them itself if the child failed."""
        if (
            not self.files_prefix
            or self._writer is not None
            or len(self._dirty) < BACKGROUND_SHARDS
        ):
            return
        if self._kept is not None:
            self._kept.flush()  # the child reads the spool; nothing stays buffered in both
        self._writing = set(self._dirty)
        self._late = set()
        self._writer = background.start(lambda: self._save_shards(self._head()))

    def _finish_saving(self) -> None:
        """Wait for the child of ``start_saving``: what it wrote is no longer to be written."""
        writer, self._writer = self._writer, None
        if writer is None or not writer.succeeded():
            return  # written here by ``_save_shards``
        for number in self._writing - self._late:
            self._dirty.discard(number)
            self._shards.pop(number, None)
            self._bodies.pop(number, None)

    def _save_shards(self, head: dict) -> None:
        """Write the shards whose entries changed (without the entries of files this run did not
        have: deleted, renamed, excluded), then let go of them: what is written is not held. The
        single file of every entry that earlier releases wrote is removed."""
        if self._dirty:
            with contextlib.suppress(OSError):
                os.unlink(f"{self.files_prefix}.marshal")
        for number in sorted(self._dirty):
            entries = self._shards.pop(number, {})
            kept = {}
            for key, entry in entries.items():
                if key in self._asked:
                    body = self.body(key, entry)  # from the file about to be replaced
                    if body is not None:  # else lost with its file: a cold read next time
                        kept[key] = self._resolved((*entry[:4], body[0], *entry[5:9], body[1]))
            # its bodies let go of before the next shard's are read: rewriting every shard (each
            # racy entry re-stamped, a pull of many files) holds one shard's bodies, not the cache's
            self._bodies.pop(number, None)
            path = f"{self.files_prefix}-{number:02x}.marshal"
            try:
                save_bytes(path, cacheshard.pack(head, kept))
            except ValueError:  # a value marshal cannot hold: this shard is simply not kept
                with contextlib.suppress(OSError):
                    os.unlink(path)
        self._dirty.clear()
        self._shards.clear()
        self._bodies.clear()
        if self._kept is not None:
            self._kept.close()

    def save(
        self,
        run_key: str | None,
        problems: list[Problem],
        written: int = 0,
        racy_digests: dict[str, str] | None = None,
    ) -> None:
        """Write the per-file entries when they changed, and the run's problems when given a key
        (``written``: when the run's files were stamped; ``racy_digests``: the content hash of
        each file that was racy then, so that the next run can trust the record after checking
        only those)."""
        if not self.run_file or not self.files_prefix:
            return
        self._finish_saving()
        head = self._head()
        self._save_shards(head)
        if run_key is not None:
            self.save_runs(record(self._runs(), run_key, problems, written, racy_digests or {}))

    def save_runs(self, runs: dict) -> None:
        """Write the record of recent runs (``io.cacheruns``)."""
        if not self.run_file:
            return
        try:
            save_bytes(self.run_file, marshal.dumps({**self._head(), "runs": runs}))
        except ValueError:  # a value marshal cannot hold: simply do not cache
            pass
