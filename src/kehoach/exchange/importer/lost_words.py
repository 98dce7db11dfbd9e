"""The words of a typed cell that the structured value read from it would not print: 'Trước ngày
31/5/2027' read as the time ``2027-05-31`` prints '31/5/2027' and loses 'trước'; 'Dự kiến 20
triệu' read as ``20000000`` loses 'dự kiến'. The importer keeps such words printed (in the
activity's ``details``) so that rendering the draft unread never sends out a changed meaning.

Numbers are the value's own business (a date's parts, a quarter as 2 or II); what is compared are
the words, less those that only frame the value: units ('ngày', 'tháng', 'quý', 'đồng', 'triệu'),
'vào', 'trong', 'từ', 'đến', the label 'thời gian'."""

from __future__ import annotations

import re
import unicodedata

from ... import viet
from ...timecell import vi_short
from ...timeexpr import TimeError, parse_time

__all__ = ["lost_in_budget", "lost_in_time", "printed_time", "reworded_time", "whole_year_words"]

_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"[ivx]+")
_FRAMING = frozenset(
    ("ngày", "tháng", "năm", "quý", "t", "vào", "trong", "từ", "đến", "tới", "thời", "gian",
     "đồng", "đ", "vnđ", "vnd", "nghìn", "ngàn", "triệu", "tỷ", "tỉ")
)  # fmt: skip
# "Thường xuyên, liên tục", "Hằng ngày": the words of what kehoach prints as "Thường xuyên"
_ONGOING = frozenset(("thường", "xuyên", "liên", "tục", "hằng", "hàng"))


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def _lost(typed: str, printed: str, also: frozenset[str] = frozenset()) -> list[str]:
    have = set(_words(printed)) | _FRAMING | also
    return [w for w in _words(typed) if w not in have and not _ROMAN.fullmatch(w)]


def printed_time(value: str) -> str:
    """What the activity table prints for the time expression ``value``: '31/5/2027'."""
    try:
        return vi_short(parse_time(value))
    except TimeError:
        return value


def lost_in_time(typed: str, value: str) -> list[str]:
    """The words of ``typed`` that the time expression ``value`` does not print."""
    also = _ONGOING if value == "ongoing" else frozenset()
    return _lost(typed, printed_time(value), also)


def _spelled(text: str) -> str:
    """``text`` as compared with kehoach's print of a time: case, spacing, the dash and the
    spaces around it, a closing stop ignored — nothing else (a leading zero, a word, the year
    added are differences)."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"\s*[-\u2012\u2013\u2014\u2212]\s*", " – ", text)
    return " ".join(text.split()).rstrip(" .;,")


def reworded_time(typed: str, value: str) -> bool:
    """True when kehoach prints the time ``value`` otherwise than ``typed`` says it, beyond
    spacing and dashes ('Tháng 02/2027' printed 'Tháng 2/2027', 'Quý I, II/2027' printed 'Quý I –
    II/2027', '6 tháng đầu năm' printed '6 tháng đầu năm 2027'): the draft keeps the typed words."""
    return _spelled(typed) != _spelled(printed_time(value))


# the whole year in an office's words: "Trong năm", "Cả năm 2026", "Suốt năm" (not "Năm 2026",
# which kehoach prints as typed)
_WHOLE_YEAR = re.compile(r"(?:trong|cả|suốt)(?: cả)? năm(?: [0-9]{4})?")


def whole_year_words(typed: str, value: str) -> bool:
    """True when ``typed`` says the whole year ``value`` in words kehoach does not print ('Trong
    năm' for ``2026``, which prints 'Năm 2026')."""
    words = " ".join(unicodedata.normalize("NFC", typed).casefold().split()).rstrip(" .;,")
    return value.isdigit() and _WHOLE_YEAR.fullmatch(words) is not None


def lost_in_budget(typed: str, value: int) -> list[str]:
    """The words of ``typed`` that the amount ``value`` (printed '20.000.000') does not print."""
    return _lost(typed, viet.money(value))
