"""Where remembered answers are kept (``answers`` computes their key): one file per key in the cache
folder (``io.cachedir``, same privacy rules), the ``KEEP`` most recently used kept.

A file is a short head then the answer's bytes as they were written::

    MAGIC  head length (4 bytes, little-endian)  head (marshal)  standard output  standard error

The head holds the version of kehoach, the key, when the files were stamped, the content hash of
every file that was racy then, the exit code and the length of each stream. A look-up reads the
head and standard error only; standard output — the agenda of a repository, the responsibilities
of a province: up to ``MAX_ANSWER_BYTES`` — is copied from this file to where standard output goes
by the kernel (``os.sendfile``) when that is a file or a pipe, never read into this process.

Like every cache file it holds data only (bytes, integers, strings), never code; a file of the
wrong shape, or of a length its head does not account for, is ignored, never an error.
"""

from __future__ import annotations

import marshal
import os

from . import __version__
from .io.cachedir import LENGTH, cache_dir, framed, open_framed, racy

TYPE_CHECKING = False  # as typing's, without importing typing (the hit path starts fast)
if TYPE_CHECKING:
    from .answers import Question

KEEP = 32  # answers kept, the least recently used removed first
MAX_ANSWER_BYTES = 32 << 20  # a larger output (each of stdout, stderr) is not remembered
PREFIX = "answer-"
SUFFIX = ".bin"
MAGIC = b"KHANSW\x00\x01"
_HEAD_MAX = 64 << 20  # a head longer than this is damage, not a repository's racy files
_CHUNK = 1 << 20  # copied through this process when the kernel cannot copy


class Remembered:
    """An answer found, its file still open: ``code``, ``err`` (standard error, read), and the
    place of standard output in the file (``write_out``). Close it (``with``).

    ``stale``: some file that was racy when the answer was stored is racy no longer — its content
    was hashed to find this answer, and would be at every look-up: storing the answer again under
    the question that found it (``refresh``) spares the later ones that work (git's racy-clean
    entries, refreshed when the index is written again)."""

    __slots__ = ("code", "err", "size", "stale", "_fd", "_at")

    def __init__(self, fd: int, at: int, size: int, err: bytes, code: int, stale: bool = False):
        self._fd, self._at, self.size, self.err, self.code = fd, at, size, err, code
        self.stale = stale

    def __enter__(self) -> Remembered:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def out(self) -> bytes:
        """Standard output, read (for a caller that needs the bytes themselves)."""
        return _read(self._fd, self._at, self.size)

    def write_out(self, stream) -> None:
        """Write standard output to ``stream`` (a binary stream, flushed first and after): by the
        kernel when ``stream`` has a file descriptor it can write to, else read and written in
        pieces. A closed pipe or a full disk raise, as a write would."""
        stream.flush()
        at, left = self._at, self.size
        target = _descriptor(stream)
        if target is not None:
            try:
                while left:
                    sent = os.sendfile(target, self._fd, at, left)
                    if not sent:
                        break
                    at, left = at + sent, left - sent
            except OSError as exc:
                if exc.errno not in _no_sendfile():
                    raise
        while left:
            piece = os.pread(self._fd, min(left, _CHUNK), at)
            if not piece:  # shorter than its head said when found: cut by someone else
                raise _cut_short()
            stream.write(piece)
            at, left = at + len(piece), left - len(piece)
        stream.flush()


def _descriptor(stream) -> int | None:
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):  # a test's capture, an in-memory stream
        return None
    return fd if isinstance(fd, int) and fd >= 0 else None


def _read(fd: int, at: int, size: int) -> bytes:
    data = os.pread(fd, size, at) if size else b""
    if len(data) != size:
        raise _cut_short()
    return data


def _no_sendfile() -> frozenset[int]:
    """Why sendfile cannot write somewhere (a terminal on old kernels, a non-blocking pipe…):
    then the answer is copied by reading it (``errno`` imported only then)."""
    import errno

    return frozenset({errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EAGAIN, errno.EBADF})


def _cut_short() -> OSError:
    import errno

    return OSError(errno.EIO, "remembered answer cut short")


def path_of(key: str) -> str | None:
    folder = cache_dir()
    return os.path.join(folder, f"{PREFIX}{key}{SUFFIX}") if folder else None


def lookup(asked: Question) -> Remembered | None:
    """The answer remembered for ``asked``, or None: the same key, and every file that was racy
    when the answer was stored has the content it had then."""
    path = path_of(asked.key)
    opened = open_framed(path, MAGIC)
    if path is None or opened is None:  # no cache folder; no answer, or of another format
        return None
    fd, head_size = opened
    try:
        found = _found(fd, head_size, asked)
    except (OSError, ValueError, EOFError, TypeError):
        found = None
    if found is None:
        os.close(fd)
        return None
    try:
        os.utime(path)  # recently used: kept longer
    except OSError:
        pass
    return found


def _found(fd: int, head_size: int, asked: Question) -> Remembered | None:
    if head_size > _HEAD_MAX:
        return None
    start = len(MAGIC) + LENGTH
    head = marshal.loads(_read(fd, start, head_size))
    if not (
        isinstance(head, dict)
        and head.get("version") == __version__
        and head.get("key") == asked.key
        and head.get("code") in (0, 1)
        and type(head.get("stamped")) is int
        and isinstance(head.get("racy"), dict)
        and type(head.get("out")) is int
        and type(head.get("err")) is int
        and 0 <= head["out"] <= MAX_ANSWER_BYTES
        and 0 <= head["err"] <= MAX_ANSWER_BYTES
    ):
        return None
    out_at = start + head_size
    if os.fstat(fd).st_size != out_at + head["out"] + head["err"]:
        return None
    digests = head["racy"]
    hashed = 0
    for file, st in asked.stamps:
        if racy(st, head["stamped"]):
            if file not in digests or asked.content(file) != digests[file]:
                return None
            hashed += 1
    err = _read(fd, out_at + head["out"], head["err"])
    return Remembered(fd, out_at, head["out"], err, head["code"], hashed > len(asked.racy))


def refresh(asked: Question, found: Remembered) -> None:
    """Store ``found`` again under ``asked`` when it is ``stale``: the files ``asked`` found
    racy, hashed when it was asked and equal to those of the answer, are then the only ones a
    later look-up hashes."""
    if found.stale:
        try:
            out = found.out()
        except OSError:
            return
        store(asked, out, found.err, found.code)


def store(asked: Question, out: bytes, err: bytes, code: int) -> None:
    """Remember the answer to ``asked`` (the stamps and racy contents taken before its run); the
    least recently used beyond ``KEEP`` are removed. A cache that cannot be written is simply not
    kept."""
    path = path_of(asked.key)
    if path is None:
        return
    # imported here: a hit (the path that must start fast) never writes
    from .io.atomic import write_atomic

    head = {
        "version": __version__,
        "key": asked.key,
        "stamped": asked.stamped_ns,
        "racy": asked.racy,
        "code": code,
        "out": len(out),
        "err": len(err),
    }
    try:
        write_atomic(path, b"".join((framed(marshal.dumps(head), MAGIC), out, err)))
    except (OSError, ValueError, OverflowError):
        return
    prune(os.path.dirname(path))


def prune(folder: str, keep: int = KEEP) -> None:
    """Remove the least recently used answers beyond ``keep`` (and those of the earlier format)."""
    try:
        with os.scandir(folder) as it:
            found = [
                (e.stat().st_mtime_ns, e.path)
                for e in it
                if e.name.startswith(PREFIX) and e.name.endswith((SUFFIX, ".marshal"))
            ]
    except OSError:
        return
    old = [entry for entry in found if entry[1].endswith(".marshal")]
    current = sorted(entry for entry in found if not entry[1].endswith(".marshal"))
    for _, path in old + current[: max(0, len(current) - keep)]:
        try:
            os.unlink(path)
        except OSError:
            pass
