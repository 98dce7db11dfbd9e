"""A stacked joint header whose first body, not in orgs.yaml, stands under its parent line
('UBND THÀNH PHỐ HÀ NỘI' / 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' / 'BCH THÀNH ĐOÀN HÀ NỘI'): the proposed
body keeps that parent — before, the line was taken for the known body below and dropped, and
the printed header lost it once the proposal was copied."""

from __future__ import annotations

from . import wordmake as wm
from .samples import STATE_RIGHT


def test_the_parent_line_goes_with_the_unknown_body_under_it(word_repo, import_word):
    d = wm.new()
    wm.header_table(
        d, [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True),
            ("BCH THÀNH ĐOÀN HÀ NỘI", True)],
        STATE_RIGHT, "Số: 12/KHLT-SGDĐT-TĐTN", "Hà Nội, ngày 05 tháng 3 năm 2027",
    )  # fmt: skip
    wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội STEM năm 2027", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.para(d, "- Ngày hội STEM thành phố.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("TM. BAN THƯỜNG VỤ", True), ("THÀNH ĐOÀN", True),
                                 ("PHÓ BÍ THƯ", True), ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("KT. GIÁM ĐỐC", True), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True),
                                 ("PHÓ GIÁM ĐỐC", True), ("Lê Văn Tâm", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert prop.header == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    assert prop.parent == "UBND THÀNH PHỐ HÀ NỘI"
    assert "#     parent: UBND THÀNH PHỐ HÀ NỘI\n" in got.text
    assert got.data["issuers"] == [prop.id, "tdhn"]
