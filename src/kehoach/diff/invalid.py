"""The versions of a changed document that fail their schema or hold a number YAML misreads (KH304)
(``DiffResult.invalid``): ``diff`` reads files that were never checked, and a value typed the wrong
way (``budget: "40000000"``, ``40000000.0``) is not a value removed — the diff shows it as typed and
says that this version of the file is not valid, at the line of its first error."""

from __future__ import annotations

from ..checks.values import number_format
from ..io import positions
from ..schema import validate
from .change import DocDiff
from .sides import Side


def invalid_lines(doc: DocDiff, old: Side, new: Side) -> list[str]:
    """``path (side): tệp không hợp lệ, dòng N: …`` for each side of ``doc`` whose file fails
    the schema of its kind or holds a misread number (the old side only for a document changed,
    not added)."""
    sides = [(new, doc.path)]
    if doc.status == "changed":
        sides.insert(0, (old, doc.old_path or doc.path))
    out = []
    for side, path in sides:
        loaded = side.files.get(path)
        if loaded is None or not loaded.ok:
            continue  # unreadable: its own "!" line
        text = loaded.text or ""
        found = validate(doc.kind, loaded.data, path) + number_format(path, text)
        errors = [p for p in found if p.level == "error"]
        if not errors:
            continue
        first = min(positions.resolve(text, errors), key=lambda p: (p.line, p.col))
        more = f" (và {len(errors) - 1} lỗi khác)" if len(errors) > 1 else ""
        out.append(
            f"{path} ({side.label}): tệp không hợp lệ, dòng {first.line}: {first.message}{more}"
            " — chạy `kehoach validate`"
        )
    return out
