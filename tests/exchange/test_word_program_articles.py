"""A coordination program typed in articles ('Điều 1. Mục đích, yêu cầu' … 'Điều 5. Điều khoản thi
hành'), as many are: its sections read as the program's own (goals, areas, duties, reviews) and
printed as articles again (``sections_as: articles``) — before, the articles were paragraphs of
the preamble, the points under them sections, and a placeholder area printed in the middle of
Điều 3. A third party's name in the header written without its place ('HỘI SINH VIÊN VIỆT NAM
THÀNH PHỐ') is the body of orgs.yaml of the document's place, not a new one to propose."""

from __future__ import annotations

import io

import docx

from kehoach.render.document import render
from kehoach.validate.run import run_validate

from . import wordmake as wm
from .samples import STATE_RIGHT

LEFT = [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True), ("UBND THÀNH PHỐ HÀ NỘI", False),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("________", False),
        ("HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ", True)]  # fmt: skip


def _program() -> bytes:
    d = wm.new()
    wm.header_table(d, LEFT, STATE_RIGHT, "Số: 12-CTr/TĐTN-SKHCN-HSV",
                    "Hà Nội, ngày 20 tháng 01 năm 2023")  # fmt: skip
    wm.para(d, "CHƯƠNG TRÌNH PHỐI HỢP", bold=True, center=True)
    wm.para(d, "Hỗ trợ sinh viên nghiên cứu khoa học giai đoạn 2023 - 2025", bold=True,
            center=True)  # fmt: skip
    wm.para(d, "Điều 1. Mục đích, yêu cầu", bold=True)
    wm.para(d, "1. Phát huy vai trò của sinh viên trong nghiên cứu khoa học.")
    wm.para(d, "2. Tăng cường phối hợp giữa các bên.")
    wm.para(d, "Điều 2. Nội dung phối hợp", bold=True)
    wm.para(d, "1. Tuyên truyền, phổ biến kiến thức khoa học", bold=True)
    wm.para(d, "- Tổ chức các diễn đàn khoa học cho sinh viên.")
    wm.para(d, "2. Hỗ trợ nghiên cứu khoa học", bold=True)
    wm.para(d, "- Hằng năm tổ chức Giải thưởng Sinh viên nghiên cứu khoa học.")
    wm.para(d, "Điều 3. Trách nhiệm của các bên", bold=True)
    wm.para(d, "1. Thành Đoàn", bold=True)
    wm.para(d, "- Chỉ đạo các cơ sở Đoàn triển khai thực hiện.")
    wm.para(d, "2. Sở Khoa học và Công nghệ", bold=True)
    wm.para(d, "- Cử chuyên gia tư vấn, phản biện.")
    wm.para(d, "3. Hội Sinh viên Việt Nam thành phố", bold=True)
    wm.para(d, "- Vận động sinh viên tham gia.")
    wm.para(d, "Điều 4. Chế độ thông tin, sơ kết, tổng kết", bold=True)
    wm.para(d, "Hằng năm, các bên tổ chức sơ kết vào tháng 12; năm 2025 tổng kết Chương trình.")
    wm.para(d, "Điều 5. Điều khoản thi hành", bold=True)
    wm.para(d, "Chương trình có hiệu lực kể từ ngày ký.")
    t = d.add_table(rows=1, cols=3)
    wm.cell_lines(t.cell(0, 0), [("TM. BAN THƯỜNG VỤ", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 2), [("TM. BAN THƯ KÝ", True), ("CHỦ TỊCH", True),
                                 ("Lê Văn Nam", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Như Điều 3;")
    wm.para(d, "- Lưu: VT.")
    return wm.save(d)


def test_a_program_in_articles_is_read_and_printed_in_articles(word_repo, import_word):
    got = import_word(_program(), word_repo, kind="program")
    data = got.data
    assert data["sections_as"] == "articles"
    assert "preamble" not in data
    assert data["parties"] == ["tdhn", "skhcn-hn", "hsv-hn"]
    assert got.file.proposals == []  # the Hội Sinh viên of Hà Nội, not a new org
    assert data["goals"]["items"] == [
        "Phát huy vai trò của sinh viên trong nghiên cứu khoa học.",
        "Tăng cường phối hợp giữa các bên.",
    ]
    assert [a["title"] for a in data["areas"]] == [
        "Tuyên truyền, phổ biến kiến thức khoa học",
        "Hỗ trợ nghiên cứu khoa học",
    ]
    assert [d["org"] for d in data["duties"]] == ["tdhn", "skhcn-hn", "hsv-hn"]
    assert [s["kind"] for s in data["reviews"]["schedule"]] == ["interim", "final"]
    path = word_repo / "programs" / "ctph.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run_validate([str(path)], use_cache=False, need_repo=True)
    (doc,) = [d for d in result.repo.documents if d.path.endswith("ctph.yaml")]
    out = docx.Document(io.BytesIO(render(doc, result.repo, "docx")))
    articles = [p.text for p in out.paragraphs if p.text.startswith("Điều ")]
    assert articles == [
        "Điều 1. Mục đích, yêu cầu",
        "Điều 2. Nội dung phối hợp",
        "Điều 3. Trách nhiệm của các bên",
        "Điều 4. Chế độ thông tin, sơ kết, tổng kết",
        "Điều 5. Điều khoản thi hành",
    ]
    text = render(doc, result.repo, "txt").decode("utf-8")
    assert "I. MỤC ĐÍCH" not in text and "TODO" not in text
