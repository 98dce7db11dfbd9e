"""``run_validate``: syntax, schema and text problems of every file, then the repository checks.

The repository checks see every file, those that fail their schema included, with what their
schema errors point at removed (``Repository.from_files(partial=True)``): a key typo does not hide
an unknown org or an impossible date of the same file. The repository returned to callers
(``render``) holds only the files that passed.

A run whose inputs are all unchanged answers from the previous run's problems without loading any
data (unless the caller needs the repository).

Asked about some files only (pre-commit, an editor), it also reports the files that depend on them
(``model.links.dependents``): a commit renaming an org id in ``orgs.yaml`` shows the documents
that still use the old id; a changed program, the plans that cite it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import checks
from ..load import open_session
from ..model import Repository
from ..model.links import dependents
from ..problem import Problem


@dataclass
class ValidateResult:
    problems: list[Problem]  # of the files asked for, sorted
    files: int  # how many files were asked for
    repo: Repository | None = None  # None when answered from the previous run
    targets: set[str] = field(default_factory=set)
    note: str | None = None  # no repository found: the folder taken as its root (for stderr)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def failing(self, strict: bool = False) -> bool:
        return any(p.level == "error" or (strict and p.level == "warning") for p in self.problems)


def run_validate(
    paths: list[str] | None = None,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    need_repo: bool = False,
) -> ValidateResult:
    """Validate ``paths`` (default: the repository around the working directory)."""
    session = open_session(paths, use_cache=use_cache, jobs=jobs)
    count = len(session.scope.targets)
    previous = session.cache.previous_run(session.run_key, session.stamps)
    if previous is not None and not need_repo:
        return ValidateResult(previous, count, None, session.targets, session.scope.note)
    loaded = session.load()
    if len(loaded.targets) < len(loaded.files):  # some files asked for: add their dependents
        loaded.targets |= dependents(loaded.repo, set(loaded.targets))
    if previous is not None:
        problems = previous
    else:
        checked = loaded.repo
        if any(not f.schema_ok for f in loaded.files):
            checked = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
        found = checks.run_repo_checks(checked, loaded.disabled)
        problems = sorted(
            p for p in loaded.problems + loaded.locate(found) if p.path in loaded.targets
        )
    loaded.cache.save(loaded.run_key, problems, session.stamped_ns, session.racy_digests())
    return ValidateResult(problems, count, loaded.repo, loaded.targets, session.scope.note)
