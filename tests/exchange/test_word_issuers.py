"""The issuers of hand-typed headers (Decree 30: the parent body upright over the issuing body in
bold), whether or not orgs.yaml knows them, and the signature blocks given to them."""

from __future__ import annotations

from . import wordmake as wm
from .samples import DOAN_RIGHT, STATE_RIGHT

QUAN_DOAN = """\
  - id: qd-badinh
    name: Quận Đoàn Ba Đình
    short: Quận Đoàn
    header: BCH QUẬN ĐOÀN BA ĐÌNH
    code: QĐTN
    body: BAN THƯỜNG VỤ QUẬN ĐOÀN
    head: BÍ THƯ
    system: doan
    place: Hà Nội
"""


def _plan(d, blocks: list[list[tuple[str, bool]]], names: list[str]):
    """A short plan: one section, one activity list, side-by-side signature ``blocks`` with
    their ``names`` in a row below."""
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Thanh niên năm 2027", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Tạo sân chơi cho đoàn viên, thanh niên.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.para(d, "- Tổ chức Ngày hội tại Cung Thanh niên.")
    wm.para(d, "Trên đây là Kế hoạch tổ chức Ngày hội Thanh niên năm 2027./.")
    t = d.add_table(rows=2, cols=len(blocks))
    for c, (block, name) in enumerate(zip(blocks, names, strict=True)):
        wm.cell_lines(t.cell(0, c), block)
        wm.cell_lines(t.cell(1, c), [(name, True)])
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Như trên;")
    wm.para(d, "- Lưu: VT.")


def _quan_doan_plan() -> bytes:
    d = wm.new()
    wm.header_table(
        d, [("BCH THÀNH ĐOÀN HÀ NỘI", False), ("BCH QUẬN ĐOÀN BA ĐÌNH", True), ("***", False)],
        DOAN_RIGHT, "Số: 15-KH/QĐTN", "Ba Đình, ngày 05 tháng 3 năm 2027",
    )  # fmt: skip
    _plan(d, [[("TM. BAN THƯỜNG VỤ QUẬN ĐOÀN", True), ("BÍ THƯ", True)]], ["Lê Văn Tâm"])
    return wm.save(d)


def _signed(d, *lines: str) -> None:
    """Nơi nhận (the archive line) beside one signature block of bold ``lines``."""
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VT.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [(line, True) for line in lines])


def _with(repo, extra: str):
    orgs = repo / "orgs.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_an_upright_parent_line_known_as_an_org_is_no_second_issuer(word_repo, import_word):
    """'BCH THÀNH ĐOÀN HÀ NỘI' (upright) over 'BCH QUẬN ĐOÀN BA ĐÌNH' (bold): the Thành Đoàn
    is the parent body printed above the Quận Đoàn, not a co-issuer, though orgs.yaml knows it."""
    _with(word_repo, QUAN_DOAN)
    got = import_word(_quan_doan_plan(), word_repo)
    assert got.data["issuers"] == ["qd-badinh"]
    assert "symbol" not in got.data  # KH/QĐTN is the usual symbol of one issuer
    assert [s["org"] for s in got.data["signers"]] == ["qd-badinh"]
    assert [a["lead"] for a in got.activities()] == ["qd-badinh"]
    assert got.errors == [] and not any(p.code == "KH444" for p in got.file.problems)


def test_an_upright_parent_line_declared_as_parent(word_repo, import_word):
    _with(word_repo, QUAN_DOAN + "    parent: BCH THÀNH ĐOÀN HÀ NỘI\n")
    got = import_word(_quan_doan_plan(), word_repo)
    assert got.data["issuers"] == ["qd-badinh"]
    assert "header" not in got.data  # the parent line printed, as kehoach prints it
    assert [s["org"] for s in got.data["signers"]] == ["qd-badinh"]


def test_an_unknown_body_under_a_known_parent_line(word_repo, import_word):
    """The Quận Đoàn not in orgs.yaml: proposed, with the Thành Đoàn's line as its parent."""
    got = import_word(_quan_doan_plan(), word_repo)
    [prop] = got.file.proposals
    assert prop.header == "BCH QUẬN ĐOÀN BA ĐÌNH" and prop.parent == "BCH THÀNH ĐOÀN HÀ NỘI"
    assert prop.code == "QĐTN"
    assert got.data["issuers"] == [prop.id]
    assert [s["org"] for s in got.data["signers"]] == [prop.id]


def test_a_proposed_doan_body_gets_its_name_and_short_name(word_repo, import_word):
    """'BCH QUẬN ĐOÀN BA ĐÌNH' proposed as orgs.yaml writes a Đoàn body ('Quận Đoàn Ba Đình',
    short 'Quận Đoàn'), so that a lead typed 'Ban Tuyên giáo Quận Đoàn' is that body and its
    department — before, the name was the header in capitals with no short name, the lead stayed
    the issuer with a TODO, and once the proposal was copied the lead printed 'Ban Tuyên giáo Quận
    Đoàn BCH QUẬN ĐOÀN BA ĐÌNH'."""
    d = wm.new()
    wm.header_table(
        d, [("BCH THÀNH ĐOÀN HÀ NỘI", False), ("BCH QUẬN ĐOÀN BA ĐÌNH", True), ("***", False)],
        DOAN_RIGHT, "Số: 15-KH/QĐTN", "Ba Đình, ngày 05 tháng 3 năm 2027",
    )  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Tháng Thanh niên năm 2027", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.grid_table(d, [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
                      ["1", "Treo băng rôn", "Ban Tuyên giáo Quận Đoàn", "", "Tháng 3/2027"],
                      ["2", "Ra quân", "Quận Đoàn", "", "05/3/2027"]])  # fmt: skip
    _signed(d, "TM. BAN THƯỜNG VỤ QUẬN ĐOÀN", "BÍ THƯ", "Lê Văn Tâm")
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert (prop.name, prop.short) == ("Quận Đoàn Ba Đình", "Quận Đoàn")
    assert "    name: Quận Đoàn Ba Đình\n#     short: Quận Đoàn\n" in got.text
    first, second = got.activities()
    assert (first["lead"], first["lead_unit"]) == (prop.id, "Ban Tuyên giáo")
    assert second["lead"] == prop.id and "lead_unit" not in second
    assert "TODO: chủ trì" not in got.text and "kiểm tra đơn vị chủ trì" not in got.text


def _joint_plan(blocks, names) -> bytes:
    d = wm.new()
    wm.header_table(
        d,
        [("HỘI LHPN THÀNH PHỐ HÀ NỘI", True), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True),
         ("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", False)],
        STATE_RIGHT, "Số: 02/KHLT-HLHPN-SGDĐT-TĐTN", "Hà Nội, ngày 12 tháng 01 năm 2027",
    )  # fmt: skip
    _plan(d, blocks, names)
    return wm.save(d)


HOI = [("TM. BAN THƯỜNG VỤ", True), ("HỘI LHPN THÀNH PHỐ", True), ("CHỦ TỊCH", True)]
SO = [("KT. GIÁM ĐỐC", True), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True), ("PHÓ GIÁM ĐỐC", True)]
DOAN = [("TM. BAN THƯỜNG VỤ", True), ("THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True)]


def test_stacked_bold_names_signed_by_as_many_blocks_are_issuers(word_repo, import_word):
    """Three bold names, two of them not in orgs.yaml, and three signature blocks: three
    issuers (the first is no parent of the second), each signer with its own body."""
    got = import_word(_joint_plan([HOI, SO, DOAN], ["Nguyễn Thị Hà", "Trần Văn Phúc", "Lê Văn Tâm"]),
                      word_repo)  # fmt: skip
    hoi, so = got.file.proposals
    assert (hoi.header, hoi.parent, hoi.code) == ("HỘI LHPN THÀNH PHỐ HÀ NỘI", "", "HLHPN")
    assert (so.header, so.parent, so.code) == ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "", "SGDĐT")
    assert got.data["issuers"] == [hoi.id, so.id, "tdhn"]
    assert [(s["org"], s["name"]) for s in got.data["signers"]] == [
        (hoi.id, "Nguyễn Thị Hà"), (so.id, "Trần Văn Phúc"), ("tdhn", "Lê Văn Tâm")
    ]  # fmt: skip
    assert got.errors == []


def test_signers_found_by_their_lines_not_their_order(word_repo, import_word):
    """The blocks in another order than the header's names: each goes to the body its lines
    name ('… THÀNH ĐOÀN', 'KT. GIÁM ĐỐC' / 'SỞ …', 'CHỦ TỊCH' of the Hội)."""
    got = import_word(_joint_plan([DOAN, HOI, SO], ["Lê Văn Tâm", "Nguyễn Thị Hà", "Trần Văn Phúc"]),
                      word_repo)  # fmt: skip
    hoi, so = got.file.proposals
    assert got.data["issuers"] == [hoi.id, so.id, "tdhn"]
    by_org = {s["org"]: s["name"] for s in got.data["signers"]}
    assert by_org == {"tdhn": "Lê Văn Tâm", hoi.id: "Nguyễn Thị Hà", so.id: "Trần Văn Phúc"}
    assert got.errors == []


def test_a_bold_name_wrapped_on_two_lines_under_its_parent(word_repo, import_word):
    """'UBND THÀNH PHỐ HÀ NỘI' (upright) over 'LIÊN HIỆP CÁC HỘI' / 'KHOA HỌC VÀ KỸ THUẬT' (bold,
    two paragraphs): one body, the UBND its parent."""
    d = wm.new()
    wm.header_table(
        d, [("UBND THÀNH PHỐ HÀ NỘI", False), ("LIÊN HIỆP CÁC HỘI", True),
            ("KHOA HỌC VÀ KỸ THUẬT", True), ("_______", False)],
        STATE_RIGHT, "Số: 09/KH-LHH", "Hà Nội, ngày 20 tháng 01 năm 2027",
    )  # fmt: skip
    _plan(d, [[("TM. BAN THƯỜNG TRỰC", True), ("CHỦ TỊCH", True)]], ["Lê Văn Bình"])
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert prop.header == "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT"
    assert (prop.parent, prop.code) == ("UBND THÀNH PHỐ HÀ NỘI", "LHH")
    assert got.data["issuers"] == [prop.id]


def test_two_upright_names_signed_once_are_a_body_under_its_parent(word_repo, import_word):
    """No bold at all: 'UBND QUẬN BA ĐÌNH' / 'PHÒNG VĂN HÓA VÀ THÔNG TIN', one signature
    block: the first line is the parent body of the second."""
    d = wm.new()
    wm.header_table(
        d, [("UBND QUẬN BA ĐÌNH", False), ("PHÒNG VĂN HÓA VÀ THÔNG TIN", False)],
        STATE_RIGHT, "Số: 03/KH-VHTT", "Hà Nội, ngày 20 tháng 01 năm 2027",
    )  # fmt: skip
    _plan(d, [[("TRƯỞNG PHÒNG", True)]], ["Lê Văn Bình"])
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert (prop.header, prop.parent) == ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND QUẬN BA ĐÌNH")


OTHER_PROVINCES = """\
  - id: hhdn-tb
    name: Hiệp hội Doanh nghiệp tỉnh Thái Bình
    short: Hiệp hội Doanh nghiệp
    header: HIỆP HỘI DOANH NGHIỆP TỈNH THÁI BÌNH
    code: HHDN
    system: association
    place: Thái Bình
  - id: lhh-dt
    name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đồng Tháp
    short: Liên hiệp Hội
    header: LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH ĐỒNG THÁP
    code: LHH
    system: association
    place: Đồng Tháp
"""


def test_a_name_without_its_place_is_never_another_provinces_body(word_repo, import_word):
    """A Hà Nội plan: 'Hiệp hội Doanh nghiệp thành phố' and 'Ban Thường trực Liên hiệp Hội' name
    bodies of this city; orgs.yaml knows them only in Thái Bình and Đồng Tháp, so they are kept
    as written (lead: the issuer, with a TODO). Named with its province, the body is found."""
    _with(word_repo, OTHER_PROVINCES)
    d = wm.new()
    wm.header_table(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", False)], DOAN_RIGHT,
                    "Số: 45-KH/TĐTN", "Hà Nội, ngày 07 tháng 3 năm 2027")  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tư vấn khởi nghiệp năm 2027", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.grid_table(d, [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Tọa đàm doanh nhân trẻ", "Thành Đoàn", "Hiệp hội Doanh nghiệp thành phố", "Quý II/2027"],
        ["2", "Hội thảo khoa học", "Ban Thường trực Liên hiệp Hội", "Hội Sinh viên", "Quý III/2027"],
        ["3", "Trao đổi kinh nghiệm", "Thành Đoàn", "Hiệp hội Doanh nghiệp tỉnh Thái Bình", "Quý IV/2027"],
    ])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    first, second, third = got.activities()
    assert "support" not in first
    assert first["support_others"] == ["Hiệp hội Doanh nghiệp thành phố"]
    assert second["lead"] == "tdhn" and "Liên hiệp Hội" in got.text  # the TODO quotes it
    assert second["support"] == ["hsv-hn"]  # a body of this city is still found by its short name
    assert third["support"] == ["hhdn-tb"]
    assert got.errors == []


def _signed_by(block: list[tuple[str, bool]]) -> bytes:
    d = wm.new()
    wm.header_table(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", False)], DOAN_RIGHT,
                    "Số: 45-KH/TĐTN", "Hà Nội, ngày 07 tháng 3 năm 2027")  # fmt: skip
    _plan(d, [block], [""])
    return wm.save(d)


POSTED = {"org": "tdhn", "authority": "TM.", "for": "BAN TỔ CHỨC", "title": "TRƯỞNG BAN",
          "name": "Nguyễn Văn Hùng"}  # fmt: skip


def test_the_signers_own_post_under_the_blank_is_no_title(word_repo, import_word):
    """'TM. BAN TỔ CHỨC' / 'TRƯỞNG BAN' / (blank) / 'PHÓ BÍ THƯ THÀNH ĐOÀN' / name: the title is
    TRƯỞNG BAN; the post under the blank is kept in a TODO (the format has no field for it)."""
    block = [("TM. BAN TỔ CHỨC", True), ("TRƯỞNG BAN", True), ("", False), ("", False),
             ("PHÓ BÍ THƯ THÀNH ĐOÀN", True), ("Nguyễn Văn Hùng", True)]  # fmt: skip
    got = import_word(_signed_by(block), word_repo)
    assert got.data["signers"] == [POSTED]
    assert '"PHÓ BÍ THƯ THÀNH ĐOÀN" dưới chỗ ký' in got.text
    assert got.errors == []


def test_the_blank_to_sign_typed_as_soft_breaks_or_a_signed_note(word_repo, import_word):
    soft = [("TM. BAN TỔ CHỨC\nTRƯỞNG BAN\n\n\nPHÓ BÍ THƯ THÀNH ĐOÀN\nNguyễn Văn Hùng", True)]
    noted = [("TM. BAN TỔ CHỨC", True), ("TRƯỞNG BAN", True), ("(Đã ký)", False),
             ("PHÓ BÍ THƯ THÀNH ĐOÀN", True), ("Nguyễn Văn Hùng", True)]  # fmt: skip
    for block in (soft, noted):
        got = import_word(_signed_by(block), word_repo)
        assert got.data["signers"] == [POSTED]


def test_capitals_above_the_blank_still_name_the_body_signed_for(word_repo, import_word):
    block = [("TM. BAN THƯỜNG VỤ", True), ("THÀNH ĐOÀN HÀ NỘI", True), ("PHÓ BÍ THƯ", True),
             ("", False), ("Nguyễn Văn Hùng", True)]  # fmt: skip
    got = import_word(_signed_by(block), word_repo)
    [signer] = got.data["signers"]
    assert (signer["for"], signer["title"]) == ("BAN THƯỜNG VỤ THÀNH ĐOÀN HÀ NỘI", "PHÓ BÍ THƯ")
    assert "dưới chỗ ký" not in got.text


def _second_block_for(word_repo, import_word, symbol: str, body: str, signer: str):
    """A plan whose header names the Thành Đoàn only, signed by it and by ``KT. GIÁM ĐỐC`` /
    ``body`` / ``PHÓ GIÁM ĐỐC`` / ``signer``, imported."""
    d = wm.new()
    wm.header_table(
        d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", False)],
        DOAN_RIGHT, f"Số: 15-KHLT/{symbol}", "Hà Nội, ngày 05 tháng 3 năm 2027",
    )  # fmt: skip
    _plan(
        d,
        [[("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True)],
         [("KT. GIÁM ĐỐC", True), (body, True), ("PHÓ GIÁM ĐỐC", True)]],
        ["Nguyễn Văn Hùng", signer],
    )  # fmt: skip
    return import_word(wm.save(d), word_repo)


def test_a_block_signed_for_a_body_the_header_left_out_adds_it(word_repo, import_word):
    """The header names the Thành Đoàn only, yet two bodies sign (``KT. GIÁM ĐỐC`` / ``SỞ KHOA
    HỌC VÀ CÔNG NGHỆ``): the Sở is the second issuer, its block its own, with a TODO — before, the
    Sở's director signed for the Thành Đoàn in the draft."""
    got = _second_block_for(
        word_repo, import_word, "TĐTN-SKHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Trần Thị Mai"
    )
    assert got.errors == []
    assert got.data["issuers"] == ["tdhn", "skhcn-hn"]
    assert [(s["org"], s["name"]) for s in got.data["signers"]] == [
        ("tdhn", "Nguyễn Văn Hùng"), ("skhcn-hn", "Trần Thị Mai")
    ]  # fmt: skip
    assert "- skhcn-hn  # TODO: khối chữ ký thứ 2 ký cho cơ quan này" in got.text
    assert not [p for p in got.result.files[0].problems if p.level == "error"]


def test_a_block_signed_for_a_body_orgs_yaml_lacks_proposes_it(word_repo, import_word):
    """The same, for a Sở orgs.yaml does not know yet (``SỞ GIÁO DỤC VÀ ĐÀO TẠO``): proposed at
    the end of the draft, the second issuer, its block its own — not a second block of the
    Thành Đoàn."""
    got = _second_block_for(
        word_repo, import_word, "TĐTN-SGDĐT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Phạm Văn Bình"
    )
    [prop] = got.file.proposals
    assert prop.header == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    assert got.data["issuers"] == ["tdhn", prop.id]
    assert [(s["org"], s["name"]) for s in got.data["signers"]] == [
        ("tdhn", "Nguyễn Văn Hùng"), (prop.id, "Phạm Văn Bình")
    ]  # fmt: skip
    assert f"#   - id: {prop.id}" in got.text and got.errors == []


LHH_PLACELESS = """\
  - id: lhh-tinh
    name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
    short: Liên hiệp Hội
    header: LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH
    code: LHH
    system: association
"""


def test_a_proposed_lien_hiep_hoi_leads_its_own_activities(word_repo, import_word):
    """A Liên hiệp Hội not in orgs.yaml issues the plan, and orgs.yaml holds a placeless one:
    'Liên hiệp Hội' as lead is the issuer proposed (name and short name as orgs.yaml writes
    them), never the other body — before, every lead went to the placeless one, silently."""
    _with(word_repo, LHH_PLACELESS)
    d = wm.new()
    wm.header_table(
        d, [("LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH HÀ GIANG", True)], STATE_RIGHT,
        "Số: 02/KH-LHH", "Hà Giang, ngày 10 tháng 01 năm 2023",
    )  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.para(d, "- Tổ chức Diễn đàn kết nối nhà khoa học với doanh nghiệp.")
    wm.para(d, "Thời gian: Quý III/2023.")
    wm.para(d, "Đơn vị chủ trì: Văn phòng Liên hiệp Hội.")
    _signed(d, "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Hoàng Văn Sơn")
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert (prop.name, prop.short) == (
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang", "Liên hiệp Hội"
    )  # fmt: skip
    assert got.data["issuers"] == [prop.id]
    (act,) = got.activities()
    assert (act["lead"], act["lead_unit"]) == (prop.id, "Văn phòng")
    assert prop.system == "association"


def test_a_header_without_its_province_is_not_the_placeless_namesake(word_repo, import_word):
    """A joint plan of Hà Nội (its date line, its Thành Đoàn) whose header types "LIÊN HIỆP CÁC
    HỘI KHOA HỌC / VÀ KỸ THUẬT TỈNH" without the province: a body of Hà Nội's, proposed with the
    place in its name — not the placeless Liên hiệp Hội orgs.yaml keeps for a document of an
    unnamed province (before, that body issued, led and signed this plan). Its block, typed short
    ("TM. LIÊN HIỆP CÁC HỘI KH&KT TỈNH" over "KT. CHỦ TỊCH"), is its own: the last authority line
    is the block's, the one above it printed above it as typed (``above``; before: ``for: "… TỈNH
    KT. CHỦ TỊCH"``, then a TODO, the line not printed)."""
    _with(word_repo, LHH_PLACELESS)
    d = wm.new()
    wm.header_table(
        d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("LIÊN HIỆP CÁC HỘI KHOA HỌC", True),
            ("VÀ KỸ THUẬT TỈNH", True)],
        STATE_RIGHT, "Số: 03/KHLT-TĐTN-LHH", "Hà Nội, ngày 12 tháng 01 năm 2027",
    )  # fmt: skip
    _plan(
        d,
        [DOAN, [("TM. LIÊN HIỆP CÁC HỘI KH&KT TỈNH", True), ("KT. CHỦ TỊCH", True),
                ("PHÓ CHỦ TỊCH", True)]],
        ["Nguyễn Văn Hùng", "Lê Văn Sơn"],
    )  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    assert got.errors == [] and "lhh-tinh" not in got.text
    [prop] = got.file.proposals
    assert (prop.name, prop.short, prop.system) == (
        "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội", "Liên hiệp Hội", "association"
    )  # fmt: skip
    assert got.data["issuers"] == ["tdhn", prop.id]
    lhh = got.data["signers"][1]
    assert (lhh["org"], lhh["authority"], lhh["for"], lhh["title"], lhh["name"]) == (
        prop.id, "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Sơn"
    )  # fmt: skip
    assert lhh["above"] == "TM. LIÊN HIỆP CÁC HỘI KH&KT TỈNH"
    assert "khối chữ ký ghi" not in got.text  # no TODO left: the block prints as typed


def test_each_party_s_own_number_is_no_third_party(word_repo, import_word):
    """Each party types its own number under its name ("Số: 12/KHLT-TĐTN" and "Số: 05/KHLT-SKHCN"):
    the second one is no body — before, it became a third issuer proposed as "Số: 05/…" (and a
    signer to fill); it is kept, with a TODO, among the words to place."""
    d = wm.new()
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("Số: 12/KHLT-TĐTN", False),
                                 ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True),
                                 ("Số: 05/KHLT-SKHCN", False)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [*STATE_RIGHT, ("Hà Nội, ngày 12 tháng 01 năm 2027", False)])
    _plan(d, [DOAN, SO], ["Nguyễn Văn Hùng", "Trần Thị Mai"])
    got = import_word(wm.save(d), word_repo)
    assert got.errors == [] and got.file.proposals == []
    assert got.data["issuers"] == ["tdhn", "skhcn-hn"]
    assert "Số: 05/KHLT-SKHCN" in got.text
