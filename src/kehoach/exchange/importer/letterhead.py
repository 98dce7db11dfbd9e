"""The header of a Word document → the draft's ``number``, ``unit`` or ``symbol``, ``system`` and
``header:`` settings, each compared with what kehoach prints by default (``model.numbering``,
``model.layout``), so that the draft keeps only what kehoach cannot work out itself.

What the header shows: the motto on the right (Quốc hiệu and Tiêu ngữ, ``ĐOÀN TNCS HỒ CHÍ MINH``,
``ĐẢNG CỘNG SẢN VIỆT NAM`` or nothing), the ornament under each issuer (``***``, ``*``, a rule), the
form of the number (``Số: 05/KH-…``, ``Số: 05-KH/…``, ``Số 05-KH/…``) and whether each issuer's
parent body is printed above it. A rule drawn as a shape cannot be seen: an issuer whose ornament
by default is a rule and shows none keeps the default. When what is seen is exactly the style of
one system (all of ``system: state``, say), the draft says ``system:``; otherwise ``header:``
holds the settings that differ.
"""

from __future__ import annotations

from ...model import Document, layout, numbering
from .header import Header
from .issuers import Issuers
from .numbers import split_symbol
from .text import key

_SYSTEMS = ("state", "doan", "party")


def number_keys(header: Header, doc: Document, orgs: list[dict], settings: dict) -> dict:
    """``number`` and ``unit`` (the usual symbol with a drafting unit) or ``symbol`` (any other
    symbol, kept as printed)."""
    line = header.number
    out: dict = {}
    if line is None:
        return out
    if line.number:
        out["number"] = line.number
    codes = [o.get("code", "") for o in orgs]
    parts = split_symbol(line.symbol, line.dash, len(orgs))
    expected = numbering.type_code(doc, settings)
    if (
        parts
        and parts.type_code == expected
        and [key(c) for c in parts.codes] == [key(c) for c in codes]
    ):
        if parts.unit:
            out["unit"] = parts.unit
    elif line.symbol and "…" not in line.symbol:
        out["symbol"] = line.symbol
    return out


def _fits(seen: list[str | None], marks: list[str]) -> bool:
    """Whether ornaments seen (None: nothing typed under that body) can be ``marks``: nothing
    seen fits a rule (perhaps drawn as a shape) or no ornament, never ``***`` or ``*``."""
    for got, want in zip(seen, marks, strict=True):
        want = want or "none"
        if got is None and want not in ("rule", "none"):
            return False
        if got is not None and got != want:
            return False
    return True


def style_keys(header: Header, found: Issuers, doc: Document, orgs: list[dict],
               settings: dict) -> dict:  # fmt: skip
    """``system: X`` or ``header: {motto, mark, number, parents}`` for what the header shows
    differently from kehoach's default for these issuers."""
    ids = doc.issuers
    default = layout.header_style(doc, orgs, settings)
    motto = header.motto or ("none" if header.seen else default["motto"])
    seen = [found.marks.get(i) for i in ids]
    number = (header.number.form if header.number else None) or default["number"]
    out: dict = {}
    if (motto, number) != (default["motto"], default["number"]) or not _fits(
        seen, default["marks"]
    ):
        for system in _SYSTEMS:
            forced = layout.header_style(
                Document(doc.path, doc.kind, {**doc.data, "system": system}), orgs, settings
            )
            if (forced["motto"], forced["number"]) == (motto, number) and _fits(
                seen, forced["marks"]
            ):
                out["system"] = system
                break
        else:
            style: dict = {}
            if motto != default["motto"]:
                style["motto"] = motto
            if not _fits(seen, default["marks"]):
                marks = [
                    m if m is not None else ("rule" if usual == "rule" else "none")
                    for m, usual in zip(seen, default["marks"], strict=True)
                ]
                style["mark"] = marks[0] if len(marks) == 1 else marks
            if number != default["number"]:
                style["number"] = number
            out["header"] = style
    with_parent = [i for i, o in zip(ids, orgs, strict=True) if o.get("parent")]
    if with_parent and found.ids and not any(i in found.parents for i in with_parent):
        out.setdefault("header", {})["parents"] = False
    return out
