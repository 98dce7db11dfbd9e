"""Money phrases → whole đồng: ``15.000.000 đ``, ``15.000.000đ``, ``40 triệu``, ``1,5 tỷ``,
``2 tỷ 500 triệu``, ``50.000.000 VNĐ``, and plain numbers in a column headed ``Kinh phí (triệu
đồng)`` (``unit=1_000_000``).

Vietnamese writes ``.`` between thousands and ``,`` before decimals; a number written the English
way (``15,000,000``) is read too, because its groups of three digits leave no doubt. Text around
the amount (``(ngân sách tỉnh)``) comes back in ``rest`` so the caller can keep it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ... import viet
from ...moneyunit import unit_of_header

__all__ = ["InWords", "Money", "in_words", "read_money", "unit_of_header", "words_agree"]

_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tr": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_CURRENCY = r"(?:đồng|đ|vnđ|vnd|₫)"
_NUMBER = r"\d+(?:[.,]\d+)*"
_PART = re.compile(
    rf"(?P<num>{_NUMBER})(?!\d)\s*(?:(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ|tr)(?![\w]))?\.?\s*(?:{_CURRENCY}(?![\w]))?",
    re.I,
)


@dataclass(frozen=True)
class Money:
    value: int | None  # whole đồng, or None when the text holds no amount
    rest: str = ""  # the words around the amount, trimmed


_UNIT_LINE = re.compile(r"^\(?\s*(?:đơn vị tính|đvt)\s*:", re.I)


def unit_line(text: str) -> int | None:
    """The unit a line above a table gives its amounts ("Đơn vị tính: nghìn đồng", "ĐVT: triệu
    đồng"), or None when the line says none."""
    if not _UNIT_LINE.match(" ".join(text.split())):
        return None
    unit = unit_of_header(text)
    return unit if unit > 1 else None


def _number(text: str, scaled: bool) -> float | None:
    """'15.000.000' → 15000000; '1,5' → 1.5 (before a scale word); '15,000,000' → 15000000."""
    groups = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    if not seps:
        return float(text)
    if (
        len(set(seps)) == 1
        and all(len(g) == 3 for g in groups[1:])
        and not (scaled and seps[0] == ",")
    ):
        return float("".join(groups))  # thousands separators
    if len(seps) == 1 or (len(set(seps)) == 2 and seps[-1] != seps[0]):
        whole = "".join(groups[:-1])
        return float(f"{whole}.{groups[-1]}")  # a decimal mark, last
    return None


def read_money(text: object, unit: int = 1) -> Money:
    """The amount in ``text`` (see the module docstring); ``unit`` multiplies a bare number."""
    if isinstance(text, int) and not isinstance(text, bool):
        return Money(text * unit)
    if not isinstance(text, str):
        return Money(None)
    s = unicodedata.normalize("NFC", text).replace("\u00a0", " ").strip()
    total = 0.0
    found = False
    spans: list[tuple[int, int]] = []
    for m in _PART.finditer(s):
        scale_word = (m.group("scale") or "").casefold()
        # a ',' before a scale word, or in a bare number under a header that gives the unit
        # ('Kinh phí (triệu đồng)': '1,500'), is the decimal mark Vietnamese writes
        decimal_comma = bool(scale_word) or (unit > 1 and not _has_currency(m.group(0)))
        value = _number(m.group("num"), decimal_comma)
        if value is None:
            continue
        if found and not scale_word and not _follows(s, spans[-1][1], m.start()):
            break  # a second, separate number: not part of this amount
        scale = _SCALES.get(scale_word, 1 if scale_word or _has_currency(m.group(0)) else unit)
        total += value * scale
        found = True
        spans.append((m.start(), m.end()))
        if not scale_word:
            break  # "2 tỷ 500 triệu" ends at its smallest unit
    if not found:
        return Money(None, s)
    rest = (s[: spans[0][0]] + " " + s[spans[-1][1] :]).strip(" ;,.-")
    return Money(int(round(total)), " ".join(rest.split()))


def _follows(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def _has_currency(text: str) -> bool:
    return re.search(_CURRENCY + r"\s*$", text.strip(), re.I) is not None


# an amount said in words: in brackets, 'Bằng chữ:' before them or not ('(Năm mươi triệu đồng)',
# '(Bằng chữ: … đồng chẵn./.)'), or after 'Bằng chữ:' without brackets ('Bằng chữ: … đồng.')
_END = r"\s*(?:\./\.|[.;])?\s*"
_IN_WORDS = re.compile(
    rf"^(?:\(\s*(?:bằng chữ\s*:\s*)?(?P<bracketed>[^()\d]+?){_END}\)|bằng chữ\s*:\s*(?P<bare>[^()\d]+?))"
    rf"{_END}$",
    re.I,
)
_EVEN = " chẵn"  # "… triệu đồng chẵn": no odd amount


@dataclass(frozen=True)
class InWords:
    """An amount said again in words, as read: whether they end with 'chẵn' ('… đồng chẵn')."""

    even: bool


def in_words(value: int, rest: str) -> InWords | None:
    """``rest`` read as only the amount ``value`` said again in words, as kehoach says it ('(Năm
    mươi triệu đồng)', '(Bằng chữ: … đồng chẵn)', 'Bằng chữ: … đồng.'; 'linh' or 'lẻ', 'nghìn' or
    'ngàn'); None when it says something else (other words, another amount)."""
    m = _IN_WORDS.match(unicodedata.normalize("NFC", rest).strip())
    if not m:
        return None
    words = m.group("bracketed") or m.group("bare")
    # "Bảy mươi triệu, hai trăm năm mươi nghìn đồng": a comma between the parts said
    said = " ".join(words.casefold().replace("ngàn", "nghìn").replace(",", " ").split())
    even = said.endswith(_EVEN)
    said = said.removesuffix(_EVEN)
    if any(
        said == viet.amount_in_words(value, filler=filler).casefold() for filler in ("linh", "lẻ")
    ):
        return InWords(even)
    return None


def words_agree(value: int, rest: str) -> bool:
    """``rest`` is only the amount ``value`` said again in words (``in_words``): nothing more to
    keep."""
    return in_words(value, rest) is not None
