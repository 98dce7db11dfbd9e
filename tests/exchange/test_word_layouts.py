"""Layouts of real documents typed in Word (python-docx, not kehoach's templates), read back into
the settings kehoach prints them with: the header style of mixed and Party documents, parent
bodies, paragraphs numbered 2.1., review lines printed beside the prose, a body signing under its
own name, Nơi nhận items and archive lines kept as typed, an activity table in a landscape
appendix, an undated decision."""

from __future__ import annotations

import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from . import samples
from . import wordmake as wm
from .samples import DOAN_RIGHT, STATE_RIGHT

JOINT_LEFT = [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True), ("UBND THÀNH PHỐ HÀ NỘI", False),
              ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("________", False)]  # fmt: skip


def _plan_body(d):
    wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")


def test_doan_led_joint_plan_with_a_state_body(word_repo, import_word):
    """Quốc hiệu and Tiêu ngữ, *** under the Đoàn, a rule and the parent body of the Sở, the Đoàn
    number form: exactly kehoach's default for these two issuers, so nothing is written."""
    d = wm.new()
    wm.header_table(d, JOINT_LEFT, STATE_RIGHT, "Số: 12-KHLT/TĐTN-SKHCN",
                    "Hà Nội, ngày 15 tháng 3 năm 2023")  # fmt: skip
    _plan_body(d)
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert got.errors == []
    assert data["issuers"] == ["tdhn", "skhcn-hn"] and data["number"] == 12
    assert not {"system", "header", "symbol", "unit"} & set(data)


def test_a_rule_typed_with_any_line_character_is_decoration(word_repo, import_word):
    """The short rule under a state body's name typed with macrons ('¯¯¯¯¯¯¯¯', common), an
    overline, box-drawing or full-width low lines: decoration, as '________' is — before, the
    macrons were read as a second issuing body, and the draft failed validate (KH401)."""
    for rule in ("¯¯¯¯¯¯¯¯", "‾‾‾‾‾‾", "────────", "＿＿＿＿＿"):
        d = wm.new()
        left = [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), (rule, False)]
        wm.header_table(d, left, STATE_RIGHT, "Số: 05/KH-SKHCN", "Hà Nội, ngày 20 tháng 3 năm 2024")
        _plan_body(d)
        got = import_word(wm.save(d), word_repo)
        assert got.errors == [] and got.data["issuers"] == ["skhcn-hn"], rule
        assert got.file.proposals == [] and rule not in got.text, rule


def test_an_ornament_under_the_title_is_not_part_of_it(word_repo, import_word):
    """'―――――' (horizontal bars) or 'oOo' centred under the title line: decoration, not a second
    line of the title (before, printed in bold under it, beside kehoach's own rule)."""
    for ornament in ("―――――――", "oOo", "-oOo-"):
        d = wm.new()
        wm.header_table(d, JOINT_LEFT, STATE_RIGHT, "Số: 12-KHLT/TĐTN-SKHCN",
                        "Hà Nội, ngày 15 tháng 3 năm 2023")  # fmt: skip
        wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
        wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
        wm.para(d, ornament, center=True)
        wm.para(d, "I. MỤC ĐÍCH", bold=True)
        wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")
        got = import_word(wm.save(d), word_repo)
        assert got.data["title"] == "Hỗ trợ thanh niên khởi nghiệp năm 2023", ornament
        # said in the header comment as decoration left out, nowhere else
        assert f"Không nhập (trang trí, ghi chú ở chữ ký): {ornament}" in got.text, ornament
        assert got.text.count(ornament) == 1, ornament


def test_joint_plan_in_the_state_form(word_repo, import_word):
    """The same bodies numbered the state way, without ***: the state style throughout."""
    d = wm.new()
    left = [x for x in JOINT_LEFT if x[0] != "***"]
    wm.header_table(
        d, left, STATE_RIGHT, "Số: 12/KHLT-TĐTN-SKHCN", "Hà Nội, ngày 15 tháng 3 năm 2023"
    )
    _plan_body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.data["system"] == "state" and "header" not in got.data


def test_joint_header_without_parent_bodies(word_repo, import_word):
    d = wm.new()
    left = [x for x in JOINT_LEFT if not x[0].startswith("UBND")]
    wm.header_table(
        d, left, STATE_RIGHT, "Số: 12-KHLT/TĐTN-SKHCN", "Hà Nội, ngày 15 tháng 3 năm 2023"
    )
    _plan_body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.data["header"] == {"parents": False}


def test_doan_plan_without_its_ornament(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True)], DOAN_RIGHT, "Số: 45-KH/TĐTN",
                    "Hà Nội, ngày 07 tháng 3 năm 2023")  # fmt: skip
    samples.body(d, table=False)
    got = import_word(wm.save(d), word_repo)
    assert got.data["header"] == {"mark": "none"}


def test_party_document(word_repo, import_word):
    """Hướng dẫn 36-HD/VPTW: ĐẢNG CỘNG SẢN VIỆT NAM, '*' under the body, 'Số 15-KH/ĐU' without a
    colon, 'T/M' in the signature."""
    d = wm.new()
    wm.header_table(d, [("ĐẢNG BỘ KHỐI CÁC CƠ QUAN THÀNH PHỐ", False), ("ĐẢNG ỦY SỞ KHOA HỌC VÀ CÔNG NGHỆ", True),
                        ("*", True)], [("ĐẢNG CỘNG SẢN VIỆT NAM", True)], "Số 15-KH/ĐU",
                    "Hà Nội, ngày 10 tháng 02 năm 2023")  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Học tập chuyên đề năm 2023", bold=True, center=True)
    wm.para(d, "- Căn cứ Điều lệ Đảng;", italic=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Nâng cao nhận thức của đảng viên.")
    samples.signature(d, "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Nam", ["- Lưu VP."])
    got = import_word(wm.save(d), word_repo)
    data = got.data
    [prop] = got.file.proposals
    assert prop.system == "party" and prop.code == "ĐU"
    assert data["number"] == 15 and not {"system", "header", "bases_style"} & set(data)
    assert data["signers"][0]["authority"] == "TM." and data["signers"][0]["for"] == "BAN THƯỜNG VỤ"


def test_numbered_paragraphs_and_review_lines(word_repo, import_word):
    d = wm.new()
    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.para(d, "1. Tiêu chuẩn xét chọn", bold=True)
    wm.para(d, "1.1. Đoàn viên từ 35 tuổi trở xuống.")
    wm.para(d, "1.2. Có sản phẩm được ứng dụng.")
    wm.para(d, "II. CHẾ ĐỘ THÔNG TIN, BÁO CÁO", bold=True)
    wm.para(d, "Các đơn vị báo cáo kết quả về Văn phòng Thành Đoàn.")
    wm.para(d, "- Sơ kết 6 tháng: tháng 6 và tháng 12 hằng năm.")
    wm.para(d, "- Tổng kết: quý IV/2023; Thành Đoàn chủ trì.")
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert data["contents"]["sections"] == [{
        "title": "Tiêu chuẩn xét chọn",
        "item_style": "outline",
        "items": ["Đoàn viên từ 35 tuổi trở xuống.", "Có sản phẩm được ứng dụng."],
    }]  # fmt: skip
    reviews = data["reviews"]
    assert reviews["paragraphs"] == ["Các đơn vị báo cáo kết quả về Văn phòng Thành Đoàn."]
    assert reviews["print_schedule"] is True  # printed beside the prose, as the source does
    assert [(e["kind"], e.get("every"), e.get("time"), e.get("lead")) for e in reviews["schedule"]] == [
        ("interim", "half", None, None), ("final", None, "2023-Q4", "tdhn")
    ]  # fmt: skip


def test_a_body_signing_under_its_own_name(word_repo, import_word):
    d = wm.new()
    samples.state_header_table(d, "Số: 05/KH-SKHCN", "Hà Nội, ngày 15 tháng 3 năm 2023")
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Nâng cao hiệu quả.")
    samples.signature(
        d, "", "GIÁM ĐỐC", "Trần Thị Mai", ["- Như trên,", "- UBND Thành phố", "- Lưu VT-KHTC."]
    )
    d.tables[-1].cell(0, 1).paragraphs[0].insert_paragraph_before("SỞ KHOA HỌC & CÔNG NGHỆ").runs[
        0
    ].bold = True
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert got.errors == []
    assert data["signers"] == [{"org": "skhcn-hn", "for": "SỞ KHOA HỌC & CÔNG NGHỆ",
                                "title": "GIÁM ĐỐC", "name": "Trần Thị Mai"}]  # fmt: skip
    # "Như trên," keeps its comma; "UBND Thành phố" gets kehoach's ";"; the archive as typed
    assert data["recipients"] == {
        "groups": [{"items": ["Như trên,", "UBND Thành phố"]}],
        "archive": "Lưu VT-KHTC.",
    }


def test_activity_table_in_a_landscape_appendix(word_repo, import_word):
    d = wm.new()
    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.para(d, "Các hoạt động, đơn vị chủ trì, thời gian như sau:")
    wm.para(d, "(Chi tiết tại Phụ lục kèm theo)")
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                      ["- Lưu: VP."])  # fmt: skip
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    wm.para(d, "Phụ lục", bold=True, center=True)
    wm.para(d, "TIẾN ĐỘ THỰC HIỆN", bold=True, center=True)
    wm.para(d, "(Kèm theo Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023 của Thành Đoàn Hà Nội)",
            italic=True, center=True)  # fmt: skip
    wm.grid_table(d, [["STT", "Nội dung", "Chủ trì", "Thời gian"],
                      ["1", "Phát động", "Thành Đoàn", "Tháng 4/2023"],
                      ["2", "Tổng kết", "Sở KH&CN", "Tháng 12/2023"]])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    contents = got.data["contents"]
    assert got.errors == []
    assert contents["paragraphs"] == ["Các hoạt động, đơn vị chủ trì, thời gian như sau:"]
    assert contents["layout"] == "appendix"
    assert contents["appendix_title"] == "TIẾN ĐỘ THỰC HIỆN" and "appendix_note" not in contents
    assert [(a["title"], a["lead"], a["time"]) for a in contents["activities"]] == [
        ("Phát động", "tdhn", "2023-04"), ("Tổng kết", "skhcn-hn", "2023-12")
    ]  # fmt: skip
    assert "appendices" not in got.data and "extra_sections" not in got.data
    assert "# TODO" not in got.text  # the "(Kèm theo …)" line is the one kehoach prints


def test_an_appendix_note_written_otherwise_is_kept_in_a_todo(word_repo, import_word):
    d = wm.new()
    samples.doan_header_table(d)
    samples.body(d)
    wm.para(d, "PHỤ LỤC", bold=True, center=True)
    wm.para(d, "DANH SÁCH ĐƠN VỊ", bold=True, center=True)
    wm.para(d, "(Kèm theo Kế hoạch số 45 của Ban Thường vụ)", italic=True, center=True)
    wm.para(d, "Quận đoàn Ba Đình.")
    got = import_word(wm.save(d), word_repo)
    assert "văn bản ghi: (Kèm theo Kế hoạch số 45 của Ban Thường vụ)" in got.text


def test_a_table_in_a_landscape_appendix_of_its_own(word_repo, import_word):
    d = wm.new()
    samples.doan_header_table(d)
    samples.body(d)
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    wm.para(d, "PHỤ LỤC I", bold=True, center=True)
    wm.para(d, "DỰ TOÁN KINH PHÍ", bold=True, center=True)
    wm.grid_table(d, [["Khoản", "Số tiền"], ["Giải thưởng", "30.000.000"]])
    wm.para(d, "PHỤ LỤC II", bold=True, center=True)
    wm.para(d, "DANH SÁCH ĐƠN VỊ", bold=True, center=True)
    wm.para(d, "- Quận đoàn Ba Đình;")
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["appendices"]
    assert first["title"] == "DỰ TOÁN KINH PHÍ" and first["orientation"] == "landscape"
    assert first["table"]["rows"] == [["Giải thưởng", "30.000.000"]]
    assert second["title"] == "DANH SÁCH ĐƠN VỊ" and second["items"] == ["Quận đoàn Ba Đình;"]


def test_undated_decision_keeps_its_year(word_repo, import_word):
    d = wm.new()
    samples.doan_header_table(d, "Số:     -QĐ/TĐTN", "Hà Nội, ngày      tháng      năm 2024")
    wm.para(d, "QUYẾT ĐỊNH", bold=True, center=True)
    wm.para(d, "Về việc khen thưởng", bold=True, center=True)
    wm.para(d, "QUYẾT ĐỊNH:", bold=True, center=True)
    wm.para(d, "Điều 1. Khen thưởng 05 tập thể./.")
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "BÍ THƯ", "Lê Văn Nam", ["- Lưu VP."])
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert got.errors == []
    assert data["year"] == 2024 and "date" not in data and "number" not in data
    assert data["articles"] == ["Khen thưởng 05 tập thể."]


def _pointing_plan(d, contents) -> None:
    """A plan whose NỘI DUNG (typed by ``contents``) points at its landscape activity appendix."""
    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    contents(d)
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                      ["- Lưu: VP."])  # fmt: skip
    section = d.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    wm.para(d, "Phụ lục", bold=True, center=True)
    wm.para(d, "TIẾN ĐỘ THỰC HIỆN", bold=True, center=True)
    wm.grid_table(d, [["STT", "Nội dung", "Chủ trì", "Thời gian"],
                      ["1", "Phát động", "Thành Đoàn", "Tháng 4/2023"],
                      ["2", "Tổng kết", "Sở KH&CN", "Tháng 12/2023"]])  # fmt: skip


def test_the_appendix_pointed_at_from_a_subheading(word_repo, import_word):
    """'(Chi tiết tại Phụ lục kèm theo)' under '3. Tiến độ thực hiện', after the numbered
    sentences 1. and 2.: the activities are the plan's (tracked), printed in the appendix; the
    subheading stays as typed, numbered 3 as in the source (not a subsection numbered 1)."""

    def contents(d):
        wm.para(d, "1. Đối tượng: đoàn viên, thanh niên Thủ đô.")
        wm.para(d, "2. Lĩnh vực: khoa học kỹ thuật.")
        wm.para(d, "3. Tiến độ thực hiện", bold=True)
        wm.para(d, "(Chi tiết tại Phụ lục kèm theo)")

    d = wm.new()
    _pointing_plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    contents = got.data["contents"]
    assert got.errors == [] and "appendices" not in got.data
    assert contents["layout"] == "appendix" and "sections" not in contents
    assert contents["paragraphs"] == [
        "1. Đối tượng: đoàn viên, thanh niên Thủ đô.",
        "2. Lĩnh vực: khoa học kỹ thuật.",
        "3. Tiến độ thực hiện",
    ]
    assert [a["title"] for a in contents["activities"]] == ["Phát động", "Tổng kết"]


def test_the_appendix_pointed_at_from_the_last_of_several_subheadings(word_repo, import_word):
    def contents(d):
        wm.para(d, "1. Đối tượng", bold=True)
        wm.para(d, "Đoàn viên, thanh niên Thủ đô.")
        wm.para(d, "2. Tiến độ thực hiện", bold=True)
        wm.para(d, "(Chi tiết tại Phụ lục kèm theo)")

    d = wm.new()
    _pointing_plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    contents = got.data["contents"]
    assert got.errors == [] and "appendices" not in got.data
    assert contents["layout"] == "appendix"
    assert contents["sections"] == [
        {"title": "Đối tượng", "paragraphs": ["Đoàn viên, thanh niên Thủ đô."]}
    ]
    assert contents["activities_title"] == "Tiến độ thực hiện"
    assert len(contents["activities"]) == 2


def test_an_archive_entry_with_a_comma_in_brackets_stays_one(word_repo, import_word):
    d = wm.new()
    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Nâng cao hiệu quả.")
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                      ["- Như trên;", "- Lưu: VT (TĐTN, SKHCN), VP."])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    assert got.data["recipients"]["archive"] == ["VT (TĐTN, SKHCN)", "VP"]


def _with_appendix(contents: list[str], rows: list[list[str]]) -> bytes:
    """A plan whose NỘI DUNG is the lines ``contents``, signed, then a Phụ lục holding an
    activity table of ``rows`` (its header first)."""
    d = wm.new()
    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    for line in contents:
        wm.para(d, line)
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                      ["- Lưu: VP."])  # fmt: skip
    wm.para(d, "Phụ lục", bold=True, center=True)
    wm.para(d, "TIẾN ĐỘ THỰC HIỆN", bold=True, center=True)
    wm.grid_table(d, rows)
    return wm.save(d)


def test_activities_left_in_an_appendix_are_said_in_a_todo(word_repo, import_word):
    """The activity table of a Phụ lục the contents do not point at as kehoach reads it (the
    note among typed items): its activities stay in ``appendices`` — printed, but not followed
    by due, who or a report — and a TODO says so (before: nothing said it)."""
    data = _with_appendix(
        ["- Tuyên truyền trên mạng xã hội (Chi tiết tại Phụ lục kèm theo);",
         "- Tổ chức các hoạt động tình nguyện."],
        [["STT", "Nội dung", "Chủ trì", "Thời gian"],
         ["1", "Phát động", "Thành Đoàn", "Tháng 4/2023"]],
    )  # fmt: skip
    got = import_word(data, word_repo)
    assert got.errors == []
    (app,) = got.data["appendices"]
    assert [a["title"] for a in app["activities"]] == ["Phát động"]
    assert "hoạt động trong phụ lục: due, who, báo cáo không theo dõi" in got.text


def test_an_appendix_table_without_a_total_row_is_printed_without_one(word_repo, import_word):
    """The activity table in the Phụ lục has budgets but no "Tổng cộng" row: the plan's contents
    (``layout: appendix``) get ``print_total: false`` — before, the reprint added a total row."""
    data = _with_appendix(
        ["(Chi tiết tại Phụ lục kèm theo)"],
        [["STT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí"],
         ["1", "Phát động", "Thành Đoàn", "Tháng 4/2023", "15.000.000"],
         ["2", "Tổng kết", "Sở KH&CN", "Tháng 12/2023", "20.000.000"]],
    )  # fmt: skip
    got = import_word(data, word_repo)
    contents = got.data["contents"]
    assert got.errors == [] and contents["layout"] == "appendix"
    assert contents["print_total"] is False
    assert [a["budget"] for a in contents["activities"]] == [15_000_000, 20_000_000]


@pytest.mark.parametrize("with_lead_in", [True, False])
def test_a_note_pointing_at_the_appendix_among_the_bullets(word_repo, import_word, with_lead_in):
    """'- Chi tiết các hoạt động tại Phụ lục kèm theo.' as the last bullet of the contents: the
    appendix's table is the plan's activities; the bullets before it stay prose — before, the
    bullets were read as activities (the note one of them) and the table stayed an appendix
    that nothing tracked."""
    d = wm.new()
    samples.doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    if with_lead_in:
        wm.para(d, "Tập trung vào các nội dung sau:")
    wm.para(d, "- Tuyên truyền về khoa học, công nghệ;")
    wm.para(d, "- Hỗ trợ thanh niên khởi nghiệp;")
    wm.para(d, "- Chi tiết các hoạt động tại Phụ lục kèm theo.")
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                      ["- Lưu: VP."])  # fmt: skip
    wm.para(d, "Phụ lục", bold=True, center=True)
    wm.para(d, "CÁC HOẠT ĐỘNG", bold=True, center=True)
    wm.grid_table(d, [["STT", "Nội dung", "Chủ trì", "Thời gian"],
                      ["1", "Phát động", "Thành Đoàn", "Tháng 4/2023"],
                      ["2", "Tổng kết", "Sở KH&CN", "Tháng 12/2023"]])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    contents = got.data["contents"]
    assert contents["layout"] == "appendix"
    # (their closing ';' gone: read as activities' titles first)
    assert contents["items"] == ["Tuyên truyền về khoa học, công nghệ",
                                 "Hỗ trợ thanh niên khởi nghiệp"]  # fmt: skip
    assert contents["appendix_note"] == "- Chi tiết các hoạt động tại {label} kèm theo."
    assert [(a["title"], a["lead"]) for a in contents["activities"]] == [
        ("Phát động", "tdhn"), ("Tổng kết", "skhcn-hn")
    ]  # fmt: skip
    assert "appendices" not in got.data
    assert [p for p in got.file.problems if p.code == "KH613"] == []
