"""The table of days off shipped with kehoach (``_holidays_vn``, from ``tools/holidays_table.py``):
used only for the ``holidays`` version it was made with, and then the same as computing it."""

from __future__ import annotations

import os
import sys
from datetime import date

from kehoach import _holidays_vn as shipped
from kehoach import holiday_table
from kehoach.calendar_vn import WorkCalendar


def test_shipped_table_is_what_the_installed_holidays_computes():
    """With the version the table was made with, every year equals the computed one; with any
    other version the table is not used at all (the installed package decides)."""
    installed = holiday_table.holidays_version()
    if installed == shipped.HOLIDAYS_VERSION:
        for year, rows in shipped.YEARS.items():
            names, worked = holiday_table.encode(*holiday_table.compute_year(year))
            assert (names, worked) == (rows[0], rows[1]), year
    else:
        assert holiday_table.shipped(installed, 2025) is None


def test_another_holidays_version_computes(monkeypatch):
    monkeypatch.setattr(holiday_table, "holidays_version", lambda: "0.0-other")
    holiday_table.year_data.cache_clear()
    try:
        assert holiday_table.shipped("0.0-other", 2025) is None
        assert WorkCalendar().is_day_off(date(2025, 9, 2))  # Quốc khánh, computed
        assert "holidays" in sys.modules
    finally:
        holiday_table.year_data.cache_clear()


def test_a_shipped_year_needs_no_holidays_import(monkeypatch):
    """Within the shipped years and with the version it was made with, ``holidays`` is not
    imported (a cold ``due`` does not pay for it)."""
    monkeypatch.setattr(holiday_table, "holidays_version", lambda: shipped.HOLIDAYS_VERSION)
    monkeypatch.delitem(sys.modules, "holidays", raising=False)
    monkeypatch.setattr(holiday_table, "compute_year", _refuse)
    holiday_table.year_data.cache_clear()
    try:
        cal = WorkCalendar()
        assert cal.is_day_off(date(2026, 2, 17))  # Tết 2026
        assert cal.holiday_name(date(2025, 4, 30)) is not None
        assert not cal.is_day_off(date(2026, 1, 10))  # Saturday worked (OFFICIAL_SWAPS)
        assert "holidays" not in sys.modules
    finally:
        holiday_table.year_data.cache_clear()


def _refuse(year):
    raise AssertionError(f"computed {year} instead of using the shipped table")


def test_the_installed_version_is_read_from_its_dist_info():
    """The version comes from the ``.dist-info`` beside the package (cheap), and is what
    ``importlib.metadata`` says."""
    from importlib.metadata import version

    assert holiday_table._dist_info_version() == version("holidays")
    holiday_table.holidays_version.cache_clear()
    assert holiday_table.holidays_version() == version("holidays")


def test_the_package_folder_is_the_one_import_loads():
    """Found without importing: the folder ``import holidays`` loads from (the cache key stamps
    its files, the version is read beside it)."""
    import importlib.util

    from kehoach.io.installed import package_folder

    spec = importlib.util.find_spec("holidays")
    assert spec is not None and spec.origin is not None
    assert package_folder("holidays") == os.path.dirname(spec.origin)
    assert package_folder("kehoach_no_such_package") is None
