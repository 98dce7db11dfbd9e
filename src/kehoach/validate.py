"""The validation pipeline: files → read/parse → text checks → schema → repository checks.

``run()`` returns every problem of every file (sorted) and the loaded ``Repository``, which other
commands reuse. Per-file results (data and file-level problems) are cached by path, mtime and size;
a run whose inputs are all unchanged also reuses the previous run's problems.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, checks, positions, schema
from .cache import cache_dir, write_atomic
from .problem import Problem
from .repo import Document, Repository, Scope, classify, discover, display_path
from .yamlio import read

_SCHEMA_KIND = {"settings": "settings", "orgs": "orgs", "program": "program", "plan": "plan"}


@dataclass
class Result:
    problems: list[Problem]
    files: int
    repo: Repository
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


def _pack(problems: list[Problem]) -> list:
    return [(p.path, p.line, p.col, p.code, p.level, p.message) for p in problems]


def _unpack(rows: list) -> list[Problem]:
    return [Problem(*row) for row in rows]


class _Cache:
    def __init__(self, root: Path, enabled: bool):
        folder = cache_dir() if enabled else None
        digest = hashlib.sha1(f"{root}|{os.getcwd()}".encode()).hexdigest()[:20]
        self.file = os.path.join(folder, f"repo-{digest}.marshal") if folder else None
        self.data: dict = {"version": __version__, "files": {}, "run": None}
        if self.file and os.path.exists(self.file):
            try:
                with open(self.file, "rb") as fh:
                    loaded = marshal.load(fh)
                if isinstance(loaded, dict) and loaded.get("version") == __version__:
                    self.data = loaded
            except (OSError, ValueError, EOFError, TypeError):
                pass
        self.dirty = False

    def get(self, key: str, stamp: tuple):
        entry = self.data["files"].get(key)
        if entry and tuple(entry[0]) == stamp:
            return entry
        return None

    def put(self, key: str, stamp: tuple, kind: str, data: object, problems: list[Problem]) -> None:
        self.data["files"][key] = (stamp, kind, data, _pack(problems))
        self.dirty = True

    def save(self) -> None:
        if self.file and self.dirty:
            try:
                write_atomic(self.file, marshal.dumps(self.data))
            except ValueError:  # data marshal cannot hold (should not happen with safe YAML)
                pass


def _stamp(path: Path) -> tuple:
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return (0, -1)


def _load_file(state: _FileState, disabled: set) -> None:
    loaded = read(str(state.path))
    problems = [Problem(state.shown, p.line, p.col, p.code, p.level, p.message) for p in loaded.problems]
    state.text = loaded.text
    if loaded.text is not None:
        problems += checks.run_text_checks(state.shown, loaded.text, disabled)
    if not loaded.ok:
        state.problems = problems
        return
    state.data = loaded.data
    state.kind = classify(state.path, loaded.data)
    if state.kind == "unknown":
        problems.append(Problem(state.shown, 1, 1, "KH109", "error",
                                "Không rõ loại tệp: thiếu `kind: program` hoặc `kind: plan`"))
    else:
        found = schema.validate(_SCHEMA_KIND[state.kind], loaded.data, state.shown)
        problems += positions.resolve(loaded.text, found)
    state.problems = problems


def run(paths: list[str] | None = None, *, use_cache: bool = True) -> Result:
    scope: Scope = discover(paths)
    disabled: set = set()
    cache = _Cache(scope.root, use_cache)
    states = [_FileState(p, display_path(p), _stamp(p)) for p in scope.files]
    run_key = hashlib.sha1(repr(sorted((str(s.path), s.stamp) for s in states)).encode()
                           + repr(sorted(map(str, scope.targets))).encode()).hexdigest()

    for state in states:
        hit = cache.get(str(state.path), state.stamp)
        if hit:
            _, state.kind, state.data, rows = hit
            state.problems = _unpack(rows)
        else:
            _load_file(state, disabled)
            if state.stamp[1] >= 0:
                cache.put(str(state.path), state.stamp, state.kind, state.data, state.problems)

    repo = _build_repository(scope.root, states)
    disabled = set((repo.settings.get("checks") or {}).get("disable") or [])
    shown_targets = {display_path(t) for t in scope.targets}

    cached_run = cache.data.get("run")
    if cached_run and cached_run[0] == run_key:
        problems = _unpack(cached_run[1])
    else:
        problems = [p for s in states for p in s.problems if p.code not in disabled]
        problems += _resolve_repo_problems(checks.run_repo_checks(repo, disabled), states)
        problems = sorted(p for p in problems if p.path in shown_targets)
        cache.data["run"] = (run_key, _pack(problems))
        cache.dirty = True
    cache.save()
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
