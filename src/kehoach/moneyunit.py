"""The unit a column of amounts is written in, from its header (``Kinh phí (triệu đồng)``: a
million đồng), and an amount in whole đồng written in that unit (``2,5`` under it): ``import``
reads typed amounts with it, ``render`` prints a column under the header the document typed
(``budget.columns``) in the unit that header says."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from . import viet

__all__ = ["column_amount", "in_unit", "says_dong", "unit_of_header"]

# '1.000đ', '1000 đồng', '1.000.000 đ' in a header or a "Đơn vị tính" line: the amounts are in
# thousands, millions of đồng
_COUNTED = re.compile(r"\b1(?P<zeros>(?:[.,]?000)+)\s*(?:đ|đồng|vnđ|vnd)\b")


def _low(header: str) -> str:
    return " ".join(unicodedata.normalize("NFC", header).casefold().split())


def unit_of_header(header: str) -> int:
    """The unit of a budget column from its header: ``Kinh phí (triệu đồng)`` → 1 000 000,
    ``Kinh phí (1.000đ)`` → 1 000; ``Đơn vị tính: nghìn đồng`` over a table says it too."""
    low = _low(header)
    if "tỷ" in low or "tỉ đồng" in low:
        return 10**9
    if "triệu" in low or "tr.đ" in low or "trđ" in low:
        return 10**6
    if "nghìn" in low or "ngàn" in low:
        return 10**3
    m = _COUNTED.search(low)
    if m:
        return 10 ** (3 * m.group("zeros").count("000"))
    return 1


def says_dong(header: str) -> bool:
    """The header names the money's unit ('Kinh phí (đồng)', '(triệu đồng)', '(1.000đ)', 'VNĐ'):
    its cells are bare numbers; otherwise each cell says '… đồng'."""
    low = _low(header)
    return unit_of_header(header) > 1 or bool(re.search(r"đồng|\bđ\)|vnđ|vnd|₫", low))


def in_unit(amount: int, unit: int) -> str:
    """``amount`` (whole đồng) written in ``unit`` as Vietnamese writes numbers: '50' for
    50 000 000 in millions, '2,5' for 2 500 000, '1.250' for 1 250 000 000; thousands by '.',
    decimals after ','."""
    if unit <= 1:
        return viet.money(amount)
    whole, rest = divmod(abs(amount), unit)
    text = viet.money(whole)
    if rest:
        digits = len(str(unit)) - 1
        text += "," + f"{rest:0{digits}d}".rstrip("0")
    return f"-{text}" if amount < 0 else text


def column_amount(header: str) -> Callable[[int], str]:
    """How a cell under ``header`` writes an amount (whole đồng): in the unit the header says
    ('Kinh phí (triệu đồng)': '50'), bare under one naming đồng; '… đồng' under one naming no
    unit."""
    unit, bare = unit_of_header(header), says_dong(header)

    def amount(value: int) -> str:
        return in_unit(value, unit) if bare else f"{viet.money(value)} đồng"

    return amount
