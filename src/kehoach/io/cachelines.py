"""Source lines of the entries a command shows, kept beside a repository's cache (``LineTable``).

``due`` and ``who`` show each entry with its ``path:line``. The lines of every item of the lists
the command shows are given by the C line scanner as a file is read (``loadparts.marked``), or
found in one pass the first time the file is read for one of them (``loadparts.index``); they are
kept here, one small file per command part
(``lines-<repository>-<part>.marshal``), under each file's path with the content hash of the
bytes they were found in. A later run takes a file's lines only when its data comes from bytes
of that same hash (``get``): a line is never shown from other content. The table is written
once, at the end of a run that learnt something, with the files of that run only (a file
deleted or renamed is let go of). Like every cache file it is marshalled plain data, read only
when written by this version and environment, and anything of the wrong shape is passed over.
"""

from __future__ import annotations

import marshal

from .. import __version__
from .cachefiles import load_saved, save_bytes

__all__ = ["LineTable"]


class LineTable:
    """The learnt source lines of one part in one repository (``path``: None, no cache)."""

    def __init__(self, path: str | None, env: str):
        self.path = path
        self.env = env
        self._rows: dict | None = None
        self._changed = False

    def _all(self) -> dict:
        if self._rows is None:
            saved = load_saved(self.path)
            rows = saved.get("files") if saved and saved.get("env") == self.env else None
            self._rows = rows if isinstance(rows, dict) else {}
        return self._rows

    def get(self, key: str, digest: str) -> dict | None:
        """The lines kept for the file at ``key`` when they were found in bytes of ``digest``."""
        row = self._all().get(key)
        if not (isinstance(row, tuple) and len(row) == 2 and row[0] == digest and digest):
            return None
        index = row[1]
        if not isinstance(index, dict) or not all(
            isinstance(path, tuple)
            and isinstance(lines, tuple)
            and all(n.__class__ is int for n in lines)
            for path, lines in index.items()
        ):
            return None  # a cache file may hold anything
        return index

    def put(self, key: str, digest: str, index: dict) -> None:
        self._all()[key] = (digest, index)
        self._changed = True

    def save(self, files: set[str]) -> None:
        """Write the table when it learnt something, with the entries of ``files`` only."""
        if not self._changed or not self.path:
            return
        rows = {k: v for k, v in self._all().items() if k in files}
        try:
            data = marshal.dumps({"version": __version__, "env": self.env, "files": rows})
        except ValueError:
            return
        save_bytes(self.path, data)
        self._changed = False
