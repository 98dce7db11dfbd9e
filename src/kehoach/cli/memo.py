"""Remembered answers at the command line: ``validate``, ``due`` and ``who`` asked again with
nothing changed are answered from ``answers`` before typer or any feature module is imported.

Which runs qualify is decided from the command line alone, by a table of each command's options
(``VALUES``: options that take a value; ``FLAGS``: options that do not — both from
``argv.OPTIONS``, which the fast paths read by too; a test keeps them equal to
the typer commands' parameters). Anything else — an unknown option, ``--help``, ``--no-cache``,
``-o`` to a file (only standard output is remembered), ``--format ics`` (which reads git) — runs as
if there were no memo.

A miss runs the command with standard output and standard error *teed* (``Tee``: everything is
forwarded, the bytes are recorded as the stream encodes them); when it exits 0 or 1 the answer is
stored under the question's key if every file that was racy when the question was asked still has
the content it had (``Question.racy_unchanged``) — a file edited during the run is never
remembered as answered by its old content. The files that were not racy need no second look: an
edit gives them another stamp (their modification time was older than the clock's resolution, so
the edit's is not the same), and so the next run another key, under which nothing is stored.
"""

from __future__ import annotations

import sys

from .. import answerfile, answers
from ..errors import KehoachError
from ..io import seen
from ..io.cachedir import cache_dir
from .argv import FORMAT, OPTIONS, OUTPUT

TYPE_CHECKING = False  # as typing's, without importing typing (it costs the fast path ~10 ms)
if TYPE_CHECKING:
    from collections.abc import Callable


VALUES: dict[str, frozenset[str]] = {c: frozenset(v) for c, (v, _) in OPTIONS.items()}
FLAGS: dict[str, frozenset[str]] = {c: frozenset(f) for c, (_, f) in OPTIONS.items()}
NEVER = frozenset({"--no-cache"})  # flags whose run is never remembered
NOT_REMEMBERED_FORMATS = frozenset({"ics"})  # reads git (LAST-MODIFIED)


def positional(command: str, args: list[str]) -> list[str] | None:
    """The paths named in ``args`` (after the command's name), or None when the run must not be
    remembered."""
    values, flags = VALUES.get(command), FLAGS.get(command)
    if values is None or flags is None:
        return None
    paths: list[str] = []
    given: list[tuple[str, str]] = []
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if arg.startswith("--") and eq and name in values:
            given.append((name, value))
        elif arg in values:
            if i + 1 >= len(args):
                return None
            given.append((arg, args[i + 1]))
            i += 1
        elif arg in flags and arg not in NEVER:
            pass
        elif arg and not arg.startswith("-"):
            paths.append(arg)
        else:
            return None  # unknown, --help, --no-cache, "--", "-", ""
        i += 1
    for name, value in given:
        if name in OUTPUT and value != "-":
            return None
        if name in FORMAT and value in NOT_REMEMBERED_FORMATS:
            return None
    return paths


class Recorder:
    """The bytes written to one stream, up to ``limit``: an answer larger than that (the
    responsibilities of a whole national repository…) is not remembered, and not held in memory
    either — outputs as large as the repository are streamed, not kept. Nor is the answer of a run
    whose writing failed (``fail``: the reader went away, ``kehoach who | head``; a full disk):
    what it recorded is not what a reader would have been given."""

    def __init__(self, limit: int):
        self.pieces: list[bytes] = []
        self.left = limit
        self.overflow = False

    def add(self, data: bytes) -> None:
        if self.overflow:
            return
        self.left -= len(data)
        if self.left < 0:
            self.fail()
        else:
            self.pieces.append(data)

    def fail(self) -> None:
        self.overflow = True
        self.pieces.clear()

    def value(self) -> bytes | None:
        return None if self.overflow else b"".join(self.pieces)


class _Forward:
    """A stream that forwards every call to ``_raw`` and records what ``write`` writes, as bytes
    (``_bytes``); a write or flush that fails fails the record."""

    def __init__(self, raw, record: Recorder):
        self._raw = raw
        self._record = record

    def _bytes(self, data) -> bytes:
        return bytes(data)

    def write(self, data) -> int:
        try:
            written = self._raw.write(data)
        except OSError:  # not a probe's TypeError (click writes b"" to tell text from bytes)
            self._record.fail()
            raise
        self._record.add(self._bytes(data))
        return written

    def flush(self) -> None:
        try:
            self._raw.flush()
        except OSError:  # the reader went away, a full disk
            self._record.fail()
            raise

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._raw, name)


class Tee(_Forward):
    """A text stream (``sys.stdout``, ``sys.stderr``) that forwards everything — ``isatty``,
    ``encoding``, ``fileno``, ``flush``… — and records the bytes written: text encoded as the
    stream encodes it, bytes written to ``buffer`` as they are."""

    def __init__(self, stream, record: Recorder):
        super().__init__(stream, record)
        self.buffer = _Forward(stream.buffer, record)

    def _bytes(self, data) -> bytes:
        return data.encode(self._raw.encoding, self._raw.errors or "strict")


def _teeable(stream) -> bool:
    return (
        getattr(stream, "buffer", None) is not None
        and isinstance(getattr(stream, "encoding", None), str)
        and callable(getattr(stream, "isatty", None))
    )


def asked(args: list[str]) -> answers.Question | None:
    """The question the command line ``args`` asks, or None when it must not be remembered."""
    paths = positional(args[0], args[1:]) if args else None
    if paths is None or not (_teeable(sys.stdout) and _teeable(sys.stderr)):
        return None
    if cache_dir() is None:  # KEHOACH_NO_CACHE, or no private cache folder: nothing to stamp for
        return None
    try:
        return answers.question(args, paths)
    except (OSError, ValueError, KehoachError):  # e.g. a broken installation: the run says it
        return None


def remembered(args: list[str], run: Callable[[list[str]], int]) -> int:
    """The exit code of ``run(args)``, answered from memory when the same run already answered."""
    question = asked(args)
    if question is None:
        return run(args)
    found = answerfile.lookup(question)
    if found is not None:
        with found:
            code = _replay(found)
            answerfile.refresh(question, found)  # after the answer is out: the reader waits not
            return code
    out_rec = Recorder(answerfile.MAX_ANSWER_BYTES)
    err_rec = Recorder(answerfile.MAX_ANSWER_BYTES)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Tee(saved[0], out_rec), Tee(saved[1], err_rec)
    try:
        with seen.offered(question.found):
            code = run(args)
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        sys.stdout, sys.stderr = saved
    out, err = out_rec.value(), err_rec.value()
    if code in (0, 1) and out is not None and err is not None:
        if question.racy_unchanged():
            answerfile.store(question, out, err, code)
    return code


def _replay(found: answerfile.Remembered) -> int:
    """Write a remembered answer back, byte for byte (standard output copied from its file by the
    kernel where it can be); its exit code."""
    if found.size:
        sys.stdout.flush()
        found.write_out(sys.stdout.buffer)
    if found.err:
        sys.stderr.flush()
        sys.stderr.buffer.write(found.err)
        sys.stderr.buffer.flush()
    return found.code
