"""Times that recur, as offices write them: within the year ("Định kỳ hằng quý", "6 tháng một
lần"), every year ("Hằng năm") or at one part of every year ("Quý III hằng năm")."""

from __future__ import annotations

import re

from ...timephrase import norm, read_time

_YEARLY = re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+năm")

# a time that recurs within the year: "Định kỳ hằng quý", "Hàng tháng", "Mỗi quý", "Định kỳ 6
# tháng", "6 tháng một lần", "Hằng tuần"
_RECURS = re.compile(
    r"(?:định kỳ\s+)?(?:(?:hằng|hàng|mỗi)\s+)?(?P<every>tuần|tháng|quý|6 tháng|sáu tháng)"
    r"(?:\s+(?:một|1)\s+lần)?"
)


def recurring(text: str) -> str | None:
    """The period of a time that recurs within the year ('quý' for 'Định kỳ hằng quý', '6 tháng'
    for 'Định kỳ 6 tháng'), None for any other time (a bare 'Tháng' or 'Quý' is no period: it
    needs 'định kỳ', 'hằng', 'mỗi' or 'một lần')."""
    s = norm(text)
    m = _RECURS.fullmatch(s)
    if m is None or s == m.group("every"):
        return None
    return "6 tháng" if m.group("every") == "sáu tháng" else m.group("every")


_WITHIN_YEARLY = re.compile(r"^(?P<within>.+?),?\s+(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+năm$")


def within_yearly(text: str) -> str | None:
    """The part of the year a yearly time names ('Quý III' of 'Quý III hằng năm', 'Tháng 10' of
    'tháng 10 hàng năm'), None for any other time: a time of its own, that names no year."""
    m = _WITHIN_YEARLY.match(norm(text))
    if m is None or re.search(r"\d{4}", m.group("within")):
        return None
    return m.group("within") if read_time(m.group("within"), 2000).value else None


def yearly(text: str) -> bool:
    """True for a time that recurs every year ('Hằng năm', 'Hàng năm', 'Định kỳ hằng năm')."""
    return _YEARLY.fullmatch(norm(text)) is not None
