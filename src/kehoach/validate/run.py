"""``run_validate``: syntax, schema and text problems of every file, then the repository checks.

The repository checks see every file, those that fail their schema included, with what their
schema errors point at removed (``Repository.from_files(partial=True)``): a key typo does not hide
an unknown org or an impossible date of the same file. The repository returned to callers
(``render``) holds only the files that passed.

Without ``need_repo``, the repository returned holds each document slimmed down to what the
cross-document checks read (``checks.slim``): the full data of every document is never held here
(it is cached, as bytes, for the other commands).

A run whose inputs are all unchanged answers from the previous run's problems without loading any
data (unless the caller needs the repository). A run after an edit that changed nothing the
cross-document checks read (progress, wording, a comment) takes their findings from the cache
(``crossmemo``); after an edit that changed what some of them read (a deadline, a lead), only those
run again (``crosspart``).

Asked about some files only (pre-commit, an editor), it also reports the files that depend on them
(``model.links.dependents``): a commit renaming an org id in ``orgs.yaml`` shows the documents
that still use the old id; a changed program, the plans that cite it.
"""

from __future__ import annotations

from .. import checks
from ..load import open_session
from ..model import Repository
from ..model.links import dependents
from ..model.tails import SpoiledTail
from ..stamps import Stamped
from . import crossmemo, crosspart
from .quick import previous_answer
from .result import ValidateResult


def run_validate(
    paths: list[str] | None = None,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    need_repo: bool = False,
    stamped: Stamped | None = None,
) -> ValidateResult:
    """Validate ``paths`` (default: the repository around the working directory); ``stamped``:
    the files as ``validate.quick`` found them when the cache did not answer."""
    try:
        return _run(paths, use_cache, jobs, need_repo, stamped)
    except SpoiledCache as spoiled:
        # a document's activities could not be read back from its cache entry: its cache file is
        # removed, and the run made again reads that file's documents anew
        spoiled.remove()
        return _run(paths, use_cache, jobs, need_repo, None)


def _run(
    paths: list[str] | None,
    use_cache: bool,
    jobs: int | None,
    need_repo: bool,
    stamped: Stamped | None,
) -> ValidateResult:
    if stamped is None:
        answer, stamped = previous_answer(paths, use_cache=use_cache)
        if answer is not None and not need_repo:
            return answer
        previous = answer.problems if answer is not None else None
    else:
        previous = None
    session = open_session(paths, use_cache=use_cache, jobs=jobs, stamped=stamped)
    count = len(session.scope.targets)
    loaded = session.load(checks=True, slim=not need_repo)
    if len(loaded.targets) < len(loaded.files):  # some files asked for: add their dependents
        loaded.targets |= dependents(loaded.repo, set(loaded.targets))
    if previous is not None:
        problems = previous
    else:
        # a cold run of a large repository writes its cache in a child process meanwhile
        loaded.cache.start_saving()
        checked = loaded.repo
        if any(not f.schema_ok for f in loaded.files):
            checked = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
        # the per-document checks ran where each file was loaded (``loaded.document_problems``);
        # what they find in kehoach.yaml and orgs.yaml, and the cross-document checks, run here
        assert loaded.context is not None
        # some files asked for: the checks that find problems only in the document they look at
        # look at those alone
        focus = frozenset(loaded.targets) if len(loaded.targets) < len(loaded.files) else None
        found = _cross_checks(loaded, checked, focus, remember=not need_repo)
        # the cross-document problems are those of the files asked for (``focus``) and those
        # the files asked for put on others (``run_cross_checks``)
        mine = loaded.problems + loaded.document_problems
        mine += loaded.locate(checks.run_context_checks(loaded.context.repo, loaded.disabled))
        problems = sorted([p for p in mine if p.path in loaded.targets] + loaded.locate(found))
    loaded.cache.save(loaded.run_key, problems, session.stamped_ns, session.racy_digests())
    return ValidateResult(problems, count, loaded.repo, loaded.targets, session.scope.note)


def _cross_checks(
    loaded, checked: Repository, focus: frozenset[str] | None, remember: bool
) -> list:
    """The findings of the cross-document checks over ``checked``: remembered when nothing
    they read changed since a recent run (``crossmemo``), else run and remembered. Not for some
    files asked for (``focus``: pre-commit, an editor): the checks look at those alone, and
    hashing every document costs as much as that (100,000 plans: the checks 0.3 s); nor
    for a caller that needs the documents whole (``render``, ``register``: ``remember`` false),
    whose key would hash every document's whole data."""
    memo = key = None
    before: dict[str, tuple] = {}
    if remember and focus is None and loaded.cache.run_file is not None:
        memo = crossmemo.Memo(loaded.cache)
        contents = {f.shown: f.digest for f in loaded.files if f.digest}
        key = memo.key(checked, loaded.disabled, focus, contents)
        before = _shown(loaded, loaded.cache.replaced.take())
    found = memo.recall(key) if memo is not None and key is not None else None
    if found is not None:
        return found
    try:
        if memo is not None and key is not None and before:
            # some documents edited: the checks that read nothing they changed keep their
            # findings (``crosspart``)
            found = crosspart.rerun(memo, checked, loaded.disabled, before)
        if found is None:
            found = checks.run_cross_checks(checked, loaded.disabled, focus)
    except SpoiledTail as spoiled:
        raise SpoiledCache(loaded, spoiled.path) from None
    if memo is not None and key is not None:
        memo.keep(key, found)
    return found


def _shown(loaded, views: dict[str, tuple]) -> dict[str, tuple]:
    """``views`` (by file key) by the display paths of the files of this run."""
    if not views:
        return {}
    return {f.shown: views[str(f.path)] for f in loaded.files if str(f.path) in views}


class SpoiledCache(Exception):
    """A document's activities could not be read back from the cache (``model.tails``)."""

    def __init__(self, loaded, path: str) -> None:
        super().__init__(path)
        self.loaded, self.path = loaded, path

    def remove(self) -> None:
        """Remove the cache file that holds the document's entry."""
        for f in self.loaded.files:
            if f.shown == self.path:
                self.loaded.cache.forget(str(f.path))
