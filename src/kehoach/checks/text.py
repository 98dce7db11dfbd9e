"""Checks on the raw text of every file: Unicode normalisation and legacy-encoding damage (the
values a clerk leaves to fill in, numbers YAML misreads: ``checks.values``).

Their patterns are compiled the first time a file needs them (``LazyPattern``): the one pass over
the text (``scan``) says which checks may find something, and most files need none."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..io import yamlfast
from ..io.yamlio import is_nfc
from ..once import LazyPattern
from ..problem import Problem
from ..vocab import quoted
from .registry import register

MAX_PER_FILE = 20

# Bytes 0x80–0xBF (UTF-8 continuation bytes) as Windows-1252 / Latin-1 shows them
_CONT = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
# A UTF-8 lead byte of a 2-byte (C2–DF) or 3-byte (E0–EF) sequence, followed by its continuation(s)
_CONT_CHAR = LazyPattern(f"[{_CONT}]")
_DOUBLE_UTF8 = LazyPattern(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}")

# Characters that never occur in Vietnamese words but are how TCVN3 (ABC) and VNI bytes look
# when read as Unicode: "ViÖt", "§oµn", "ho¹ch", "Coäng", "ñoaøn".
_LEGACY = "äåæçëîïðñöøûüþÿÄÅÆÇËÎÏÐÑÖØÛÜÞß¸µ¶·¹¨©ª«¬®§¦¥¤¢¡¯±²³´½¾¼º¿"
_LETTER = "A-Za-z\u00c0-\u00ff\u0100-\u01b0\u1ea0-\u1ef9"
# A word mixing letters and legacy symbols. Found as maximal runs first, then tested for a mixed
# pair: one regex for both backtracks quadratically on a long run of symbols ("¸¸¸…").
_RUN = LazyPattern(f"[{_LETTER}{_LEGACY}]+")
_MIXED = LazyPattern(f"[{_LETTER}][{_LEGACY}]|[{_LEGACY}][{_LETTER}]")


def _legacy_words(line: str) -> list[re.Match]:
    return [m for m in _RUN.finditer(line) if _MIXED.search(m.group(0))]


_LEGACY_CHAR = LazyPattern(f"[{_LEGACY}]")
# Either kind of damage starts with one of these characters, rare in Vietnamese text: one scan of
# the text for both checks (most files have none, and then neither check looks further)
_RARE = LazyPattern(f"[{_CONT}{_LEGACY}]")


@lru_cache(maxsize=1)
def _first_rare(text: str) -> int:
    """Where the first character of legacy or double-UTF-8 damage may be in ``text`` (-1: none)."""
    m = _RARE.search(text)
    return -1 if m is None else m.start()


# The one pass over a text before the checks (``run_text_checks``): which of them may find
# something. In C (``io/_cyaml.c``, ``scan``) when the extension is built; else every check runs
# (each one still looks for its own candidates first). A bit not set means the check would find
# nothing: the problems are the same either way (tests/unit/test_text_scan.py).
SCAN_RARE, SCAN_NUMBER, SCAN_AMPERSAND, SCAN_HASH, SCAN_TODO, SCAN_NFC = 1, 2, 4, 8, 16, 32
SCAN_CONFLICT = 64
SCAN_ALL = 127


# the characters of _RARE, one by one (a test checks that they are exactly those _RARE finds)
_RARE_CHARS = "".join(map(chr, range(0x80, 0xC0))) + _CONT[len("\u0080-\u00bf") :] + _LEGACY


@lru_cache(maxsize=1)
def _rare_table() -> bytes:
    """A bitmap of ``_RARE_CHARS``: bit ``c & 7`` of byte ``c >> 3`` for each character ``c``."""
    bits = bytearray(8192)
    for ch in _RARE_CHARS:
        bits[ord(ch) >> 3] |= 1 << (ord(ch) & 7)
    return bytes(bits)


# the bits under which each check may find something
NEEDS = {
    "KH301": SCAN_NFC,
    "KH302": SCAN_RARE,
    "KH303": SCAN_RARE,
    "KH304": SCAN_NUMBER,
    "KH306": SCAN_HASH,
    "KH307": SCAN_AMPERSAND,
    "KH308": SCAN_CONFLICT,
    "KH418": SCAN_TODO,
}


def scan(text: str) -> int:
    """The ``SCAN_*`` bits of the checks that may find something in ``text``."""
    if yamlfast.SCAN is None:
        return SCAN_ALL
    return yamlfast.SCAN(text, _rare_table())


# TCVN3 symbols that sit *between two letters* only in damaged text ("ho¹ch", "§oµn", "h«m")
_STRONG = "¸µ¶·¹¨©ª«¬®§¦¥¤¢¡¯±²³´½¾¼º¿"
_STRONG_INSIDE = LazyPattern(f"[{_LETTER}][{_STRONG}][{_LETTER}]|§[{_LETTER}]")


def _lines(text: str):
    yield from enumerate(text.split("\n"), start=1)


# more lines than this written in decomposed Unicode: the file was saved so, one problem says it
NFD_LINES_ONE_BY_ONE = 3


@register("KH301", "not-nfc", level="warning", scope="text")
def not_nfc(path: str, text: str) -> list[Problem]:
    """Văn bản không ở dạng Unicode dựng sẵn (NFC), ví dụ chữ `ệ` gõ thành `e` + dấu mũ + dấu nặng
    (tổ hợp, NFD). Hai cách viết trông giống nhau nhưng khác nhau khi tìm kiếm, so sánh. kehoach
    đọc mọi giá trị ở dạng dựng sẵn (`thường xuyên` vẫn là mốc thời gian, văn bản xuất ra là
    NFC), nên đây là cảnh báo; nhưng tệp nên được lưu lại bằng Unicode dựng sẵn (bộ gõ Unikey:
    bảng mã "Unicode dựng sẵn", hoặc công cụ chuyển mã từ "Unicode tổ hợp"). Vài chữ tổ hợp
    được báo từng chỗ; cả tệp (hay phần lớn tệp) lưu ở dạng tổ hợp được báo một lần, ở chữ đầu
    tiên, kèm số dòng và một lệnh chuyển cả tệp."""
    if is_nfc(text):  # the loader asked it of the same text just before (``yamlio.is_nfc``)
        return []
    lines = [(n, line) for n, line in _lines(text) if not unicodedata.is_normalized("NFC", line)]
    if len(lines) > NFD_LINES_ONE_BY_ONE:
        number, line = lines[0]
        col, word = _decomposed_word(line)
        message = (
            f"Tệp được lưu bằng Unicode tổ hợp (NFD): {len(lines)} dòng, từ chữ {quoted(word)}; "
            "kehoach đọc các giá trị ở dạng dựng sẵn, nhưng hãy lưu lại tệp bằng Unicode dựng "
            f"sẵn (NFC), ví dụ: {_nfc_command(path)}"
        )
        return [Problem(path, number, col, "KH301", "warning", message)]
    out = []
    for number, line in lines:
        col, word = _decomposed_word(line)
        message = f"Chữ {quoted(word)} viết bằng Unicode tổ hợp, không phải dựng sẵn (NFC)"
        out.append(Problem(path, number, col, "KH301", "warning", message))
    return out


def _decomposed_word(line: str) -> tuple[int, str]:
    """The column (1-based, at its letter) and the word, NFC and without the punctuation around
    it, of the first decomposed character of ``line``."""
    index = next((i for i, ch in enumerate(line) if unicodedata.combining(ch)), 0)
    base = max(0, index - 1)
    word = _word_at(line, base).strip(_PUNCTUATION) or _word_at(line, base)
    return base + 1, unicodedata.normalize("NFC", word)


_PUNCTUATION = "\"'“”‘’()[]{}<>,.;:!?…-–—«»`*#&|"


def _nfc_command(path: str) -> str:
    """A one-line command that saves ``path`` in NFC (Python is there: kehoach runs on it)."""
    target = path if path.isprintable() and not any(c in path for c in "\"'$`\\") else "TỆP"
    return (
        "`python3 -c \"import pathlib, unicodedata as u; f = pathlib.Path('"
        + target
        + "'); f.write_text(u.normalize('NFC', f.read_text('utf-8')), 'utf-8')\"`"
    )


@register("KH302", "legacy-encoding", level="error", scope="text")
def legacy_encoding(path: str, text: str) -> list[Problem]:
    """Chữ bị hỏng do bảng mã cũ TCVN3 (ABC) hoặc VNI: văn bản gõ bằng phông `.VnTime`, `VNI-Times`
    rồi dán sang Unicode thành `ViÖt Nam`, `§oµn`, `Coäng hoøa`. Kiểm tra báo khi một dòng có từ
    hai từ như vậy trở lên, hoặc một từ có ký hiệu nằm giữa hai chữ cái (`ho¹ch`). Hãy chuyển mã sang
    Unicode (Unikey: công cụ chuyển mã)."""
    rare = _first_rare(text)
    if rare < 0 or not _LEGACY_CHAR.search(text, rare):
        return []
    out = []
    for number, line in _lines(text):
        if not _LEGACY_CHAR.search(line) or _DOUBLE_UTF8.search(line):
            continue  # double-UTF-8 damage is KH303's
        words = _legacy_words(line)
        if len(words) >= 2 or (words and _STRONG_INSIDE.search(line)):
            first = words[0]
            enc = (
                "VNI"
                if re.search("[äöñøÑÖ]", line) and not re.search("[§µ¸¹¶·¨©ª«¬®]", line)
                else "TCVN3 (ABC)"
            )
            sample = " ".join(w.group(0) for w in words[:3])
            out.append(
                Problem(
                    path,
                    number,
                    first.start() + 1,
                    "KH302",
                    "error",
                    f'Chữ có vẻ bị hỏng do bảng mã cũ {enc}: "{sample}"; hãy chuyển mã sang Unicode',
                )
            )
            if len(out) >= MAX_PER_FILE:
                break
    return out


@register("KH303", "double-utf8", level="error", scope="text")
def double_utf8(path: str, text: str) -> list[Problem]:
    """Chữ bị giải mã UTF-8 hai lần (mở tệp UTF-8 như Windows-1252 rồi lưu lại): `Äoàn` thay cho
    `Đoàn`, `Káº¿ hoáº¡ch` thay cho `Kế hoạch`. kehoach gợi ý chữ đúng khi khôi phục được."""
    rare = _first_rare(text)  # rare characters: a quick scan before the costly pattern
    first = _CONT_CHAR.search(text, rare) if rare >= 0 else None
    if first is None or not _DOUBLE_UTF8.search(text, max(0, first.start() - 2)):
        return []
    out = []
    for number, line in _lines(text):
        m = _DOUBLE_UTF8.search(line)
        if not m:
            continue
        word = _word_at(line, m.start())
        fixed = _repair(word)
        hint = f'; có lẽ là "{fixed}"' if fixed and fixed != word else ""
        out.append(
            Problem(
                path,
                number,
                m.start() + 1,
                "KH303",
                "error",
                f'Chữ "{word}" bị giải mã UTF-8 hai lần{hint}',
            )
        )
        if len(out) >= MAX_PER_FILE:
            break
    return out


def _word_at(line: str, index: int) -> str:
    start = index
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    end = index
    while end < len(line) and not line[end].isspace():
        end += 1
    return line[start:end][:40]


def _repair(word: str) -> str | None:
    for enc in ("cp1252", "latin-1"):
        try:
            return word.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None
