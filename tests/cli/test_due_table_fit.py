"""The plain ``due`` table (files, pipes, CI logs) narrows its wrapped columns to the width, the
widest first, and the lead (Chủ trì) is one of them: before, a long lead name ('Ban Tuyên giáo Liên
hiệp các Hội Khoa học và Kỹ thuật') kept its whole width on every line of its month while the
supporting bodies wrapped word by word in 16 columns; tables ran to ~200 columns."""

from __future__ import annotations

import pytest
from test_program_activity_link import _repo, cli

from kehoach.due.table import COLUMNS, _fit

LONG_LEAD = "Ban Tuyên giáo Liên hiệp các Hội Khoa học và Kỹ thuật"


def test_the_widest_wrapped_column_is_narrowed_first():
    # Ngày, Hạn, Loại, Nội dung, Chủ trì, Phối hợp, Nguồn
    widths = [10, 12, 9, 40, 60, 20, 40]
    _fit(widths, 203 - 15)  # 203 wide, 15 too many: all taken from the lead
    assert widths == [10, 12, 9, 40, 45, 20, 40]
    widths = [10, 12, 9, 40, 60, 20, 40]
    _fit(widths, 203 - 33)  # the lead down to the content's 40, then the two narrowed together
    assert widths == [10, 12, 9, 33, 34, 20, 40]
    widths = [10, 12, 9, 40, 60, 20, 40]
    _fit(widths, 0)  # nothing fits: every wrapped column at its minimum, the others untouched
    assert widths == [10, 12, 9, 30, 24, 16, 40]
    widths = [10, 12, 9, 36, 36, 20, 40]
    _fit(widths, sum(widths) + 12 - 10)  # two widest alike: the cut shared
    assert widths == [10, 12, 9, 31, 31, 20, 40]


@pytest.mark.parametrize("width", [80, 120, 200, 1000])
def test_fit_never_widens_and_reaches_the_width_when_the_minimums_allow(width):
    widths = [10, 12, 9, 70, 58, 45, 44]
    before = list(widths)
    _fit(widths, width)
    assert all(a <= b for a, b in zip(widths, before, strict=True))
    assert [widths[i] for i in (0, 1, 2, 6)] == [before[i] for i in (0, 1, 2, 6)]
    total = sum(widths) + 2 * (len(COLUMNS) - 1)
    assert total <= width or widths[3:6] == [30, 24, 16]


def test_a_long_lead_name_wraps_in_the_plain_table(tmp_path, monkeypatch):
    root = _repo(tmp_path, monkeypatch, link="")
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "      lead: td\n", f"      lead: td\n      lead_unit: {LONG_LEAD}\n", 1
    )
    title = "Cuộc thi tìm hiểu khoa học năm 2025"
    long_title = (
        title + " dành cho đoàn viên, thanh niên và học sinh các trường trung học phổ thông"
    )
    plan.write_text(text.replace(title, long_title), encoding="utf-8")
    code, output = cli("due", "--all", "--today", "2025-12-20")
    assert code == 0, output
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if "Cuộc thi tìm hiểu khoa học năm" in line)
    header = next(line for line in reversed(lines[:at]) if line.startswith("Ngày"))
    rule = lines[lines.index(header) + 1]
    assert len(rule) <= 120, output  # the whole table within the plain width
    start, size = header.index("Chủ trì"), len(rule.split("  ")[4])
    assert 24 <= size < len(LONG_LEAD), rule
    cells = [line[start : start + size].strip() for line in lines[at : at + 6]]
    assert " ".join(t for t in cells if t).startswith(f"{LONG_LEAD} Tỉnh Đoàn"), cells
    content = [line[header.index("Nội dung") : start].strip() for line in lines[at : at + 6]]
    assert " ".join(t for t in content if t).startswith(long_title), content
