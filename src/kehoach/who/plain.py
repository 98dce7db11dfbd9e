"""The ``who`` table for a file or a pipe, written without rich: the bytes rich writes for it,
each line without the spaces rich pads it with to the console's width (a third of a 1,000-plan
repository's table; ``git diff`` flags them when the table is kept in a repository).

rich lays out a table cell by cell through its whole rendering machinery; for a 1,000-plan
repository (thousands of rows per party) that took ~45 s of CPU where the layout itself is a few
string operations. This module does exactly what rich does for the one table ``who`` prints
(``box.SIMPLE_HEAD`` without edges, no colour, three columns: two that fold and a source column
that never wraps) — measuring, narrowing the columns, wrapping words and folding long ones — for
text whose every character is one cell wide and means nothing to rich's markup. For anything
else (wide or combining characters, brackets, backslashes, a line longer than the console)
``party_block`` answers None and the caller lets rich lay out that party.
``tests/unit/test_who_plain.py`` compares both on generated text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["HEADERS", "party_block", "simple"]

HEADERS = ("Nội dung", "Chi tiết", "Nguồn")
_PADS = ((0, 1), (1, 1), (1, 0))  # (left, right) padding per column: rich's (0, 1), no edge pad
_FOLDS = (True, True, False)  # columns that wrap and fold; the source column never wraps
_WORD = re.compile(r"\s*\S+\s*")

Row = tuple[str, str, str]


def _narrow(code: int) -> bool:
    """Below U+1100 (where wide East Asian characters start), Vietnamese letters (Latin Extended
    Additional) and general punctuation (dashes, quotes, ellipsis): one cell each in rich."""
    return code < 0x1100 or 0x1E00 <= code <= 0x1EFF or 0x2010 <= code <= 0x205E


@lru_cache(maxsize=4096)
def _one_cell(ch: str) -> bool:
    return (
        ch.isprintable()
        and _narrow(ord(ch))
        and unicodedata.category(ch)[0] != "M"  # combining marks take no cell
        and ch not in "[\\"  # rich markup
        and (ch == " " or not ch.isspace())
    )


def simple(text: str) -> bool:
    """Every character one cell wide, printable, and plain to rich's markup."""
    return all(_one_cell(ch) for ch in set(text))


def _widest(text: str) -> int:
    return max(map(len, text.split("\n")))


def _column_range(widest: int, index: int, width: int, min_width: int | None) -> int:
    """The maximum of rich's ``Table._measure_column`` at ``width``, for a column whose widest
    line is ``widest`` long. Only the maximum of each cell's measurement reaches it, and that is
    a non-decreasing function of the cell's widest line: measuring the widest line is enough."""
    if width < 1:
        return 0
    pad = sum(_PADS[index])
    if width - pad < 1:
        hi = width
    else:
        hi = min(max(0, widest), width)
        hi = 0 if hi < 1 else min(hi + pad, width)
    return max(hi, min_width + pad) if min_width is not None else hi


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    ratios = [ratio if top else 0 for ratio, top in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out = []
    for ratio, top, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            cut = min(top, round(ratio * remaining / total_ratio))
            out.append(value - cut)
            remaining -= cut
            total_ratio -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], width: int) -> list[int]:
    wrapable = _FOLDS
    total = sum(widths)
    excess = total - width
    while total and excess > 0:
        widest = max(w for w, ok in zip(widths, wrapable, strict=True) if ok)
        second = max(w if ok and w != widest else 0 for w, ok in zip(widths, wrapable, strict=True))
        ratios = [1 if (w == widest and ok) else 0 for w, ok in zip(widths, wrapable, strict=True)]
        if not any(ratios) or not widest - second:
            break
        widths = _ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        total = sum(widths)
        excess = total - width
    return widths


def _widths(widest: list[int], width: int, min_source: int) -> list[int]:
    """rich's ``Table._calculate_column_widths`` for this table (not expanded)."""
    mins = (None, None, min_source)
    widths = [_column_range(h, i, width, mins[i]) or 1 for i, h in enumerate(widest)]
    if sum(widths) > width:
        widths = _collapse(widths, width)
        if sum(widths) > width:
            widths = _ratio_reduce(sum(widths) - width, [1] * len(widths), widths, widths)
        widths = [
            _column_range(h, i, w, mins[i])
            for i, (h, w) in enumerate(zip(widest, widths, strict=True))
        ]
    return widths


def _breaks(text: str, width: int) -> list[int]:
    """rich's ``divide_line`` (fold) for one-cell characters."""
    quick = _single_spaced_breaks(text, width)
    return quick if quick is not None else _word_breaks(text, width)


def _single_spaced_breaks(text: str, width: int) -> list[int] | None:
    """The same breaks for words one space apart, none longer than a line, found from the last
    space that fits (a line ends after the last word whose end is within ``width``); None for
    any other text."""
    if text[:1] == " " or text[-1:] == " " or "  " in text:
        return None
    out = []
    start = 0
    while len(text) - start > width:
        space = text.rfind(" ", start, start + width + 1)
        if space <= start:  # a word longer than the line: folded
            return None
        start = space + 1
        out.append(start)
    return out


def _word_breaks(text: str, width: int) -> list[int]:
    """rich's loop, word by word."""
    out: list[int] = []
    offset = start = 0
    for word in _WORD.findall(text):
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # longer than a line: folded across lines
            at = start
            for k in range(0, len(word), width):
                if at:
                    out.append(at)
                chunk = len(word) - k if k + width >= len(word) else width
                at += chunk
                offset = chunk
        elif offset and start:
            out.append(start)
            offset = len(word)
        start += len(word)
    return out


def _wrap(text: str, width: int) -> list[str]:
    """A folding cell's lines, each exactly ``width`` long (rich's ``Text.wrap``, left-justified)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:  # every word fits: no break
            out.append(line.ljust(width))
            continue
        cuts = [0, *_breaks(line, width), len(line)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            # rich strips the spaces past the width, then crops: the same as cropping
            out.append(line[a:b][:width].ljust(width))
    return out


def _cell_lines(text: str, index: int, width: int) -> list[str]:
    left, right = _PADS[index]
    inner = width - left - right
    lines = _wrap(text, inner) if _FOLDS[index] else [text[:inner].ljust(inner)]
    return [" " * left + line + " " * right for line in lines]


def _line(text: str, width: int) -> str | None:
    """A ``console.print`` of one short plain line."""
    return text + "\n" if len(text) <= width and simple(text) else None


def _table(rows: list[Row], width: int) -> list[str] | None:
    columns: list[list[str]] = [[h] for h in HEADERS]
    for row in rows:
        for col, text in zip(columns, row, strict=True):
            col.append(text)
    if not simple(" ".join(columns[0]).replace("\n", " ")):
        return None
    if not simple(" ".join(columns[1] + columns[2])):  # a line break too is refused here
        return None
    longest = max(len(r[2]) for r in rows)
    widths = _widths([_widest("\n".join(c)) for c in columns], width - 2, longest)
    if any(w - sum(p) < 1 for w, p in zip(widths, _PADS, strict=True)):
        return None
    out: list[str] = []
    blank = [" " * w for w in widths]
    rendered = [_cell_lines(h, i, w) for i, (h, w) in enumerate(zip(HEADERS, widths, strict=True))]
    height = max(len(c) for c in rendered)
    for i, c in enumerate(rendered):  # the header sits at the bottom of its row
        rendered[i] = [blank[i]] * (height - len(c)) + c
    out.extend(" ".join(parts).rstrip() + "\n" for parts in zip(*rendered, strict=True))
    out.append("─" * (sum(widths) + 2) + "\n")
    out.extend(_body(rows, widths))
    return out


def _body(rows: list[Row], widths: list[int]) -> Iterator[str]:
    """The lines of the rows below the header: ``_cell_lines`` of each cell, the shorter cells
    of a row filled with blank lines, the cells joined by a space — written out for the one
    shape of this table (two folding columns, a source column cropped), without a call per cell
    that fits on one line (most of them)."""
    (l0, r0), (l1, r1), (l2, r2) = _PADS
    w0, w1, w2 = (w - left - right for w, (left, right) in zip(widths, _PADS, strict=True))
    head, mid, link = " " * l0, " " * r0 + " " + " " * l1, " " * r1 + " " + " " * l2
    b0, b1 = " " * w0, " " * w1
    assert _FOLDS == (True, True, False)
    for content, detail, source in rows:
        c = _wrap(content, w0) if len(content) > w0 or "\n" in content else None
        d = _wrap(detail, w1) if len(detail) > w1 or "\n" in detail else None
        cell = source[:w2].ljust(w2)
        if c is None and d is None:
            yield f"{head}{content.ljust(w0)}{mid}{detail.ljust(w1)}{link}{cell}".rstrip() + "\n"
            continue
        c = c or [content.ljust(w0)]
        d = d or [detail.ljust(w1)]
        height = max(len(c), len(d))
        c += [b0] * (height - len(c))
        d += [b1] * (height - len(d))
        blank = " " * w2
        for i, (x, y) in enumerate(zip(c, d, strict=True)):
            yield f"{head}{x}{mid}{y}{link}{cell if i == 0 else blank}".rstrip() + "\n"


def party_block(
    heading: str, empty: bool, groups: list[tuple[str, list[Row]]], width: int
) -> str | None:
    """One party as rich prints it at console ``width``: its heading, each group's title and
    table, a blank line; None when the text is not simple enough to be sure (module docstring).
    ``groups``: (title line, rows of (content, detail, source)) for each group with entries."""
    out = [_line(heading, width)]
    if empty:
        out.append(_line("  Không có nhiệm vụ nào trong kho.", width))
    for title, rows in groups:
        out.append(_line(title, width))
        table = _table(rows, width)
        if table is None:
            return None
        out.extend(table)
    if None in out:
        return None
    return "".join(out) + "\n"  # type: ignore[arg-type]
