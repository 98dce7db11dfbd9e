"""YAML text for one value, in the first style that reads back as exactly that value (plain, then
single-quoted, then double-quoted; a multi-line text as a ``|-`` literal where a block may stand).
Used by ``yamledit``: a Vietnamese text with ``:``, ``#`` or quotes is always quoted right, and
``"2022"`` or ``"yes"`` stay strings."""

from __future__ import annotations

import json

import yaml

from .yamlload import Loader

__all__ = ["EditError", "scalar_text"]


class EditError(ValueError):
    """An edit that cannot be made as a minimal text edit (message in Vietnamese)."""


def _reads_back(snippet: str, value: object) -> bool:
    loader = Loader(snippet)
    try:
        data = loader.get_single_data()
    except (yaml.YAMLError, RecursionError):
        return False
    finally:
        loader.dispose()
    return isinstance(data, dict) and list(data) == ["k"] and _same(data["k"], value)


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def _literal(value: str, indent: int) -> str | None:
    """``|-`` block literal of a multi-line text (lines indented by ``indent``), or None."""
    lines = value.split("\n")
    if value.endswith("\n") or lines[0].startswith(" ") or any("\r" in ln for ln in lines):
        return None
    pad = " " * indent
    return "|-\n" + "\n".join(pad + ln if ln else "" for ln in lines)


def scalar_text(
    value: object, *, prefer: str = "", flow: bool = False, indent: int = 2, block: bool = True
) -> str:
    """YAML text of a scalar (or of a list or mapping of scalars, in flow style: ``[a, b]``) that
    reads back as exactly ``value``. ``prefer``: the original style
    (``'``, ``"`` or ``""`` for plain), tried first; ``flow``: inside ``[...]``/``{...}``, where
    block literals are not allowed; ``indent``: the column of a block literal's lines; ``block``:
    False when something (a comment) follows on the line, so a block literal cannot be used."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join(scalar_text(v, flow=True) for v in value) + "]"
    if isinstance(value, dict):
        items = (
            f"{scalar_text(str(k), flow=True)}: {scalar_text(v, flow=True)}"
            for k, v in value.items()
        )
        return "{" + ", ".join(items) + "}"
    if not isinstance(value, str):
        raise EditError(f"Không ghi được giá trị kiểu {type(value).__name__} vào YAML")
    double = json.dumps(value, ensure_ascii=False)  # JSON's escapes are YAML's
    if "\t" in value:  # a tab only as "\t": libyaml reads it raw, other YAML readers refuse it
        return double
    plain = value if "\n" not in value and value == value.strip() else None
    single = "'" + value.replace("'", "''") + "'" if "\n" not in value else None
    literal = _literal(value, 2) if "\n" in value and block and not flow else None
    if prefer == "'":
        order = [single, plain, double]
    elif prefer == '"':
        order = [double, plain, single]
    else:
        order = [literal, plain, single, double]
    for text in order:
        if text is None:
            continue
        if flow and _reads_back_flow("k: [" + text + "]", value):
            return text
        if not flow and _reads_back("k: " + text, value):
            return _reindent(text, indent) if text.startswith("|") else text
    return double


def _reads_back_flow(snippet: str, value: object) -> bool:
    loader = Loader(snippet)
    try:
        data = loader.get_single_data()
    except (yaml.YAMLError, RecursionError):
        return False
    finally:
        loader.dispose()
    return isinstance(data, dict) and data.get("k") == [value] and _same(data["k"][0], value)


def _reindent(literal: str, indent: int) -> str:
    head, *lines = literal.split("\n")
    pad = " " * indent
    return "\n".join([head, *(pad + ln[2:] if ln else "" for ln in lines)])
