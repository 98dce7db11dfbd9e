"""Several Word files imported at once (a folder): a new body two of them name is proposed by
each draft that names it, and every draft is checked with the orgs the whole batch proposes —
before, the second draft named the body with no proposal and, checked again on its own, failed
KH401 (exit 1) though each file imported alone was fine."""

from __future__ import annotations

from kehoach.exchange.importer import run_import

from . import wordmake as wm
from .samples import doan_header_table

ROWS = [
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
    ["1", "Tư vấn khởi nghiệp", "Trung tâm Hỗ trợ thanh niên khởi nghiệp thành phố", "Sở KH&CN",
     "Quý II/2023"],
]  # fmt: skip


def _plan(title: str, number: str) -> bytes:
    d = wm.new()
    doan_header_table(d, number=number)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, title, bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Hỗ trợ thanh niên khởi nghiệp.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.grid_table(d, ROWS)
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    return wm.save(d)


def test_a_new_body_two_files_name_is_proposed_by_both(word_repo, tmp_path):
    folder = tmp_path / "nguon"
    folder.mkdir()
    (folder / "a.docx").write_bytes(
        _plan("Tư vấn khởi nghiệp quý II năm 2023", "Số: 45-KH/TĐTN-VP")
    )
    (folder / "b.docx").write_bytes(_plan("Tư vấn khởi nghiệp năm 2023", "Số: 46-KH/TĐTN-VP"))
    out = tmp_path / "nhap"
    out.mkdir()
    result = run_import([str(folder)], repo_root=str(word_repo), output=str(out))
    assert [f.status for f in result.files] == ["todo", "todo"], [f.problems for f in result.files]
    first, second = ([p.id for p in f.proposals] for f in result.files)
    assert first == second and len(first) == 1
    assert not [p for f in result.files for p in f.problems if p.level == "error"]
