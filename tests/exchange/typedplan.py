"""A plan typed in Word for the tests of what import keeps as typed: its NỘI DUNG typed by a
function, a KINH PHÍ section of the lines given, and the draft printed again (txt, docx)."""

from __future__ import annotations

from kehoach.render.document import render
from kehoach.validate.run import run_validate

from . import wordmake as wm
from .samples import doan_header_table


def plan(contents, budget: list[str] | None = None) -> bytes:
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    contents(d)
    if budget:
        wm.para(d, "III. KINH PHÍ", bold=True)
        for line in budget:
            wm.para(d, line)
    wm.para(d, "IV. TỔ CHỨC THỰC HIỆN" if budget else "III. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(
        t.cell(0, 1),
        [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True), ("Nguyễn Văn Hùng", True)],
    )
    return wm.save(d)


def printed(got, repo, to: str = "txt") -> bytes:
    """The draft ``got`` rendered ``to`` a format, from a copy in ``repo`` that validates."""
    path = repo / "plans" / "nhap.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run_validate([str(path)], use_cache=False, need_repo=True)
    assert [p for p in result.problems if p.level == "error"] == []
    (doc,) = [d for d in result.repo.documents if d.path.endswith("nhap.yaml")]
    return render(doc, result.repo, to)


def lines(got, repo) -> list[str]:
    """The lines of the txt print, stripped, without the empty ones."""
    text = printed(got, repo).decode("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def after(all_lines: list[str], first: str, n: int) -> list[str]:
    """``n`` lines from the line that starts with ``first``."""
    at = next(i for i, ln in enumerate(all_lines) if ln.startswith(first))
    return all_lines[at : at + n]
