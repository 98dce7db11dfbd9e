"""Word wrapping of the plain ``due`` table's text columns: exactly ``textwrap.wrap(text, width,
break_long_words=False, break_on_hyphens=False)``, done directly for the text a cell nearly
always holds (printable, words separated by one space), through textwrap otherwise.

textwrap splits its text into words and runs of whitespace with a regular expression, then
assembles each line chunk by chunk, dropping whitespace at the ends of lines; for words separated
by single spaces that is a greedy fill: a word goes on the line when it and the space before it
fit, else it starts the next line; a word longer than the width stands alone. Doing that with
one precompiled regular expression (each line the longest run of whole words within the width)
costs a fraction of textwrap's work (a table of a thousand rows wraps two thousand cells)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["wrap"]


def wrap(text: str, width: int) -> list[str]:
    """The lines of ``text`` within ``width`` (whole words, never cut at a hyphen); ``[""]`` for
    an empty text."""
    if not text:  # an empty cell (no supporting body): textwrap not imported for it
        return [""]
    if (
        width <= 0  # textwrap refuses it
        or not text.isprintable()  # tabs, line breaks, other spaces: textwrap's own rules
        or "  " in text
        or text[0] == " "
        or text[-1] == " "
    ):
        import textwrap  # here: nearly every cell is wrapped below without it

        return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    if len(text) <= width:  # the whole text is one line: every word fits after the one before
        return [text]
    return _lines(width).findall(text)


@lru_cache(maxsize=64)
def _lines(width: int) -> re.Pattern[str]:
    """One line of the greedy fill: the longest run of whole words within ``width`` (it ends
    where a space or the text's end follows), else one word longer than the width alone; then
    the space after it."""
    return re.compile(rf"(.{{1,{width}}}|[^ ]+)(?: |$)")
