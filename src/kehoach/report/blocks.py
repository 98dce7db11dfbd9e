"""What a report's outline is made of (a paragraph, a sub-heading, a bulleted list, a table), and
the two ways it writes numbers and days (``pct``, ``dmy``) — shared by its sections."""

from __future__ import annotations

from datetime import date
from typing import Literal

from ..vocab import date_text

# the blocks of a section: a paragraph, a sub-heading, a bulleted list, a table (headers, rows)
Paragraph = tuple[Literal["p"], str]
Heading = tuple[Literal["h"], str]
Bullets = tuple[Literal["ul"], list[str]]
Table = tuple[Literal["table"], list[str], list[list[str]]]
Block = Paragraph | Heading | Bullets | Table
Section = tuple[str, list[Block]]  # heading ('' for none) and its blocks
Part = tuple[str, list[Section]]  # a part (I, II, …) and its sections


def pct(part: int, whole: int) -> str:
    if not whole:
        return "0%"
    # half up, as people round (9/16 = 56,25% is 56,3%), not to even as ``round`` does; counts
    # are never negative
    tenths = (2000 * part + whole) // (2 * whole)
    value = f"{tenths // 10}.{tenths % 10}"
    return value.rstrip("0").rstrip(".").replace(".", ",") + "%"


def dmy(d: date) -> str:
    return date_text(d)
