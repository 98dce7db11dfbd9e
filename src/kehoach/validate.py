"""The validation pipeline: files → read/parse → text checks → schema → repository checks.

``run()`` returns every problem of every file (sorted) and the loaded ``Repository``, which other
commands reuse. Per-file results (data and file-level problems) are cached by path, mtime and size;
a run whose inputs are all unchanged also reuses the previous run's problems.
"""

from __future__ import annotations

import gc
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import checks as registry
from . import positions, schema
from .cache import ValidationCache, pack, unpack
from .problem import Problem
from .repo import Document, Repository, Scope, classify, discover, display_path
from .yamlio import read

_SCHEMA_KIND = {"settings": "settings", "orgs": "orgs", "program": "program", "plan": "plan"}


@dataclass
class Result:
    problems: list[Problem]
    files: int
    repo: Repository | None
    targets: set = field(default_factory=set)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]


@dataclass
class _FileState:
    path: Path
    shown: str
    stamp: tuple
    kind: str = "unknown"
    data: object = None
    problems: list[Problem] = field(default_factory=list)
    text: str | None = None


def _stamp(path: Path) -> tuple:
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return (0, -1)


def _load_file(state: _FileState) -> None:
    loaded = read(str(state.path))
    problems = [
        Problem(state.shown, p.line, p.col, p.code, p.level, p.message) for p in loaded.problems
    ]
    state.text = loaded.text
    if loaded.text is not None:
        problems += registry.run_text_checks(
            state.shown, loaded.text
        )  # disabled codes are dropped in run()
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
                "Không rõ loại tệp: thiếu `kind: program` hoặc `kind: plan`",
            )
        )
    else:
        found = schema.validate(_SCHEMA_KIND[state.kind], loaded.data, state.shown)
        problems += positions.resolve(loaded.text, found)
    state.problems = problems


PARALLEL_MIN_FILES = 200
BATCH = 50


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


def _load_chunk(states: list[_FileState]) -> bytes:
    """Worker: load a small batch of files, return what the parent needs (text stays behind; it
    is re-read only for files that later get repository problems). marshal keeps interned strings
    interned, so the parent shares repeated keys and ids across batches."""
    import marshal

    out = []
    for state in states:
        _load_file(state)
        out.append((state.kind, state.data, pack(state.problems)))
    try:
        return marshal.dumps(out)
    except ValueError:  # a value marshal cannot hold
        import pickle

        return b"P" + pickle.dumps(out)


def _rows(blob: bytes) -> list:
    import marshal
    import pickle

    return pickle.loads(blob[1:]) if blob[:1] == b"P" else marshal.loads(blob)


def _load_many(states: list[_FileState], jobs: int) -> None:
    """Load files, in several processes when there are many and the platform forks cheaply."""
    import multiprocessing as mp

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
        _load_file(state)
        state.text = None  # re-read only for files that get repository problems


def run(
    paths: list[str] | None = None,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    need_repo: bool = True,
    checks: bool = True,
) -> Result:
    """Validate ``paths`` (default: the repository around the working directory).

    With ``need_repo=False`` (``kehoach validate``) a run whose inputs are all unchanged answers
    from the previous run's problems without loading any data; ``Result.repo`` is then None.
    With ``checks=False`` (``due``, ``who``…) only reading, parsing and schema problems are
    collected — enough to know which documents can be trusted — and repository checks are skipped.
    """
    scope: Scope = discover(paths)
    cache = ValidationCache(scope.root, use_cache)
    states = [_FileState(p, display_path(p), _stamp(p)) for p in scope.files]
    shown_targets = {display_path(t) for t in scope.targets}
    run_key = hashlib.sha1(
        repr(sorted((str(s.path), s.stamp) for s in states)).encode()
        + repr(sorted(map(str, scope.targets))).encode()
    ).hexdigest()
    if not need_repo:
        previous = cache.previous_run(run_key)
        if previous is not None:
            return Result(previous, len(scope.targets), None, shown_targets)

    misses = []
    for state in states:
        hit = cache.get(str(state.path), state.stamp)
        if hit:
            _, state.kind, state.data, rows = hit
            state.problems = unpack(rows)
        else:
            misses.append(state)
    collecting = gc.isenabled()
    gc.disable()  # the data built is acyclic: generational collections only cost time here
    try:
        _load_many(misses, _jobs(jobs))
    finally:
        if collecting:
            gc.enable()
    for state in misses:
        if state.stamp[1] >= 0:
            cache.put(str(state.path), state.stamp, state.kind, state.data, state.problems)

    repo = _build_repository(scope.root, states)
    disabled = set((repo.settings.get("checks") or {}).get("disable") or [])
    problems = [p for s in states for p in s.problems if p.code not in disabled]
    if not checks:
        cache.save(None, [])
        return Result(
            sorted(p for p in problems if p.path in shown_targets),
            len(scope.targets),
            repo,
            shown_targets,
        )
    previous = cache.previous_run(run_key)
    if previous is not None:
        problems = previous
    else:
        problems += _resolve_repo_problems(registry.run_repo_checks(repo, disabled), states)
        problems = sorted(p for p in problems if p.path in shown_targets)
    cache.save(run_key, problems)
    return Result(problems, len(scope.targets), repo, shown_targets)


def _build_repository(root: Path, states: list[_FileState]) -> Repository:
    repo = Repository(root)
    repo.invalid_ids = set()
    for s in states:
        if not isinstance(s.data, dict):
            continue
        # parsing (KH1xx) and schema (KH2xx) problems keep a document out of the repository checks
        schema_ok = not any(p.code.startswith(("KH1", "KH2")) for p in s.problems)
        if s.kind == "settings" and s.path.parent == root:
            repo.settings, repo.settings_path = (s.data if schema_ok else {}), s.shown
        elif s.kind == "orgs" and s.path.parent == root:
            repo.orgs_path = s.shown
            counts: dict = {}
            for org in s.data.get("orgs") or []:
                if isinstance(org, dict) and isinstance(org.get("id"), str):
                    counts[org["id"]] = counts.get(org["id"], 0) + 1
                    repo.orgs.setdefault(org["id"], org)
            repo.org_id_counts = counts
        elif s.kind in ("program", "plan"):
            doc = Document(s.shown, s.kind, s.data)
            if schema_ok:
                repo.documents.append(doc)
            else:
                repo.invalid_ids.add(doc.id)
    return repo


def _resolve_repo_problems(found: list[Problem], states: list[_FileState]) -> list[Problem]:
    by_path: dict[str, list[Problem]] = {}
    for p in found:
        by_path.setdefault(p.path, []).append(p)
    texts = {s.shown: s for s in states}
    out: list[Problem] = []
    for path, items in by_path.items():
        state = texts.get(path)
        text = state.text if state else None
        if text is None and state is not None:
            loaded = read(str(state.path))
            text = loaded.text
        out.extend(positions.resolve(text or "", items))
    return out
