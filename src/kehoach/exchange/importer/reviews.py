"""Sentences about meetings and reviews → ``reviews.schedule`` entries.

kehoach prints a schedule entry as ``<Tên>: <khi nào>; <đơn vị> chủ trì. <ghi chú>.``, the time
being ``tháng 12 hằng năm``, ``tháng cuối mỗi quý``, ``tháng 6 và tháng 12 hằng năm``,
``hằng tháng``, ``ngày 15 hằng tháng``, a fixed time (``quý IV/2025``), with ``(cho kế hoạch năm
sau)`` and ``, từ năm 2022`` when they apply. Such a sentence is read back; any other sentence
stays an item of the section.
"""

from __future__ import annotations

import re

from .orgs import OrgIndex
from .text import clean, key, slug, unique
from .timephrase import read_time

_SENTENCE = re.compile(
    r"^(?P<title>[^:]{3,160}):\s*(?P<when>[^;]+?)(?:;\s*(?P<lead>[^.;]+?)\s+chủ trì)?\.(?:\s+(?P<note>.+?)\.?)?$"
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


def read_schedule(text: str, index: OrgIndex, year: int | None, ids: set[str]) -> dict | None:
    """A schedule entry from one sentence, or None when the sentence is not one."""
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
    if m.group("note"):
        entry["note"] = clean(m.group("note")).rstrip(".") + "."
    entry["id"] = unique(slug(title), ids)
    return entry
