"""An activity table's column heading typed with a slip ('Chủ tri', 'Thơi gian', 'Phối hơp') is
read as the column it names, with a TODO naming the slip; a lead column kehoach cannot read is
never said to be missing."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.activities import COLUMNS
from kehoach.exchange.importer.column_typos import near_field

from . import wordmake as wm
from .test_word_contents import _plan


def _rows(lead_heading: str) -> list[list[str]]:
    return [
        ["STT", "Nội dung", lead_heading, "Phối hợp", "Thời gian"],
        ["1", "Phát động Cuộc thi", "Ban Phong trào Thành Đoàn", "Hội Sinh viên", "Tháng 4/2023"],
        ["2", "Hỗ trợ ý tưởng xuất sắc", "Sở Khoa học và Công nghệ", "Thành Đoàn", "Quý IV/2023"],
    ]


def test_a_lead_heading_without_its_tone_mark_is_the_lead_column(word_repo, import_word):
    """'Chủ tri': before, the column was not read — every activity got the issuer as lead with
    'văn bản không ghi đơn vị chủ trì', and the Sở's activity was the Thành Đoàn's."""
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, _rows("Chủ tri")))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    first, second = got.activities()
    assert (first["lead"], first["lead_unit"], second["lead"]) == (
        "tdhn",
        "Ban Phong trào",
        "skhcn-hn",
    )
    assert "details" not in first and "details" not in second
    assert "không ghi đơn vị chủ trì" not in got.text
    assert 'tiêu đề cột "Chủ tri" (gõ sai?) đọc là cột "Chủ trì"' in got.text


def test_a_lead_column_kehoach_cannot_read_is_not_said_to_be_missing(word_repo, import_word):
    """A heading that names no column kehoach knows ('Người phụ trách chính'... here 'Cán bộ
    lo'): its cells kept (``details``), and the TODO points at it — not 'văn bản không ghi'."""
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, _rows("Cán bộ lo")))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert "không ghi đơn vị chủ trì" not in got.text
    assert 'kiểm tra cột "Cán bộ lo"' in got.text
    assert got.activities()[1]["details"] == ["Cán bộ lo: Sở Khoa học và Công nghệ"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [("chủ tri", "lead"), ("chu trì", "lead"), ("thơi gian", "time"), ("phối hơp", "support"),
     ("kinh phi", "budget"), ("đơn vị chủ tri", "lead"), ("thời gia", "time"),
     ("chủ trìì", "lead"), ("ghi chu", "note"), ("cán bộ lo", None), ("tt", None)],
)  # fmt: skip
def test_near_field(heading, field):
    assert near_field(heading, COLUMNS) == field
