"""Vietnamese time phrases as offices write them → kehoach time expressions (``import`` reads a
cell with it; ``validate`` suggests the value to write for one typed as printed, KH205).

``read_time("Quý II/2022")`` → ``Phrase("2022-Q2", exact=True)``. Understood: ``Thường xuyên``;
dates (``30/6/2022``, ``ngày 30 tháng 6 năm 2022``, ``Trước ngày 30/6/2022``); months
(``Tháng 3/2022``, ``tháng 03 năm 2022``, ``T3/2022``, ``3/2022``); quarters (``Quý II/2022``,
``quý 2 năm 2022``); halves (``6 tháng đầu năm 2022``, ``nửa cuối năm``); years (``Năm 2022``,
``Cả năm``); ranges (``Tháng 3 – 5/2022``, ``Từ tháng 3 đến tháng 5/2022``, ``Quý I, II/2022``,
``2021 - 2025``, ``từ … đến …``). A part without a year takes the year of the part after it, or
``year`` (the plan's). What is only approximately a time (``Tuần đầu tháng 3``, ``Cuối năm``,
``Trước tháng 6``) comes back with ``exact=False`` so the draft marks it TODO; what is not a time
at all (``Theo kế hoạch riêng``) gives ``value=None``. Every value returned parses with
``timeexpr.parse_time``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from .timeexpr import TimeError, parse_time

__all__ = ["Phrase", "norm", "read_time"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ONGOING = ("thường xuyên", "thường xuyên, liên tục", "liên tục", "hằng ngày", "hàng ngày")
# recurring all year long: ongoing, marked TODO (kehoach prints "Thường xuyên"; the words are kept)
_RECURRING = ("hằng tuần", "hàng tuần", "hằng tháng", "hàng tháng", "hằng quý", "hàng quý",
              "định kỳ hằng tháng", "định kỳ hằng quý")  # fmt: skip
_WHOLE_YEAR = ("cả năm", "trong năm", "năm", "suốt năm")
# once a year, every year of a program: kehoach has no such time for an activity (``every`` is for
# ``reviews.schedule`` only), so the words stay, with a TODO that says why
_FUZZY_PREFIX = re.compile(
    r"^(?:dự kiến|khoảng|dịp|vào|trong|chậm nhất|hạn chót|hạn|thời gian)\s*:?\s*", re.I
)
_BEFORE = re.compile(r"^(?:trước|chậm nhất(?: là)?|hạn chót|muộn nhất)\s+(?:ngày\s+)?", re.I)
_APPROX = re.compile(r"^(?:tuần\s+\S+|đầu|giữa|cuối|hạ tuần|thượng tuần|trung tuần)\s+", re.I)


@dataclass(frozen=True)
class Phrase:
    value: str | None  # a time expression, or None when the phrase is not a time
    exact: bool = True  # False: a close stand-in; the draft marks it TODO


@dataclass
class _Atom:
    kind: str  # date | month | quarter | half | year | ongoing
    a: int = 0  # day, month, quarter or half (by kind)
    b: int = 0  # month of a date
    year: int | None = None

    def text(self, year: int) -> str:
        y = self.year or year
        if self.kind == "date":
            return date(y, self.b, self.a).isoformat()
        if self.kind == "month":
            return f"{y:04d}-{self.a:02d}"
        if self.kind == "quarter":
            return f"{y:04d}-Q{self.a}"
        if self.kind == "half":
            return f"{y:04d}-H{self.a}"
        return f"{y:04d}"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub("[\u2013\u2014\u2012\u2212]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"[\s.;,:]+$", "", text)


_Y = r"(?:\s*(?:/|-|năm)\s*(\d{4}))?"
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("date", re.compile(r"(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*năm\s*(\d{4}))?")),
    ("date", re.compile(r"(?:ngày\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?")),
    ("date", re.compile(r"(?:ngày\s*)?(\d{1,2})-(\d{1,2})-(\d{4})")),
    ("half", re.compile(r"(?:0?6|sáu) tháng (đầu|cuối)(?: năm)?(?:\s*(\d{4}))?")),  # "06 tháng"
    ("half", re.compile(r"nửa (đầu|cuối) năm(?:\s*(\d{4}))?")),
    ("quarter", re.compile(r"quý\s*(iv|i{1,3}|[1-4])" + _Y)),
    ("month", re.compile(r"(?:tháng|t)\s*(\d{1,2})" + _Y)),
    ("month", re.compile(r"(\d{1,2})\s*/\s*(\d{4})")),
    ("year", re.compile(r"(?:năm\s*)?(\d{4})")),
]


def _atom(text: str) -> _Atom | None:
    """One time (no range); the whole text must be used."""
    text = text.strip()
    if text in _ONGOING:
        return _Atom("ongoing")
    if text in _WHOLE_YEAR:
        return _Atom("year")
    for kind, rx in _PATTERNS:
        m = rx.fullmatch(text)
        if not m:
            continue
        g = m.groups()
        if kind == "date":
            # "3/2022" is a month, not the 3rd of month 2022
            if g[2] is None and int(g[1]) > 12:
                continue
            return _Atom("date", int(g[0]), int(g[1]), _year(g[2]))
        if kind == "half":
            return _Atom("half", 1 if g[0] == "đầu" else 2, 0, _year(g[1]))
        if kind == "quarter":
            q = _ROMAN.get(g[0]) or int(g[0])
            return _Atom("quarter", q, 0, _year(g[1]))
        if kind == "month":
            return _Atom("month", int(g[0]), 0, _year(g[1]))
        return _Atom("year", 0, 0, int(g[0]))
    return None


_UNITS = {"quarter": "quý ", "month": "tháng ", "date": "ngày "}


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _split_range(text: str) -> tuple[str, str] | None:
    m = re.fullmatch(r"(?:từ\s+)?(.+?)\s+(?:đến|tới)\s+(?:hết\s+)?(.+)", text)
    if m:
        return m.group(1), m.group(2)
    m = re.fullmatch(r"giai đoạn\s+(\d{4})\s*-\s*(\d{4})", text)
    if m:
        return m.group(1), m.group(2)
    parts = re.split(r"\s+-\s+|(?<=[\divx])\s*-\s*(?=quý|tháng|t\d|năm|ngày|\d|[ivx]+\b)", text)
    if len(parts) == 2:
        return parts[0], parts[1]
    return None


def _list_range(text: str) -> tuple[str, str, bool] | None:
    """'quý i, ii/2022' → ('quý i/2022', 'quý ii/2022', contiguous); also 'tháng 3, 4/2022'."""
    m = re.fullmatch(
        r"(quý|tháng)\s*((?:[\divx]+\s*(?:,|và)\s*)+)([\divx]+)\s*(/\s*\d{4}|năm \d{4})?", text
    )
    if not m:
        return None
    unit, head, last, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    items = [x for x in re.split(r"\s*(?:,|và)\s*", head) if x] + [last]
    values = [_ROMAN.get(x) or (int(x) if x.isdigit() else 0) for x in items]
    if not all(values):
        return None
    contiguous = all(b == a + 1 for a, b in zip(values, values[1:], strict=False))
    return f"{unit} {items[0]} {tail}".strip(), f"{unit} {items[-1]} {tail}".strip(), contiguous


# a day left blank for the signer to fill in: "ngày … tháng 3 năm 2027", "ngày …/3/2027",
# "ngày    tháng 3": the month is known, the day is not
_BLANK_DAY = re.compile(r"ngày\s*(?:[…_.]+\s*)?(?=tháng)|(?:ngày\s*)?(?:…+|_+|\.{2,})\s*/\s*")
# a remark after the time: "Tháng 3/2027 (dự kiến)", "Quý II/2027 (tháng 5)"
_REMARK = re.compile(r"\s*\(([^()]*)\)$")
_TENTATIVE = ("dự kiến", "dk", "tạm thời", "tạm dự kiến")


def read_time(text: object, year: int | None = None) -> Phrase:
    """The time expression for a Vietnamese phrase (see the module docstring); ``year`` is the
    year of the document, used for parts that name no year."""
    if isinstance(text, int) and not isinstance(text, bool):
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        return Phrase(None, False)
    s = norm(text)
    exact = True
    remark = _REMARK.search(s)
    if remark and remark.start() > 0:  # the words are kept by the draft (``lost_in_time``)
        s, exact = s[: remark.start()], remark.group(1).strip() in _TENTATIVE
    s, blanks = _BLANK_DAY.subn("tháng ", s)
    if blanks:
        s, exact = re.sub(r"tháng\s+tháng", "tháng", s), False
    got = _read(s, year, exact)
    if got.value is None:
        return _listed(s, year) or got
    return got


def _listed(s: str, year: int | None) -> Phrase | None:
    """Times listed apart, each whole: 'tháng 4/2027 và tháng 11/2027', 'quý ii và quý iv/2027',
    'tháng 3/2027; tháng 9/2027' → the span from the first to the last, not exact (the draft keeps
    the document's words for the print; ``due`` reminds of the last)."""
    parts = [p for p in re.split(r"\s*(?:,|;|\bvà\b|&)\s*", s) if p]
    if len(parts) < 2:
        return None
    # a part without a year takes the year of the part after it ("tháng 4 và tháng 11/2027")
    found = [_atom(re.sub(r"^(?:từ|trong)\s+", "", p)) for p in parts]
    atoms = [a for a in found if a is not None and a.kind != "ongoing"]
    if len(atoms) != len(found):
        return None
    following = year
    for atom in reversed(atoms):
        if atom.year is None:
            atom.year = following
        following = atom.year
    fallback = year if year is not None else date.today().year
    try:
        times = [parse_time(a.text(a.year or fallback)) for a in atoms]
    except (TimeError, ValueError):
        return None
    if any(t.start is None or t.end is None for t in times):
        return None
    first = min(times, key=lambda t: t.start or date.min)
    last = max(times, key=lambda t: t.end or date.min)
    try:
        value = parse_time(f"{first.text.split('..')[0]}..{last.text.split('..')[-1]}").text
    except (TimeError, ValueError):
        return None
    return Phrase(value, False)


def _read(s: str, year: int | None, exact: bool) -> Phrase:
    """``read_time`` of normalised words."""
    s = _FUZZY_PREFIX.sub("", s)
    before = _BEFORE.match(s)
    if before:
        s = s[before.end() :]
    approx = _APPROX.match(s)
    if approx:
        s, exact = s[approx.end() :], False
    fallback = year if year is not None else date.today().year
    if s in _RECURRING:
        return Phrase("ongoing", False)
    atom = _atom(s)
    if atom is not None:
        if before and atom.kind != "date":
            exact = False
        if atom.kind == "ongoing":
            return Phrase("ongoing", exact)
        if atom.year is None and year is None:
            exact = False
        return _checked(atom, fallback, exact)
    listed = _list_range(s)
    pair = (listed[0], listed[1]) if listed else _split_range(s)
    if listed and not listed[2]:
        exact = False
    if pair is None:
        return Phrase(None, False)
    pair = (
        re.sub(r"^(?:từ|trong)\s+", "", pair[0].strip()),
        re.sub(r"^(?:từ|trong)\s+", "", pair[1].strip()),
    )
    left, right = (_atom(p) for p in pair)
    if left is None and right is not None and re.fullmatch(r"[\divx]+", pair[0]):
        left = _atom(f"{_UNITS.get(right.kind, '')}{pair[0]}")
    if right is None and left is not None:
        right = _atom(f"{_UNITS.get(left.kind, '')}{pair[1]}")
    if left is None or right is None or "ongoing" in (left.kind, right.kind):
        return Phrase(None, False)
    if left.year is None:
        left.year = right.year
    if right.year is None and year is None:
        exact = False
    try:
        value = parse_time(f"{left.text(fallback)}..{right.text(fallback)}").text
    except (TimeError, ValueError):
        return Phrase(None, False)
    return Phrase(value, exact)


def _checked(atom: _Atom, year: int, exact: bool) -> Phrase:
    try:
        return Phrase(parse_time(atom.text(year)).text, exact)
    except (TimeError, ValueError):
        return Phrase(None, False)
