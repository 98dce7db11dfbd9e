"""Remembered answers: the exact bytes a run of ``validate``, ``due`` or ``who`` wrote to standard
output and standard error, and its exit code, kept under a key of everything that can change them —
so that the same question, asked again with nothing changed, is answered by writing those bytes
back, before anything heavy is imported (``cli.memo`` decides which runs qualify).

The key is made of cheap things only:

- the environment key (``cachekey``: kehoach's code, schemas, size limit, ``holidays``, Python);
- the command line as written, the working directory, today's date;
- whether standard output and standard error are terminals, and their size when they are; their
  encoding; the environment variables that change output (every ``KEHOACH_*``, colour, terminal,
  locale and encoding variables);
- the repository's root as ``io.discover`` finds it, and the stamp (modification and change time,
  size, inode) of every YAML file the repository walk visits *before* ``exclude`` is applied —
  ``kehoach.yaml``, whose ``exclude`` decides the rest, is one of them, so no YAML is read — and of
  the paths named on the command line.

A file changed within ``RACY_NS`` of the moment the files were stamped (its stamp could survive an
edit in the same clock tick: git's rule for its index) is hashed then, and the hash is stored with
the answer: a later look-up compares the content of every file that was racy when the answer was
stored (``Question``, ``lookup``) — so a stored answer does not turn stale when the file stops
being racy, and does not miss for it either.

Anything unusual — a symbolic link, a name the walk refuses, a path that does not exist, no
repository around the paths — gives no key: the run is not remembered.

The answers live in the cache folder (``io.cachedir``, same privacy rules), one small file per key
(a look-up reads one file); the ``KEEP`` most recently used are kept. Like every cache file they
hold data only (bytes and an integer), never code.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import sys
import time

from . import __version__
from .cachekey import environment_key
from .io import limits, seen, walk
from .io.cachedir import cache_dir, digest, racy, stamp
from .nogc import paused

KEEP = 32  # answers kept, the least recently used removed first
MAX_ANSWER_BYTES = 32 << 20  # a larger output (each of stdout, stderr) is not remembered
PREFIX = "answer-"
SUFFIX = ".marshal"
_ENVIRONMENT = (
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "COLORTERM",
    "COLUMNS",
    "LINES",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "PYTHONIOENCODING",
    "LC_ALL",
    "LC_CTYPE",
    "LANG",
)


def today() -> str:
    """The system date, as ``date.today()`` gives it (local time)."""
    return time.strftime("%Y-%m-%d")


def repository_files(paths: list[str]) -> tuple[str, list[str], int] | None:
    """The repository root around ``paths`` (default: the working directory), every YAML file
    the walk visits there and below the paths named (before ``exclude``), and how many of them
    the root's walk found (they come first); None when anything is unusual (see the module
    docstring)."""
    for path in paths:
        if not path or os.path.islink(path) or not os.path.exists(path):
            return None
        full = os.path.abspath(path)
        if os.path.realpath(full) != full or walk.bad_name(full) is not None:
            return None  # a folder on the way is a link, or a name the commands refuse
    anchor = paths[0] if paths else os.getcwd()
    root = walk.lexical_root(anchor if os.path.isdir(anchor) else os.path.dirname(anchor) or ".")
    if not walk.has_marker(root) or os.path.realpath(root) != root:
        return None
    refused: dict[str, str] = {}
    files = walk.yaml_files(root, root, refused, links=False)
    walked = len(files)
    for path in paths:
        full = os.path.abspath(path)
        if os.path.isfile(full):
            files.append(full)
        elif not os.path.isdir(full):
            return None  # a FIFO, a device…
        elif not _walked(full, root):
            files.extend(walk.yaml_files(full, root, refused, links=False))
    return None if refused else (root, files, walked)


def _walked(folder: str, root: str) -> bool:
    """``folder`` is one the repository walk enters (the root, or below it and not left out)."""
    if folder == root:
        return True
    if not folder.startswith(root.rstrip(os.sep) + os.sep):
        return False
    parts = folder[len(root.rstrip(os.sep)) + 1 :].split(os.sep)
    return not any(part.startswith(".") or part in walk.SKIP_DIRS for part in parts)


def _content(path: str) -> str:
    """A hash of a regular file's bytes (opened without blocking: a file replaced by a FIFO since
    it was stamped is not waited on), or why it could not be read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return f"unreadable {exc.errno}"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return "not a regular file"
        with open(fd, "rb", closefd=False) as fh:
            return digest(fh.read(limits.MAX_BYTES + 1))
    except OSError as exc:
        return f"unreadable {exc.errno}"
    finally:
        os.close(fd)


def _terminal() -> list:
    out: list = []
    for stream in (sys.stdout, sys.stderr):
        tty = stream.isatty()
        out += [tty, getattr(stream, "encoding", None), getattr(stream, "errors", None)]
        if tty:
            try:
                out.append(tuple(os.get_terminal_size(stream.fileno())))
            except (OSError, ValueError):
                out.append(None)
    return out


class Question:
    """One run asked: its key, the stamp of each file, and — for each file changed so recently that
    an edit in the same clock tick could keep its stamp (``racy``) — a hash of its content, taken
    when the files were stamped (``stamped_ns``)."""

    __slots__ = ("key", "stamps", "stamped_ns", "racy", "found")

    def __init__(
        self,
        key: str,
        stamps: list[tuple[str, tuple]],
        stamped_ns: int,
        found: seen.Found | None = None,
    ):
        self.key = key
        self.stamps = stamps
        self.stamped_ns = stamped_ns
        self.racy = {path: _content(path) for path, st in stamps if racy(st, stamped_ns)}
        self.found = found  # the walk and the stamps, for the command run (``io.seen``)

    def unchanged_since(self, earlier: Question) -> bool:
        """Asked again after ``earlier`` (its run): nothing that can change the answer changed —
        the same key, and every file that was racy then still has the content it had."""
        if self.key != earlier.key or not set(self.racy) <= set(earlier.racy):
            return False
        return all(
            (self.racy[path] if path in self.racy else _content(path)) == before
            for path, before in earlier.racy.items()
        )


def question(argv: list[str], paths: list[str]) -> Question | None:
    """The question ``argv`` asks (the whole command line after ``kehoach``, ``paths`` its
    positional paths), or None when its answer must not be remembered."""
    with paused():  # a stamp per file, no cycle (``nogc``)
        return _question(argv, paths)


def _question(argv: list[str], paths: list[str]) -> Question | None:
    found = repository_files(paths)
    if found is None:
        return None
    root, files, walked = found
    stamped_ns = time.time_ns()
    env = sorted(
        (name, value)
        for name, value in os.environ.items()
        if name.startswith("KEHOACH_") or name in _ENVIRONMENT
    )
    head = [environment_key(), argv, os.getcwd(), today(), _terminal(), env, root]
    stamps = [(path, stamp(path)) for path in files]
    # marshal format 0: the same bytes for the same values (no references, no interning flags)
    key = hashlib.sha256(marshal.dumps((head, stamps), 0)).hexdigest()
    return Question(key, stamps, stamped_ns, seen.Found(root, stamps, walked, stamped_ns))


def _path(key: str) -> str | None:
    folder = cache_dir()
    return os.path.join(folder, f"{PREFIX}{key}{SUFFIX}") if folder else None


def lookup(asked: Question) -> tuple[bytes, bytes, int] | None:
    """(stdout, stderr, exit code) remembered for ``asked``, or None: the same key, and every file
    that was racy when the answer was stored has the content it had then. A file of the wrong
    shape is ignored, never an error."""
    path = _path(asked.key)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            saved = marshal.load(fh)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (
        isinstance(saved, dict)
        and saved.get("version") == __version__
        and saved.get("key") == asked.key
        and type(saved.get("out")) is bytes
        and type(saved.get("err")) is bytes
        and saved.get("code") in (0, 1)
        and type(saved.get("stamped")) is int
        and isinstance(saved.get("racy"), dict)
    ):
        return None
    digests = saved["racy"]
    for file, st in asked.stamps:
        if racy(st, saved["stamped"]) and (
            file not in digests
            or (asked.racy[file] if file in asked.racy else _content(file)) != digests[file]
        ):
            return None
    try:
        os.utime(path)  # recently used: kept longer
    except OSError:
        pass
    return saved["out"], saved["err"], saved["code"]


def store(asked: Question, out: bytes, err: bytes, code: int) -> None:
    """Remember the answer to ``asked`` (the stamps and racy contents taken before its run); the
    least recently used beyond ``KEEP`` are removed. A cache that cannot be written is simply not
    kept."""
    path = _path(asked.key)
    if path is None:
        return
    # imported here: a hit (the path that must start fast) never writes
    from .io.atomic import write_atomic

    data = {
        "version": __version__,
        "key": asked.key,
        "stamped": asked.stamped_ns,
        "racy": asked.racy,
        "out": out,
        "err": err,
        "code": code,
    }
    try:
        write_atomic(path, marshal.dumps(data))
    except (OSError, ValueError):
        return
    prune(os.path.dirname(path))


def prune(folder: str, keep: int = KEEP) -> None:
    """Remove the least recently used answers beyond ``keep``."""
    try:
        with os.scandir(folder) as it:
            found = [
                (e.stat().st_mtime_ns, e.path)
                for e in it
                if e.name.startswith(PREFIX) and e.name.endswith(SUFFIX)
            ]
    except OSError:
        return
    for _, path in sorted(found)[: max(0, len(found) - keep)]:
        try:
            os.unlink(path)
        except OSError:
            pass
