"""The repository loaded as ``update``'s edits would leave it, checked with every check of
``validate``: the errors and warnings the edits would bring (those already there are not theirs)."""

from __future__ import annotations

from pathlib import Path

from .. import checks
from ..load import Loaded, LoadedFile, load_text
from ..model import Repository
from ..problem import Problem
from .updates import FileUpdate

__all__ = ["new_problems"]


def new_problems(loaded: Loaded, changed: list[FileUpdate]) -> tuple[list[Problem], list[Problem]]:
    """Load the repository as the edits would leave it; the problems they would bring."""
    by_path = {f.path: f for f in changed}
    files: list[LoadedFile] = []
    for f in loaded.files:
        update = by_path.get(Path(f.path).resolve())
        if update is None:
            files.append(f)
            continue
        state = LoadedFile(f.path, f.shown, f.stamp)
        load_text(state, update.new_text)
        files.append(state)
    repo = Repository.from_files(loaded.repo.root, files)
    after = Loaded(
        loaded.scope, files, repo, loaded.targets, loaded.cache, loaded.run_key, loaded.disabled
    )
    shown = {f.shown for f in files if Path(f.path).resolve() in by_path}

    def problems(state: Loaded) -> list[Problem]:
        found = checks.run_repo_checks(state.repo, state.disabled)
        found = [p for p in found if p.code not in state.disabled]
        return [p for p in state.problems + found if p.path in shown]

    before = {(p.path, p.code, p.message) for p in problems(loaded)}
    new = [p for p in problems(after) if (p.path, p.code, p.message) not in before]
    new = after.locate([p for p in new if p.line == 0]) + [p for p in new if p.line != 0]
    return sorted(p for p in new if p.level == "error"), sorted(
        p for p in new if p.level != "error"
    )
