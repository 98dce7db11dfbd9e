"""The summary of a cited external document: "về" introduces a topic (a noun phrase); a summary
that opens with a verb ("ban hành", "phê duyệt"…) or already with "về" takes none."""

from __future__ import annotations

import pytest

from kehoach.model import citation

BASE = {"doc_type": "Quyết định", "number": "1331/QĐ-TTg", "date": "2021-07-24"}


def _cited(summary: str) -> str:
    return citation.external({**BASE, "issuer": "Thủ tướng Chính phủ", "summary": summary})


@pytest.mark.parametrize(
    "summary",
    [
        "ban hành Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030",
        "phê duyệt Đề án hỗ trợ học sinh, sinh viên khởi nghiệp",
        "Ban hành Quy chế làm việc",  # as the author capitalised it
        "quy định chức năng, nhiệm vụ",
        "thành lập Ban Chỉ đạo",
        "kiện toàn Hội đồng",
        "triển khai thực hiện Nghị quyết số 57-NQ/TW",
        "thực hiện Kết luận số 93-KL/TW",
        "tăng cường công tác tuyên truyền",
        "đẩy mạnh phong trào",
        "giao chỉ tiêu",
    ],
)
def test_a_verb_takes_no_ve(summary):
    assert _cited(summary) == (
        f"Căn cứ Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ {summary}"
    )


@pytest.mark.parametrize(
    ("summary", "printed"),
    [
        ("phát triển khoa học, công nghệ", "về phát triển khoa học, công nghệ"),
        ("về đột phá phát triển khoa học", "về đột phá phát triển khoa học"),
        ("Về công tác thanh niên", "Về công tác thanh niên"),
        ("tiếp tục đổi mới hoạt động của Liên hiệp", "về tiếp tục đổi mới hoạt động của Liên hiệp"),
        ("giáo dục đạo đức", "về giáo dục đạo đức"),  # "giáo" is not the verb "giao"
        ("giao thông nông thôn", "về giao thông nông thôn"),  # "giao thông" is a noun
        ("bổ sung", "bổ sung"),
    ],
)
def test_a_topic_takes_ve(summary, printed):
    assert _cited(summary).endswith(f"của Thủ tướng Chính phủ {printed}")


def test_the_summary_that_is_the_name_is_unchanged():
    base = {"doc_type": "Luật", "number": "57/2020/QH14", "summary": "Luật Thanh niên"}
    assert citation.external(base) == "Căn cứ Luật Thanh niên số 57/2020/QH14"


def test_a_verb_that_opens_a_noun_takes_ve():
    assert _cited("tổ chức và hoạt động của Hội").endswith("về tổ chức và hoạt động của Hội")
    assert _cited("tổ chức Hội thi").endswith("Chính phủ tổ chức Hội thi")
