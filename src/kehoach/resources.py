"""Locate the shipped schemas and templates: inside the wheel (``kehoach/data``) or, in a source
checkout or editable install, at the top of the project."""

from __future__ import annotations

import json
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
    """Load ``<name>.schema.json`` (name: settings, orgs, program, plan)."""
    path = schemas_dir() / f"{name}.schema.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KehoachError(f"Không đọc được lược đồ {path}: {exc.strerror}") from exc
