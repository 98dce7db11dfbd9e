"""The records of an update (``run_update``): each file it changes (``FileUpdate``) and what the
run found (``UpdateResult``) — what the check after the edits (``recheck``) and the writing
(``write``) take."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..io.yamledit import Edit
from ..problem import Problem


@dataclass
class FileUpdate:
    path: Path
    rel: str  # relative to the repository root (POSIX)
    old_text: str
    new_text: str = ""
    edits: dict[tuple, Edit] = field(default_factory=dict)
    sha: str = ""
    bom: bool = False

    def data(self, text: str) -> bytes:
        return (b"\xef\xbb\xbf" if self.bom else b"") + text.encode("utf-8")


@dataclass
class UpdateResult:
    workbook: str
    root: Path
    files: list[FileUpdate]  # files with at least one change
    problems: list[str]  # cells and rows refused: "Hoạt động!J7: …"
    validation: list[Problem]  # errors the edits would bring (positions in the new text)
    warnings: list[Problem]  # warnings the edits would bring
    rows: int = 0  # rows read
    changed_rows: int = 0
    ignored: list[str] = field(default_factory=list)  # locked cells changed: never read back
    # cells written with a doubt: a conflict --force settled for the sheet, an early done date
    cautions: list[str] = field(default_factory=list)
    # activities exported whose row is gone from the workbook: nothing of them read
    missing: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.validation
