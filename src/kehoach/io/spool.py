"""Bytes set aside in a temporary file until they are written elsewhere (``io.cache``: the data of
every document a cold ``validate`` read, held on disk rather than in memory until the cache's
shard files are written)."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from .._typing import NamedTuple

BUFFER = 1 << 20  # bytes written to the file at once


class Spooled(NamedTuple):
    """Where bytes set aside are: offset and length in the spool file."""

    offset: int
    length: int


class Spool:
    """A private temporary file, removed when closed (or when the process ends)."""

    def __init__(self, folder: str | None = None) -> None:
        # a buffer of many documents: one write call per megabyte, not one per document (a cold
        # run of 100,000 files sets aside ~750 MB)
        import tempfile  # here: a run that sets nothing aside never imports it

        self._file = tempfile.TemporaryFile(dir=folder, buffering=BUFFER)
        self._end = 0
        self._unwritten = False  # bytes still in the file object's buffer

    def add(self, data: bytes) -> Spooled:
        self._file.write(data)
        self._unwritten = True
        at, self._end = self._end, self._end + len(data)
        return Spooled(at, len(data))

    def flush(self) -> None:
        """Write what is still buffered to the file (before a child process reads it)."""
        if self._unwritten:
            self._file.flush()
            self._unwritten = False

    def get(self, where: Spooled) -> bytes:
        self.flush()
        return os.pread(self._file.fileno(), where.length, where.offset)

    def close(self) -> None:
        self._file.close()


class Aside:
    """The bytes of new cache entries until their shard is written (``io.cache``): held here up
    to ``held`` bytes — a run that reads a few files, the editor's one-file ``validate``, makes no
    temporary file — then set aside in a ``Spool`` in ``folder``; kept as they are when even that
    cannot be made."""

    def __init__(self, folder: str, held: int) -> None:
        self.folder, self.left = folder, held
        self.spool: Spool | None = None

    def keep(self, data: bytes) -> bytes | Spooled:
        if self.spool is None and len(data) <= self.left:
            self.left -= len(data)
            return data
        try:
            if self.spool is None:
                self.spool = Spool(self.folder)
            return self.spool.add(data)
        except OSError:
            return data

    def flush(self) -> None:
        if self.spool is not None:
            self.spool.flush()

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()
            self.spool = None
