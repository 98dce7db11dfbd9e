"""Run git safely: argument lists (never a shell), revisions checked before use, and Vietnamese
errors when git is missing, the folder is not a repository, or a revision does not exist."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

from ..errors import KehoachError


def git_available() -> bool:
    return shutil.which("git") is not None


def _run(args: list[str], cwd: Path, *, check: bool = True) -> subprocess.CompletedProcess:
    if not git_available():
        raise KehoachError(
            "Không tìm thấy chương trình git trên máy.", hint="Cài git rồi chạy lại."
        )
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=env, check=False)
    if check and proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise KehoachError(
            f"Lệnh git {args[0]} thất bại: {detail[-1] if detail else proc.returncode}"
        )
    return proc


def init_repo(folder: Path) -> bool:
    """``git init`` when git is present and ``folder`` is not already in a repository."""
    if not git_available():
        return False
    if _run(["rev-parse", "--is-inside-work-tree"], folder, check=False).returncode == 0:
        return False
    _run(["init", "--quiet"], folder)
    return True


def toplevel(folder: Path) -> Path:
    """The root of the git working tree around ``folder``."""
    proc = _run(["rev-parse", "--show-toplevel"], folder, check=False)
    if proc.returncode != 0:
        raise KehoachError(
            f"Thư mục {folder} không nằm trong một kho git.",
            hint="Chạy `git init` (hoặc `kehoach init`) trước, rồi commit các tệp.",
        )
    return Path(proc.stdout.decode("utf-8").strip())


def resolve(folder: Path, rev: str) -> str:
    """The commit id of ``rev``; a clear error when it does not exist (or looks like an option)."""
    if not rev or rev.startswith("-") or "\x00" in rev:
        raise KehoachError(f'Phiên bản không hợp lệ: "{rev}"')
    proc = _run(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"],
        folder,
        check=False,
    )
    if proc.returncode != 0:
        has_head = (
            _run(["rev-parse", "--verify", "--quiet", "HEAD"], folder, check=False).returncode == 0
        )
        hint = (
            "Xem các phiên bản bằng `git log --oneline`."
            if has_head
            else "Kho chưa có commit nào: hãy commit các tệp trước."
        )
        raise KehoachError(f'Không có phiên bản git "{rev}" trong kho.', hint=hint)
    return proc.stdout.decode("ascii").strip()


def is_revision(folder: Path, text: str) -> bool:
    """True when ``text`` names a commit (used to tell revisions from paths on the command line)."""
    if not text or text.startswith("-"):
        return False
    proc = _run(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{text}^{{commit}}"],
        folder,
        check=False,
    )
    return proc.returncode == 0


def list_blobs(top: Path, commit: str) -> dict[str, str]:
    """Every file of ``commit``: path (relative to the top, POSIX) → blob id."""
    proc = _run(["ls-tree", "-r", "-z", "--full-tree", commit], top)
    out: dict[str, str] = {}
    for entry in proc.stdout.decode("utf-8", "replace").split("\x00"):
        meta, _, path = entry.partition("\t")
        parts = meta.split()
        if path and len(parts) == 3 and parts[1] == "blob":
            out[path] = parts[2]
    return out


def read_blobs(top: Path, blob_ids: list[str]) -> dict[str, bytes]:
    """Contents of many blobs through one ``git cat-file --batch``."""
    if not blob_ids:
        return {}
    proc = subprocess.run(
        ["git", "cat-file", "--batch"],
        cwd=top,
        capture_output=True,
        check=False,
        input="".join(f"{b}\n" for b in blob_ids).encode("ascii"),
    )
    if proc.returncode != 0:
        raise KehoachError("Không đọc được nội dung tệp từ git (git cat-file).")
    data, pos, out = proc.stdout, 0, {}
    for blob in blob_ids:
        end = data.index(b"\n", pos)
        header = data[pos:end].split()
        if len(header) != 3:  # "<id> missing"
            pos = end + 1
            continue
        size = int(header[2])
        out[blob] = data[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return out


def blob_id(content: bytes) -> str:
    """The id git gives ``content`` (to skip files unchanged since the revision)."""
    return hashlib.sha1(b"blob %d\x00" % len(content) + content).hexdigest()


def last_commit_times(top: Path, paths: list[str]) -> dict[str, int]:
    """When each of ``paths`` (relative to the top, POSIX) last changed in ``HEAD``'s history:
    path → commit time (seconds since the epoch). Paths never committed are left out; an empty
    answer when git is missing or the folder has no commit. One ``git log`` walk, stopped as soon
    as every path is found."""
    wanted = set(paths)
    if not wanted or not git_available():
        return {}
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    cmd = ["git", "log", "--format=>%ct", "--name-only", "-z", "HEAD", "--", *sorted(wanted)]
    found: dict[str, int] = {}
    with subprocess.Popen(
        cmd, cwd=top, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    ) as proc:
        assert proc.stdout is not None
        when = 0
        for raw in proc.stdout:
            for token in raw.decode("utf-8", "replace").replace("\n", "\x00").split("\x00"):
                if token.startswith(">"):
                    when = int(token[1:]) if token[1:].isdigit() else 0
                elif token in wanted and token not in found:
                    found[token] = when
            if len(found) == len(wanted):
                proc.kill()
                break
    return found


def lineage(folder: Path) -> tuple[str, tuple[str, ...]] | None:
    """(the commit checked out, the root commits of its history) of the git repository around
    ``folder``; None when there is none to tell: git missing or failing, not a repository, no
    commit yet, or a shallow clone (its history is cut: its roots are not the repository's)."""
    if not git_available():
        return None
    try:
        shallow = _run(["rev-parse", "--is-shallow-repository"], folder, check=False)
        head = _run(["rev-parse", "--verify", "--quiet", "HEAD"], folder, check=False)
        if shallow.returncode or head.returncode or shallow.stdout.strip() != b"false":
            return None
        roots = _run(["rev-list", "--max-parents=0", "HEAD"], folder, check=False)
    except OSError:
        return None
    found = tuple(sorted(roots.stdout.decode("ascii", "replace").split()))
    if roots.returncode or not found:
        return None
    return head.stdout.decode("ascii").strip(), found


def has_commit(folder: Path, commit: str) -> bool:
    """Whether the git repository around ``folder`` holds ``commit`` (a full hexadecimal id)."""
    if not re.fullmatch(r"[0-9a-f]{40}([0-9a-f]{24})?", commit) or not git_available():
        return False
    proc = _run(["cat-file", "-e", f"{commit}^{{commit}}"], folder, check=False)
    return proc.returncode == 0
