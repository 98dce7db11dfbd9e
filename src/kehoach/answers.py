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

The answers live in the cache folder, one file per key (``answerfile``).
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import time

from .cachekey import environment_key
from .io import limits, seen, walk
from .io.cachedir import digest, key_digest, racy, stamp
from .nogc import paused

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

    def racy_unchanged(self) -> bool:
        """Every file that was racy when it was stamped still has the content it had then (after
        the run: its answer may be stored under ``key``, see ``cli.memo``)."""
        return all(_content(path) == before for path, before in self.racy.items())

    def content(self, path: str) -> str:
        """The hash of ``path``'s content: taken when it was stamped if it was racy, else now."""
        return self.racy[path] if path in self.racy else _content(path)


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
    key = key_digest(marshal.dumps((head, stamps), 0))
    return Question(key, stamps, stamped_ns, seen.Found(root, stamps, walked, stamped_ns))
