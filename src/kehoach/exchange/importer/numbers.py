"""The ``Số`` line → number and symbol, in all its real forms.

``Số: 45-KH/TĐTN-VP`` (Đoàn, Party: hyphen first), ``Số: 112 - KH/TWĐTN-CTTN`` (spaces typed
around it), ``Số: 05/KH-SKHCN`` (state: slash first), ``Số 225-KH/TU`` (Party, no colon),
``Số:    /KH-…`` and ``Số: …-KH/TĐTN`` (not numbered yet: the clerk fills it in).

``split_symbol`` then finds which part of the symbol is the type code (``KH``, ``KHLT``…), which
are the issuers' codes and what is left (the drafting unit, ``unit``), so that a draft stores only
what kehoach cannot compute: ``unit`` when the rest is the usual symbol, the whole ``symbol``
otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import clean

_LINE = re.compile(
    r"^S[ốố]\s*(?::|\.)?\s*(?P<num>\d+|[.…_\s]*)\s*(?P<sep>[-/–])?\s*(?P<sym>.*?)\s*$", re.I
)
_PLACEHOLDER = re.compile(r"^[.…_\s]*$")
_CODE = re.compile(r"^[A-ZĐĂÂÊÔƠƯ0-9&/.…_\-–]+$")


@dataclass(frozen=True)
class NumberLine:
    number: int | None  # None: not numbered yet
    sep: str  # "-" (Đoàn, Party) or "/" (state); "" when nothing follows the number
    symbol: str  # everything after the separator, spaces removed ("KH/TWĐTN-CTTN")
    text: str  # the line as printed
    rest: str = ""  # text after the symbol on the same line

    @property
    def dash(self) -> bool:
        return self.sep == "-"


def is_number_line(text: str) -> bool:
    return bool(re.match(r"^S[ốố]\s*(?::|\.|\s)\s*[\d.…_/\s-]", clean(text), re.I))


def read_number_line(text: str) -> NumberLine | None:
    """The parts of a ``Số`` line, or None when ``text`` is not one."""
    t = clean(text).replace("\u2013", "-")
    if not is_number_line(t):
        return None
    m = _LINE.match(t)
    if not m:
        return None
    num = m.group("num")
    number = int(num) if num and num.strip().isdigit() else None
    # the symbol runs as long as its pieces look like codes ("KH/TWĐTN - CTTN"); what follows
    # (a date typed on the same line with a few spaces) is handed back in ``rest``
    tokens = (m.group("sym") or "").split(" ")
    n = 0
    while n < len(tokens) and _CODE.match(tokens[n]):
        n += 1
    symbol = "".join(tokens[:n]).strip("-/")
    if _PLACEHOLDER.match(symbol):
        symbol = ""
    return NumberLine(number if number else None, m.group("sep") or "", symbol, t,
                      clean(" ".join(tokens[n:])))  # fmt: skip


@dataclass(frozen=True)
class SymbolParts:
    type_code: str  # "KH"
    codes: list[str]  # issuers' codes as printed, in order
    unit: str  # the drafting unit after them ("VP", "CTTN"), or ""


def split_symbol(symbol: str, dash: bool, n_issuers: int) -> SymbolParts | None:
    """'KH/TĐTN-VP' (dash style) or 'KH-UBND' (state style) → its parts; ``n_issuers`` codes are
    taken after the type code, the rest is the unit."""
    if not symbol:
        return None
    if dash:
        type_code, _, rest = symbol.partition("/")
        parts = [p for p in rest.split("-") if p] if rest else []
    else:
        pieces = [p for p in re.split(r"[-/]", symbol) if p]
        type_code, parts = (pieces[0], pieces[1:]) if pieces else ("", [])
    if not type_code or "…" in symbol:
        return None
    n = max(1, min(n_issuers, len(parts)))
    return SymbolParts(type_code, parts[:n], "-".join(parts[n:]))


def system_of_line(line: NumberLine | None) -> str | None:
    """'doan_or_party' for 'Số: 45-KH/…', 'state' for 'Số: 05/KH-…', None when unknown."""
    if line is None or not line.sep:
        return None
    return "doan_or_party" if line.dash else "state"
