"""Time expressions used in plans (deadlines, periods).

Values come from YAML loaded without timestamp resolution, so dates arrive as
strings and a bare year as an int.  Grammar::

    2021-06-30        date
    2021-06           month             (tháng 6/2021)
    2021-Q2           quarter           (quý II/2021)
    2021-H1 / H2      half year         (6 tháng đầu/cuối năm 2021)
    2021 (or int)     year              (năm 2021)
    A..B              range of two of the above, e.g. 2021-03..2021-Q3
    ongoing           no deadline; "thường xuyên" is accepted as a synonym

Every expression is a closed window ``[start, end]``; ``end`` is the deadline.
Canonical text: upper-case ``Q``/``H``, zero-padded months, ranges without
spaces, and ``ongoing`` for both spellings of the open-ended form. Running
words: ``TimeExpr.vi``; a table cell's: ``timecell.vi_short``; a window from a
day ("30d", ``due --within``): ``within``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache

from .once import LazyPattern
from .vocab import date_text

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from ._typing import NamedTuple

__all__ = ["TimeError", "TimeExpr", "parse_time", "parse_date", "parse_period"]

MIN_YEAR = 1900
MAX_YEAR = 2200
ONGOING_TEXT = "ongoing"
_ONGOING_WORDS = frozenset({"ongoing", "thường xuyên"})
_QUARTER_ROMAN = ("I", "II", "III", "IV")
_FORMAT_HINT = "dùng YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY, A..B hoặc 'thường xuyên'"

# ASCII digits only: \d would also accept e.g. Arabic-Indic digits.
_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MONTH_RE = re.compile(r"([0-9]{4})-([0-9]{2})")
_QUARTER_RE = re.compile(r"([0-9]{4})-[Qq]([0-9])")
_HALF_RE = re.compile(r"([0-9]{4})-[Hh]([0-9])")
_YEAR_RE = LazyPattern(r"[0-9]{4}")


class TimeError(ValueError):
    """Invalid time expression; the message is Vietnamese and user-facing."""


class TimeExpr(NamedTuple):
    """A time expression read: its kind, the window it covers (first and last day), the text as
    written and, for a range, its two ends."""

    kind: str  # 'date'|'month'|'quarter'|'half'|'year'|'range'|'ongoing'
    start: date | None
    end: date | None
    text: str
    # Range endpoints (internal; used for Vietnamese rendering).
    parts: tuple[TimeExpr, ...] = ()

    def __str__(self) -> str:
        return self.text

    @property
    def deadline(self) -> date | None:
        return self.end

    @property
    def is_ongoing(self) -> bool:
        return self.kind == "ongoing"

    def contains(self, other: TimeExpr) -> bool:
        """True if ``other``'s window lies inside this window (ongoing contains all)."""
        if self.kind == "ongoing":
            return True
        if other.kind == "ongoing":
            return False
        assert self.start and self.end and other.start and other.end
        return self.start <= other.start and other.end <= self.end

    def vi(self) -> str:
        """Vietnamese words for running text, e.g. 'quý II/2021'."""
        k = self.kind
        if k == "ongoing":
            return "thường xuyên"
        if k == "range":
            a, b = self.parts
            if a.kind == b.kind == "year":
                return f"giai đoạn {a.text} – {b.text}"  # as ``viet.period_text``
            return f"từ {a.vi()} đến {b.vi()}"
        assert self.start is not None
        y = self.start.year
        if k == "date":
            return f"ngày {dmy(self.start)}"
        if k == "month":
            return f"tháng {self.start.month}/{y}"
        if k == "quarter":
            return f"quý {quarter_roman(self.start)}/{y}"
        if k == "half":
            return f"6 tháng {'đầu' if self.start.month == 1 else 'cuối'} năm {y}"
        return f"năm {y}"


def parse_date(value: object) -> date:
    """Strict ``YYYY-MM-DD`` (or a ``date``); raises TimeError for impossible dates."""
    t = parse_time(value)
    if t.kind != "date":
        raise TimeError(f"Cần một ngày cụ thể dạng YYYY-MM-DD, nhận được: {_show(value)}")
    assert t.start is not None
    return t.start


def parse_time(value: object) -> TimeExpr:
    """Parse a time expression (str, int year or date); raises TimeError."""
    if value.__class__ in (str, int):
        return _parse_cached(value)
    return _parse_uncached(value)


@lru_cache(maxsize=8192)
def _parse_cached(value: str | int) -> TimeExpr:
    # the same expressions recur across checks, agenda and rendering; errors are not cached
    return _parse_uncached(value)


def _parse_uncached(value: object) -> TimeExpr:
    if isinstance(value, bool) or value is None:
        raise TimeError(f"Thiếu hoặc sai kiểu thời gian: {_show(value)} ({_FORMAT_HINT})")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        _check_year(value.year, str(value))
        return _make("date", value, value, value.isoformat())
    if isinstance(value, int):
        _check_year(value, str(value))
        return _year(value)
    if not isinstance(value, str):
        raise TimeError(f"Thiếu hoặc sai kiểu thời gian: {_show(value)} ({_FORMAT_HINT})")
    s = unicodedata.normalize("NFC", value).strip()
    if not s:
        raise TimeError(f"Thời gian đang để trống ({_FORMAT_HINT})")
    if ".." in s:
        left, sep, right = s.partition("..")
        if ".." in right:
            raise TimeError(f"Không được lồng khoảng thời gian: {s}")
        return _range(_parse_atom(left.strip(), s), _parse_atom(right.strip(), s), s)
    if s.casefold() in _ONGOING_WORDS:
        return TimeExpr("ongoing", None, None, ONGOING_TEXT)
    return _parse_atom(s, s)


def parse_period(value: object) -> TimeExpr:
    """Parse a period: a time expression or a mapping ``{'from': x, 'to': y}``.

    A mapping always yields kind ``'range'`` (collapsed to the single expression
    when both ends are identical).  A plain expression is returned as parsed
    (its window is the period).  A period must have bounds, so ``ongoing`` is
    rejected.
    """
    if isinstance(value, Mapping):
        missing = [k for k in ("from", "to") if value.get(k) is None]
        if missing:
            raise TimeError(f"Khoảng thời gian thiếu mốc '{missing[0]}' (cần 'from' và 'to')")
        extra = sorted(str(k) for k in value if k not in ("from", "to"))
        if extra:
            raise TimeError(f"Khoảng thời gian có khóa không hợp lệ: {', '.join(extra)}")
        a, b = parse_time(value["from"]), parse_time(value["to"])
        for t in (a, b):
            if t.kind in ("range", "ongoing"):
                raise TimeError(
                    f"Mốc của khoảng thời gian phải là một thời điểm, không phải: {t.text}"
                )
        if a == b:
            return a
        return _range(a, b, f"{a.text}..{b.text}")
    t = parse_time(value)
    if t.kind == "ongoing":
        raise TimeError("Thời gian thực hiện phải có mốc cụ thể, không dùng 'thường xuyên'")
    return t


# -- internals ---------------------------------------------------------------


def _make(kind: str, start: date, end: date, text: str) -> TimeExpr:
    return TimeExpr(kind, start, end, text)


def _year(y: int) -> TimeExpr:
    return _make("year", date(y, 1, 1), date(y, 12, 31), f"{y:04d}")


def month_end(y: int, m: int) -> date:
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return nxt - timedelta(days=1)


def _check_year(y: int, src: str) -> None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise TimeError(f"Năm ngoài phạm vi {MIN_YEAR}–{MAX_YEAR}: {src}")


def _parse_atom(s: str, src: str) -> TimeExpr:
    """Parse a non-range, non-ongoing expression."""
    if m := _DATE_RE.fullmatch(s):
        y, mo, d = (int(g) for g in m.groups())
        _check_year(y, s)
        try:
            day = date(y, mo, d)
        except ValueError:
            raise TimeError(f"Ngày không có thật: {s}") from None
        return _make("date", day, day, day.isoformat())
    if m := _MONTH_RE.fullmatch(s):
        y, mo = int(m[1]), int(m[2])
        _check_year(y, s)
        if not 1 <= mo <= 12:
            raise TimeError(f"Tháng không có thật: {s}")
        return _make("month", date(y, mo, 1), month_end(y, mo), f"{y:04d}-{mo:02d}")
    if m := _QUARTER_RE.fullmatch(s):
        y, q = int(m[1]), int(m[2])
        _check_year(y, s)
        if not 1 <= q <= 4:
            raise TimeError(f"Quý không có thật (chỉ có Q1–Q4): {s}")
        first = 3 * q - 2
        return _make("quarter", date(y, first, 1), month_end(y, first + 2), f"{y:04d}-Q{q}")
    if m := _HALF_RE.fullmatch(s):
        y, h = int(m[1]), int(m[2])
        _check_year(y, s)
        if h not in (1, 2):
            raise TimeError(f"Nửa năm chỉ có H1 hoặc H2: {s}")
        first = 1 if h == 1 else 7
        return _make("half", date(y, first, 1), month_end(y, first + 5), f"{y:04d}-H{h}")
    if _YEAR_RE.fullmatch(s):
        _check_year(int(s), s)
        return _year(int(s))
    if s.casefold() in _ONGOING_WORDS and s != src:
        raise TimeError(f"Khoảng thời gian không được dùng 'thường xuyên': {src}")
    raise TimeError(f"Định dạng thời gian không hợp lệ: {_show(src)} ({_FORMAT_HINT})")


def _range(a: TimeExpr, b: TimeExpr, src: str) -> TimeExpr:
    assert a.start and b.end
    if a.start > b.end:
        raise TimeError(f"Khoảng thời gian ngược: {src} (mốc đầu sau mốc cuối)")
    return TimeExpr("range", a.start, b.end, f"{a.text}..{b.text}", (a, b))


def quarter_roman(d: date) -> str:
    return _QUARTER_ROMAN[(d.month - 1) // 3]


def dmy(d: date | None) -> str:
    assert d is not None
    return date_text(d)


def _show(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
