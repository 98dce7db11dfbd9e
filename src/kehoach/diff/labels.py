"""Vietnamese names of fields, read from the schemas' titles (``schemas/*.schema.json``), so a
change to any field can be named the way the editor's hover help names it: ``budget.lines`` →
"Kinh phí › Dự toán", ``reviews.schedule[].time`` → "Sơ kết, tổng kết › Lịch › Thời gian cố định".
"""

from __future__ import annotations

from functools import cache

from ..resources import load_schema

SCHEMA_OF = {"plan": "plan", "program": "program", "orgs": "orgs", "settings": "settings"}


def _deref(node: object, root: dict) -> dict:
    """``node`` with its ``$ref`` followed (titles written beside a ``$ref`` are kept)."""
    if not isinstance(node, dict):
        return {}
    seen = 0
    while "$ref" in node and seen < 20:
        ref = node["$ref"]
        target: object = root
        for part in ref.lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        merged = dict(target) if isinstance(target, dict) else {}
        merged.update({k: v for k, v in node.items() if k != "$ref"})
        node, seen = merged, seen + 1
    return node


def _alternatives(node: dict, root: dict) -> list[dict]:
    alts = [node]
    for key in ("anyOf", "oneOf", "allOf"):
        alts += [_deref(a, root) for a in node.get(key) or []]
    return alts


def _child(node: dict, step: object, root: dict) -> dict | None:
    for alt in _alternatives(node, root):
        if isinstance(step, str):
            props = alt.get("properties")
            if isinstance(props, dict) and step in props:
                return _deref(props[step], root)
        elif "items" in alt and isinstance(alt["items"], dict):
            return _deref(alt["items"], root)
    return None


@cache
def _labels(kind: str, keys: tuple) -> tuple[str, ...]:
    name = SCHEMA_OF.get(kind)
    if name is None:
        return tuple(str(k) for k in keys if isinstance(k, str))
    root = load_schema(name)
    node: dict | None = root
    out: list[str] = []
    for step in keys:
        child = _child(node, step, root) if node is not None else None
        if isinstance(step, str):
            title = child.get("title") if child else None
            out.append(title if isinstance(title, str) and title else step)
        node = child
    return tuple(out)


def labels(kind: str, path: tuple) -> list[str]:
    """The titles along ``path`` (keys; list positions are ``None`` or ints and add no title)."""
    keys = tuple(None if not isinstance(p, str) else p for p in path)
    return list(_labels(kind, keys))


def label(kind: str, path: tuple) -> str:
    """The title of the last key of ``path`` (its key when the schema has none)."""
    found = labels(kind, path)
    return found[-1] if found else ""
