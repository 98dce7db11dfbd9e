"""Where the cache lives and how a file is stamped: the light part of the cache (``os``, ``stat``
and BLAKE2b, ``hashes``), shared by the data cache (``io.cache``) and
the remembered answers (``answers``), which look a run up before anything heavy is imported.

The folder: ``$KEHOACH_CACHE_DIR``, else ``$XDG_CACHE_HOME/kehoach``, else ``~/.cache/kehoach``;
``KEHOACH_NO_CACHE=1`` turns the cache off. It is created private (0700) and is not used when
another user owns it or others may write to it.
"""

from __future__ import annotations

import os
import stat

from ..hashes import hex_digest
from ..once import once

RACY_NS = 2_000_000_000  # coarse clocks (FAT: 2 s, many network file systems: 1 s)
Stamp = tuple[int, int, int, int]  # mtime_ns, size, inode, ctime_ns
MISSING: Stamp = (0, -1, 0, 0)


@once
def cache_dir() -> str | None:
    if os.environ.get("KEHOACH_NO_CACHE"):
        return None
    base = os.environ.get("KEHOACH_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "kehoach")
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        st = os.stat(base)
    except OSError:
        return None
    if not _private(st) or not os.access(base, os.W_OK):
        return None
    return base


def _private(st: os.stat_result) -> bool:
    """Owned by this user and not writable by others: nobody else can plant an entry."""
    if not stat.S_ISDIR(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def stamp(path) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return MISSING
    return (st.st_mtime_ns, st.st_size, st.st_ino, st.st_ctime_ns)


def racy(st: Stamp, checked_ns: int) -> bool:
    """The file changed so close to ``checked_ns`` (when its content was read) that a later edit
    could share its stamp: only its content can tell."""
    return max(st[0], st[3]) >= checked_ns - RACY_NS


def digest(raw: bytes) -> str:
    """A hash of ``raw`` (32 hex digits: BLAKE2b, ``hashes``)."""
    return hex_digest(raw, 16)


def key_digest(raw: bytes) -> str:
    """A hash of ``raw`` (64 hex digits) for the keys computed before every remembered answer
    (``cachekey``, ``answers``)."""
    return hex_digest(raw, 32)


# A cache file with a head: ``magic``, the length of the head (4 bytes, little-endian), the head,
# then what follows it (``answerfile``: an answer's bytes; ``cacheshard``: a shard's bodies). A
# reader reads the head and only what it needs of the rest.
LENGTH = 4


def framed(head: bytes, magic: bytes) -> bytes:
    """The start of a framed file: ``magic``, the length of ``head``, ``head``."""
    return magic + len(head).to_bytes(LENGTH, "little") + head


def _open(path: str | None) -> int | None:
    """A descriptor of the file at ``path`` for reading, or None when there is none."""
    if not path:
        return None
    try:
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


def open_framed(path: str | None, magic: bytes) -> tuple[int, int] | None:
    """(descriptor, length of the head) of the framed file at ``path``, its head starting at
    ``len(magic) + LENGTH``; None when it is missing or starts with another magic (the caller
    closes the descriptor)."""
    fd = _open(path)
    if fd is None:
        return None
    try:
        start = os.pread(fd, len(magic) + LENGTH, 0)
    except OSError:
        start = b""
    if len(start) != len(magic) + LENGTH or not start.startswith(magic):
        os.close(fd)
        return None
    return fd, int.from_bytes(start[len(magic) :], "little")


def read_head(path: str | None, magic: bytes, guess: int) -> bytes | None:
    """The head of the framed file at ``path`` (None as ``open_framed``), read with the magic in
    one call when it is at most ``guess`` bytes long (a shard's index, read for every shard in
    every run that is not answered at once: one system call fewer each)."""
    fd = _open(path)
    if fd is None:
        return None
    at = len(magic) + LENGTH
    try:
        start = os.pread(fd, at + guess, 0)
        if len(start) < at or not start.startswith(magic):
            return None
        size = int.from_bytes(start[len(magic) : at], "little")
        if at + size <= len(start):
            return start[at : at + size]
        return start[at:] + os.pread(fd, at + size - len(start), len(start))
    except OSError:
        return None
    finally:
        os.close(fd)
