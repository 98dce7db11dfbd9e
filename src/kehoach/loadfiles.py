"""One file of a repository, read, parsed, checked and validated against its schema
(``load_file``), and many of them, in several processes when there are many (``load_many``).
``load`` decides which files need it (the cache holds the others)."""

from __future__ import annotations

import marshal
import multiprocessing as mp
import os
import pickle
import queue
from collections.abc import Callable
from dataclasses import dataclass, field

from . import checks, schema
from .io import positions
from .io.cache import digest, pack, unpack
from .io.discover import KINDS, classify
from .io.yamlio import decode, parse, read_bytes, without_bom
from .loadchecks import UNCHECKED, Context, check_document, slim_down
from .problem import Problem
from .vocab import visible

SCHEMA_KINDS = KINDS  # each kind is validated against schemas/<kind>.schema.json
# problems that keep a file's data from the commands: reading, parsing, schema, and characters no
# document can hold (KH305)
BLOCKING = ("KH1", "KH2", "KH305")
# ...except a duplicate key: its data is well defined (the last value wins, as YAML says), so it is
# reported as an error and the file still takes part in the schema and repository checks
NOT_BLOCKING = ("KH106",)
PARALLEL_MIN_FILES = 200
BATCH = 50


@dataclass
class LoadedFile:
    """One file of the repository: where it is, what it holds, what is wrong with it."""

    path: str  # absolute (``Scope.files``)
    shown: str  # as shown to the user
    stamp: tuple
    kind: str = "unknown"  # settings | orgs | program | plan | decision | rules | report | unknown
    data: object = None
    problems: list[Problem] = field(default_factory=list)
    text: str | None = None  # kept only until the problems that need positions are resolved
    refused: str | None = None  # not a regular file inside the repository: why it is not read
    digest: str = ""  # hash of the bytes read
    # the per-document repository checks (``validate``): the key of the context they ran with
    # (``Context.key``; None: not run) and their problems, positioned, every code
    checked: str | None = None
    doc_problems: list[Problem] = field(default_factory=list)
    # ``validate`` without the repository (``slim_down``): ``data`` holds only what the
    # cross-document checks read, ``kept`` the same of what is left once the schema errors are
    # removed, ``blob`` the full data as marshal bytes, only until it is cached
    slim: bool = False
    kept: object = None
    blob: bytes | None = None

    @property
    def schema_ok(self) -> bool:
        """Read, parsed, valid against its schema, no character a document cannot hold: safe to
        consume."""
        return not any(blocks(p) for p in self.problems)

    @property
    def first_error(self) -> Problem | None:
        errors = [p for p in self.problems if blocks(p)]
        return min(errors) if errors else None


def blocks(p: Problem) -> bool:
    """``p`` keeps its file's data from the commands."""
    return p.level == "error" and p.code.startswith(BLOCKING) and p.code not in NOT_BLOCKING


def load_file(state: LoadedFile) -> None:
    """Read, parse, check the text of and schema-validate one file, in place."""
    state.kind = classify(state.path, None)  # kehoach.yaml and orgs.yaml are known by name
    if state.refused is not None:  # never opened: its content is never shown
        state.problems = [Problem(state.shown, 1, 1, "KH104", "error", f"Bỏ qua: {state.refused}")]
        return
    raw, why = read_bytes(str(state.path))
    if raw is None:
        state.problems = [Problem(state.shown, 1, 1, "KH104", "error", why)]
        return
    state.digest = digest(raw)
    text, problems = decode(state.shown, raw)
    if text is None:
        state.problems = problems
        return
    load_text(state, text, problems, without_bom(raw))


def load_text(
    state: LoadedFile, text: str, problems: list[Problem] | None = None, utf8: bytes | None = None
) -> None:
    """Parse, check the text of and schema-validate ``text`` as the content of ``state``'s file,
    in place: also a file as an edit would leave it, before it is written (``utf8``: the bytes
    ``text`` was decoded from, when it was read from the file)."""
    state.text = text
    loaded = parse(state.shown, text, utf8)
    problems = (problems or []) + loaded.problems + checks.run_text_checks(state.shown, text)
    if not isinstance(loaded.data, dict):
        state.problems = problems
        return
    state.data = loaded.data
    state.kind = classify(state.path, loaded.data)
    found = checks.run_data_checks(state.shown, state.kind, loaded.data, text)
    if state.kind == "unknown":
        problems.append(
            Problem(
                state.shown,
                1,
                1,
                "KH109",
                "error",
                "Không rõ loại tệp: thiếu `kind:` (program, plan, decision, rules, report)",
            )
        )
    else:
        found += schema.validate(state.kind, loaded.data, state.shown)
    state.problems = [_visible(p) for p in problems + positions.resolve(text, found)]


def _visible(p: Problem) -> Problem:
    """Messages quote what the file says: control characters are shown as escapes."""
    message = visible(p.message)
    if message == p.message:
        return p
    return Problem(p.path, p.line, p.col, p.code, p.level, message, p.json_path)


def jobs_wanted(requested: int | None) -> int:
    if requested is None:
        requested = int(os.environ.get("KEHOACH_JOBS", "0") or 0)
    if requested <= 0:
        requested = (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )
    return max(1, requested)


def _load_chunk(
    states: list[LoadedFile], context: Context | None = None, slim: bool = False
) -> bytes:
    """Helper process: load a small batch of files, return what the parent needs (text stays
    behind; it is re-read only for files that later get repository problems). marshal keeps
    interned strings interned, so the parent shares repeated keys and ids across batches. The
    helper's copies of the files let go of what they loaded: a helper holds one batch at a time,
    not its share of the repository."""
    out = []
    for state in states:
        _load_one(state, context, slim)
        found = pack(state.doc_problems)
        out.append(
            (
                state.kind,
                state.data,
                pack(state.problems),
                state.digest,
                state.checked,
                found,
                state.slim,
                state.kept,
                state.blob,
            )
        )
        state.data, state.text, state.problems, state.doc_problems = None, None, [], []
        state.kept = state.blob = None
    try:
        return marshal.dumps(out)
    except ValueError:  # a value marshal cannot hold
        return b"P" + pickle.dumps(out)


def _load_one(state: LoadedFile, context: Context | None, slim: bool) -> None:
    """Load one file; for ``validate``, also run its per-document checks (``context``) and keep
    only its slim view (``slim``)."""
    load_file(state)
    checked = check_document(state, context) if context is not None else UNCHECKED
    if slim:
        slim_down(state, checked=checked)


def _rows(blob: bytes) -> list:
    return pickle.loads(blob[1:]) if blob[:1] == b"P" else marshal.loads(blob)


Done = Callable[[LoadedFile], None]


def _load_here(
    chunk: list[LoadedFile], context: Context | None, slim: bool, done: Done | None
) -> None:
    for state in chunk:
        _load_one(state, context, slim)
        state.text = None
        if done is not None:
            done(state)  # re-read only for files that get repository problems


def load_many(
    states: list[LoadedFile],
    jobs: int,
    context: Context | None = None,
    slim: bool = False,
    done: Done | None = None,
) -> None:
    """Load files: here, and when there are many and the platform forks cheaply, in ``jobs - 1``
    helper processes beside this one (this process loads its share too: no batch goes through
    marshal that need not, and no process only waits). With ``context`` (``validate``), the
    per-document repository checks run on each file where it is loaded; with ``slim``, each
    document is slimmed down there too (``loadchecks.slim_down``): its full data comes back only
    as bytes, for the cache. ``done(state)`` is called here for each file as soon as it is loaded
    (so that the caller can cache it and let go of what it no longer needs)."""
    if jobs > 1 and len(states) >= PARALLEL_MIN_FILES and "fork" in mp.get_all_start_methods():
        # small batches: neither the helpers nor this process ever hold more than a few at once
        chunks = [states[i : i + BATCH] for i in range(0, len(states), BATCH)]
        try:
            _Shared(chunks, jobs - 1, context, slim, done).run()
            return
        except OSError:  # no process to be had (limits): every batch is loaded here
            pass
    _load_here(states, context, slim, done)


class _Shared:
    """Batches taken in turn, from one shared counter, by this process and forked helpers; the
    helpers send back what they loaded. A batch a helper could not finish (it died, or raised)
    is loaded here, so the result never depends on the helpers."""

    def __init__(
        self,
        chunks: list[list[LoadedFile]],
        helpers: int,
        context: Context | None = None,
        slim: bool = False,
        done: Done | None = None,
    ) -> None:
        self.chunks = chunks
        self.done = done
        self.doc_context = context  # of the per-document checks
        self.slim = slim
        self.helpers = helpers
        self.pending = set(range(len(chunks)))  # not loaded yet
        self.failed: set[int] = set()  # a helper failed on them: pending, loaded here
        forking = mp.get_context("fork")
        self.next = forking.RawValue("l", 0)
        self.lock = forking.Lock()
        self.sent = forking.Queue()
        self.context = forking

    def awaited(self) -> bool:
        """A batch is neither loaded nor failed yet (failed ones stay pending)."""
        return len(self.pending) > len(self.failed)

    def take(self) -> int:
        with self.lock:
            index = self.next.value
            self.next.value = index + 1
        return index

    def serve(self) -> None:
        """In a helper: load batches until none is left."""
        while (index := self.take()) < len(self.chunks):
            try:
                blob: bytes | None = _load_chunk(self.chunks[index], self.doc_context, self.slim)
            except Exception:  # noqa: BLE001 - the parent loads it again and reports it
                blob = None
            self.sent.put((index, blob))

    def run(self) -> None:
        for kind in SCHEMA_KINDS:
            schema.prepare(kind)  # compile once, before forking
        processes = [
            self.context.Process(target=self.serve, daemon=True) for _ in range(self.helpers)
        ]
        try:
            for process in processes:
                process.start()
            while (index := self.take()) < len(self.chunks):
                _load_here(self.chunks[index], self.doc_context, self.slim, self.done)
                self.pending.discard(index)
                self.receive(block=False)
            while self.awaited():
                if not self.receive(block=True) and not any(p.is_alive() for p in processes):
                    self.receive(block=False)  # what they sent before they ended
                    break
            for index in sorted(self.pending):  # failed or lost with a helper: loaded here
                _load_here(self.chunks[index], self.doc_context, self.slim, self.done)
        finally:
            for process in processes:
                if process.is_alive():
                    process.terminate()
                process.join()
            self.sent.close()

    def receive(self, block: bool) -> bool:
        """Take in what the helpers have sent (waiting a little for it when ``block``); False
        when nothing came."""
        got = False
        while self.awaited():
            try:
                index, blob = self.sent.get(block, 0.2)
            except queue.Empty:
                return got
            got = True
            if blob is None:  # the helper failed on it: loaded here, where it fails as it would
                self.failed.add(index)
                continue
            self.pending.discard(index)
            for state, row in zip(self.chunks[index], _rows(blob), strict=True):
                state.kind, state.data, problems, state.digest, state.checked, found = row[:6]
                state.slim, state.kept, state.blob = row[6:]
                if self.done is not None:
                    self.done(state)
                state.problems, state.doc_problems = unpack(problems), unpack(found)
            block = False
        return got
