"""The name, short name and system of a body ``import`` proposes for orgs.yaml, from its header
and the document's place (``importer.proposed``)."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.proposed import proposed_names

LHH = "Liên hiệp các Hội Khoa học và Kỹ thuật"


@pytest.mark.parametrize(
    ("header", "place", "expected"),
    [
        ("BCH HUYỆN ĐOÀN HÀM THUẬN BẮC", "", ("Huyện Đoàn Hàm Thuận Bắc", "Huyện Đoàn", "doan")),
        (f"{LHH.upper()} TỈNH HÀ GIANG", "Hà Giang",
         (f"{LHH} tỉnh Hà Giang", "Liên hiệp Hội", "association")),
        # the header leaves its province out: the document's place, with the right word for it
        (f"{LHH.upper()} TỈNH", "Bình Thuận",
         (f"{LHH} tỉnh Bình Thuận", "Liên hiệp Hội", "association")),
        (f"{LHH.upper()} TỈNH", "Hà Nội",
         (f"{LHH} thành phố Hà Nội", "Liên hiệp Hội", "association")),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TP. Hồ Chí Minh",
         ("Sở Khoa học và Công nghệ thành phố Hồ Chí Minh", "Sở KH&CN", "state")),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "tỉnh Hà Giang",
         ("Sở Khoa học và Công nghệ tỉnh Hà Giang", "Sở KH&CN", "state")),
        # no place known: the words as typed
        (f"{LHH.upper()} TỈNH", "", (f"{LHH} tỉnh", "Liên hiệp Hội", "association")),
        # another body: its header's words, no short name, no system (the caller's)
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Hà Giang", ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "")),
    ],
)  # fmt: skip
def test_proposed_names(header, place, expected):
    assert proposed_names(header, place) == expected


def test_the_proposals_block_is_yaml_that_reads_back_as_written():
    """A proposed body whose words hold ': ' or '#' ("Số: 12/CTPH-HHDN" once became one): the
    block, copied into orgs.yaml as the draft says, reads back with the same words — before, its
    values were written bare and orgs.yaml broke (KH101 on it, KH417 on every document)."""
    import yaml

    from kehoach.exchange.importer.draft import Draft
    from kehoach.exchange.importer.model import Proposal
    from kehoach.exchange.importer.usecase import _trailer

    draft = Draft("plan")
    draft.proposals.append(
        Proposal(
            "trung-tam",
            "Trung tâm: Sáng tạo #1",
            "TRUNG TÂM: SÁNG TẠO #1",
            "TT",
            "state",
            "UBND TỈNH: X",
            "Bình Thuận",
        )  # fmt: skip
    )
    lines = _trailer(draft)
    start = lines.index("orgs:")
    (org,) = yaml.safe_load("\n".join(lines[start:]))["orgs"]
    assert org == {
        "id": "trung-tam", "name": "Trung tâm: Sáng tạo #1", "header": "TRUNG TÂM: SÁNG TẠO #1",
        "code": "TT", "system": "state", "parent": "UBND TỈNH: X", "place": "Bình Thuận",
    }  # fmt: skip
