"""``validate`` on a draft of ``import`` that proposes a body for orgs.yaml: KH401 points at the
proposal at the end of the draft, not at a look-alike id of orgs.yaml (``checks.proposed``)."""

from __future__ import annotations

from typer.testing import CliRunner

from kehoach.checks.proposed import proposed_orgs
from kehoach.cli.app import app

from . import wordmake as wm
from .samples import STATE_RIGHT

LEFT = [("UBND TỈNH HÀ GIANG", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("________", False)]


def test_kh401_names_the_line_of_the_draft_s_proposal(word_repo, import_word, monkeypatch):
    """The Sở KH&CN of Hà Giang, not in orgs.yaml (which has the Sở of Hà Nội): the draft proposes
    it; validate said 'có phải "skhcn-hn"?' — another province's body — and now names the line
    of the proposal to copy."""
    d = wm.new()
    wm.header_table(d, LEFT, STATE_RIGHT, "Số: 12/KH-SKHCN", "Hà Giang, ngày 15 tháng 3 năm 2023")
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert got.data["issuers"] == [prop.id]
    (word_repo / "plans").mkdir()
    draft = word_repo / "plans" / "van-ban.yaml"
    draft.write_text(got.text, encoding="utf-8")  # the draft, as `import` writes it
    line = proposed_orgs(str(draft))[prop.id]
    assert draft.read_text(encoding="utf-8").splitlines()[line - 1].endswith(f"- id: {prop.id}")

    monkeypatch.chdir(word_repo)
    out = CliRunner().invoke(app, ["validate", "--format", "parsable"]).output
    kh401 = [row for row in out.splitlines() if "KH401" in row]
    assert kh401, out
    for row in kh401:
        assert f'"{prop.id}"' in row
        assert f"bản nháp đề xuất tổ chức này ở dòng {line}" in row
        assert "có phải" not in row


def test_no_block_no_proposal(tmp_path):
    """A file without the block (or none at all): nothing proposed, the check says what it said."""
    plain = tmp_path / "kh.yaml"
    plain.write_text("kind: plan\n# orgs:\n#   - id: x\n", encoding="utf-8")
    assert proposed_orgs(str(plain)) == {}
    assert proposed_orgs(str(tmp_path / "none.yaml")) == {}
