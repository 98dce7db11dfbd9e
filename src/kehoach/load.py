"""The loader every command uses: files → read/parse → text checks → schema → ``Repository``.

``open_session(paths)`` finds the repository and the files asked for and stamps them (cheap);
``Session.load()`` reads what the cache does not already hold — in several processes when there
are many files — and returns a ``Loaded``: every file with its data and file-level problems
(reading, parsing, text and schema: KH1xx, KH2xx, KH3xx), and the ``Repository`` built from the
files that passed their schema. Per-file results are cached (``io.cache``: stamp, content hash
when the stamp is racy, and the environment key of ``cachekey``).

``load(paths)`` is what the commands that *consume* data use: it stops with a ``KehoachError``
when ``kehoach.yaml`` or ``orgs.yaml`` fails its schema (``Repository.require_usable``).
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import multiprocessing as mp
import os
import pickle
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import checks, schema
from .cachekey import environment_key
from .io import positions
from .io.cache import MISSING, ValidationCache, digest, pack, stamp, unpack
from .io.discover import Scope, classify, discover, display_path
from .io.yamlio import decode, parse, read, read_bytes
from .model import Repository
from .problem import Problem
from .vocab import visible

SCHEMA_KINDS = ("settings", "orgs", "program", "plan")
# problems that keep a file's data from the commands: reading, parsing, schema, and characters no
# document can hold (KH305)
BLOCKING = ("KH1", "KH2", "KH305")
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
    refused: str | None = None  # not a regular file inside the repository: why it is not read
    digest: str = ""  # hash of the bytes read

    @property
    def schema_ok(self) -> bool:
        """Read, parsed, valid against its schema, no character a document cannot hold: safe to
        consume."""
        return not any(p.level == "error" and p.code.startswith(BLOCKING) for p in self.problems)

    @property
    def first_error(self) -> Problem | None:
        errors = [p for p in self.problems if p.level == "error" and p.code.startswith(BLOCKING)]
        return min(errors) if errors else None


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
            visible(f.shown)
            for f in self.files
            if f.shown in self.targets and not f.schema_ok and f.shown not in used
        )

    def text_of(self, shown: str) -> str | None:
        """The text of a file (re-read when it was not kept), for positions of later problems."""
        for f in self.files:
            if f.shown == shown and f.refused is None:
                return f.text if f.text is not None else read(str(f.path)).text
        return None

    def require_usable(self, doc_ids=()) -> None:
        """``KehoachError`` when data a command would consume failed its schema (see
        ``Repository.require_usable``)."""
        self.repo.require_usable(doc_ids)

    def locate(self, found: list[Problem]) -> list[Problem]:
        """Give the problems found after loading (repository checks) their line and column."""
        by_path: dict[str, list[Problem]] = {}
        for p in found:
            by_path.setdefault(p.path, []).append(p)
        out: list[Problem] = []
        for path, items in by_path.items():
            out.extend(positions.resolve(self.text_of(path) or "", items))
        return out


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
    state.text = text
    if text is None:
        state.problems = problems
        return
    loaded = parse(state.shown, text)
    problems = loaded.problems + checks.run_text_checks(state.shown, text)
    if not isinstance(loaded.data, dict):
        state.problems = problems
        return
    state.data = loaded.data
    state.kind = classify(state.path, loaded.data)
    found = checks.run_data_checks(state.shown, state.kind, loaded.data)
    if state.kind == "unknown":
        problems.append(
            Problem(
                state.shown,
                1,
                1,
                "KH109",
                "error",
                "Không rõ loại tệp: thiếu `kind: program` hoặc `kind: plan`",
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
        out.append((state.kind, state.data, pack(state.problems), state.digest))
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
                    for state, row in zip(chunk, _rows(blob), strict=True):
                        state.kind, state.data, problems, state.digest = row
                        state.problems = unpack(problems)
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
    stamped_ns: int = 0  # when the files were stamped (racy stamps are judged against it)

    @property
    def stamps(self) -> list[tuple]:
        return [f.stamp for f in self.files]

    def load(self) -> Loaded:
        misses = []
        for state in self.files:
            hit = (
                None if state.refused is not None else self.cache.get(str(state.path), state.stamp)
            )
            if hit is not None:
                state.kind, state.data, state.problems = hit
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
            if state.stamp != MISSING and state.digest:
                self.cache.put(
                    str(state.path),
                    state.stamp,
                    state.digest,
                    self.stamped_ns,
                    state.kind,
                    state.data,
                    state.problems,
                )
        repo = Repository.from_files(self.scope.root, self.files)
        checks_setting = repo.settings.get("checks")
        disabled = checks_setting.get("disable") if isinstance(checks_setting, dict) else None
        return Loaded(
            self.scope,
            self.files,
            repo,
            self.targets,
            self.cache,
            self.run_key,
            frozenset(d for d in disabled or [] if isinstance(d, str)),
        )


def open_session(
    paths: list[str] | None = None, *, use_cache: bool = True, jobs: int | None = None
) -> Session:
    """Find the repository around ``paths`` (default: the working directory) and stamp its files."""
    scope = discover(paths)
    env = environment_key() if use_cache else ""
    cache = ValidationCache(scope.root, use_cache, env)
    stamped_ns = time.time_ns()
    files = [
        LoadedFile(p, display_path(p), stamp(p), refused=scope.refused.get(p)) for p in scope.files
    ]
    run_key = hashlib.sha1(
        env.encode()
        + repr(sorted((str(f.path), f.stamp, f.refused) for f in files)).encode()
        + repr(sorted(map(str, scope.targets))).encode()
    ).hexdigest()
    targets = {display_path(t) for t in scope.targets}
    return Session(scope, files, targets, cache, run_key, jobs, stamped_ns)


def load(
    paths: list[str] | None = None, *, use_cache: bool = True, jobs: int | None = None
) -> Loaded:
    """Load the repository around ``paths`` for a command that consumes its data: stops
    (``KehoachError``) when ``kehoach.yaml`` or ``orgs.yaml`` fails its schema."""
    loaded = open_session(paths, use_cache=use_cache, jobs=jobs).load()
    loaded.cache.save(None, [])
    loaded.require_usable()
    return loaded
