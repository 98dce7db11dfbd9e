"""Jinja filters for the plain-text and Markdown families: wrapping, centring, columns side by
side (the header and the signature blocks), and Markdown escaping."""

from __future__ import annotations

import html.entities
import re
import textwrap
import unicodedata

from . import linebreak

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_ENTITY = re.compile(r"&(#[0-9]+;|#[xX][0-9A-Fa-f]+;|[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-])", re.MULTILINE)
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])(?=\s|$)", re.MULTILINE)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


_NBSP = "\u00a0"
# a dash standing between words ("2021 - 2025", "Khoa học - Công nghệ") is tied to the word before
# it, so that a wrapped line never starts with "- " (which reads as a new item)
_LOOSE_DASH = re.compile(r" ([-–—])(?= )")


def underlined(value: object, width: int) -> str:
    """``value`` wrapped to ``width`` columns with a line of '-' under it, as long as its longest
    line: a row across a table (a group of activities, ``I. Công tác tuyên truyền``) in plain
    text, not to be read as a heading of the document's own (``I. NỘI DUNG``)."""
    text = wrapped(value, width)
    return f"{text}\n{'-' * max(map(len, text.splitlines()))}" if text else ""


def wrapped(
    value: object, width: int, align: str = "left", indent: str = "", subsequent: str = ""
) -> str:
    """``value`` wrapped to ``width`` columns; ``align`` left, center or right inside the width.
    A continuation line never starts with a dash: only a new item does."""
    # line breaks become spaces; runs of spaces stay (the blanks of "ngày      tháng      năm")
    text = re.sub(r"\s*[\r\n\t]\s*", " ", _nfc(str(value or ""))).strip()
    if not text:
        return ""
    head, tail = (text[:2], text[2:]) if text.startswith(("- ", "+ ")) else ("", text)
    tail = _LOOSE_DASH.sub(_NBSP + r"\1", tail)
    lines = textwrap.wrap(
        head + tail,
        width=width,
        initial_indent=indent,
        subsequent_indent=subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]
    lines = [line.replace(_NBSP, " ") for line in lines]
    if align == "center":
        lines = [line.center(width).rstrip() for line in lines]
    elif align == "right":
        lines = [line.rjust(width) for line in lines]
    return "\n".join(lines)


def broken(value: object, width: int, align: str = "center") -> str:
    """Title and signature lines in ``width`` columns, broken between phrases, never inside a
    word or a name, never one syllable alone on the last line (``linebreak``); the author's own
    line breaks stay."""
    lines = linebreak.break_lines(_nfc(str(value or "")), len, width)
    if align == "center":
        lines = [line.center(width).rstrip() for line in lines]
    return "\n".join(lines)


def columns(blocks: list[str], widths: list[int], gap: int = 2) -> str:
    """Print text blocks side by side: ``blocks[i]`` (lines separated by newlines) in a column of
    ``widths[i]``; the shorter blocks are padded with blank lines at the bottom."""
    split = [str(b).strip("\n").split("\n") if str(b).strip() else [] for b in blocks]
    height = max((len(s) for s in split), default=0)
    out = []
    for row in range(height):
        cells = [
            (s[row] if row < len(s) else "").ljust(w) for s, w in zip(split, widths, strict=True)
        ]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def pad(value: object, width: int) -> str:
    return str(value).ljust(width)


def _entity(m: re.Match) -> str:
    """'&amp;' for what Markdown would read as an entity ('&copy;', '&#38;'), not for 'KH&CN;'."""
    name = m.group(1)
    return "&amp;" + name if name.startswith("#") or name in html.entities.html5 else m.group(0)


def md_escape(value: object) -> str:
    """Escape what Markdown would read as markup (emphasis, links, raw HTML, list and heading
    markers at the start of a line, entities); ``&`` in ``KH&CN`` stays as typed."""
    text = _MD_SPECIAL.sub(r"\\\1", str(value))
    text = _MD_ENTITY.sub(_entity, text)
    text = _MD_LINE_START.sub(r"\1\\\2", text)
    return _MD_ORDERED.sub(r"\1\\\2", text)
