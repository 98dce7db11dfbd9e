"""Vietnamese document helpers (Jinja filters/globals) per Decree 30/2020/NĐ-CP.

Decisions:

* ``date_line``: Decree 30 (Appendix I) pads days < 10 and months 1 and 2 with a
  leading zero ("ngày 05 tháng 02 năm 2021", "ngày 15 tháng 3 năm 2021").  With
  no date the day and month are left blank for the clerk to fill in by hand
  after signing: "ngày      tháng      năm 20…" (or the year if ``year`` given).
* ``amount_in_words`` writes its own reading; ``num2words(lang='vi')`` is not
  used because it is wrong for amounts written on official papers (it reads
  1010 as "một nghìn lẻ mười" and 3021 as "ba nghìn lẻ hai mươi mốt").  The
  reading follows the accounting/invoice convention: every group after the
  first is read in full ("một nghìn không trăm linh năm"), a zero tens digit is
  "linh" (the northern written standard used in legal texts; pass
  ``filler="lẻ"`` for the southern form), 1 after "mươi" is "mốt", 5 after a
  ten is "lăm", 4 is always "bốn", 10^3 is "nghìn" and 10^9 "tỷ" (10^12 is
  "nghìn tỷ").
* ``number_line``: state bodies and associations write "Số: 05/KH-UBND"; the
  Youth Union (Đoàn) writes "Số: 225-KH/TWĐTN-CTTN"; Party bodies follow
  Hướng dẫn 36-HD/VPTW, whose header has no colon: "Số 225-KH/TU".  The type
  code is used as given: the caller picks the joint form (``KHLT``) from settings.
  ``system`` is the number form (state, association, doan, party), which a
  document may choose apart from its header (a Đoàn-led joint plan with Quốc
  hiệu still numbers "Số: 24-KHLT/TĐTN-ĐHQG").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

__all__ = [
    "date_line",
    "roman",
    "money",
    "amount_in_words",
    "number_line",
    "symbol_text",
    "upper",
    "period_text",
    "names_list",
    "SYSTEMS",
]

# Document systems: 'state' (Decree 30), 'association' (same format),
# 'doan' (Ho Chi Minh Communist Youth Union), 'party' (Communist Party).
SYSTEMS = ("state", "association", "doan", "party")
_DASH_SYSTEMS = ("doan", "party")
BLANK_NUMBER = "…"
BLANK_DATE = "ngày      tháng      năm"

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _check_int(n: object, what: str) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"{what} phải là số nguyên, nhận được: {n!r}")
    return n


def date_line(
    place: str, d: date | None, *, year: int | None = None, month: int | None = None
) -> str:
    """'Đồng Tháp, ngày 05 tháng 02 năm 2021' (Decree 30 zero-padding).

    ``d`` None leaves the day blank for the signer, and the month too unless ``month`` is given
    ('ngày      tháng 3 năm 2027'); the year is printed when ``year`` is given, otherwise '20…'.
    """
    place = _nfc(place or "").strip()
    if d is None:
        when = f"{year if year is not None else '20…'}"
        if month is not None:
            text = f"{BLANK_DATE.split('tháng')[0]}tháng {_month(month)} năm {when}"
        else:
            text = f"{BLANK_DATE} {when}"
    else:
        text = f"ngày {d.day:02d} tháng {_month(d.month)} năm {d.year}"
    return f"{place}, {text}" if place else text


def _month(n: int) -> str:
    """A month as the date line writes it: 01 and 02 padded (Decree 30), the others as they are."""
    return f"{n:02d}" if n <= 2 else str(n)


def roman(n: int) -> str:
    """Roman numeral for 1..3999 (section headings: I, II, III…)."""
    _check_int(n, "Số La Mã")
    if not 1 <= n <= 3999:
        raise ValueError(f"Số La Mã chỉ từ 1 đến 3999, nhận được: {n}")
    out = []
    for value, sym in _ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def money(n: int) -> str:
    """'120.000.000' (dot as thousands separator); negatives get a leading '-'."""
    _check_int(n, "Số tiền")
    body = f"{abs(n):,}".replace(",", ".")
    return f"-{body}" if n < 0 else body


def _triple(n: int, full: bool, filler: str) -> list[str]:
    """Words for 0 < n <= 999; ``full`` reads the hundreds even when zero."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if full or h:
        words += [_DIGITS[h], "trăm"]
    if t == 0:
        if u:
            if words:
                words.append(filler)
            words.append(_DIGITS[u])
        return words
    if t == 1:
        words.append("mười")
    else:
        words += [_DIGITS[t], "mươi"]
    if u == 1 and t >= 2:
        words.append("mốt")
    elif u == 5:
        words.append("lăm")
    elif u:
        words.append(_DIGITS[u])
    return words


def _below_billion(n: int, full: bool, filler: str) -> list[str]:
    words: list[str] = []
    for scale, unit in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group = n // scale % 1000
        if group:
            words += _triple(group, full, filler)
            if unit:
                words.append(unit)
            full = True
    return words


def _number_words(n: int, filler: str) -> list[str]:
    if n >= 10**9:
        high, low = divmod(n, 10**9)
        words = _number_words(high, filler) + ["tỷ"]
        return words + _below_billion(low, True, filler) if low else words
    return _below_billion(n, False, filler)


def amount_in_words(n: int, currency: str = "đồng", *, filler: str = "linh") -> str:
    """'Một trăm hai mươi triệu đồng'; 0 -> 'Không đồng'; negatives start with 'Âm'."""
    _check_int(n, "Số tiền")
    if filler not in ("linh", "lẻ"):
        raise ValueError(f"Từ đọc hàng chục 0 chỉ là 'linh' hoặc 'lẻ', nhận được: {filler!r}")
    words = _number_words(abs(n), filler) if n else ["không"]
    if n < 0:
        words.insert(0, "âm")
    currency = _nfc(currency or "").strip()
    if currency:
        words.append(currency)
    text = " ".join(words)
    return _nfc(text[0].upper() + text[1:])


def symbol_text(
    number: int | None,
    type_code: str,
    issuer_codes: list[str],
    system: str,
    unit: str | None = None,
    symbol: str | None = None,
) -> str:
    """Number and symbol without the 'Số' prefix, e.g. '05/KH-UBND', '225-KH/TWĐTN-CTTN'."""
    if system not in SYSTEMS:
        raise ValueError(f"Hệ thống văn bản không hợp lệ: {system!r} (chỉ: {', '.join(SYSTEMS)})")
    if number is None:
        num = BLANK_NUMBER
    else:
        _check_int(number, "Số văn bản")
        if number < 1:
            raise ValueError(f"Số văn bản phải từ 1 trở lên, nhận được: {number}")
        num = f"{number:02d}"
    dash = system in _DASH_SYSTEMS
    if symbol:
        symbol = _nfc(symbol).strip()
        # a symbol written in full shows its form: 'KHLT/TĐTN-ĐHQG' (type code, then '/') is the
        # Đoàn or Party form, joined with '-' ('24-KHLT/…', never '24/KHLT/…'); 'KH-LHH-SKHCN'
        # and '2023/QĐ-UBND' are the state form ('05/KH-LHH-SKHCN'); 'KH' alone follows ``system``
        if re.match(r"^[^\d\s/][^/\s]*/", symbol):
            dash = True
        elif "-" in symbol or "/" in symbol:
            dash = False
        return f"{num}{'-' if dash else '/'}{symbol}"
    codes = [_nfc(c).strip() for c in issuer_codes if c and c.strip()]
    if not codes:
        raise ValueError("Thiếu chữ viết tắt tên cơ quan ban hành văn bản")
    tc = _nfc(type_code or "").strip()
    tail = codes + ([_nfc(unit).strip()] if unit and unit.strip() else [])
    if dash:
        if not tc:
            raise ValueError("Văn bản của Đảng, Đoàn phải có chữ viết tắt tên loại văn bản")
        return f"{num}-{tc}/{'-'.join(tail)}"
    return f"{num}/{'-'.join(([tc] if tc else []) + tail)}"


def number_line(
    number: int | None,
    type_code: str,
    issuer_codes: list[str],
    system: str,
    unit: str | None = None,
    symbol: str | None = None,
) -> str:
    """'Số: 05/KH-UBND' (state), 'Số: 225-KH/TWĐTN-CTTN' (Đoàn), 'Số 225-KH/TU' (Party).

    Numbers below 10 get a leading zero; ``number`` None prints '…' for the
    clerk.  ``symbol`` (everything after the number) overrides the parts.
    """
    prefix = "Số " if system == "party" else "Số: "
    return prefix + symbol_text(number, type_code, issuer_codes, system, unit, symbol)


def unaccented(s: str) -> str:
    """``s`` in lower case without its tone marks and with 'd' for 'đ': 'Tổ chức Đoàn' → 'to chuc
    doan' (an id's letters; the importer's ``slug`` and the suggestion for an id typed with
    Vietnamese letters)."""
    s = unicodedata.normalize("NFKD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def upper(s: str) -> str:
    """Vietnamese-safe upper case, NFC-normalised ('đoàn' -> 'ĐOÀN')."""
    return _nfc(_nfc(s).upper())


def sentence_case(s: str) -> str:
    """'MỤC ĐÍCH, YÊU CẦU' -> 'Mục đích, yêu cầu' (kehoach's own titles, none with a proper
    name, as an article names them)."""
    low = _nfc(_nfc(s).lower())
    return _nfc(low[:1].upper() + low[1:])


def period_text(start_year: int, end_year: int) -> str:
    """'giai đoạn 2021 – 2025' (an en dash between spaces, as Word writes the hyphen typed there and
    the documents offices send show it); a single year gives 'năm 2021'."""
    _check_int(start_year, "Năm bắt đầu")
    _check_int(end_year, "Năm kết thúc")
    if start_year > end_year:
        raise ValueError(f"Giai đoạn ngược: {start_year} - {end_year}")
    if start_year == end_year:
        return f"năm {start_year}"
    return f"giai đoạn {start_year} – {end_year}"


# words that start a common noun phrase, not a name: written in lower case inside a list
_PLURAL_START = ("Các ", "Những ", "Mọi ")


def names_list(names: list[str]) -> str:
    """Names joined by commas as a document lists them: a phrase that is not a name ('Các huyện,
    thành đoàn', typed with its capital as it starts a cell) in lower case after the first one —
    'Sở KH&CN, các huyện, thành đoàn'."""
    return ", ".join(
        name[0].lower() + name[1:] if i and name.startswith(_PLURAL_START) else name
        for i, name in enumerate(names)
    )


def close_matches(word: str, possibilities, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The "did you mean" suggestions for ``word``: ``difflib.get_close_matches``, imported only
    when one is wanted (a mistake), not by every run."""
    import difflib

    return difflib.get_close_matches(word, possibilities, n=n, cutoff=cutoff)
