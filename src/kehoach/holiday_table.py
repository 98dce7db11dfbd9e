"""Viet Nam's public holidays and day swaps, year by year, as ``calendar_vn`` reads them.

Public holidays come from the ``holidays`` package (lunar Tết, Giỗ Tổ Hùng
Vương, observed days and the day swaps it knows, incl. the Saturdays that are
worked in exchange).  Holiday names are mapped to the usual Vietnamese names.
A year's table is shipped with kehoach for the ``holidays`` version it was built
with (``_holidays_vn``, ``tools/holidays_table.py``), otherwise computed once and
kept in kehoach's cache folder (``year_data``).

Checked against the official announcements for 2025 and 2026 (holidays 0.109):

* 2025: Tết 25/1–2/2 (27/1–31/1 off + weekends), Giỗ Tổ 7/4, 30/4–1/5 plus
  2/5 swapped with Saturday 26/4 (worked), Quốc khánh 1/9–2/9: all correct.
* 2026: Tết 14/2–22/2 (16/2–20/2 off + weekends), Giỗ Tổ 26/4 (Sunday)
  observed 27/4, 30/4–1/5, Quốc khánh 1/9–2/9, 31/8 swapped with Saturday
  22/8: as the package reports.
* Missing in the package: Tết Dương lịch 2026 was extended to 1/1–4/1/2026 by
  Công văn 12729/VPCP-KGVX (25/12/2025): Friday 2/1/2026 off, Saturday
  10/1/2026 worked.  This swap is added here (``OFFICIAL_SWAPS``) unless the
  package already has it.

**24/11, Ngày Văn hóa Việt Nam: opt-in.** ``holidays`` lists it as a day off from 2026. Its basis
(checked March 2026) is a policy, not yet law: Nghị quyết 80-NQ/TW of the Politburo (01/2026)
chose 24/11 as Ngày Văn hóa Việt Nam "với chủ trương là ngày nghỉ", and Nghị quyết 30/NQ-CP
(02/2026) tasks the ministries with amending khoản 1 Điều 112 of Bộ luật Lao động 2019 — the list
of paid public holidays — to add it. Until that amendment is passed and in force, 24/11 is a
working day here (``OPT_IN``). A repository that observes it lists the day in
``calendar.days_off`` (``- 2026-11-24``); it is then named "Ngày Văn hóa Việt Nam".
"""

from __future__ import annotations

import os
from datetime import date
from functools import lru_cache

from .calendar_words import EXTRA_DAY_OFF
from .io.cachefiles import cached_table
from .io.installed import package_folder
from .vocab import date_text

__all__ = [
    "OFFICIAL_SWAPS",
    "OPT_IN",
    "TABLE_VERSION",
    "compute_year",
    "encode",
    "holidays_version",
    "shipped",
    "year_data",
]

# Official day swaps not (yet) known to ``holidays``:
# day off -> (Saturday/Sunday worked instead, Vietnamese name).
OFFICIAL_SWAPS: dict[date, tuple[date, str]] = {
    date(2026, 1, 2): (
        date(2026, 1, 10),
        "Nghỉ bù Tết Dương lịch (hoán đổi, làm bù ngày 10/01/2026)",
    ),
}

# Days the ``holidays`` package lists that are not (yet) public holidays by law: month, day -> name.
# Observed only when listed in ``calendar.days_off`` (see the module docstring).
OPT_IN: dict[tuple[int, int], str] = {(11, 24): "Ngày Văn hóa Việt Nam"}
_OPT_IN_NAMES = frozenset(n for name in OPT_IN.values() for n in (name, f"Nghỉ bù {name}"))
TABLE_VERSION = "3"  # bump when the computed table changes (it is cached on disk)


# Exact names produced by holidays (language='vi') -> official Vietnamese names.
_NAMES = {
    "Tết Dương lịch": "Tết Dương lịch",
    "29 Tết": "Tết Nguyên đán",
    "Giao thừa Tết Nguyên Đán": "Tết Nguyên đán",
    "Tết Nguyên Đán": "Tết Nguyên đán",
    "Mùng hai Tết Nguyên Đán": "Tết Nguyên đán",
    "Mùng ba Tết Nguyên Đán": "Tết Nguyên đán",
    "Mùng bốn Tết Nguyên Đán": "Tết Nguyên đán",
    "Mùng năm Tết Nguyên Đán": "Tết Nguyên đán",
    "Mùng sáu Tết Nguyên Đán": "Tết Nguyên đán",
    "Ngày Giỗ Tổ Hùng Vương": "Giỗ Tổ Hùng Vương",
    "Ngày Chiến thắng": "Ngày Giải phóng miền Nam, thống nhất đất nước",
    "Ngày Quốc tế Lao động": "Ngày Quốc tế Lao động",
    "Quốc khánh": "Quốc khánh",
    "Ngày Văn hóa Việt Nam": "Ngày Văn hóa Việt Nam",
}
_OBSERVED = " (nghỉ bù)"
_SUBSTITUTED = "Ngày nghỉ (thay cho ngày "


def _vi_name(raw: str) -> str:
    """Map one holidays name to the Vietnamese name used in documents."""
    raw = raw.strip()
    for suffix in (_OBSERVED, " (nghỉ bù, dự kiến)", " (dự kiến)"):
        if raw.endswith(suffix):
            base = _vi_name(raw[: -len(suffix)])
            return f"Nghỉ bù {base}" if "nghỉ bù" in suffix else base
    if raw.startswith(_SUBSTITUTED) and raw.endswith(")"):
        worked = raw[len(_SUBSTITUTED) : -1]  # 'dd/mm/YYYY'
        try:
            dd, mm, yy = (int(x) for x in worked.split("/"))
            worked = date_text(date(yy, mm, dd))
        except ValueError:
            pass
        return f"{EXTRA_DAY_OFF} (hoán đổi, làm bù ngày {worked})"
    return _NAMES.get(raw, raw)


@lru_cache(maxsize=64)
def year_data(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """(holiday -> Vietnamese name, weekend days worked) for one calendar year.

    Shipped with kehoach for the ``holidays`` version it was built with (``shipped``); for any
    other version computed once and kept in kehoach's cache folder: building the table imports
    every country module of ``holidays`` (~0.15 s).
    """
    version = holidays_version()
    rows = shipped(version, year)
    if rows is None:
        key = f"holidays-vn-{TABLE_VERSION}-{version}-{year}"
        rows = cached_table(key, lambda: encode(*compute_year(year)))
    names = {date.fromisoformat(d): n for d, n in rows[0].items()}
    return names, frozenset(date.fromisoformat(d) for d in rows[1])


def shipped(version: str, year: int) -> tuple[dict[str, str], list[str]] | None:
    """The rows of ``year`` from the table shipped with kehoach (``_holidays_vn``, written by
    ``tools/holidays_table.py``) when it was made with the installed ``holidays`` version and
    this table format: the same rows, without importing ``holidays``."""
    from . import _holidays_vn as table

    if table.HOLIDAYS_VERSION != version or table.TABLE_VERSION != TABLE_VERSION:
        return None
    return table.YEARS.get(year)


@lru_cache(maxsize=1)
def holidays_version() -> str:
    """The installed ``holidays`` version, read from the ``METADATA`` of its ``.dist-info`` folder
    beside the package (``importlib.metadata`` scans every installed distribution for it: ~0.1 s
    of CPU on each ``due``); through ``importlib.metadata`` when that folder is not there."""
    found = _dist_info_version()
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays")
    except PackageNotFoundError:
        return "unknown"


def _dist_info_version() -> str | None:
    folder = package_folder("holidays")
    if folder is None:
        return None
    site = os.path.dirname(folder)
    try:
        infos = [
            n for n in os.listdir(site) if n.startswith("holidays-") and n.endswith(".dist-info")
        ]
    except OSError:
        return None
    if len(infos) != 1:
        return None  # none, or stale ones beside the installed one: let importlib.metadata decide
    try:
        with open(os.path.join(site, infos[0], "METADATA"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line.partition(":")[2].strip()
                if not line.strip():
                    break  # the end of the headers
    except OSError:
        pass
    return None


def encode(names: dict[date, str], worked: frozenset[date]) -> tuple[dict[str, str], list[str]]:
    return {d.isoformat(): n for d, n in names.items()}, sorted(d.isoformat() for d in worked)


def compute_year(year: int) -> tuple[dict[date, str], frozenset[date]]:
    """Neighbouring years are loaded too: a swap is filed under the year of the day off, so the
    Saturday worked may fall in the next or previous year."""
    import holidays

    h = holidays.country_holidays("VN", years=range(year - 1, year + 2), language="vi")
    names: dict[date, str] = {}
    for d, raw in h.items():
        if d.year == year:
            parts = [n for n in dict.fromkeys(_vi_name(p) for p in raw.split(";"))]
            # an opt-in day is not a day off here, nor is the day observed for it when it falls
            # on a weekend ('Nghỉ bù Ngày Văn hóa Việt Nam', Monday 26/11/2029)
            parts = [n for n in parts if n not in _OPT_IN_NAMES]
            if parts:
                names[d] = "; ".join(parts)
    worked = {d for d in getattr(h, "weekend_workdays", ()) if d.year == year}
    for off, (work, name) in OFFICIAL_SWAPS.items():
        if off.year == year and off not in names:
            names[off] = name
        if work.year == year and off not in h:
            worked.add(work)
    return names, frozenset(worked)
