"""A subsection of TỔ CHỨC THỰC HIỆN titled by an issuer's name without its place ('2. Liên hiệp
các Hội Khoa học và Kỹ thuật tỉnh' in a joint plan with '… tỉnh Nghệ An'): that issuer's duties
(``org``, for ``who``) — before, no org, while '1. Tỉnh Đoàn' had one."""

from __future__ import annotations

from kehoach.exchange.importer.orgs import OrgIndex

LHH = "Liên hiệp các Hội Khoa học và Kỹ thuật"
ORGS = [
    {"id": "tinhdoan-na", "name": "Tỉnh Đoàn Nghệ An", "short": "Tỉnh Đoàn", "place": "Nghệ An"},
    {"id": "lhh-na", "name": f"{LHH} tỉnh Nghệ An", "short": "Liên hiệp Hội", "place": "Nghệ An"},
    {"id": "lhh-hn", "name": f"{LHH} thành phố Hà Nội", "place": "Hà Nội"},
]


def test_an_issuer_named_without_its_place_in_a_heading():
    index = OrgIndex(ORGS)
    index.preferred = ["tinhdoan-na", "lhh-na"]
    assert index.mentioned("1. Tỉnh Đoàn") == "tinhdoan-na"
    assert index.mentioned(f"2. {LHH} tỉnh") == "lhh-na"
    assert index.mentioned(f"Đề nghị {LHH} tỉnh") == "lhh-na"


def test_a_body_named_without_its_place_that_is_no_issuer_is_not_guessed():
    index = OrgIndex(ORGS)
    index.preferred = ["tinhdoan-na"]
    assert index.mentioned(f"2. {LHH} thành phố") is None
