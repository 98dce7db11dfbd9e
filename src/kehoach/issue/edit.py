"""The text edits of ``kehoach issue``: the number, the date (and the symbol) written into the
document with ``io.yamledit`` — only those values change, every comment and line stays.

Two things ``yamledit`` does not know and an issued document needs:

- a draft made by ``kehoach new`` holds the keys as commented placeholders
  (``# number: 1          # TODO: số văn bản khi văn thư cấp``): that line becomes the key,
  where the drafter left room for it, instead of a new line elsewhere;
- a ``# TODO`` comment on a line whose value is now given is done, so it goes (KH418 would
  keep reporting it); so does the draft's ``month`` (the month decided, the day left blank) once
  the date is written.

The result is parsed again and must hold exactly the data expected.
"""

from __future__ import annotations

import re

from ..io.yamledit import DELETE, Edit, EditError, apply_edits, scalar_text
from ..io.yamlload import Loader

AFTER = {  # where a missing key goes: after the first of these that exists
    "number": ("id", "kind"),
    "symbol": ("number", "id", "kind"),
    "date": ("unit", "symbol", "number", "id", "kind"),
}


def _placeholder(text: str, key: str) -> re.Match | None:
    """A top-level commented line ``# key: …`` (the drafts' placeholder)."""
    return re.search(rf"(?m)^#[ \t]*{key}:[^\r\n]*", text)


def _drop_todo(text: str, key: str) -> str:
    """Remove a trailing ``# TODO…`` comment from the top-level line of ``key``."""
    return re.sub(rf"(?m)^({key}:[^#\r\n]*?)[ \t]+#[ \t]*TODO\b[^\r\n]*", r"\1", text, count=1)


def _load(text: str) -> object:
    loader = Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def write_values(text: str, data: dict, values: dict[str, object]) -> str:
    """``text`` with each top-level ``key: value`` of ``values`` set (in the order number, symbol,
    date); ``EditError`` (Vietnamese) when it cannot be done as a minimal edit."""
    for key in ("number", "symbol", "date"):
        if key not in values:
            continue
        value = values[key]
        spot = _placeholder(text, key) if key not in data else None
        if spot is not None:
            text = text[: spot.start()] + f"{key}: {scalar_text(value)}" + text[spot.end() :]
        else:
            present = tuple(k for k in AFTER[key] if k in data or k in values)
            text = apply_edits(text, [Edit((key,), value, after=present)])
        text = _drop_todo(text, key)
        data = {**data, key: value}
    if "date" in values and "month" in data:  # the draft's month, the day now given: done
        text = apply_edits(text, [Edit(("month",), DELETE)])
        data = {k: v for k, v in data.items() if k != "month"}
    if _load(text) != data:
        raise EditError("Sửa tệp không giữ nguyên được phần còn lại của văn bản")
    return text
