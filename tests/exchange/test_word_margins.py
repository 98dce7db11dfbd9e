"""What offices type outside the body's paragraphs and tables: a text box in the body (a note
framed in a box), running text in the page header or footer."""

from __future__ import annotations

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from . import wordmake as wm
from .test_trial14 import _reprinted
from .test_word_contents import _plan

DEADLINE = "Hạn nộp ý tưởng: trước ngày 31/5/2023, gửi về Ban Phong trào Thành Đoàn."
ROWS = [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
    ["1", "Phát động Cuộc thi", "Thành Đoàn", "Quý II/2023"],
]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("vml_only", [False, True])
def test_a_text_box_in_the_body_is_read_as_paragraphs(word_repo, import_word, vml_only):
    """A note typed in a text box under the activity table (the DrawingML box Word writes, or a
    VML box alone as Word 2003-2010 saved it): its paragraphs come in where the box stands, and
    are printed — before, a table with the sentence as its only column heading and no rows, left
    out of the txt print and printed in a one-cell table in the DOCX."""

    def contents(d):
        wm.grid_table(d, ROWS)
        wm.text_box(d, [(DEADLINE, False), ("Mỗi đoàn viên gửi tối đa 02 ý tưởng.", False)],
                    vml_only=vml_only)  # fmt: skip

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert "rows: []" not in got.text and "table:" not in got.text  # no data table made of it
    assert got.data["contents"]["after_activities"]["paragraphs"] == [
        DEADLINE,
        "Mỗi đoàn viên gửi tối đa 02 ý tưởng.",
    ]
    assert DEADLINE in _flat(_reprinted(got, word_repo))
    assert "khung chữ" in got.text  # the frame is not kept: said at the end of the draft


def test_a_text_box_beside_the_words_of_its_paragraph(word_repo, import_word):
    """A box anchored in a paragraph with words of its own: both are read, the box first (it
    stands at the start of the paragraph)."""

    def contents(d):
        wm.para(d, "Các đơn vị triển khai Cuộc thi.")
        wm.text_box(d, [(DEADLINE, False)], anchor="Thể lệ gửi kèm Kế hoạch này.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    printed = _flat(_reprinted(got, word_repo))
    assert DEADLINE in printed and "Thể lệ gửi kèm Kế hoạch này." in printed
    assert printed.index(DEADLINE) < printed.index("Thể lệ gửi kèm")
    assert "table:" not in got.text


def _page_number(paragraph, before: str = "") -> None:
    """A PAGE field in ``paragraph`` (Word's page number), after ``before``."""
    if before:
        wm.add_run(paragraph, before)
    for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
                "<w:r {ns}><w:t>2</w:t></w:r>",
                '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>'):  # fmt: skip
        paragraph._p.append(parse_xml(xml.format(ns=nsdecls("w"))))


HEADER = "Thành Đoàn Hà Nội - Ban Phong trào - Hồ sơ Cuộc thi Ý tưởng sáng tạo 2023"
FOOTER = "Tài liệu lưu hành nội bộ"


def test_running_text_in_the_page_header_and_footer_is_kept(word_repo, import_word):
    """Running text typed in the page header and footer: kept in "Nội dung chưa xếp được" with a
    TODO saying where it stood — before, dropped silently. The page numbers are not kept
    (kehoach numbers the pages itself)."""
    d = wm.new()
    section = d.sections[0]
    wm.add_run(section.header.paragraphs[0], HEADER)
    _page_number(section.header.add_paragraph())
    wm.add_run(section.footer.paragraphs[0], FOOTER)
    _page_number(section.footer.add_paragraph(), "Trang ")
    section.different_first_page_header_footer = True
    wm.add_run(section.first_page_header.paragraphs[0], HEADER)  # the same on the first page
    _plan(d, lambda d: wm.grid_table(d, ROWS))
    got = import_word(wm.save(d), word_repo)
    (kept,) = [s for s in got.data["extra_sections"] if s["title"] == "Nội dung chưa xếp được"]
    assert kept["paragraphs"] == [f"Đầu trang: {HEADER}", f"Chân trang: {FOOTER}"]
    assert "đầu trang, chân trang" in _flat(got.text)
    assert "Trang 2" not in got.text


@pytest.mark.parametrize("number", ["2", "- 2 -", "Trang 2", "Trang 2/5", "2/5", "Page 2"])
def test_a_page_number_typed_in_the_footer_is_not_kept(word_repo, import_word, number):
    d = wm.new()
    wm.add_run(d.sections[0].footer.paragraphs[0], number)
    _plan(d, lambda d: wm.grid_table(d, ROWS))
    got = import_word(wm.save(d), word_repo)
    assert "Chân trang" not in got.text and "Nội dung chưa xếp được" not in got.text
