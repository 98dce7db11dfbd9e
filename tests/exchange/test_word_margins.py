"""What offices type outside the body's paragraphs and tables: a text box in the body (a note
framed in a box), running text in the page header or footer."""

from __future__ import annotations

import pytest

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
    assert "rows: []" not in got.text and "columns:" not in got.text
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
