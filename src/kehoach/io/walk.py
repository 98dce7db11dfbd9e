"""The rules of which files make a plan repository, on plain ``str`` paths: the markers of its root,
the YAML files below it, the folders and names left out, the files never opened.

One set of rules for two users: ``io.discover`` (every command's scope, with ``pathlib`` and the
``exclude`` setting on top) and ``answers`` (the key of a remembered answer, computed before
anything heavy is imported: this module imports only ``os`` and ``stat``).
"""

from __future__ import annotations

import os
import stat

SETTINGS_FILE = "kehoach.yaml"
ORGS_FILE = "orgs.yaml"
SKIP_DIRS = frozenset({"templates", "node_modules", "__pycache__", "out", "build", "dist"})
YAML_SUFFIXES = (".yaml", ".yml")
LINK = "liên kết (symlink)"  # why ``yaml_files(links=False)`` leaves a file out
# every ``kind:`` a file may have; each is validated against ``schemas/<kind>.schema.json``
KINDS = ("settings", "orgs", "program", "plan", "decision", "rules", "report")


def lexical_root(start: str) -> str:
    """The nearest folder at or above ``start`` (made absolute, not resolved: folders are climbed
    as written, so that a folder of the repository that is a link to elsewhere still belongs to the
    repository) holding kehoach.yaml, else orgs.yaml, else ``start``."""
    start = os.path.abspath(start)
    for marker in (SETTINGS_FILE, ORGS_FILE):
        folder = start
        while True:
            if os.path.isfile(os.path.join(folder, marker)):
                return folder
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
    return start


def has_marker(folder: str) -> bool:
    """``folder`` holds kehoach.yaml or orgs.yaml: it is a repository's root."""
    return os.path.isfile(os.path.join(folder, SETTINGS_FILE)) or os.path.isfile(
        os.path.join(folder, ORGS_FILE)
    )


def _control(char: str) -> bool:
    """A character that would break the line a path is printed on."""
    return char <= "\x1f" or "\x7f" <= char <= "\x9f" or char in "\u2028\u2029"


def _undecoded(char: str) -> bool:
    """A byte of a name that is not UTF-8 (decoded with ``surrogateescape``)."""
    return "\udc80" <= char <= "\udcff"


def bad_name(name: str) -> str | None:
    """Why a file or folder name is not read (Vietnamese), or None. (No ``re`` here: compiling
    patterns costs more than the whole look-up of a remembered answer may take.)"""
    if name.isprintable():  # the common case, in C: no control character, no undecoded byte
        return None
    if any(_control(c) for c in name):
        return "tên tệp hoặc thư mục có ký tự điều khiển; hãy đổi tên"
    if any(_undecoded(c) for c in name):
        return "tên tệp hoặc thư mục không phải UTF-8; hãy đổi tên"
    return None


def not_regular(mode: int) -> str:
    """What a non-regular file is, in Vietnamese."""
    if stat.S_ISDIR(mode):
        return "là thư mục, không phải tệp"
    if stat.S_ISFIFO(mode):
        return "là ống dẫn (FIFO), không phải tệp thường"
    if stat.S_ISSOCK(mode):
        return "là socket, không phải tệp thường"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "là thiết bị, không phải tệp thường"
    return "không phải tệp thường"


def inside(path: str | os.PathLike, root: str | os.PathLike) -> bool:
    """``path``, links resolved, is ``root`` or below it (``root`` already resolved)."""
    real, top = os.path.realpath(path), str(root)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def refused_kind(path: str | os.PathLike, mode: int, root: str | os.PathLike) -> str | None:
    """Why a file of ``mode`` (from lstat) is not read: a link out of ``root``, not a regular file."""
    if stat.S_ISLNK(mode):
        if not inside(path, root):
            return "liên kết (symlink) trỏ ra ngoài kho; không đọc"
        try:
            mode = os.stat(path).st_mode
        except OSError:
            return None  # a broken link: reading it reports why
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None  # a folder named *.yaml is reported when read
    return not_regular(mode) + "; không đọc"


def yaml_files(
    folder: str,
    root: str | None = None,
    refused: dict[str, str] | None = None,
    *,
    links: bool = True,
) -> list[str]:
    """Every YAML file below ``folder`` (each folder's files in name order, then its subfolders in
    name order), hidden folders and files, ``templates/``… left out; symbolic links to folders are
    not followed. Files that are not regular files inside ``root`` (default ``folder``) are left
    out too, or listed in ``refused`` with the reason when it is given; with ``links`` False, so
    is a symbolic link to a file inside ``root`` (reason ``LINK``). One ``scandir`` per folder: the
    file types come with the listing, no extra system call per regular file."""
    top = os.path.realpath(root or folder)
    out: list[str] = []
    base = len(str(root or folder).rstrip(os.sep)) + 1
    stack = [folder]
    while stack:
        dirpath = stack.pop()
        try:
            with os.scandir(dirpath) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not name.startswith(".") and name not in SKIP_DIRS and not entry.is_symlink():
                    subdirs.append(entry.path)
                continue
            if not name.endswith(YAML_SUFFIXES) or name.startswith("."):
                continue
            path = entry.path
            why = bad_name(path[base:])
            if why is None and not entry.is_file(follow_symlinks=False):
                try:
                    why = refused_kind(path, entry.stat(follow_symlinks=False).st_mode, top)
                except OSError:
                    why = None
                if why is None and not links:
                    why = LINK
            if why is None:
                out.append(path)
            elif refused is not None:
                out.append(path)
                refused[path] = why
        stack.extend(reversed(subdirs))
    return out
