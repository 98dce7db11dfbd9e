"""Legacy Vietnamese encodings → Unicode (NFC): TCVN3 (ABC, fonts ``.VnTime``…) and VNI (fonts
``VNI-Times``…).

Word keeps the text of a run typed in such a font as the Windows-1252 characters of its bytes, so
``Céng hoµ`` is ``Cộng hoà`` in TCVN3 and ``Coäng hoøa`` is ``Cộng hòa`` in VNI. The encoding is
chosen per run from the font name (``encoding_of_font``) and, when the font says nothing (text
pasted into a Unicode font), from the text itself (``guess``). TCVN3 "H" fonts (``.VnTimeH``)
print the lower-case codes as capitals, so their text is upper-cased after conversion.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["convert", "encoding_of_font", "guess", "tcvn3_to_unicode", "vni_to_unicode"]

# TCVN3 (TCVN 5712:1993, VN3): one byte per letter. Capitals with a tone mark do not exist in the
# normal fonts (the "H" fonts draw the lower-case codes as capitals).
_TCVN3 = {
    "¸": "á", "µ": "à", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "¾": "ắ", "»": "ằ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ê": "ấ", "Ç": "ầ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ð": "é", "Ì": "è", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Õ": "ế", "Ò": "ề", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "Ý": "í", "×": "ì", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ã": "ó", "ß": "ò", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "è": "ố", "å": "ồ", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "í": "ớ", "ê": "ờ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ó": "ú", "ï": "ù", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "ø": "ứ", "õ": "ừ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ý": "ý", "ú": "ỳ", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
}  # fmt: skip
_TCVN3_TABLE = str.maketrans(_TCVN3)

# VNI: a base letter followed by a mark character that carries the shape (circumflex, breve) and
# the tone; ơ, ư, đ and the i and ỵ forms are single characters.
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_TONES = {
    "acute": "\u0301",
    "grave": "\u0300",
    "hook": "\u0309",
    "tilde": "\u0303",
    "dot": "\u0323",
}
_VNI_MARKS = {
    "â": (_CIRC, ""), "á": (_CIRC, "acute"), "à": (_CIRC, "grave"), "å": (_CIRC, "hook"),
    "ã": (_CIRC, "tilde"), "ä": (_CIRC, "dot"),
    "ê": (_BREVE, ""), "é": (_BREVE, "acute"), "è": (_BREVE, "grave"), "ú": (_BREVE, "hook"),
    "ü": (_BREVE, "tilde"), "ë": (_BREVE, "dot"),
    "ù": ("", "acute"), "ø": ("", "grave"), "û": ("", "hook"), "õ": ("", "tilde"), "ï": ("", "dot"),
}  # fmt: skip
_VNI_SINGLE = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip
_VNI_BASES = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ô": "o" + _HORN, "ö": "u" + _HORN}


def _upper_keys(table: dict) -> dict:
    return {**table, **{k.upper(): v.upper() for k, v in table.items()}}


_VNI_MARKS_ALL = {**_VNI_MARKS, **{k.upper(): v for k, v in _VNI_MARKS.items()}}
_VNI_SINGLE_ALL = _upper_keys(_VNI_SINGLE)
_VNI_BASES_ALL = {**_VNI_BASES, **{k.upper(): v.upper() for k, v in _VNI_BASES.items()}}
_VNI_SHAPES = {_CIRC: "aeo", _BREVE: "a", "": "aeouy"}


def tcvn3_to_unicode(text: str, *, capitals: bool = False) -> str:
    """TCVN3 text (as Word stores it) → Unicode NFC; ``capitals`` for the ``.VnTimeH`` fonts."""
    out = text.translate(_TCVN3_TABLE)
    if capitals:
        out = out.upper()
    return unicodedata.normalize("NFC", out)


def vni_to_unicode(text: str) -> str:
    """VNI text (as Word stores it) → Unicode NFC."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        base = _VNI_BASES_ALL.get(ch)
        mark = _VNI_MARKS_ALL.get(nxt)
        if base is not None and mark is not None and _fits(base, mark[0]):
            shape, tone = mark
            out.append(base + shape + (_TONES[tone] if tone else ""))
            i += 2
            continue
        out.append(_VNI_SINGLE_ALL.get(ch, ch))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def _fits(base: str, shape: str) -> bool:
    letter = base[0].lower()
    if len(base) > 1:  # ơ, ư take a tone only
        return shape == ""
    return letter in _VNI_SHAPES[shape]


def encoding_of_font(font: str | None) -> str | None:
    """'tcvn3', 'tcvn3-caps' (``.VnTimeH``), 'vni' or None for a Unicode font."""
    if not font:
        return None
    name = font.strip()
    low = name.lower()
    if low.startswith(".vn"):
        # .VnTimeH, .VnArialH, .VnTimeH Bold…: the "H" fonts print capitals
        stem = re.split(r"[\s,]", name, maxsplit=1)[0]
        return "tcvn3-caps" if stem.endswith("H") else "tcvn3"
    if low.startswith("vni-") or low.startswith("vni "):
        return "vni"
    return None


# Letters typical of each encoding when its bytes are read as Windows-1252
_TCVN3_STRONG = re.compile("[¸µ¶·¹¨©ª«¬®§¦¥¤¢¡½¾¼»]")
_TCVN3_INSIDE = re.compile(
    r"[A-Za-z][¸µ¶·¹¨©ª«¬®¾»¼½ÆÊÇÈÉËÐÌÎÏÑÕÒÓÔÖÝ×ØÜÞßãáâäèåæçéíêëìîóïñòôøõö÷ùýúûüþ]|§"
)
_VNI_PAIR = re.compile(
    "[aeouyAEOUY][âáàåãäêéèúüëùøûõïÂÁÀÅÃÄÊÉÈÚÜËÙØÛÕÏ]|[ôöÔÖ][ùøûõïÙØÛÕÏ]|[ñÑ][aeoiuôö]"
)
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
# VNI marks that no Vietnamese word written in Unicode holds (à, á, ã, è… may be either)
_VNI_ONLY = re.compile("[åäüëøûïñöæîÅÄÜËØÛÏÑÖÆÎ]")


def guess(text: str) -> str | None:
    """The legacy encoding a run of a Unicode font seems to be in ('tcvn3', 'vni'), or None.

    Only text with no real Vietnamese letter and at least two words damaged the same way is
    converted, so French or English words with accents are left alone; VNI also needs a mark no
    Vietnamese word holds ('ø', 'ä'…), so a name such as 'Hoàng Hoài' is never read as VNI."""
    if not text or _VIETNAMESE.search(text):
        return None
    words = text.split()
    vni = sum(1 for w in words if _VNI_PAIR.search(w))
    tcvn = sum(1 for w in words if _TCVN3_INSIDE.search(w) and _TCVN3_STRONG.search(w) or "§" in w)
    if vni >= 2 and vni > tcvn and _VNI_ONLY.search(text):
        return "vni"
    if tcvn >= 2 or (tcvn == 1 and len(words) == 1 and len(text) > 2):
        return "tcvn3"
    return None


def convert(text: str, encoding: str | None) -> str:
    """``text`` in ``encoding`` (as ``encoding_of_font``/``guess`` name it) → Unicode NFC."""
    if encoding == "tcvn3":
        return tcvn3_to_unicode(text)
    if encoding == "tcvn3-caps":
        return tcvn3_to_unicode(text, capitals=True)
    if encoding == "vni":
        return vni_to_unicode(text)
    return text
