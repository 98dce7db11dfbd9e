"""Find a plan repository and its files.

A repository is the folder holding ``kehoach.yaml`` (or, failing that, ``orgs.yaml``); every
``*.yaml``/``*.yml`` below it is part of it, except hidden folders, ``templates/`` and what
``exclude`` in ``kehoach.yaml`` names.

Only regular files inside the repository are read: a symbolic link is followed only when it
stays inside the repository, and a FIFO, a device or a link to one is never opened; a file whose
name holds a control character (a line break, an escape sequence) is not read either, so that every
path the commands print is one clean line. Such a file is listed in ``Scope.refused`` with the
reason, so that the commands report it as skipped.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from ..errors import KehoachError
from . import walk as rules
from .seen import Found
from .walk import KINDS, ORGS_FILE, SETTINGS_FILE, SKIP_DIRS, YAML_SUFFIXES, inside
from .yamlio import read

__all__ = [
    "KINDS",
    "ORGS_FILE",
    "SETTINGS_FILE",
    "SKIP_DIRS",
    "YAML_SUFFIXES",
    "Scope",
    "classify",
    "discover",
    "display_path",
    "find_root",
    "has_marker",
    "inside",
    "no_repository",
    "refusal",
    "walk",
]


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding kehoach.yaml, else orgs.yaml, else start
    (resolved). See ``_lexical_root``."""
    return _lexical_root(start).resolve()


def _lexical_root(start: Path) -> Path:
    """The root as reached from ``start`` as written (``io.walk.lexical_root``): folders are
    climbed, not resolved through links, so that a folder of the repository that is a link to
    elsewhere still belongs to the repository (and is refused as leaving it)."""
    return Path(rules.lexical_root(str(start)))


def has_marker(folder: Path) -> bool:
    """``folder`` holds kehoach.yaml or orgs.yaml: it is a repository's root."""
    return rules.has_marker(str(folder))


def no_repository(folder: Path) -> str:
    """Why ``folder`` is not known as a repository (Vietnamese)."""
    return (
        f"không tìm thấy {SETTINGS_FILE} hay {ORGS_FILE} ở {folder} hay các thư mục "
        "cha, nên đây không phải một kho kế hoạch"
    )


def display_path(path: Path | str, cwd: str | None = None) -> str:
    """Path as shown to the user: relative to the working directory (``cwd``: it, when the caller
    already has it: asked once for a whole repository) when below it."""
    text = os.fspath(path)
    if os.sep == "/" and text.startswith("/"):  # every file of a repository
        cwd = cwd or os.getcwd()
        prefix = cwd if cwd.endswith(os.sep) else cwd + os.sep
        if text.startswith(prefix) and len(text) > len(prefix) and _normal(text):
            return text[len(prefix) :]
    try:
        rel = os.path.relpath(text)
    except ValueError:
        return text
    return text if rel.startswith("..") else rel


def _normal(text: str) -> bool:
    """``text`` (absolute) is as ``os.path.normpath`` would write it: no empty, ``.`` or ``..``
    part, no trailing separator."""
    return (
        "//" not in text
        and "/./" not in text
        and "/../" not in text
        and not text.endswith(("/", "/.", "/.."))
    )


def refusal(path: Path, root: Path) -> str | None:
    """Why ``path`` is not read (Vietnamese), or None for a regular file inside ``root``."""
    # the repository's own place is fine
    why = rules.bad_name("/".join(_relative_parts(path, root)))
    if why is not None:
        return why
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # missing: reading it reports why
    return rules.refused_kind(path, mode, root)


def walk(
    folder: Path, root: Path | None = None, refused: dict[Path, str] | None = None
) -> list[Path]:
    """Every YAML file below ``folder`` by the rules of ``io.walk.yaml_files``, as ``Path``s;
    files not read are listed in ``refused`` with the reason when it is given."""
    why: dict[str, str] | None = {} if refused is not None else None
    found = rules.yaml_files(str(folder), None if root is None else str(root), why)
    if refused is not None and why:
        refused.update((Path(p), reason) for p, reason in why.items())
    return [Path(p) for p in found]


def _relative_parts(path: Path, root: Path) -> tuple[str, ...]:
    try:
        return path.relative_to(root).parts
    except ValueError:
        return (path.name,)


def _excluded(path: Path | str, root: Path, globs: list[str]) -> bool:
    """Named by ``exclude`` in kehoach.yaml (globs relative to the repository root)."""
    if not globs:
        return False
    rel = "/".join(_relative_parts(Path(path), root))
    return any(fnmatch.fnmatch(rel, g) for g in globs)


def _kept(
    root: Path, refused: dict[str, str], globs: list[str], walked: list[str] | None = None
) -> list[str]:
    """The repository walk below ``root`` (``walked``: as found before, by the same rules; the
    list is the result's), less what ``exclude`` names, judged on the walk's own strings (below
    ``root``, already normal: the part after its prefix is the relative path): no ``Path`` made,
    no ``relative_to`` per file."""
    top = str(root)
    if walked is None:
        why: dict[str, str] = {}
        found = rules.yaml_files(top, top, why)
        refused.update(why)
    else:
        found = walked
    if globs:
        prefix = top.rstrip(os.sep) + os.sep
        found = [
            p
            for p in found
            if not (
                any(fnmatch.fnmatch(p[len(prefix) :], g) for g in globs)
                if p.startswith(prefix) and os.sep == "/"
                else _excluded(p, root, globs)
            )
        ]
    return found


def _exclude_setting(root: Path) -> list[str]:
    """``exclude`` of the repository's kehoach.yaml; a broken file is reported by validation, not here."""
    path = root / SETTINGS_FILE
    if not path.is_file() or refusal(path, root.resolve()) is not None:
        return []
    data = read(str(path)).data
    globs = data.get("exclude") if isinstance(data, dict) else None
    return [g for g in globs if isinstance(g, str)] if isinstance(globs, list) else []


def _skipped(path: Path, root: Path) -> bool:
    """A named file the repository walk would not visit: hidden, or under templates/ and the like
    (pre-commit passes every staged YAML file, ``.pre-commit-config.yaml`` included)."""
    parts = _relative_parts(path, root)
    return any(part.startswith(".") for part in parts) or any(
        part in SKIP_DIRS for part in parts[:-1]
    )


class Scope:
    """What a command works on: the repository root, every file of it, and the files asked for
    (files as absolute, normal paths in text: at 100,000 files, a ``Path`` each costs a second).
    (A plain class, not a ``dataclass``: see ``loadfiles.LoadedFile``.)"""

    def __init__(
        self,
        root: Path,
        files: list[str],
        targets: set[str],
        refused: dict[str, str] | None = None,
        note: str | None = None,
    ) -> None:
        self.root = root
        self.files = files
        self.targets = targets
        self.refused: dict[str, str] = {} if refused is None else refused  # not read, and why
        # said on stderr: no repository was found, and the folder taken as its root
        self.note = note


def discover(paths: list[str] | None, found: Found | None = None) -> Scope:
    """Resolve command-line paths (files or folders) to a repository scope; files matching the
    repository's ``exclude`` globs are left out, named on the command line or not. ``found``: the
    walk of the repository's root already made (``io.seen``), used when it is this root's."""
    given = [Path(p) for p in (paths or [])]
    for p in given:
        if not p.exists():
            raise KehoachError(f"Không tìm thấy đường dẫn: {p}")
    anchor = given[0] if given else Path.cwd()
    lexical = _lexical_root(anchor if anchor.is_dir() else anchor.parent)
    root = lexical.resolve()
    note = None
    if not has_marker(lexical):
        if not given:  # walking a home folder or a Downloads folder is never what was meant
            missing = no_repository(lexical)
            raise KehoachError(
                f"{missing[:1].upper()}{missing[1:]}.",
                hint="Chạy `kehoach init` để tạo kho ở đây, chuyển vào thư mục của kho, hoặc chỉ rõ "
                "tệp, thư mục cần xử lý (ví dụ `kehoach validate ke-hoach.yaml`).",
            )
        note = (
            f"Lưu ý: {no_repository(lexical)}; coi {lexical} là thư mục gốc "
            f"(không có {ORGS_FILE} thì mã tổ chức không được kiểm tra)."
        )
    globs = _exclude_setting(root)
    refused: dict[str, str] = {}
    walked = found.walked_files() if found is not None and found.root == str(root) else None
    files = _kept(root, refused, globs, walked)
    known = set(files)
    targets: set[str] = set()
    for p in given or [root]:
        if p is root or (p.is_dir() and p.resolve() == root):
            targets.update(known)  # the whole repository: the walk above (its hashes kept)
            continue
        leaves = _leaves(p, lexical, root)  # written inside the repository, really outside
        if p.is_dir():
            why: dict[str, str] = {}
            below = rules.yaml_files(str(p.resolve()), str(root), why)
            refused.update(why)
            if leaves:
                refused.update(
                    (f, "thư mục là liên kết trỏ ra ngoài kho; không đọc") for f in below
                )
            targets.update(f for f in below if not _excluded(f, root, globs))
            continue
        full = _absolute(p)
        if not _skipped(full, root) and not _excluded(full, root, globs):
            name = str(full)
            targets.add(name)
            reason = (
                "liên kết (symlink) trỏ ra ngoài kho; không đọc" if leaves else refusal(full, root)
            )
            if reason is not None:
                refused[name] = reason
    for t in targets:
        if t not in known:
            files.append(t)
    every = set(files)
    kept = {f: w for f, w in refused.items() if f in every}
    return Scope(root, files, targets, kept, note)


def _leaves(path: Path, lexical: Path, root: Path) -> bool:
    """``path`` is written below the repository but, links followed, is outside it."""
    written = os.path.abspath(path)
    below = written == str(lexical) or written.startswith(str(lexical).rstrip(os.sep) + os.sep)
    return below and not inside(written, root)


def _absolute(path: Path) -> Path:
    """``path`` made absolute with its folders resolved, the file itself left as named (a
    symbolic link stays a link, so that where it points can be checked)."""
    full = Path(os.path.abspath(path))
    return full.parent.resolve() / full.name


def classify(path: Path | str, data: object) -> str:
    """settings | orgs | program | plan | decision | rules | report | unknown."""
    name = os.path.basename(path)
    if name == SETTINGS_FILE:
        return "settings"
    if name == ORGS_FILE:
        return "orgs"
    if isinstance(data, dict):
        kind = data.get("kind")
        if kind in KINDS:
            return kind
    return "unknown"
