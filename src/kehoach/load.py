"""The loader every command uses: files → read/parse → text checks → schema → ``Repository``.

``open_session(paths)`` finds the repository and the files asked for and stamps them (cheap);
``Session.load()`` reads what the cache does not already hold — in several processes when there
are many files — and returns a ``Loaded``: every file with its data and file-level problems
(reading, parsing, text and schema: KH1xx, KH2xx, KH3xx), and the ``Repository`` built from the
files that passed their schema. Per-file results are cached by path, modification time and size.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import multiprocessing as mp
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from . import checks, schema
from .io import positions
from .io.cache import ValidationCache, pack, unpack
from .io.discover import KINDS, Scope, classify, discover, display_path
from .io.yamlio import parse, read
from .model import Repository
from .problem import Problem

SCHEMA_KINDS = KINDS  # each kind is validated against schemas/<kind>.schema.json
PARALLEL_MIN_FILES = 200
BATCH = 50


@dataclass
class LoadedFile:
    """One file of the repository: where it is, what it holds, what is wrong with it."""

    path: Path
    shown: str  # as shown to the user
    stamp: tuple
    kind: str = "unknown"  # settings | orgs | program | plan | unknown
    data: object = None
    problems: list[Problem] = field(default_factory=list)
    text: str | None = None  # kept only until the problems that need positions are resolved

    @property
    def schema_ok(self) -> bool:
        """Read, parsed and valid against its schema: safe to consume."""
        return not any(p.code.startswith(("KH1", "KH2")) for p in self.problems)


@dataclass
class Loaded:
    """A loaded repository: its files and problems, and the files the command was asked about."""

    scope: Scope
    files: list[LoadedFile]
    repo: Repository
    targets: set[str]  # display paths of the files asked for
    cache: ValidationCache
    run_key: str
    disabled: frozenset[str]

    @property
    def problems(self) -> list[Problem]:
        """File-level problems of every file, disabled codes left out."""
        return [p for f in self.files for p in f.problems if p.code not in self.disabled]

    def target_problems(self) -> list[Problem]:
        return sorted(p for p in self.problems if p.path in self.targets)

    def target_documents(self) -> list:
        return [d for d in self.repo.documents if d.path in self.targets]

    def skipped_targets(self) -> list[str]:
        """Files asked for that could not be used: unreadable, or failing their schema."""
        used = {d.path for d in self.repo.documents}
        return sorted(
            f.shown
            for f in self.files
            if f.shown in self.targets and not f.schema_ok and f.shown not in used
        )

    def text_of(self, shown: str) -> str | None:
        """The text of a file (re-read when it was not kept), for positions of later problems."""
        for f in self.files:
            if f.shown == shown:
                return f.text if f.text is not None else read(str(f.path)).text
        return None

    def locate(self, found: list[Problem]) -> list[Problem]:
        """Give the problems found after loading (repository checks) their line and column."""
        by_path: dict[str, list[Problem]] = {}
        for p in found:
            by_path.setdefault(p.path, []).append(p)
        out: list[Problem] = []
        for path, items in by_path.items():
            out.extend(positions.resolve(self.text_of(path) or "", items))
        return out


def _stamp(path: Path) -> tuple:
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return (0, -1)


def load_file(state: LoadedFile) -> None:
    """Read, parse, check the text of and schema-validate one file, in place."""
    check_loaded(state, read(str(state.path)))


def load_text(state: LoadedFile, text: str) -> None:
    """Like ``load_file`` for a text not (yet) on disk: a file as an edit would leave it."""
    check_loaded(state, parse(state.shown, text))


def check_loaded(state: LoadedFile, loaded) -> None:
    """The checks of one read file (``io.yamlio.Loaded``), recorded in ``state``."""
    problems = [
        Problem(state.shown, p.line, p.col, p.code, p.level, p.message) for p in loaded.problems
    ]
    state.text = loaded.text
    if loaded.text is not None:
        problems += checks.run_text_checks(state.shown, loaded.text)
    if not loaded.ok:
        state.problems = problems
        return
    state.data = loaded.data
    state.kind = classify(state.path, loaded.data)
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
        found = schema.validate(state.kind, loaded.data, state.shown)
        problems += positions.resolve(loaded.text, found)
    state.problems = problems


def _jobs(requested: int | None) -> int:
    if requested is None:
        requested = int(os.environ.get("KEHOACH_JOBS", "0") or 0)
    if requested <= 0:
        requested = (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )
    return max(1, requested)


def _load_chunk(states: list[LoadedFile]) -> bytes:
    """Worker: load a small batch of files, return what the parent needs (text stays behind; it
    is re-read only for files that later get repository problems). marshal keeps interned strings
    interned, so the parent shares repeated keys and ids across batches."""
    out = []
    for state in states:
        load_file(state)
        out.append((state.kind, state.data, pack(state.problems)))
    try:
        return marshal.dumps(out)
    except ValueError:  # a value marshal cannot hold
        return b"P" + pickle.dumps(out)


def _rows(blob: bytes) -> list:
    return pickle.loads(blob[1:]) if blob[:1] == b"P" else marshal.loads(blob)


def _load_many(states: list[LoadedFile], jobs: int) -> None:
    """Load files, in several processes when there are many and the platform forks cheaply."""
    if jobs > 1 and len(states) >= PARALLEL_MIN_FILES and "fork" in mp.get_all_start_methods():
        for kind in ("plan", "program"):
            schema.prepare(kind)  # compile once, before forking
        # small batches: neither the workers nor the parent ever hold more than a few at once
        chunks = [states[i : i + BATCH] for i in range(0, len(states), BATCH)]
        try:
            with mp.get_context("fork").Pool(jobs) as pool:
                for chunk, blob in zip(chunks, pool.imap(_load_chunk, chunks), strict=True):
                    for state, (kind, data, problems) in zip(chunk, _rows(blob), strict=True):
                        state.kind, state.data, state.problems = kind, data, unpack(problems)
            return
        except (OSError, RuntimeError):
            pass
    for state in states:
        load_file(state)
        state.text = None  # re-read only for files that get repository problems


@dataclass
class Session:
    """The files of one command run, stamped but not read yet."""

    scope: Scope
    files: list[LoadedFile]
    targets: set[str]
    cache: ValidationCache
    run_key: str
    jobs: int | None = None

    def load(self) -> Loaded:
        misses = []
        for state in self.files:
            hit = self.cache.get(str(state.path), state.stamp)
            if hit:
                _, state.kind, state.data, rows = hit
                state.problems = unpack(rows)
            else:
                misses.append(state)
        collecting = gc.isenabled()
        gc.disable()  # the data built is acyclic: generational collections only cost time here
        try:
            _load_many(misses, _jobs(self.jobs))
        finally:
            if collecting:
                gc.enable()
        for state in misses:
            if state.stamp[1] >= 0:
                self.cache.put(str(state.path), state.stamp, state.kind, state.data, state.problems)
        repo = Repository.from_files(self.scope.root, self.files)
        disabled = (repo.settings.get("checks") or {}).get("disable") or []
        return Loaded(
            self.scope,
            self.files,
            repo,
            self.targets,
            self.cache,
            self.run_key,
            frozenset(d for d in disabled if isinstance(d, str)),
        )


def open_session(
    paths: list[str] | None = None, *, use_cache: bool = True, jobs: int | None = None
) -> Session:
    """Find the repository around ``paths`` (default: the working directory) and stamp its files."""
    scope = discover(paths)
    cache = ValidationCache(scope.root, use_cache)
    files = [LoadedFile(p, display_path(p), _stamp(p)) for p in scope.files]
    run_key = hashlib.sha1(
        repr(sorted((str(f.path), f.stamp) for f in files)).encode()
        + repr(sorted(map(str, scope.targets))).encode()
    ).hexdigest()
    return Session(scope, files, {display_path(t) for t in scope.targets}, cache, run_key, jobs)


def load(
    paths: list[str] | None = None, *, use_cache: bool = True, jobs: int | None = None
) -> Loaded:
    """Load the repository around ``paths``; the per-file cache is saved."""
    loaded = open_session(paths, use_cache=use_cache, jobs=jobs).load()
    loaded.cache.save(None, [])
    return loaded
