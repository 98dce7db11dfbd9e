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


def previous(runs: dict, key: str, files) -> list[Problem] | None:
    """The problems of the recent run ``key`` in ``runs`` (the last ``RUNS`` different runs are
    kept: the whole repository, the file a hook or an editor asks about…), when each of ``files``
    (path, stamp) that was racy then still has the content it had."""
    saved = runs.get(key)
    if not isinstance(saved, dict) or not valid_rows(saved.get("problems")):
        return None
    written, digests = saved.get("written"), saved.get("racy")
    if type(written) is not int or not isinstance(digests, dict):
        return None
    for path, st in files:
        if racy(st, written) and (
            digests.get(str(path)) is None or content_digest(path) != digests[str(path)]
        ):
            return None
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
