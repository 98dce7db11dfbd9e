"""The repository an import writes into, loaded as every command loads it (``load``): its
settings, its orgs and the documents already there (to turn citations of them into ``ref``,
``attached_to``). Read once per import run; files that fail their schema are simply not used
(``kehoach validate`` reports them). The texts of ``kehoach.yaml`` and ``orgs.yaml`` are kept to
validate the drafts in a scratch copy of the repository."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...io.discover import ORGS_FILE, SETTINGS_FILE
from ...load import load
from ...model import Document, Repository


@dataclass
class Repo:
    root: Path
    model: Repository
    settings_text: str = ""
    orgs_text: str = ""

    @property
    def settings(self) -> dict:
        return self.model.settings or {}

    @property
    def orgs(self) -> list[dict]:
        return list(self.model.orgs.values())

    @property
    def docs(self) -> list[Document]:
        return self.model.documents

    def org(self, org_id: str) -> dict:
        return self.model.orgs.get(org_id) or {}


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError):
        return ""


def load_repo(root: Path) -> Repo:
    loaded = load([str(root)])
    return Repo(
        root,
        loaded.repo,
        _text(loaded.repo.root / SETTINGS_FILE),
        _text(loaded.repo.root / ORGS_FILE),
    )
