"""Many files of a repository loaded (``load_many``): here, and when there are many, in forked
helper processes beside this one, which send back what they loaded in batches; for ``validate``
with the per-document checks run and the documents slimmed down where they are loaded, for
another command with each document cut to its part (``loadparts``)."""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable

from . import schema
from .io.cache import pack, unpack
from .loadchecks import UNCHECKED, Context, check_document, slim_down
from .loadfiles import SCHEMA_KINDS, LoadedFile, load_file
from .loadparts import Part, cut

PARALLEL_MIN_FILES = 200
BATCH = 50


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
    states: list[LoadedFile],
    context: Context | None = None,
    slim: bool = False,
    part: Part | None = None,
) -> bytes:
    """Helper process: load a small batch of files, return what the parent needs (text stays
    behind; it is re-read only for files that later get repository problems). marshal keeps
    interned strings interned, so the parent shares repeated keys and ids across batches. The
    helper's copies of the files let go of what they loaded: a helper holds one batch at a time,
    not its share of the repository. A document cut to a command's part (``part``) goes back
    only as the part's bytes, decoded once in the parent (not also marshalled nested here)."""
    out = []
    for state in states:
        _load_one(state, context, slim, part)
        found = pack(state.doc_problems)
        out.append(
            (
                state.kind,
                None if state.part_bytes is not None else state.data,
                pack(state.problems),
                state.digest,
                state.checked,
                found,
                state.slim,
                state.kept,
                state.blob,
                state.part_bytes,
                state.lines,
                state.tail,
            )
        )
        state.data, state.text, state.problems, state.doc_problems = None, None, [], []
        state.kept = state.blob = state.part_bytes = state.lines = state.tail = None
    try:
        return marshal.dumps(out)
    except ValueError:  # a value marshal cannot hold
        import pickle

        return b"P" + pickle.dumps(out)


def _load_one(
    state: LoadedFile, context: Context | None, slim: bool, part: Part | None = None
) -> None:
    """Load one file; for ``validate``, also run its per-document checks (``context``) and keep
    only its slim view (``slim``); for another command, keep only its ``part`` (and the source
    lines of the items of its lists, which the C line scanner gives as it reads the file)."""
    marks: list | None = [] if not slim and part is not None and part.lines else None
    load_file(state, marks)
    checked = check_document(state, context) if context is not None else UNCHECKED
    if slim:
        slim_down(state, checked=checked)
    elif part is not None:
        cut(state, part, marks=marks)


def _rows(blob: bytes) -> list:
    if blob[:1] == b"P":
        import pickle

        return pickle.loads(blob[1:])
    return marshal.loads(blob)


Done = Callable[[LoadedFile], None]


def _load_here(
    chunk: list[LoadedFile],
    context: Context | None,
    slim: bool,
    done: Done | None,
    part: Part | None = None,
) -> None:
    for state in chunk:
        _load_one(state, context, slim, part)
        state.text = None
        if done is not None:
            done(state)  # re-read only for files that get repository problems


def load_many(
    states: list[LoadedFile],
    jobs: int,
    context: Context | None = None,
    slim: bool = False,
    done: Done | None = None,
    part: Part | None = None,
) -> None:
    """Load files: here, and when there are many and the platform forks cheaply, in ``jobs - 1``
    helper processes beside this one (this process loads its share too: no batch goes through
    marshal that need not, and no process only waits). With ``context`` (``validate``), the
    per-document repository checks run on each file where it is loaded; with ``slim``, each
    document is slimmed down there too (``loadchecks.slim_down``): its full data comes back only
    as bytes, for the cache; with ``part`` (another command), each document is cut to that part
    there (``loadparts.cut``). ``done(state)`` is called here for each file as soon as it is loaded
    (so that the caller can cache it and let go of what it no longer needs)."""
    if jobs > 1 and len(states) >= PARALLEL_MIN_FILES and _forks():
        # small batches: neither the helpers nor this process ever hold more than a few at once
        chunks = [states[i : i + BATCH] for i in range(0, len(states), BATCH)]
        try:
            _Shared(chunks, jobs - 1, context, slim, done, part).run()
            return
        except OSError:  # no process to be had (limits): every batch is loaded here
            pass
    _load_here(states, context, slim, done, part)


def _forks() -> bool:
    """The platform starts processes by forking (imported here: a run that loads few files, the
    editor's one-file ``validate``, never pays for ``multiprocessing``)."""
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods()


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
        part: Part | None = None,
    ) -> None:
        self.chunks = chunks
        self.done = done
        self.doc_context = context  # of the per-document checks
        self.slim = slim
        self.part = part
        self.helpers = helpers
        self.pending = set(range(len(chunks)))  # not loaded yet
        self.failed: set[int] = set()  # a helper failed on them: pending, loaded here
        import multiprocessing as mp

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
                blob: bytes | None = _load_chunk(
                    self.chunks[index], self.doc_context, self.slim, self.part
                )
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
                _load_here(self.chunks[index], self.doc_context, self.slim, self.done, self.part)
                self.pending.discard(index)
                self.receive(block=False)
            while self.awaited():
                if not self.receive(block=True) and not any(p.is_alive() for p in processes):
                    self.receive(block=False)  # what they sent before they ended
                    break
            for index in sorted(self.pending):  # failed or lost with a helper: loaded here
                _load_here(self.chunks[index], self.doc_context, self.slim, self.done, self.part)
        finally:
            for process in processes:
                if process.is_alive():
                    process.terminate()
                process.join()
            self.sent.close()

    def receive(self, block: bool) -> bool:
        """Take in what the helpers have sent (waiting a little for it when ``block``); False
        when nothing came."""
        import queue

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
                state.slim, state.kept, state.blob, state.part_bytes, state.lines, state.tail = row[
                    6:
                ]
                if state.part_bytes is not None:
                    state.data = marshal.loads(state.part_bytes)
                state.problems, state.doc_problems = unpack(problems), unpack(found)
                if self.done is not None:  # the file as loaded, problems included (the cache)
                    self.done(state)
            block = False
        return got
