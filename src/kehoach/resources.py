"""Locate the shipped schemas and templates: inside the wheel (``kehoach/data``) or, in a source
checkout or editable install, at the top of the project.

Light to import (``os`` only at the top; ``pathlib`` and ``json`` inside the functions that use
them): the environment key of a remembered answer (``cachekey``) hashes the schemas before
anything heavy is imported."""

from __future__ import annotations

import os

from .errors import KehoachError
from .once import once

TYPE_CHECKING = False  # as typing's, without importing typing (it costs the fast path ~10 ms)
if TYPE_CHECKING:
    from pathlib import Path

_HERE = os.path.dirname(os.path.realpath(__file__))


def _folder(name: str) -> str:
    for candidate in (
        os.path.join(_HERE, "data", name),
        os.path.join(os.path.dirname(os.path.dirname(_HERE)), name),
    ):
        if os.path.isdir(candidate):
            return candidate
    raise KehoachError(f"Không tìm thấy thư mục {name} của kehoach; cài đặt bị hỏng?")


def _find(name: str) -> Path:
    from pathlib import Path

    return Path(_folder(name))


def schemas_dir() -> Path:
    return _find("schemas")


def schemas_folder() -> str:
    """``schemas_dir`` as a plain string (no ``pathlib``: the environment key's path)."""
    return _folder("schemas")


def templates_dir() -> Path:
    return _find("templates")


@once
def load_schema(name: str) -> dict:
    """Load ``<name>.schema.json`` (name: settings, orgs, or a document kind)."""
    import json

    path = schemas_dir() / f"{name}.schema.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KehoachError(f"Không đọc được lược đồ {path}: {exc.strerror}") from exc


def schema_digest(kind: str) -> str:
    """BLAKE2b of the shipped schema file of ``kind`` (what a generated validator was made from)."""
    from .hashes import hex_digest

    with open(os.path.join(_folder("schemas"), f"{kind}.schema.json"), "rb") as fh:
        return hex_digest(fh.read())


def schema_uri(kind: str) -> str:
    return (schemas_dir() / f"{kind}.schema.json").resolve().as_uri()


def modeline(kind: str, path: Path | None = None, root: Path | None = None) -> str:
    """The editor's schema line: relative to the repository's own ``schemas/`` (written by
    ``init``, so it works in every clone) when it has one, else the installed schema."""
    local = (root / "schemas" / f"{kind}.schema.json") if root else None
    if path is not None and local is not None and local.is_file():
        from pathlib import Path

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
