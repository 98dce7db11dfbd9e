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
    r"^S[ốố]\s*(?P<colon>:|\.)?\s*(?P<num>\d+|[.…_\s]*)\s*(?P<sep>[-/–])?\s*(?P<sym>.*?)\s*$",
    re.I,
)
_PLACEHOLDER = re.compile(r"^[.…_\s]*$")
# a piece of a symbol: capitals, digits, '&', '/', '-'; one small letter after a capital too,
# before a capital or a separator ("QyĐ" of a Quy định, "CTr/…", "TTr-…" of a Chương trình and a Tờ
# trình in Decree 30, Phụ lục III), never a word ("Hà", "Nội,", "Ba")
_CODE = re.compile(r"^(?:[A-ZĐĂÂÊÔƠƯ0-9&/.…_\-–]|(?<=[A-ZĐ])[a-z](?=[A-ZĐ/\-–]))+$")


@dataclass(frozen=True)
class NumberLine:
    number: int | None  # None: not numbered yet
    sep: str  # "-" (Đoàn, Party) or "/" (state); "" when nothing follows the number
    symbol: str  # everything after the separator, spaces removed ("KH/TWĐTN-CTTN")
    text: str  # the line as printed
    rest: str = ""  # text after the symbol on the same line
    colon: bool = True  # "Số:" (state, Đoàn) rather than "Số" (Party, Hướng dẫn 36-HD/VPTW)

    @property
    def dash(self) -> bool:
        return self.sep == "-"

    @property
    def form(self) -> str | None:
        """How the line is written: 'state' (Số: 05/KH-…), 'doan' (Số: 05-KH/…), 'party'
        (Số 05-KH/…); None when nothing follows the number."""
        if not self.sep:
            return None
        return "state" if not self.dash else "doan" if self.colon else "party"


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
                      clean(" ".join(tokens[n:])), m.group("colon") is not None)  # fmt: skip


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
