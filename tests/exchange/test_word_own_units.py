"""A department of the issuing body typed alone in its own plan ('Ban Tuyên giáo' in the Thành
Đoàn's, 'Phòng Quản lý khoa học' in the Sở KH&CN's) is reprinted alone, as typed
(``lead_unit_alone``) — before, the reprint added the body's name ('Ban Tuyên giáo Thành Đoàn',
'Phòng Quản lý khoa học Sở KH&CN'). A department typed with its body's name, the issuer's or
another body's, still prints that name."""

from __future__ import annotations

import io
import re

import docx

from . import wordmake as wm
from .samples import doan_header_table, state_header_table
from .test_trial14 import _reprinted
from .test_word_budget_table import _printed

HEAD = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]


def _plan(header, signer, leads: list[tuple[str, str]], list_form=False) -> bytes:
    """A plan under ``header`` signed by ``signer``; one activity per (lead, support) of
    ``leads``, in a table or (``list_form``) as lines 'Đơn vị chủ trì: …; phối hợp: …'."""
    d = wm.new()
    header(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    if list_form:
        for n, (lead, support) in enumerate(leads, 1):
            wm.para(d, f"{n}. Hoạt động {n}", bold=True)
            wm.para(d, f"- Thời gian: Tháng {n + 2}/2023.")
            wm.para(
                d, f"- Đơn vị chủ trì: {lead}" + (f"; phối hợp: {support}." if support else ".")
            )
    else:
        rows = [[str(n), f"Hoạt động {n}", lead, support, f"Tháng {n + 2}/2023"]
                for n, (lead, support) in enumerate(leads, 1)]  # fmt: skip
        wm.grid_table(d, [HEAD, *rows])
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các đơn vị triển khai Kế hoạch.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [(line, True) for line in signer])
    return wm.save(d)


DOAN = (doan_header_table, ["TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng"])
STATE = (
    lambda d: state_header_table(d, "Số: 15/KH-SKHCN", "Hà Nội, ngày 20 tháng 3 năm 2023"),
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai"],
)


def _leads(text: str) -> list[str]:
    """The lead of each activity as the plain text prints it ('Chủ trì: …;')."""
    return re.findall(r"Chủ trì: (.+?)(?:;|$)", " ".join(text.split()))


def test_the_thanh_doans_own_departments_print_as_typed(word_repo, import_word):
    leads = [
        ("Ban Tuyên giáo", "Sở KH&CN"),
        ("Văn phòng", ""),
        ("Ban Phong trào Thành Đoàn", "Sở KH&CN"),  # typed with the body's name: kept so
        ("Phòng Quản lý khoa học Sở KH&CN", "Ban Tuyên giáo"),  # another body's department
    ]
    got = import_word(_plan(*DOAN, leads), word_repo)
    assert got.errors == []
    acts = got.activities()
    assert [(a["lead"], a["lead_unit"], a.get("lead_unit_alone")) for a in acts] == [
        ("tdhn", "Ban Tuyên giáo", True),
        ("tdhn", "Văn phòng", True),
        ("tdhn", "Ban Phong trào", None),
        ("skhcn-hn", "Phòng Quản lý khoa học", None),
    ]
    assert _leads(_reprinted(got, word_repo)) == [lead for lead, _ in leads]
    table = next(
        t
        for t in docx.Document(io.BytesIO(_printed(got, word_repo, "docx"))).tables
        if t.rows[0].cells[0].text == "STT"
    )
    assert [r.cells[2].text for r in table.rows[1:]] == [lead for lead, _ in leads]
    html = _printed(got, word_repo, "html").decode("utf-8")
    assert "<td>Ban Tuyên giáo</td>" in html and "Ban Tuyên giáo Thành Đoàn" not in html


def test_the_sos_own_departments_print_as_typed(word_repo, import_word):
    """The Sở KH&CN's plan: 'Phòng Quản lý khoa học', 'Văn phòng Sở' as typed — before,
    'Phòng Quản lý khoa học Sở KH&CN', 'Văn phòng Sở KH&CN'; the Thành Đoàn's department keeps
    its body's name."""
    leads = [
        ("Phòng Quản lý khoa học", "Thành Đoàn"),
        ("Văn phòng Sở", ""),
        ("Ban Phong trào Thành Đoàn", ""),
    ]
    got = import_word(_plan(*STATE, leads), word_repo)
    assert got.errors == []
    acts = got.activities()
    assert [(a["lead"], a.get("lead_unit_alone")) for a in acts] == [
        ("skhcn-hn", True),
        ("skhcn-hn", True),
        ("tdhn", None),
    ]
    assert _leads(_reprinted(got, word_repo)) == [lead for lead, _ in leads]


def test_a_listed_activity_led_by_an_own_department_prints_as_typed(word_repo, import_word):
    """The same in the lines of a detailed list ('- Đơn vị chủ trì: Ban Tuyên giáo; phối hợp:
    …')."""
    leads = [("Ban Tuyên giáo", "Sở KH&CN"), ("Phòng Quản lý khoa học Sở KH&CN", "")]
    got = import_word(_plan(*DOAN, leads, list_form=True), word_repo)
    assert got.errors == []
    text = " ".join(_reprinted(got, word_repo).split())
    assert "Đơn vị chủ trì: Ban Tuyên giáo; phối hợp: Sở KH&CN." in text
    assert "Đơn vị chủ trì: Phòng Quản lý khoa học Sở KH&CN." in text
    assert "Ban Tuyên giáo Thành Đoàn" not in text
