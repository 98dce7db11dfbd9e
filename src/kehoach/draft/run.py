"""``run_new_plan`` and ``run_new_program``: draft, check the id is free, write a new file
(never over an existing one), pointing its schema line at the repository's ``schemas/``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from ..load import load
from ..model import Repository
from ..resources import localize
from .common import Draft, write_new
from .plan import draft_plan
from .program import draft_program


@dataclass
class NewResult:
    path: Path
    notes: list[str] = field(default_factory=list)


def _write(draft: Draft, output: str | None, repo: Repository) -> NewResult:
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
    program: str, year: int, issuers: list[str] | None, output: str | None
) -> NewResult:
    repo = load(None).repo
    return _write(draft_plan(repo, program, year, issuers), output, repo)


def run_new_program(
    parties: list[str] | None, start: int, end: int, program_id: str | None, output: str | None
) -> NewResult:
    repo = load(None).repo
    return _write(draft_program(repo, parties, start, end, program_id), output, repo)
