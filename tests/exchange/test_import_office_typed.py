"""What a trial of documents typed by offices found (session 15): the line pointing at the
activity appendix typed in the heading of the contents' last subsection ('2. Các hoạt động cụ thể:
(Chi tiết tại Phụ lục kèm theo)')."""

from __future__ import annotations

from . import samples
from . import wordmake as wm
from .test_trial14 import _reprinted
from .test_word_layouts import _pointing_plan


def test_the_appendix_pointed_at_in_a_subheading_itself(word_repo, import_word):
    """'2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)' after '1. Thời gian: …': the
    activities of the landscape appendix are the plan's (``due``, ``who`` track them) and the
    line prints as typed — before, the appendix stayed a loose ``appendices`` table with a TODO
    and the heading a subsection of its own."""

    def contents(d):
        wm.para(d, "1. Thời gian: từ tháng 6 đến tháng 8/2023.")
        wm.para(d, "2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)")

    d = wm.new()
    _pointing_plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    contents = got.data["contents"]
    assert got.errors == [] and "appendices" not in got.data
    assert contents["layout"] == "appendix" and "sections" not in contents
    assert contents["paragraphs"] == ["1. Thời gian: từ tháng 6 đến tháng 8/2023."]
    assert contents["appendix_note"] == "2. Các hoạt động cụ thể: (Chi tiết tại {label} kèm theo)"
    assert [a["title"] for a in contents["activities"]] == ["Phát động", "Tổng kết"]
    text = _reprinted(got, word_repo)
    assert text.count("2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)") == 1


def _state_plan(d, left: list[tuple[str, bool]], number: str, dated: str) -> None:
    wm.header_table(
        d,
        left,
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)],
        number,
        dated,
    )
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động khoa học và công nghệ năm 2027", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Nâng cao hiệu quả.")
    samples.signature(d, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Nam", ["- Lưu: VT."])


def test_a_body_whose_province_is_typed_on_the_next_line(word_repo, import_word):
    """'SỞ KHOA HỌC VÀ CÔNG NGHỆ' / 'TỈNH QUẢNG TRỊ' (bold, two paragraphs) in a repository
    that knows the Sở of Hà Nội by the header 'SỞ KHOA HỌC VÀ CÔNG NGHỆ': the Sở of Quảng Trị,
    proposed — before, the first line was read as the Sở of Hà Nội and the second as a body of
    its own, whose proposed name made the import stop with an internal error (IndexError)."""
    d = wm.new()
    left = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("TỈNH QUẢNG TRỊ", True)]
    _state_plan(d, left, "Số: 05/KH-SKHCN", "Quảng Trị, ngày 12 tháng 01 năm 2027")
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    (issuer,) = got.data["issuers"]
    assert issuer != "skhcn-hn"
    assert "#     name: Sở Khoa học và Công nghệ tỉnh Quảng Trị" in got.text
    assert "#     header: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ" in got.text


def test_a_known_body_whose_province_is_typed_on_the_next_line(word_repo, import_word):
    """The same two lines naming the body orgs.yaml has ("THÀNH PHỐ HÀ NỘI" under its name): that body."""
    d = wm.new()
    left = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True), ("THÀNH PHỐ HÀ NỘI", True)]
    _state_plan(d, left, "Số: 05/KH-SKHCN", "Hà Nội, ngày 12 tháng 01 năm 2027")
    got = import_word(wm.save(d), word_repo)
    assert got.errors == [] and got.data["issuers"] == ["skhcn-hn"]


def test_a_header_line_that_is_only_a_place_proposes_no_crash():
    """A proposed body named only by its place ('TỈNH QUẢNG TRỊ'): a name, not an IndexError."""
    from kehoach.exchange.importer.proposed import proposed_names

    assert proposed_names("TỈNH QUẢNG TRỊ", "Quảng Trị")[0] == "tỉnh Quảng Trị"


def test_an_abbreviation_in_a_proposed_name_stays_in_capitals():
    """'HỘI LHPN TỈNH QUẢNG TRỊ' → 'Hội LHPN tỉnh Quảng Trị' — before, 'Hội Lhpn tỉnh Quảng Trị',
    printed so in every 'Ban Kinh tế Hội Lhpn …' of the reprinted draft."""
    from kehoach.exchange.importer.proposed import proposed_names

    assert proposed_names("HỘI LHPN TỈNH QUẢNG TRỊ", "")[0] == "Hội LHPN tỉnh Quảng Trị"
    assert proposed_names("HỘI NÔNG DÂN TỈNH CÀ MAU", "")[0] == "Hội Nông dân tỉnh Cà Mau"


def test_a_heading_merged_over_two_columns_is_not_part_of_their_names(word_repo, import_word):
    """'Đơn vị' merged over 'Chủ trì' | 'Phối hợp' (two heading rows): the columns are 'Chủ trì'
    and 'Phối hợp' as kehoach prints them — before, the lead column was named 'Đơn vị Chủ trì'
    (``contents.columns.lead``), and the reprint headed it so beside a bare 'Phối hợp'."""
    from .test_word_contents import _plan

    def contents(d):
        t = wm.grid_table(
            d,
            [
                ["STT", "Nội dung", "Đơn vị", "", "Thời gian", "Kinh phí"],
                ["", "", "Chủ trì", "Phối hợp", "", ""],
                [
                    "1",
                    "Tọa đàm chuyển đổi số",
                    "Thành Đoàn",
                    "Sở KH&CN",
                    "Tháng 10/2023",
                    "10.000.000",
                ],
            ],
            header_rows=2,
        )
        t.cell(0, 2).merge(t.cell(0, 3))
        for c in (0, 1, 4, 5):
            t.cell(0, c).merge(t.cell(1, c))

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert {"lead", "support"}.isdisjoint(got.data["contents"].get("columns") or {})
    (act,) = got.activities()
    assert act["lead"] == "tdhn" and act["support"] == ["skhcn-hn"]
    text = _reprinted(got, word_repo)
    assert "Đơn vị Chủ trì" not in text


def test_a_draft_does_not_take_the_id_of_a_document_in_another_folder(word_repo, import_word):
    """'Kế hoạch.docx' of 2026 imported into plans/2026/, then another 'Kế hoạch.docx' into
    plans/2027/: the second draft is 'ke-hoach-2.yaml' — before, both were 'ke-hoach', the same
    document id (the file's name), and ``validate`` failed with KH403 on a fresh draft. The same
    folder still refuses to write over the draft already there."""
    import pytest

    from kehoach.errors import KehoachError
    from kehoach.exchange.importer.write import write_drafts
    from kehoach.validate.run import run_validate

    from .test_word_contents import _plan

    def contents(d):
        wm.grid_table(
            d,
            [
                ["STT", "Nội dung", "Chủ trì", "Thời gian"],
                ["1", "Tọa đàm", "Thành Đoàn", "Quý II/2023"],
            ],
        )

    for year in (2026, 2027):
        (word_repo / "plans" / str(year)).mkdir(parents=True)
        d = wm.new()
        _plan(d, contents)
        got = import_word(
            wm.save(d), word_repo, "Kế hoạch.docx", output=str(word_repo / "plans" / str(year))
        )
        assert got.errors == []
        write_drafts(got.result)
    assert (word_repo / "plans" / "2026" / "ke-hoach.yaml").is_file()
    assert (word_repo / "plans" / "2027" / "ke-hoach-2.yaml").is_file()
    result = run_validate([str(word_repo)], use_cache=False, need_repo=True)
    assert [p for p in result.problems if p.code == "KH403"] == []
    again = import_word(
        wm.save(d), word_repo, "Kế hoạch.docx", output=str(word_repo / "plans" / "2026")
    )
    with pytest.raises(KehoachError, match="không ghi đè"):
        write_drafts(again.result)


def test_letter_groups_and_an_activity_named_tong_ket(word_repo, import_word):
    """Group rows numbered 'A', 'B' in the STT column, the activities' STT numbered by Word (no
    text): the groups are groups (a TODO says kehoach numbers them I, II), and the last activity
    'Tổng kết công tác năm 2023' is an activity — before, the group rows were two activities
    with no lead, and the last row was taken for the table's total row and its words kept only
    in 'Nội dung chưa xếp được' (KH613). A 'Tổng cộng' row is still the total."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Chủ trì", "Thời gian", "Kinh phí"],
        ["A", "CÔNG TÁC TUYÊN TRUYỀN", "", "", ""],
        ["", "Tuyên truyền trên mạng xã hội", "Thành Đoàn", "Quý I/2023", "10.000.000"],
        ["B", "CÔNG TÁC PHONG TRÀO", "", "", ""],
        ["", "Hội thi sáng tạo", "Thành Đoàn", "Quý III/2023", "20.000.000"],
        ["", "Tổng kết công tác năm 2023", "Thành Đoàn", "Tháng 12/2023", ""],
        ["", "Tổng cộng", "", "", "30.000.000"],
    ]

    def contents(d):
        t = wm.grid_table(d, rows)
        for r in (1, 3):
            t.cell(r, 1).merge(t.cell(r, 4))

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert [p.code for p in got.file.problems if p.code == "KH613"] == []
    acts = got.activities()
    assert [(a.get("group"), a["title"]) for a in acts] == [
        ("CÔNG TÁC TUYÊN TRUYỀN", "Tuyên truyền trên mạng xã hội"),
        ("CÔNG TÁC PHONG TRÀO", "Hội thi sáng tạo"),
        ("CÔNG TÁC PHONG TRÀO", "Tổng kết công tác năm 2023"),
    ]
    assert acts[2]["time"] == "2023-12" and "print_total" not in got.data["contents"]
    assert 'văn bản đánh nhóm bằng chữ cái ("A"' in got.text


def test_the_only_group_after_other_subsections_prints_as_the_next_one(word_repo, import_word):
    """'1. Đối tượng', '2. Thời gian, địa điểm', then '3. Các hoạt động chính' with the activities
    'a)', 'b)' and their lines: printed again as '3. Các hoạt động chính' / 'a) …' — before, a
    subsection 'Các hoạt động cụ thể' kehoach added, numbered 3., with the group under it as
    '3.1.', and a TODO that said the group would be numbered 1."""
    from .test_word_contents import _plan

    def contents(d):
        wm.para(d, "1. Đối tượng", bold=True)
        wm.para(d, "Đoàn viên, thanh niên trên địa bàn Thành phố.")
        wm.para(d, "2. Thời gian, địa điểm", bold=True)
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(d, "- Địa điểm: Cung Thanh niên.")
        wm.para(d, "3. Các hoạt động chính", bold=True)
        wm.para(d, "a) Phát động Hội thi")
        wm.para(d, "- Thời gian: Tháng 3/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn; phối hợp: Sở KH&CN.")
        wm.para(d, "b) Tổ chức vòng chung khảo")
        wm.para(d, "- Thời gian: Tháng 5/2023.")
        wm.para(d, "- Đơn vị chủ trì: Sở KH&CN; phối hợp: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    data = got.data["contents"]
    assert got.errors == [] and "# TODO" not in got.text
    assert data["activities_title"] == "Các hoạt động chính"
    assert data["activities_style"] == "letter"
    assert [s["title"] for s in data["sections"]] == ["Đối tượng", "Thời gian, địa điểm"]
    assert all("group" not in a for a in got.activities())
    text = _reprinted(got, word_repo)
    assert "3. Các hoạt động chính\n\na) Phát động Hội thi\n- Thời gian: Tháng 3/2023." in text
    assert "Các hoạt động cụ thể" not in text and "3.1." not in text


def test_hidden_text_is_not_imported(word_repo, import_word):
    """A line formatted as hidden text (Font → Hidden: a note the clerk keeps for themself),
    which Word neither shows nor prints: not in the draft — before, it was one more item of the
    plan's purpose, printed by ``render``."""
    from .test_word_contents import _plan

    def contents(d):
        wm.para(d, "- Tuyên truyền trên mạng xã hội.")
        hidden = wm.para(d, "- Ghi chú nội bộ: không in dòng này.")
        for run in hidden.runs:
            run.font.hidden = True

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert "Ghi chú nội bộ" not in got.text and "Tuyên truyền trên mạng xã hội" in got.text


def test_six_months_typed_with_a_leading_zero(word_repo, import_word):
    """'06 tháng cuối năm' in the time column (the zero clerks type before a one-digit number):
    the second half of the plan's year, printed as typed — before, no time at all (``due`` did
    not see the activity), the words kept in a TODO."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Chủ trì", "Thời gian"],
        ["1", "Tọa đàm", "Thành Đoàn", "06 tháng cuối năm"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    (act,) = got.activities()
    assert act["time"] == "2023-H2"
    assert act["details"] == ["Thời gian: 06 tháng cuối năm"]
    assert "06 tháng cuối năm" in _reprinted(got, word_repo)


def test_a_dash_between_two_bodies_in_the_lead_cell(word_repo, import_word):
    """'Thành Đoàn - Sở KH&CN' in the Chủ trì column (a joint activity, typed with a dash):
    Thành Đoàn leads with the Sở — before, 'Thành Đoàn' was read as a department ('lead_unit')
    of the Sở. A dash inside one body's name ('Sở Lao động - Thương binh và Xã hội') is kept."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        [
            "1",
            "Ngày hội việc làm",
            "Thành Đoàn – Sở KH&CN",
            "Sở Lao động - Thương binh và Xã hội",
            "Quý II/2023",
        ],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    (act,) = got.activities()
    assert act["lead"] == "tdhn" and act["co_leads"] == ["skhcn-hn"] and "lead_unit" not in act
    assert act["support_others"] == ["Sở Lao động - Thương binh và Xã hội"]


def test_the_branches_of_a_body_in_the_lead_cell_are_no_new_org(word_repo, import_word):
    """'Hội LHPN các quận, huyện' (the district branches, many bodies) leading an activity: kept
    in words, as 'Các quận, huyện đoàn' is — before, proposed as one new org for orgs.yaml
    (KH611) and made the activity's lead."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Chủ trì", "Thời gian"],
        ["1", "Ngày hội gia đình", "Hội LHPN các quận, huyện", "Quý II/2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    assert [p for p in got.file.problems if p.code == "KH611"] == []
    (act,) = got.activities()
    assert act["lead"] == "tdhn" and act["details"] == ["Đơn vị chủ trì: Hội LHPN các quận, huyện"]


def test_a_known_body_and_others_in_the_support_cell(word_repo, import_word):
    """'Sở KH&CN và các đơn vị liên quan' in the Phối hợp column: the Sở supports (``support``,
    so ``who`` lists the activity for it), the others stay words — before, the whole cell was one
    name in ``support_others`` and the Sở had no part in it."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Ngày hội việc làm", "Thành Đoàn", "Sở KH&CN và các đơn vị liên quan", "Quý II/2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    (act,) = got.activities()
    assert act["support"] == ["skhcn-hn"] and act["support_others"] == ["các đơn vị liên quan"]


def test_two_signature_blocks_typed_with_tabs_lose_no_words(word_repo, import_word):
    """Two blocks side by side typed with Tab, their titles two words each ('⇥BÍ THƯ⇥CHỦ TỊCH'):
    both signers read, and nothing kept as lost — before, the line was compared as one text ('bí
    thư chủ tịch', found nowhere in the reprint, whose blocks need not line up the same) and
    put again in 'Nội dung chưa xếp được' (KH613), printed at the end of the document."""
    d = wm.new()
    wm.header_tabs(
        d,
        [("BCH TỈNH ĐOÀN CÀ MAU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
         ("HỘI LHPN TỈNH CÀ MAU", "Độc lập - Tự do - Hạnh phúc"),
         ("Số: 03-KHLT/TĐTN-HPN", "Cà Mau, ngày 05 tháng 3 năm 2023")],
    )  # fmt: skip
    wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ sinh viên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ sinh viên khởi nghiệp./.")
    wm.header_tabs(
        d,
        [("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "TM. BAN THƯỜNG VỤ HỘI LHPN TỈNH"),
         ("BÍ THƯ", "CHỦ TỊCH"), ("Nguyễn Văn Tâm", "Trần Thị Bé")],
        bold_left=True,
    )  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")
    got = import_word(wm.save(d), word_repo)
    assert [s["title"] for s in got.data["signers"]] == ["BÍ THƯ", "CHỦ TỊCH"]
    assert [p for p in got.file.problems if p.code == "KH613"] == []
    assert "Nội dung chưa xếp được" not in got.text


def test_the_document_type_typed_letter_by_letter(word_repo, import_word):
    """'K Ế  H O Ạ C H' (the type line spaced out by hand): a plan — before, no type was found
    (KH605), and with ``--kind plan`` the type and title lines became a proposed org."""
    d = wm.new()
    samples.doan_header_table(d)
    wm.para(d, "K Ế  H O Ạ C H", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Thanh niên năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Nâng cao ý thức của thanh niên.")
    samples.signature(
        d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng", ["- Lưu: VP."]
    )
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert got.data["kind"] == "plan" and got.data["issuers"] == ["tdhn"]
    assert got.data["title"] == "Tổ chức Ngày hội Thanh niên năm 2023"
    assert [p for p in got.file.problems if p.code in ("KH611", "KH613")] == []


def test_a_first_column_merged_down_names_the_groups(word_repo, import_word):
    """'Lĩnh vực' as the first column, its cells merged down beside the activities of each field
    ('Tuyên truyền' over rows 1 and 2): the groups of those activities, printed as group rows
    (a TODO says so) — before, each activity had a line 'Lĩnh vực: Tuyên truyền' printed in its
    content cell."""
    from .test_word_contents import _plan

    rows = [
        ["Lĩnh vực", "STT", "Nội dung", "Chủ trì", "Thời gian"],
        ["Tuyên truyền", "1", "Kỷ niệm Ngày thành lập Đoàn", "Thành Đoàn", "Tháng 3/2023"],
        ["", "2", "Tuyên truyền trên mạng xã hội", "Thành Đoàn", "Quý II/2023"],
        ["Giáo dục", "3", "Học tập chuyên đề", "Thành Đoàn", "Quý III/2023"],
        ["", "4", "Hội thi Olympic", "Thành Đoàn", "Quý IV/2023"],
    ]

    def contents(d):
        t = wm.grid_table(d, rows)
        t.cell(1, 0).merge(t.cell(2, 0))
        t.cell(3, 0).merge(t.cell(4, 0))

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    acts = got.activities()
    assert [a.get("group") for a in acts] == ["Tuyên truyền"] * 2 + ["Giáo dục"] * 2
    assert all("details" not in a for a in acts)
    assert 'cột "Lĩnh vực" (ô gộp dọc) đọc là nhóm' in got.text


def test_a_body_typed_in_full_and_printed_abbreviated_loses_no_words(word_repo, import_word):
    """'Hội Liên hiệp Phụ nữ thành phố Hà Nội' in the Phối hợp column, the org orgs.yaml knows as
    'Hội LHPN thành phố Hà Nội' (printed by its short name 'Hội LHPN Thành phố'): read as that
    org, and its words not taken for lost — before, they were kept again in 'Nội dung chưa xếp
    được' (KH613) and printed at the end of the document."""
    from .test_word_contents import _plan

    with (word_repo / "orgs.yaml").open("a", encoding="utf-8") as fh:
        fh.write(
            "  - id: hpn-hn\n    name: Hội LHPN thành phố Hà Nội\n    short: Hội LHPN Thành phố\n"
            "    header: HỘI LHPN THÀNH PHỐ HÀ NỘI\n    code: HPN\n    system: association\n"
            "    place: Hà Nội\n"
        )
    rows = [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        [
            "1",
            "Ngày hội gia đình trẻ",
            "Thành Đoàn",
            "Hội Liên hiệp Phụ nữ thành phố Hà Nội",
            "Quý II/2023",
        ],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    (act,) = got.activities()
    assert act["support"] == ["hpn-hn"]
    assert [p for p in got.file.problems if p.code == "KH613"] == []
