"""The recent runs of a repository in its cache (``run_file`` of ``io.cache.ValidationCache``):
under each run's key (the command, its paths and the stamps of every file), the problems it
found, when its files were stamped and the content hash of each file that was racy then — so
that the same run asked again is answered without reading a file (``previous``), and only when
no racy file has changed since."""

from __future__ import annotations

from ..problem import Problem
from .cachedir import digest, racy
from .cacherows import pack, unpack, valid_rows
from .yamlio import read_bytes

__all__ = ["RUNS", "content_digest", "previous", "record"]

RUNS = 8  # recent runs whose problems are kept, each under its own key


def content_digest(path) -> str | None:
    """Hash of a regular file's bytes, or None when it cannot be read."""
    raw, _ = read_bytes(str(path))
    return None if raw is None else digest(raw)


def previous(runs: dict, key: str, files, stamped_ns: int | None = None) -> list[Problem] | None:
    """The problems of the recent run ``key`` in ``runs`` (the last ``RUNS`` different runs are
    kept: the whole repository, the file a hook or an editor asks about…), when each of ``files``
    (path, stamp) that was racy then still has the content it had.

    With ``stamped_ns`` (when ``files`` were stamped), a record found by hashing a file that is
    racy no longer is renewed in ``runs`` as of ``stamped_ns`` — written, its later look-ups hash
    only the files still racy (``ValidationCache.previous_run`` writes it)."""
    saved = runs.get(key)
    if not isinstance(saved, dict) or not valid_rows(saved.get("problems")):
        return None
    written, digests = saved.get("written"), saved.get("racy")
    if type(written) is not int or not isinstance(digests, dict):
        return None
    hashed, still = 0, {}
    for path, st in files:
        if racy(st, written):
            found = content_digest(path)
            if digests.get(str(path)) is None or found != digests[str(path)]:
                return None
            hashed += 1
            if stamped_ns is not None and racy(st, stamped_ns):
                still[str(path)] = found
    if stamped_ns is not None and len(still) < hashed:
        runs[key] = {**saved, "written": stamped_ns, "racy": still}
    return unpack(saved["problems"])


def record(
    runs: dict, key: str, problems: list[Problem], written: int, racy_digests: dict[str, str]
) -> dict:
    """``runs`` with the run ``key`` as the most recent one (the oldest let go beyond ``RUNS``)."""
    runs.pop(key, None)
    while len(runs) >= RUNS:
        runs.pop(next(iter(runs)))  # the oldest
    runs[key] = {"written": written, "racy": racy_digests, "problems": pack(problems)}
    return runs
