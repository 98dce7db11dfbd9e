"""``run_new_plan`` and ``run_new_program``: draft, check the id is free, write a new file
(never over an existing one), pointing its schema line at the repository's ``schemas/``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from ..io.emit import existing_folder
from ..load import load
from ..model import Repository
from ..problem import Problem
from ..resources import localize
from .common import Draft, write_new
from .plan import draft_plan
from .program import draft_program


@dataclass
class NewResult:
    """The draft written, the notes about it, and the files that may cite the program but could
    not be read (``left_out``: what was carried over or followed may miss them)."""

    path: Path | None  # None: not written (``strict`` with files left out)
    notes: list[str] = field(default_factory=list)
    left_out: list[Problem] = field(default_factory=list)
    text: str | None = None  # the draft itself, to print, when asked for on stdout (``-o -``)


def _checked(output: str | None) -> None:
    """A file named by ``-o`` goes in a folder that exists, checked before any work (the default
    file's folder, ``plans/<year>/`` of the repository, is made when missing)."""
    if output and output != "-":
        existing_folder(Path(output))


def _write(draft: Draft, output: str | None, repo: Repository) -> NewResult:
    if output == "-":  # printed, as ``-o -`` is by every command: no file written
        return NewResult(None, draft.notes, text=localize(draft.text, draft.path, repo.root))
    path = Path(output) if output else draft.path
    doc_id = draft.doc_id or path.stem
    other = repo.by_id(doc_id)
    if other is not None and not path.exists():
        raise KehoachError(
            f'Mã văn bản "{doc_id}" đã dùng ở {other.path}.',
            hint="Chọn tên tệp khác bằng -o (hoặc mã khác bằng --id).",
        )
    write_new(path, localize(draft.text, path, repo.root))
    return NewResult(path, draft.notes)


def run_new_plan(
    program: str, year: int, issuers: list[str] | None, output: str | None, strict: bool = False
) -> NewResult:
    """Draft the plan of ``year`` for ``program`` and write it; with ``strict``, nothing is
    written when a file that may cite the program cannot be read (``left_out``)."""
    _checked(output)
    loaded = load(None)
    repo = loaded.repo
    draft = draft_plan(repo, program, year, issuers)
    # last year's plan unreadable (a merge conflict…): the draft follows the plan before it, or
    # none — its issuers, signers, recipients, layout, groups and unfinished activities are missed
    left_out = loaded.left_out(cited=program)
    if strict and left_out:
        return NewResult(None, left_out=left_out)
    result = _write(draft, output, repo)
    result.left_out = left_out
    return result


def run_new_program(
    parties: list[str] | None, start: int, end: int, program_id: str | None, output: str | None
) -> NewResult:
    _checked(output)
    repo = load(None).repo
    return _write(draft_program(repo, parties, start, end, program_id), output, repo)
