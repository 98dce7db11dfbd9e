"""Approximate printed widths of Times New Roman text, for the rules Decree 30 draws under the
header lines and the title ("as long as the text", "1/3 to 1/2 of the line").

The advance widths are those of Liberation Serif (metric-compatible with Times New Roman, so a
line measures the same in Word and in LibreOffice), in thousandths of an em, read once from the
fonts' ``hmtx`` tables. Vietnamese letters measure as their base letter: the diacritics of the
precomposed glyphs do not change the advance width (Ơ and Ư are slightly wider; the rules are
drawn a little longer than the text anyway).
"""

from __future__ import annotations

import unicodedata

from . import linebreak

_REGULAR = dict(
    zip(
        " -*.,:/()&0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        (
            250,
            333,
            500,
            250,
            250,
            278,
            278,
            333,
            333,
            778,
            *[500] * 10,
            722,
            667,
            667,
            722,
            611,
            556,
            722,
            722,
            333,
            389,
            722,
            611,
            889,
            722,
            722,
            556,
            722,
            667,
            556,
            611,
            722,
            722,
            944,
            722,
            722,
            611,
            444,
            500,
            444,
            500,
            444,
            333,
            500,
            500,
            278,
            278,
            500,
            278,
            778,
            500,
            500,
            500,
            500,
            333,
            389,
            278,
            500,
            500,
            722,
            500,
            500,
            444,
        ),
        strict=True,
    )
)
_BOLD = dict(
    zip(
        " -*.,:/()&0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        (
            250,
            333,
            500,
            250,
            250,
            333,
            278,
            333,
            333,
            833,
            *[500] * 10,
            722,
            667,
            722,
            722,
            667,
            611,
            778,
            778,
            389,
            500,
            778,
            667,
            944,
            722,
            778,
            611,
            778,
            722,
            556,
            667,
            722,
            722,
            1000,
            722,
            722,
            667,
            500,
            556,
            444,
            556,
            444,
            333,
            500,
            556,
            278,
            333,
            556,
            278,
            833,
            556,
            500,
            556,
            556,
            444,
            389,
            333,
            556,
            500,
            722,
            500,
            500,
            444,
        ),
        strict=True,
    )
)
_FALLBACK = 500


def _base(ch: str) -> str:
    if ch in "Đđ":
        return "D" if ch == "Đ" else "d"
    return unicodedata.normalize("NFD", ch)[0]


def text_width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    """Width in points of ``text`` set in Times New Roman at ``size_pt``."""
    table = _BOLD if bold else _REGULAR
    units = sum(table.get(_base(ch), _FALLBACK) for ch in text)
    return units * size_pt / 1000


def text_width_twips(text: str, size_pt: float, bold: bool = False) -> int:
    return round(text_width_pt(text, size_pt, bold) * 20)


def balanced_lines(text: str, size_pt: float, bold: bool, box_twips: int) -> list[str]:
    """Break ``text`` into the fewest lines that fit ``box_twips`` (with a 5 % margin, so Word's own
    wrapping never adds a line), as equal in length as possible and between phrases, never inside
    a word or a name, never leaving one syllable alone on the last line (``linebreak``); a line
    break typed by the author stays."""
    return linebreak.break_lines(
        text, lambda w: text_width_twips(w, size_pt, bold), box_twips * 0.95
    )
