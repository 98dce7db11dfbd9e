"""What the importer needs from the repository it imports into: settings, orgs and the programs
and plans already there (to turn citations of them into ``ref``). Read once per import run;
files that do not load are simply not used (``kehoach validate`` reports them)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ...io.yamlio import read as read_yaml
from ...viet import symbol_text

SKIP_DIRS = {"templates", "node_modules", "__pycache__", "out", "build", "dist"}
DEFAULT_CODES = {"plan": "KH", "joint_plan": "KHLT", "program": "CTPH"}


@dataclass
class RefDoc:
    id: str
    path: Path
    kind: str
    data: dict

    @property
    def issuers(self) -> list[str]:
        value = self.data.get("issuers" if self.kind == "plan" else "parties") or []
        return [v for v in value if isinstance(v, str)]


@dataclass
class Repo:
    root: Path
    settings: dict = field(default_factory=dict)
    orgs: list[dict] = field(default_factory=list)
    orgs_text: str = ""
    settings_text: str = ""
    docs: list[RefDoc] = field(default_factory=list)

    def org(self, org_id: str) -> dict:
        return next((o for o in self.orgs if o.get("id") == org_id), {})

    def type_code(self, kind: str, joint: bool) -> str:
        name = "joint_plan" if kind == "plan" and joint else kind
        codes = {**DEFAULT_CODES, **(self.settings.get("codes") or {})}
        return codes.get(name) or DEFAULT_CODES[name]

    def symbol(self, doc: RefDoc) -> str | None:
        """'10-KH/TĐTN-BPT' as kehoach prints the number and symbol of ``doc``; None unnumbered."""
        number = doc.data.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            return None
        orgs = [self.org(i) for i in doc.issuers]
        try:
            return symbol_text(number, self.type_code(doc.kind, len(orgs) > 1),
                               [o.get("code", "") for o in orgs], self.system(doc.data, orgs),
                               doc.data.get("unit"), doc.data.get("symbol"))  # fmt: skip
        except (ValueError, TypeError):
            return None

    def system(self, data: dict, orgs: list[dict]) -> str:
        """The header system kehoach uses for a document (as ``model.header_system`` decides)."""
        own = data.get("system")
        if isinstance(own, str) and own:
            return own
        default = self.settings.get("system") or "state"
        systems = [o.get("system") or default for o in orgs] or [default]
        if len(set(systems)) > 1 and any(s in ("state", "association") for s in systems):
            return "state"
        return systems[0]


def _walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(filenames):
            if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                yield Path(dirpath) / name


def load_repo(root: Path) -> Repo:
    repo = Repo(root)
    settings = root / "kehoach.yaml"
    if settings.is_file():
        loaded = read_yaml(str(settings))
        repo.settings_text = loaded.text or ""
        if isinstance(loaded.data, dict):
            repo.settings = loaded.data
    orgs = root / "orgs.yaml"
    if orgs.is_file():
        loaded = read_yaml(str(orgs))
        repo.orgs_text = loaded.text or ""
        if isinstance(loaded.data, dict) and isinstance(loaded.data.get("orgs"), list):
            repo.orgs = [o for o in loaded.data["orgs"] if isinstance(o, dict)]
    for path in _walk(root):
        if path.name in ("kehoach.yaml", "orgs.yaml"):
            continue
        loaded = read_yaml(str(path))
        data = loaded.data
        if isinstance(data, dict) and data.get("kind") in ("plan", "program"):
            doc_id = data.get("id") if isinstance(data.get("id"), str) else path.stem
            repo.docs.append(RefDoc(doc_id, path, data["kind"], data))
    return repo
