"""The two sides of ``kehoach diff``: the programs and plans of a git revision or of the working
tree, as ``{path: Loaded}`` keyed by the path relative to the top of the git working tree. Files
identical on both sides are left out, save the programs the plans compared cite (``cited``): a
plan's activities name their program's content areas, shown by their titles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..checks.yamltext import merge_conflict
from ..errors import KehoachError
from ..io import git
from ..io.discover import SKIP_DIRS, YAML_SUFFIXES, walk
from ..io.yamlio import Loaded, decode, parse
from ..model import Document, navigate

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


@dataclass
class Side:
    label: str  # short commit id or "thư mục làm việc"
    files: dict[str, Loaded] = field(default_factory=dict)
    # the files identical on both sides that the documents compared cite (``cited``): not
    # compared, read for the titles of what they hold
    cited: dict[str, Loaded] = field(default_factory=dict)


def wanted(rel: str, prefixes: list[str]) -> bool:
    """A YAML file outside hidden and skipped folders, under one of ``prefixes`` (all when empty)."""
    parts = rel.split("/")
    if not rel.endswith(YAML_SUFFIXES) or any(p.startswith(".") for p in parts):
        return False
    if any(p in SKIP_DIRS for p in parts[:-1]):
        return False
    return not prefixes or any(
        rel == p or rel.startswith(p.rstrip("/") + "/") or p == "" for p in prefixes
    )


def prefixes_for(top: Path, paths: list[str]) -> list[str]:
    """Command-line paths → prefixes relative to the git top (POSIX)."""
    out = []
    for p in paths:
        full = Path(p).resolve()
        try:
            rel = full.relative_to(top.resolve()).as_posix()
        except ValueError:
            raise KehoachError(f"Đường dẫn {p} nằm ngoài kho git {top}.") from None
        out.append("" if rel == "." else rel)
    return out


def _load(path: str, raw: bytes) -> Loaded:
    """One side's file as read: a git merge conflict read into a quoted value (KH308: the file
    parses) is not a change of that value but a file that cannot be read, like one whose
    conflict breaks the syntax (KH101)."""
    text, problems = decode(path, raw)
    if text is None:
        return Loaded(path, problems=problems)
    loaded = parse(path, text)
    if loaded.ok:
        loaded.problems.extend(merge_conflict(path, text))
    return loaded


def revision_blobs(top: Path, commit: str, prefixes: list[str]) -> dict[str, str]:
    """Wanted files of ``commit``: path → blob id."""
    return {p: b for p, b in git.list_blobs(top, commit).items() if wanted(p, prefixes)}


def load_revision(top: Path, label: str, blobs: dict[str, str]) -> Side:
    contents = git.read_blobs(top, sorted(set(blobs.values())))
    side = Side(label)
    for path, blob in sorted(blobs.items()):
        if blob in contents:
            side.files[path] = _load(path, contents[blob])
    return side


def load_worktree(top: Path, prefixes: list[str], old: dict[str, str]) -> tuple[Side, set[str]]:
    """YAML files of the working tree (tracked or not) that differ from ``old`` (path → blob id);
    also returns the paths found unchanged."""
    side, unchanged = Side("thư mục làm việc"), set()
    for full in _worktree_files(top, prefixes):
        rel = full.relative_to(top).as_posix()
        if not wanted(rel, prefixes):
            continue
        try:
            raw = full.read_bytes()
        except OSError:
            continue
        if old.get(rel) == git.blob_id(raw):
            unchanged.add(rel)
            continue
        side.files[rel] = _load(rel, raw)
    return side, unchanged


def _worktree_files(top: Path, prefixes: list[str]) -> list[Path]:
    if not prefixes or "" in prefixes:
        return walk(top)
    out: list[Path] = []
    for prefix in prefixes:
        path = top / prefix
        if path.is_dir():
            out.extend(walk(path))
        elif path.is_file():
            out.append(path)
    return sorted(set(out))


def load_pair(
    top: Path, old_commit: str, new_commit: str | None, prefixes: list[str]
) -> tuple[Side, Side]:
    """Both sides, with files identical on both left out (``new_commit`` None: working tree)."""
    old_blobs = revision_blobs(top, old_commit, prefixes)
    if new_commit is None:
        new, unchanged = load_worktree(top, prefixes, old_blobs)
    else:
        new_blobs = revision_blobs(top, new_commit, prefixes)
        unchanged = {p for p, b in new_blobs.items() if old_blobs.get(p) == b}
        new = load_revision(
            top, new_commit[:7], {p: b for p, b in new_blobs.items() if p not in unchanged}
        )
    old = load_revision(
        top, old_commit[:7], {p: b for p, b in old_blobs.items() if p not in unchanged}
    )
    same = {p: old_blobs[p] for p in unchanged if p in old_blobs}
    old.cited = new.cited = load_revision(top, "", cited_unchanged(old, new, same)).files
    return old, new


def cited_unchanged(old: Side, new: Side, same: dict[str, T]) -> dict[str, T]:
    """Of the files ``same`` on both sides (path → blob id, or file), those named as the ids the
    documents of ``old`` and ``new`` cite (``bases[].ref``) and neither side holds: a program
    whose id is its file's name (as ``new program`` writes it), left out of the sides as
    unchanged."""
    wanted = _cited_ids(old, new)
    return {p: b for p, b in same.items() if wanted and PurePosixPath(p).stem in wanted}


def _cited_ids(old: Side, new: Side) -> set[str]:
    """The ids the documents of ``old`` and ``new`` cite that neither side holds."""
    held: set[str] = set()
    refs: set[str] = set()
    for side in (old, new):
        for path, loaded in side.files.items():
            held.add(PurePosixPath(path).stem)
            data = loaded.data if loaded.ok else None
            if isinstance(data, dict):
                held.add(str(data.get("id")))
                refs.update(ref for _, ref in navigate.cited_refs(Document(path, "plan", data)))
    return refs - held


def cite_worktree(top: Path, old: Side, new: Side) -> None:
    """``cited`` of two sides built from texts (``run.compare_texts``: what an edit would
    change), from the files of the working tree at ``top`` they do not hold."""
    if not _cited_ids(old, new):
        return
    files = {f.relative_to(top).as_posix(): f for f in _worktree_files(top, [])}
    same = {rel: f for rel, f in files.items() if wanted(rel, []) and rel not in new.files}
    for rel, full in cited_unchanged(old, new, same).items():
        try:
            old.cited[rel] = new.cited[rel] = _load(rel, full.read_bytes())
        except OSError:
            continue
