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
        # a university's own name after 'Trường Đại học' (before: 'Trường Đại học vinh')
        ("TRƯỜNG ĐẠI HỌC VINH", "", ("Trường Đại học Vinh", "", "")),
        ("TRƯỜNG CAO ĐẲNG NGHỀ TỈNH NGHỆ AN", "",
         ("Trường Cao đẳng Nghề tỉnh Nghệ An", "", "")),
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
        # another Sở: its name as written (each field's first word capitalised), the initials
        # of its fields, its province; before, its header's capitals, printed so in the
        # activities ("phối hợp: SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE")
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Hà Giang",
         ("Sở Thông tin và Truyền thông tỉnh Hà Giang", "Sở TT&TT", "state")),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE", "",
         ("Sở Giáo dục và Đào tạo tỉnh Bến Tre", "Sở GD&ĐT", "state")),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Lâm Đồng",
         ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", "Sở VHTT&DL", "state")),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HÀ NỘI", "",
         ("Sở Lao động - Thương binh và Xã hội thành phố Hà Nội", "Sở LĐ-TB&XH", "state")),
        ("SỞ Y TẾ", "Bến Tre", ("Sở Y tế tỉnh Bến Tre", "", "state")),
        # abbreviated as headers often are
        ("LIÊN HIỆP CÁC HỘI KH&KT TỈNH BẾN TRE", "",
         (f"{LHH} tỉnh Bến Tre", "Liên hiệp Hội", "association")),
        # a Đoàn header written "ĐOÀN TỈNH": the Tỉnh Đoàn
        ("BCH ĐOÀN TỈNH QUẢNG NGÃI", "", ("Tỉnh Đoàn Quảng Ngãi", "Tỉnh Đoàn", "doan")),
        # another body: its header's capitals written as names are, no short name; the system its
        # first words tell (before: the capitals, printed so in the activities, 'state')
        ("HỘI SINH VIÊN VIỆT NAM TỈNH HÀ GIANG", "Hà Giang",
         ("Hội Sinh viên Việt Nam tỉnh Hà Giang", "", "association")),
        ("HỘI NÔNG DÂN TỈNH BÌNH THUẬN", "", ("Hội Nông dân tỉnh Bình Thuận", "", "association")),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "",
         ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "", "party")),
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG", "",
         ("Phòng Giáo dục và Đào tạo huyện Đức Trọng", "", "")),
        ("BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH", "", ("Đoàn Khối các cơ quan tỉnh", "", "doan")),
        ("Trung tâm Y tế huyện", "", ("Trung tâm Y tế huyện", "", "")),  # as typed
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


def test_an_issuer_named_without_its_place_is_that_issuer():
    """A joint plan names its issuers in its activities as people write them, without the
    province: 'Sở Giáo dục và Đào tạo' (an issuer, '… tỉnh Bến Tre'), 'Liên hiệp các Hội Khoa học
    và Kỹ thuật tỉnh' — before, neither was found: the lead became the first issuer, with a
    TODO, and the real lead was lost."""
    from kehoach.exchange.importer.orgs import OrgIndex

    index = OrgIndex(
        [
            {"id": "lhh-bt", "name": f"{LHH} tỉnh Bến Tre", "short": "Liên hiệp Hội"},
            {"id": "sgd-bt", "name": "Sở Giáo dục và Đào tạo tỉnh Bến Tre", "short": "Sở GD&ĐT"},
            {"id": "sgd-vl", "name": "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long"},
        ]
    )
    index.preferred = ["lhh-bt", "sgd-bt"]
    assert index.find("Sở Giáo dục và Đào tạo") == "sgd-bt"
    assert index.find_unplaced(f"{LHH} tỉnh", index.preferred) == "lhh-bt"
    assert index.find("Sở Giáo dục") is None  # the start of a name is no name
    index.preferred = ["lhh-bt"]  # not an issuer: not chosen among bodies of every province
    assert index.find("Sở Giáo dục và Đào tạo") is None


def test_a_new_body_is_one_org_under_its_full_name_and_its_acronym():
    """The header prints "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN", the table "Hội LHPN tỉnh Bình
    Thuận" and "Hội LHPN tỉnh": one proposed org, its id whole and short — before, a second org
    (``hoi-lhpn-tinh``) was proposed for the table's name, and the first id was cut short
    (``hoi-lien-hiep-phu-nu-tinh-binh``)."""
    from kehoach.exchange.importer.orgs import OrgIndex

    index = OrgIndex([{"id": "tinhdoan-bt", "name": "Tỉnh Đoàn Bình Thuận", "place": "Bình Thuận"}])
    prop = index.proposal("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN", place="Bình Thuận", taken=set())
    assert prop.id == "hoi-lhpn-tinh-binh-thuan"
    assert index.find("Hội LHPN tỉnh Bình Thuận") == prop.id
    index.preferred = ["tinhdoan-bt", prop.id]
    assert index.find_unplaced("Hội LHPN tỉnh", index.preferred) == prop.id
    assert index.find("Hội Cựu chiến binh tỉnh Bình Thuận") is None
