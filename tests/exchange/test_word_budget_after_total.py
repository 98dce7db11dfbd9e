"""Words typed under the total of a Kinh phí section ('Các đơn vị chủ động bố trí …', the source
typed after them) print under the total again, in the order typed (``budget.after_total``) —
before, they printed above the total, the source line moved up next to it."""

from __future__ import annotations

from . import typedplan as tp
from . import wordmake as wm

TOTAL = "Tổng kinh phí: 50.000.000 đồng (Bằng chữ: Năm mươi triệu đồng)."


def _contents(d):
    wm.para(d, "1. Hội thi Sáng tạo kỹ thuật")
    wm.para(d, "- Thời gian: Quý III/2023.")
    wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")
    wm.para(d, "- Kinh phí: 50.000.000 đồng.")


def test_words_after_the_total_print_after_it_in_order(word_repo, import_word):
    budget = [
        "Kinh phí tổ chức các hoạt động của Kế hoạch như sau:",
        TOTAL,
        "Các đơn vị chủ động bố trí kinh phí tổ chức hoạt động tại đơn vị.",
        "Nguồn kinh phí: ngân sách Thành Đoàn năm 2023.",
        "- Văn phòng hướng dẫn thanh quyết toán theo quy định.",
    ]
    got = import_word(tp.plan(_contents, budget), word_repo)
    assert got.errors == []
    data = got.data["budget"]
    assert data["total"] == 50000000
    assert data["paragraphs"] == ["Kinh phí tổ chức các hoạt động của Kế hoạch như sau:"]
    assert data["after_total"] == {
        "paragraphs": [
            "Các đơn vị chủ động bố trí kinh phí tổ chức hoạt động tại đơn vị.",
            "Nguồn kinh phí: ngân sách Thành Đoàn năm 2023.",
        ],
        "items": ["Văn phòng hướng dẫn thanh quyết toán theo quy định."],
    }
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "III. KINH PHÍ", 7)[1:6] == [
        "Kinh phí tổ chức các hoạt động của Kế hoạch như sau:",
        TOTAL,
        "Các đơn vị chủ động bố trí kinh phí tổ chức hoạt động tại đơn vị.",
        "Nguồn kinh phí: ngân sách Thành Đoàn năm 2023.",
        "- Văn phòng hướng dẫn thanh quyết toán theo quy định.",
    ]


def test_the_source_right_under_the_total_is_still_the_source(word_repo, import_word):
    """'Nguồn kinh phí: …' typed right under the total: ``source``, printed there; the words
    after it follow it."""
    budget = [TOTAL, "Nguồn kinh phí: ngân sách Thành Đoàn.",
              "Các đơn vị chủ động bố trí kinh phí tổ chức hoạt động tại đơn vị."]  # fmt: skip
    got = import_word(tp.plan(_contents, budget), word_repo)
    data = got.data["budget"]
    assert data["source"] == "ngân sách Thành Đoàn"
    assert data["after_total"] == {
        "paragraphs": ["Các đơn vị chủ động bố trí kinh phí tổ chức hoạt động tại đơn vị."]
    }
    assert "paragraphs" not in data
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "III. KINH PHÍ", 4)[1:] == [
        TOTAL,
        "Nguồn kinh phí: ngân sách Thành Đoàn.",
        "Các đơn vị chủ động bố trí kinh phí tổ chức hoạt động tại đơn vị.",
    ]
