"""Nơi nhận labels typed after a tab at the end of a group's last line ('- Thường trực Tỉnh ủy,
UBND tỉnh;⇥⇥(để b/c)', '- Các huyện, thị, thành đoàn;', '- Các hội thành viên…;⇥⇥(để t/h)'): a
line exactly half-way between two labels is placed by the purposes (a lower level is told to
act: t/h), and the TODO names it. Before, it always went with the label above — huyện đoàn
printed "để b/c" — under a TODO that did not say which line to check."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.draft import Draft
from kehoach.exchange.importer.recipient_rows import RecipientRow
from kehoach.exchange.importer.recipients import build_recipients


def test_a_line_between_two_labels_goes_by_the_purposes_and_is_named():
    rows = [
        RecipientRow("- Ban Bí thư Trung ương Đoàn;"),
        RecipientRow("- Thường trực Tỉnh ủy, UBND tỉnh;", "(để b/c)"),
        RecipientRow("- Các huyện, thị, thành đoàn;"),
        RecipientRow("- Các hội thành viên Liên hiệp Hội;", "(để t/h)"),
        RecipientRow("- Lưu: VT."),
    ]
    draft = Draft("program")
    got = build_recipients(rows, draft)
    assert got is not None
    assert [(g.get("purpose"), g["items"]) for g in got["groups"]] == [
        ("b/c", ["Ban Bí thư Trung ương Đoàn", "Thường trực Tỉnh ủy, UBND tỉnh"]),
        ("t/h", ["Các huyện, thị, thành đoàn", "Các hội thành viên Liên hiệp Hội"]),
    ]
    todo = draft.todos[("recipients",)]
    assert "'Các huyện, thị, thành đoàn' đứng giữa hai nhãn" in todo


@pytest.mark.parametrize("middle", ["- Bộ Khoa học và Công nghệ;", "- UBND tỉnh;"])
def test_a_superior_between_two_labels_stays_with_b_c(middle):
    rows = [
        RecipientRow("- Trung ương Đoàn;", "(để b/c)"),
        RecipientRow(middle),
        RecipientRow("- Các cơ sở Đoàn;", "(để t/h)"),
    ]
    got = build_recipients(rows, Draft("plan"))
    assert got is not None and got["groups"][0]["purpose"] == "b/c"
    assert len(got["groups"][0]["items"]) == 2
