"""Locate the shipped schemas and templates: inside the wheel (``kehoach/data``) or, in a source
checkout or editable install, at the top of the project."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from .errors import KehoachError

_HERE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_HERE / "data" / name, _HERE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise KehoachError(f"Không tìm thấy thư mục {name} của kehoach; cài đặt bị hỏng?")


def schemas_dir() -> Path:
    return _find("schemas")


def templates_dir() -> Path:
    return _find("templates")


@cache
def load_schema(name: str) -> dict:
    """Load ``<name>.schema.json`` (name: settings, orgs, or a document kind)."""
    path = schemas_dir() / f"{name}.schema.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KehoachError(f"Không đọc được lược đồ {path}: {exc.strerror}") from exc


def schema_digest(kind: str) -> str:
    """SHA-256 of the shipped schema file of ``kind`` (what a generated validator was made from)."""
    import hashlib

    return hashlib.sha256((schemas_dir() / f"{kind}.schema.json").read_bytes()).hexdigest()


def schema_uri(kind: str) -> str:
    return (schemas_dir() / f"{kind}.schema.json").resolve().as_uri()


def modeline(kind: str, path: Path | None = None, root: Path | None = None) -> str:
    """The editor's schema line: relative to the repository's own ``schemas/`` (written by
    ``init``, so it works in every clone) when it has one, else the installed schema."""
    local = (root / "schemas" / f"{kind}.schema.json") if root else None
    if path is not None and local is not None and local.is_file():
        rel = Path(os.path.relpath(local, path.resolve().parent)).as_posix()
        return f"# yaml-language-server: $schema={rel}\n"
    return f"# yaml-language-server: $schema={schema_uri(kind)}\n"


def localize(text: str, path: Path, root: Path) -> str:
    """Point a draft's schema line (its first line) at the repository's ``schemas/``."""
    first, _, rest = text.partition("\n")
    for kind in ("plan", "program", "decision", "rules", "report", "orgs", "settings"):
        if first.startswith("# yaml-language-server:") and f"/{kind}.schema.json" in first:
            return modeline(kind, path, root) + rest
    return text
