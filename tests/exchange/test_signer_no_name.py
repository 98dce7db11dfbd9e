"""A signature block typed without the signer's name (a copy sent before signing, a name to be
written by hand): the draft keeps the name line empty on purpose (``name: ""``, no KH449) with a
TODO saying so (KH418), and prints it empty again."""

from __future__ import annotations

from . import wordmake as wm
from .samples import STATE_RIGHT

LEFT = [("UBND TỈNH BÌNH THUẬN", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("________", False)]


def test_a_block_without_a_name_is_kept_empty_with_a_todo(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, LEFT, STATE_RIGHT, "Số: 12/KH-SKHCN", "Bình Thuận, ngày 10 tháng 3 năm 2027")
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2027", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VT.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True)])
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    (signer,) = got.data["signers"]
    assert signer["title"] == "PHÓ GIÁM ĐỐC" and signer["name"] == ""
    line = next(ln for ln in got.text.splitlines() if ln.strip().startswith("name:"))
    assert "TODO" in line and "không có họ tên người ký" in line
    codes = {p.code for p in got.file.problems}
    assert "KH449" not in codes
