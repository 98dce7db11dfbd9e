"""Sentences about meetings and reviews → ``reviews.schedule`` entries.

kehoach prints a schedule entry as ``<Tên>: <khi nào>; <đơn vị> chủ trì. <ghi chú>.`` (parties
taking turns: ``…; các bên luân phiên chủ trì theo thứ tự: <đơn vị>, <đơn vị>. …``), the time
being ``tháng 12 hằng năm``, ``tháng cuối mỗi quý``, ``tháng 6 và tháng 12 hằng năm``,
``hằng tháng``, ``ngày 15 hằng tháng``, a fixed time (``quý IV/2025``), with ``(cho kế hoạch năm
sau)`` and ``, từ năm 2022`` when they apply. Such a sentence is read back; any other sentence
stays an item of the section.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...timephrase import read_time
from .orgs import OrgIndex
from .text import clean, key, slug, unique
from .turns import read_turns

_SENTENCE = re.compile(
    r"^(?P<title>[^:]{3,160}):\s*(?P<when>[^;]+?)"
    r"(?:;\s*(?:(?P<turns>(?:(?:các|hai|ba|bốn|năm) bên\s+)?luân phiên chủ trì"
    r"(?:\s+theo thứ tự:?\s*[^.;]+)?)|(?P<lead>[^.;]+?)\s+chủ trì))?"
    r"\.(?:\s+(?P<note>.+?)\.?)?$"
)
_EVERY = [
    ("month", re.compile(r"^(?:ngày (?P<day>\d{1,2}) )?hằng tháng$")),
    ("quarter", re.compile(r"^(?:ngày (?P<day>\d{1,2}) )?tháng (?P<which>đầu|giữa|cuối) mỗi quý$")),
    (
        "half",
        re.compile(
            r"^(?:ngày (?P<day>\d{1,2}) )?tháng (?P<month>\d{1,2}) và tháng \d{1,2} hằng năm$"
        ),
    ),
    ("year", re.compile(r"^(?:ngày (?P<day>\d{1,2}) )?tháng (?P<month>\d{1,2}) hằng năm$")),
]


def kind_of(title: str) -> str | None:
    k = key(title)
    if k.startswith("tổng kết") or "tổng kết" in k and "sơ kết" not in k:
        return "final"
    if "sơ kết" in k or "đánh giá" in k:
        return "interim"
    if "họp" in k or "giao ban" in k or "hội ý" in k:
        return "meeting"
    if "kế hoạch" in k:
        return "plan"
    return None


def read_schedule(
    text: str, index: OrgIndex, year: int | None, ids: set[str], parties: list[str]
) -> dict | None:
    """A schedule entry from one sentence, or None when the sentence is not one (or names a
    chair that is no known org). ``parties``: the document's, who take turns in their order
    when the sentence gives none ("các bên luân phiên chủ trì")."""
    m = _SENTENCE.match(clean(text))
    if not m:
        return None
    title, when = clean(m.group("title")), clean(m.group("when"))
    kind = kind_of(title)
    if kind is None:
        return None
    entry: dict = {"id": "", "kind": kind, "title": title}
    offset = 0
    if when.endswith("(cho kế hoạch năm sau)") or "(cho kế hoạch năm sau)" in when:
        when = clean(when.replace("(cho kế hoạch năm sau)", "")).replace(" ,", ",")
        entry["kind"], offset = "plan", -1
    start = None
    sm = re.search(r",\s*từ năm (\d{4})$", when)
    if sm:
        when, start = clean(when[: sm.start()]), int(sm.group(1))
    for every, rx in _EVERY:
        em = rx.match(when)
        if not em:
            continue
        entry["every"] = every
        groups = em.groupdict()
        if every == "quarter":
            month = {"đầu": 1, "giữa": 2}.get(groups["which"])
            if month:
                entry["month"] = month
        elif groups.get("month"):
            entry["month"] = int(groups["month"])
        if groups.get("day"):
            entry["day"] = int(groups["day"])
        break
    else:
        got = read_time(when, year)
        if got.value is None or not got.exact or start is not None:
            return None
        entry["time"] = int(got.value) if got.value.isdigit() else got.value
    if offset:
        entry["year_offset"] = offset
    if start is not None:
        entry["start"] = start - offset
    if m.group("lead"):
        lead = index.find(m.group("lead"))
        if lead is None:
            return None
        entry["lead"] = lead
    if m.group("turns"):
        turns = read_turns(m.group("turns"), index, parties)
        if turns is None or turns.unknown or len(turns.orgs) < 2 or entry["kind"] == "plan":
            return None
        entry["rotation"] = turns.orgs
    if m.group("note"):
        entry["note"] = clean(m.group("note")).rstrip(".") + "."
    entry["id"] = unique(slug(title), ids)
    return entry


_PROSE = [
    ("interim", "year", "Sơ kết hằng năm", r"(?:hằng|hàng) năm.{0,80}sơ kết|sơ kết.{0,40}(?:hằng|hàng) năm"),
    # the year's own review at its end, in a sentence of every year ("hằng năm … tổng kết vào
    # tháng 12"), not the program's at the end of its period
    ("interim", "year", "Tổng kết năm",
     r"(?:(?:hằng|hàng|mỗi) năm.{0,120})tổng kết(?: năm| công tác năm)?(?=,?\s*(?:vào |trong )?tháng \d{1,2}(?!/\d))"),
    ("interim", "half", "Sơ kết 6 tháng", r"(?:6|sáu) tháng.{0,40}sơ kết|sơ kết.{0,20}(?:6|sáu) tháng"),
    ("meeting", "quarter", "Họp định kỳ hằng quý",
     r"(?:hằng|hàng|mỗi) quý.{0,60}(?:họp|giao ban)|(?:họp|giao ban).{0,60}(?:hằng|hàng|mỗi) quý"),
    ("meeting", "month", "Họp định kỳ hằng tháng",
     r"(?:hằng|hàng|mỗi) tháng.{0,60}(?:họp|giao ban)|(?:họp|giao ban).{0,60}(?:hằng|hàng|mỗi) tháng"),
    ("meeting", "half", "Họp giao ban 6 tháng",
     r"(?:6|sáu) tháng.{0,40}(?:họp|giao ban)|(?:họp|giao ban).{0,40}(?:6|sáu) tháng"),
    # a meeting once a year ("hằng năm … họp giao ban vào tháng 1"), when no other one is said
    ("meeting", "year", "Họp giao ban hằng năm",
     r"(?:hằng|hàng|mỗi) năm.{0,80}(?:họp(?: giao ban)?|giao ban)(?=,?\s*(?:vào |trong )?tháng \d)"),
]  # fmt: skip


# the month a review sentence gives right after what it names: "sơ kết 6 tháng (đầu năm) vào
# tháng 7", "sơ kết hằng năm vào tháng 11", "sơ kết 6 tháng (tháng 6 và tháng 12)"
_MONTHS = re.compile(
    r"^[\s,(]*(?:đầu năm|cuối năm|giữa năm)?[\s,(]*(?:vào|trong|trước|từ|khoảng)?\s*"
    r"tháng (?P<first>\d{1,2})(?:\s*(?:và|,)\s*(?:tháng\s*)?(?P<second>\d{1,2})\b)?"
)
# a review once, in a year the sentence gives: "năm 2026 sơ kết giữa giai đoạn", "sơ kết giữa kỳ
# vào năm 2026"
_MIDWAY = re.compile(
    r"sơ kết giữa (?:giai đoạn|kỳ|nhiệm kỳ|chương trình)|sơ kết \d+ năm (?:thực hiện|triển khai)"
)
_YEAR = re.compile(r"năm (\d{4})")


def _with_month(entry: dict, after: str) -> dict:
    """``entry`` (every half or year) with the month ``after`` (the words after what matched)
    gives: two months are the two of each half; one month is once a year, in that month (the
    "sơ kết 6 tháng" of mid-year, the year's end reviewed by the "tổng kết năm")."""
    m = _MONTHS.match(after) or _LATER_MONTH.match(after)
    if not m or not 1 <= int(m.group("first")) <= 12:
        return entry
    first, second = int(m.group("first")), m.group("second")
    if entry["every"] == "half" and second and (int(second) - first) % 12 == 6:
        month = (first - 1) % 6 + 1
        if month != 6:
            entry["month"] = month
    elif not second:
        entry["every"] = "year"
        if first != 12:
            entry["month"] = first
    return entry


def _midway(k: str, ids: set[str]) -> dict | None:
    """The one interim review a sentence sets in a given year, or None."""
    m = _MIDWAY.search(k)
    if not m:
        return None
    years = [y for y in _YEAR.finditer(k) if abs(y.start() - m.start()) <= 60]
    if not years:
        return None
    year = min(years, key=lambda y: abs(y.start() - m.start())).group(1)
    return {"id": unique("so-ket-giua-ky", ids), "kind": "interim", "title": "Sơ kết giữa kỳ",
            "time": int(year)}  # fmt: skip


_MEETINGS = frozenset(("Họp định kỳ hằng quý", "Họp định kỳ hằng tháng", "Họp giao ban 6 tháng"))
# the month a review is held in, said a few words after it: "sơ kết Chương trình vào tháng 6" (not
# across another review: "sơ kết 6 tháng và tổng kết năm vào tháng 12")
_LATER_MONTH = re.compile(
    r"^(?:\s+(?!và\b|tổng\b|sơ\b|họp\b)[^\s,;.]+){1,4}?\s+vào tháng (?P<first>\d{1,2})(?![/\d])"
    r"(?P<second>)"
)
# a tổng kết held once, in a month of a year: "tổng kết (năm) vào tháng 12/2026"
_FINAL_MONTH = re.compile(r"tổng kết(?: năm)?\s+(?:vào\s+)?tháng (\d{1,2})/(\d{4})")
_FINAL_YEAR = re.compile(
    r"năm (\d{4}),? (?:tổ chức )?tổng kết|tổng kết (?:chương trình|giai đoạn)\S*(?: vào)? (?:năm )?(\d{4})"
)


def _final_time(k: str, final_year: int) -> str | int:
    """When the final review is held: the year the sentence gives ("năm 2027 tổng kết Chương
    trình"), else the last quarter of the program's last year."""
    m = _FINAL_YEAR.search(k)
    year = int(m.group(1) or m.group(2)) if m else None
    return year if year and year <= final_year else f"{final_year}-Q4"


def _of_halves(m: re.Match, k: str) -> bool:
    """The yearly review ``m`` found is the "sơ kết 6 tháng" of the same words ("hằng năm tổ
    chức sơ kết 6 tháng vào tháng 7"), not one of the whole year ("… 6 tháng và cả năm")."""
    halves = re.search(r"(?:6|sáu) tháng", m.group()) or re.match(
        r"\s*(?:6|sáu) tháng", k[m.end() :]
    )
    return bool(halves) and "cả năm" not in k


def _clause(k: str, start: int, end: int) -> str:
    """The clause of ``k`` (between ';' or '.') that holds ``k[start:end]``."""
    first = max(k.rfind(";", 0, start), k.rfind(".", 0, start)) + 1
    ends = [i for i in (k.find(";", end), k.find(".", end)) if i >= 0]
    return k[first : min(ends) if ends else len(k)]


def from_prose(
    texts: list[str],
    ids: set[str],
    final_year: int | None,
    turns: Callable[[str], list[str] | None] | None = None,
) -> list[tuple[dict, str]]:
    """Schedule entries a sentence of prose implies ("Hằng năm, hai bên sơ kết…"), each with the
    sentence it came from; the sentence itself stays in the document. ``turns``: the parties
    that take turns to chair, in order, that words say ("hai bên luân phiên chủ trì"), or None:
    a recurring review or meeting gets those its clause says (``rotation``) — or its sentence,
    when it names no other."""
    found: list[tuple[dict, str]] = []
    kinds: set[str] = set()  # the titles found (one entry each)
    for text in texts:
        k = key(text)
        recurring: list[dict] = []  # the recurring entries of this sentence
        midway = _midway(k, ids) if "Sơ kết giữa kỳ" not in kinds else None
        if midway is not None:
            kinds.add(midway["title"])
            found.append((midway, _sentence(text, "sơ kết")))
        for kind, every, title, rx in _PROSE:
            m = re.search(rx, k) if title not in kinds else None
            if m is None or title == "Sơ kết hằng năm" and _of_halves(m, k):
                continue  # "sơ kết 6 tháng … hằng năm": the halves, not one more review
            if kind == "meeting" and every == "year" and kinds & _MEETINGS:
                continue
            kinds.add(title)
            entry: dict = {"id": unique(slug(title), ids), "kind": kind, "title": title,
                           "every": every}  # fmt: skip
            if every in ("half", "year"):
                _with_month(entry, k[m.end() :])
            rotation = turns(_clause(k, m.start(), m.end())) if turns else None
            if rotation:
                entry["rotation"] = rotation
            recurring.append(entry)
            found.append((entry, _sentence(text, m.group())))
        if turns and len(recurring) == 1 and "rotation" not in recurring[0]:
            rotation = turns(k)  # "… tổ chức sơ kết. Các bên luân phiên chủ trì."
            if rotation:
                recurring[0]["rotation"] = rotation
        once = _FINAL_MONTH.search(k)
        if (
            once
            and "final" not in {e["kind"] for e, _ in found}
            and (final_year is None or int(once.group(2)) == final_year)
        ):
            month, year = int(once.group(1)), int(once.group(2))
            if 1 <= month <= 12:
                held: dict = {"id": unique("tong-ket", ids), "kind": "final", "title": "Tổng kết",
                              "time": f"{year:04d}-{month:02d}"}  # fmt: skip
                found.append((held, _sentence(text, once.group())))
        said = re.search(r"tổng kết.{0,60}(?:giai đoạn|chương trình)|kết thúc.{0,60}tổng kết", k)
        if final_year and "final" not in {e["kind"] for e, _ in found} and said:
            final: dict = {"id": unique("tong-ket", ids), "kind": "final", "title": "Tổng kết",
                           "time": _final_time(k, final_year)}  # fmt: skip
            found.append((final, _sentence(text, said.group())))
    return found


def _sentence(text: str, words: str) -> str:
    """The sentence of ``text`` (a paragraph) that holds ``words`` (as ``key`` writes them), which
    a TODO quotes for an entry it implies: "Năm 2030 các bên tổng kết Chương trình.", not the
    paragraph's first sentence about the yearly review; the paragraph when no one sentence does."""
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", clean(text)):
        if sentences and not (piece[:1].isupper() or piece[:1].isdigit()):
            sentences[-1] += " " + piece  # "… số 12. của …": no new sentence
        else:
            sentences.append(piece)
    held = [s for s in sentences if words in key(s)]
    return held[0] if held else text
