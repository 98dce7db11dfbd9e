"""A Đoàn body's header typed in any of the forms offices use ('BCH ĐOÀN THÀNH PHỐ X', 'BAN CHẤP
HÀNH ĐOÀN THÀNH PHỐ X', 'ĐOÀN TNCS HỒ CHÍ MINH THÀNH PHỐ X', 'THÀNH ĐOÀN X') is the Thành Đoàn
orgs.yaml has — before, the first three were proposed as a new org with the very name of the
existing one (two orgs of one name, two number registers once copied)."""

from __future__ import annotations

import pytest

from . import wordmake as wm
from .samples import DOAN_RIGHT, STATE_RIGHT


def _plan(header: str) -> bytes:
    d = wm.new()
    wm.header_table(d, [(header, True), ("***", False)], DOAN_RIGHT, "Số: 15-KH/TĐTN",
                    "Hà Nội, ngày 05 tháng 3 năm 2027")  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Thanh niên năm 2027", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.para(d, "- Tổ chức Ngày hội tại Cung Thanh niên.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VT.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    return wm.save(d)


def _without_aliases(repo) -> None:
    orgs = repo / "orgs.yaml"
    text = orgs.read_text(encoding="utf-8")
    orgs.write_text("\n".join(ln for ln in text.split("\n") if "aliases:" not in ln), "utf-8")


@pytest.mark.parametrize(
    "header",
    ["BCH ĐOÀN THÀNH PHỐ HÀ NỘI", "BAN CHẤP HÀNH ĐOÀN THÀNH PHỐ HÀ NỘI",
     "ĐOÀN TNCS HỒ CHÍ MINH THÀNH PHỐ HÀ NỘI", "BCH ĐOÀN TP. HÀ NỘI"],
)  # fmt: skip
def test_a_doan_header_variant_is_the_existing_org(word_repo, import_word, header):
    _without_aliases(word_repo)  # known by its name and header only, as in most repositories
    got = import_word(_plan(header), word_repo)
    assert got.file.proposals == []
    assert got.data["issuers"] == ["tdhn"]
    assert [s["org"] for s in got.data["signers"]] == ["tdhn"]
    assert not any(p.code == "KH611" for p in got.file.problems)


def test_a_header_typed_unlike_the_orgs_header_is_said_in_a_todo(word_repo, import_word):
    """'THÀNH ĐOÀN HÀ NỘI' typed, kehoach prints the org's header 'BCH THÀNH ĐOÀN HÀ NỘI': said,
    not done silently."""
    got = import_word(_plan("THÀNH ĐOÀN HÀ NỘI"), word_repo)
    assert got.data["issuers"] == ["tdhn"]
    line = next(ln for ln in got.text.splitlines() if ln.startswith("- tdhn"))
    assert '"THÀNH ĐOÀN HÀ NỘI"' in line and '"BCH THÀNH ĐOÀN HÀ NỘI"' in line


def test_the_header_as_orgs_yaml_writes_it_has_no_todo(word_repo, import_word):
    got = import_word(_plan("BCH THÀNH ĐOÀN HÀ NỘI"), word_repo)
    assert got.data["issuers"] == ["tdhn"]
    assert "kehoach in tên cơ quan theo header" not in got.text


SO_Y_TE = """\
  - id: syt-hn
    name: Sở Y tế thành phố Hà Nội
    header: SỞ Y TẾ HÀ NỘI
    code: SYT
    system: state
    place: Hà Nội
    head: GIÁM ĐỐC
"""


def test_a_body_whose_proposed_name_is_an_orgs_name_is_that_org(word_repo, import_word):
    """'SỞ Y TẾ' under 'UBND THÀNH PHỐ HÀ NỘI' would be proposed as 'Sở Y tế thành phố Hà Nội',
    the name of an org of orgs.yaml (whose header is written otherwise): that org, not a second
    one of the same name."""
    orgs = word_repo / "orgs.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8") + SO_Y_TE, encoding="utf-8")
    d = wm.new()
    wm.header_table(d, [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ Y TẾ", True)], STATE_RIGHT,
                    "Số: 15/KH-SYT", "Hà Nội, ngày 05 tháng 3 năm 2027")  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Khám sức khỏe học sinh năm 2027", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.para(d, "- Khám sức khỏe tại các trường.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VT.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Lê Văn Tâm", True)])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    assert got.file.proposals == []
    assert got.data["issuers"] == ["syt-hn"]
