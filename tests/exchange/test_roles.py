"""Who leads and who supports, as plans write it in one cell or one sentence (``roles``)."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.roles import sentence, split


@pytest.mark.parametrize(
    ("text", "lead", "support"),
    [
        ("Thành Đoàn (chủ trì); Sở KH&CN (phối hợp)", "Thành Đoàn", "Sở KH&CN"),
        ("Thành Đoàn (CT)\nSở KH&CN", "Thành Đoàn", "Sở KH&CN"),
        ("Thành Đoàn (chủ trì), Sở KH&CN, Các huyện, thị, thành đoàn", "Thành Đoàn",
         "Sở KH&CN, Các huyện, thị, thành đoàn"),
        ("Chủ trì: Sở KH&CN; Phối hợp: Thành Đoàn", "Sở KH&CN", "Thành Đoàn"),
        ("Đơn vị chủ trì: Tỉnh Đoàn; phối hợp: Sở KH&CN.", "Tỉnh Đoàn", "Sở KH&CN"),
        ("Thành Đoàn chủ trì, phối hợp với Sở KH&CN", "Thành Đoàn", "Sở KH&CN"),
        ("Thành Đoàn chủ trì; Sở KH&CN phối hợp", "Thành Đoàn", "Sở KH&CN"),
        ("Thành Đoàn chủ trì", "Thành Đoàn", ""),
        # no roles said: the words as they are (the caller splits the names)
        ("Ban Phong trào Tỉnh Đoàn", "Ban Phong trào Tỉnh Đoàn", ""),
        ("Sở KH&CN, Thành Đoàn", "Sở KH&CN, Thành Đoàn", ""),
    ],
)  # fmt: skip
def test_split(text, lead, support):
    assert split(text) == (lead, support)


def test_an_activity_in_one_sentence():
    assert sentence(
        "Lễ ra quân: Tỉnh Đoàn chủ trì, các huyện, thị, thành đoàn phối hợp; thời gian: 26/3/2027."
    ) == (
        "Lễ ra quân",
        [("lead", "Tỉnh Đoàn"), ("support", "các huyện, thị, thành đoàn"), ("time", "26/3/2027")],
    )
    assert sentence(
        "Hiến máu: Ban Phong trào chủ trì, Hội Chữ thập đỏ phối hợp; thời gian tháng 3"
    )[1] == [("lead", "Ban Phong trào"), ("support", "Hội Chữ thập đỏ"), ("time", "tháng 3")]


@pytest.mark.parametrize(
    "text",
    [
        "Hội thi: Sáng tạo trẻ",  # a title with a colon: not fields
        "Tổ chức tập huấn: đối tượng là cán bộ Đoàn",
        "Ngày Chủ nhật xanh: các cơ sở Đoàn thực hiện, thường xuyên trong tháng 3; kinh phí 5 triệu",
        "Trưng bày: thời gian: tháng 9",  # no one said to do it
    ],
)
def test_a_sentence_that_is_not_all_fields_is_left_whole(text):
    assert sentence(text) is None


@pytest.mark.parametrize(
    ("issuer", "split_as"),
    [
        ("UBND tỉnh Quảng Ngãi quy định chức năng, nhiệm vụ của Sở",
         {"issuer": "UBND tỉnh Quảng Ngãi", "summary": "quy định chức năng, nhiệm vụ của Sở"}),
        ("Thủ tướng Chính phủ ban hành Chiến lược phát triển khoa học",
         {"issuer": "Thủ tướng Chính phủ", "summary": "ban hành Chiến lược phát triển khoa học"}),
        ("Bộ Giao thông vận tải", {"issuer": "Bộ Giao thông vận tải"}),  # a noun, not a verb
        ("Sở Khoa học và Công nghệ", {"issuer": "Sở Khoa học và Công nghệ"}),
    ],
)  # fmt: skip
def test_a_cited_issuer_followed_by_a_summary_without_ve(issuer, split_as):
    """'… của UBND tỉnh Quảng Ngãi quy định chức năng …' (the summary opens with a verb, so no
    'về'): the issuer and the summary apart, as ``model.citation`` prints them back."""
    from kehoach.exchange.importer.bases import _issuer_then_summary

    assert _issuer_then_summary(issuer) == split_as
