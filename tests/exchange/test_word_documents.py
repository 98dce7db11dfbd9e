"""Hand-made Word documents (python-docx and raw WordprocessingML, not kehoach's templates), one
hard case each: how the header is laid out, the Số line, legacy fonts, automatic numbering,
activity tables with merged cells and repeated header rows, side-by-side signatures, Nơi nhận
groups, tracked changes, comments, fields, soft breaks and non-breaking spaces."""

from __future__ import annotations

from . import wordmake as wm
from .samples import DOAN_RIGHT, STATE_RIGHT, TYPED, body, doan_header_table


def test_header_as_a_borderless_table(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    data = got.data
    assert data["issuers"] == ["tdhn"]
    assert (data["number"], data["unit"], data["date"]) == (45, "VP", "2023-03-07")
    assert "place" not in data and "system" not in data and "symbol" not in data
    assert "header" not in data  # ĐOÀN TNCS HỒ CHÍ MINH, *** and Số: 45-KH/…: the Đoàn default
    # the title as the author broke it (a soft line break): kehoach prints it so again
    assert data["title"] == "Tổ chức Ngày hội Sáng tạo trẻ\nThủ đô năm 2023"
    assert "title: |-\n  Tổ chức Ngày hội Sáng tạo trẻ\n  Thủ đô năm 2023\n" in got.text
    assert data["year"] == 2023


def test_header_typed_with_tabs(word_repo, import_word):
    d = wm.new()
    wm.header_tabs(
        d,
        [("UBND THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
         ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
         ("Số: 05/KH-SKHCN", "Hà Nội, ngày 15 tháng 3 năm 2023")],
    )  # fmt: skip
    body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.data["issuers"] == ["skhcn-hn"]
    assert got.data["number"] == 5 and "unit" not in got.data and "symbol" not in got.data
    assert got.data["date"] == "2023-03-15"


def test_header_in_text_boxes(word_repo, import_word):
    d = wm.new()
    wm.header_boxes(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True)], DOAN_RIGHT)
    wm.header_tabs(d, [("Số: 45-KH/TĐTN-VP", "Hà Nội, ngày 07 tháng 3 năm 2023")])
    body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.data["issuers"] == ["tdhn"]
    assert got.data["number"] == 45
    assert got.text.count("BCH THÀNH ĐOÀN") == 0  # read once (not the fallback copy), as an id


def test_central_doan_number_with_spaces(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, [("BAN CHẤP HÀNH TRUNG ƯƠNG", True), ("***", True)], DOAN_RIGHT,
                    "Số: 112 - KH/TWĐTN-CTTN", "Hà Nội, ngày 20 tháng 4 năm 2023")  # fmt: skip
    body(d, signer=False)
    got = import_word(wm.save(d), word_repo)
    assert got.data["issuers"] == ["twd"]
    assert (got.data["number"], got.data["unit"]) == (112, "CTTN")


def test_unnumbered_document(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
                    STATE_RIGHT, "Số:    /KH-SKHCN", "Hà Nội, ngày      tháng      năm 2023")  # fmt: skip
    body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert "number" not in got.data and "date" not in got.data
    assert got.data["issuers"] == ["skhcn-hn"] and got.data["year"] == 2023


def test_unknown_issuer_is_proposed_not_dropped(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, [("UBND TỈNH HÀ GIANG", False), ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", True)],
                    STATE_RIGHT, "Số: 17/KH-STTTT", "Hà Giang, ngày 02 tháng 02 năm 2023")  # fmt: skip
    body(d)
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert prop.header == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" and prop.code == "STTTT"
    assert prop.parent == "UBND TỈNH HÀ GIANG" and prop.place == "Hà Giang"
    assert got.data["issuers"] == [prop.id] and got.data["place"] == "Hà Giang"
    assert f"  - id: {prop.id}" in got.text  # the proposal, commented at the end of the draft
    assert any(p.code == "KH611" for p in got.file.problems)
    assert got.errors == []  # valid once the proposal is copied into orgs.yaml


def test_tcvn3_and_vni_runs(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KÕ ho¹ch", bold=True, center=True, font=".VnTimeH")
    wm.para(d, "Tæ chøc Ngµy héi S¸ng t¹o trÎ n¨m 2023", bold=True, center=True, font=".VnTime")
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Phaùt huy tinh thaàn saùng taïo cuûa thanh nieân.", font="VNI-Times")
    wm.para(d, "C«ng t¸c tuyªn truyÒn ®\u00adîc ®Èy m¹nh.")  # pasted into a Unicode font
    got = import_word(wm.save(d), word_repo)
    assert got.data["title"] == "Tổ chức Ngày hội Sáng tạo trẻ năm 2023"
    assert got.data["purpose"]["paragraphs"] == [
        "Phát huy tinh thần sáng tạo của thanh niên.",
        "Công tác tuyên truyền được đẩy mạnh.",
    ]
    assert not [p for p in got.file.problems if p.code in ("KH301", "KH302", "KH303")]


def test_automatic_numbering(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    n = wm.numbering(d, [("upperRoman", "%1."), ("decimal", "%2."), ("bullet", "\uf0b7")])
    wm.numbered(d, "MỤC ĐÍCH, YÊU CẦU", n, 0, bold=True)
    wm.numbered(d, "Nâng cao nhận thức.", n, 2)
    wm.numbered(d, "TỔ CHỨC THỰC HIỆN", n, 0, bold=True)
    wm.numbered(d, "Thành Đoàn", n, 1, bold=True)
    wm.numbered(d, "Chủ trì tổ chức.", n, 2)
    wm.numbered(d, "Các quận, huyện đoàn", n, 1, bold=True)
    wm.numbered(d, "Triển khai tại cơ sở.", n, 2)
    got = import_word(wm.save(d), word_repo)
    assert got.data["purpose"] == {"items": ["Nâng cao nhận thức."]}
    impl = got.data["implementation"]["sections"]
    assert [s["title"] for s in impl] == ["Thành Đoàn", "Các quận, huyện đoàn"]
    assert impl[0]["org"] == "tdhn" and impl[0]["items"] == ["Chủ trì tổ chức."]
    assert "org" not in impl[1]


def test_activity_table(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    body(d)
    got = import_word(wm.save(d), word_repo)
    first, second = got.activities()
    assert first["lead"] == "tdhn" and first["lead_unit"] == "Ban Phong trào"
    assert first["support"] == ["skhcn-hn"] and first["time"] == "2023-Q2"
    assert first["budget"] == 15_000_000
    assert second["lead"] == "skhcn-hn" and second["support"] == ["tdhn"]
    assert second["support_others"] == ["Các quận, huyện, thị đoàn"]
    assert second["time"] == "2023-09..2023-10" and second["budget"] == 40_000_000
    assert second["place"] == "Cung Thanh niên"
    assert got.data["contents"]["layout"] == "table"


def test_merged_cells_and_repeated_header_rows(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    t = wm.grid_table(
        d,
        [
            ["TT", "Nội dung", "Đơn vị", "", "Thời gian thực hiện", "Kinh phí (triệu đồng)"],
            ["", "", "Chủ trì", "Phối hợp", "", ""],
            ["1", "Tập huấn cán bộ", "Thành Đoàn", "Sở KH&CN", "Quý I/2023", "20"],
            ["2", "Hội thi sáng tạo", "", "Hội Sinh viên", "Quý III/2023", "35"],
            ["3", "Tổng kết", "", "", "Tháng 12/2023", "5"],
            ["", "Tổng cộng", "", "", "", "60"],
        ],
        header_rows=2,
    )
    t.cell(0, 2).merge(t.cell(0, 3))  # "Đơn vị" over "Chủ trì" | "Phối hợp"
    for c in (0, 1, 4, 5):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(2, 2).merge(t.cell(4, 2))  # one lead for three rows
    t.cell(5, 0).merge(t.cell(5, 4))
    wm.repeat_row(t, 0)  # the header row repeated by hand, as after a page break
    got = import_word(wm.save(d), word_repo)
    acts = got.activities()
    assert [a["title"] for a in acts] == ["Tập huấn cán bộ", "Hội thi sáng tạo", "Tổng kết"]
    assert [a["lead"] for a in acts] == ["tdhn"] * 3
    assert acts[1]["support"] == ["hsv-hn"]
    assert [a["budget"] for a in acts] == [20_000_000, 35_000_000, 5_000_000]
    assert [a["time"] for a in acts] == ["2023-Q1", "2023-Q3", "2023-12"]


def test_side_by_side_signatures_and_groups(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
                    STATE_RIGHT, "Số: 12/KHLT-TĐTN-SKHCN", "Hà Nội, ngày 15 tháng 3 năm 2023")  # fmt: skip
    wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp.")
    wm.para(d, "Trên đây là Kế hoạch liên tịch năm 2023./.")
    wm.header_tabs(
        d,
        [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "KT. GIÁM ĐỐC"), ("PHÓ BÍ THƯ", "PHÓ GIÁM ĐỐC"),
         ("Nguyễn Văn Hùng", "Trần Thị Mai")],
        bold_left=True,
    )  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    for line in ("- Ban Bí thư TW Đoàn;", "- Bộ KH&CN;\t\tb/c", "- UBND Thành phố;",
                 "- Các quận, huyện, thị đoàn;", "- Các phòng thuộc Sở;\t\tt/h", "- Lưu: VT."):  # fmt: skip
        wm.para(d, line)
    got = import_word(wm.save(d), word_repo)
    assert got.data["issuers"] == ["tdhn", "skhcn-hn"]
    assert "doc_type" not in got.data and got.data["number"] == 12
    assert got.data["signers"] == [
        {"org": "tdhn", "authority": "TM.", "for": "BAN THƯỜNG VỤ THÀNH ĐOÀN", "title": "PHÓ BÍ THƯ",
         "name": "Nguyễn Văn Hùng"},
        # above: "" — the source typed no body's name over 'KT. GIÁM ĐỐC': none is printed
        {"org": "skhcn-hn", "authority": "KT.", "for": "GIÁM ĐỐC", "above": "",
         "title": "PHÓ GIÁM ĐỐC", "name": "Trần Thị Mai"},
    ]  # fmt: skip
    groups = got.data["recipients"]["groups"]
    assert [g.get("purpose") for g in groups] == ["b/c", "t/h"]
    assert sum(len(g["items"]) for g in groups) == 5
    assert got.data["recipients"]["archive"] == ["VT"]
    assert got.errors == []


def test_recipient_groups_with_suffix_purposes(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    body(d)
    got = import_word(wm.save(d), word_repo)
    rec = got.data["recipients"]
    assert rec["groups"] == [
        {"purpose": "b/c", "items": ["Ban Bí thư TW Đoàn", "Thường trực Thành ủy"]},
        {"purpose": "t/h", "items": ["Các quận, huyện, thị đoàn"]},
    ]
    assert rec["archive"] == ["VP", "BPT"]
    assert got.data["signers"][0]["name"] == "Nguyễn Văn Hùng"
    assert "(Đã ký)" in got.text  # noted as not imported, not lost


def test_tracked_changes_and_comments(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.tracked(d, [("Tổ chức ", ""), ("hai", "del"), ("ba", "ins"), (" lớp tập huấn.", "")])
    p = wm.para(d, "Bảo đảm an toàn, tiết kiệm.")
    d.add_comment(p.runs, text="Xem lại câu này", author="Trưởng ban")
    got = import_word(wm.save(d), word_repo)
    assert got.data["purpose"]["paragraphs"] == [
        "Tổ chức ba lớp tập huấn.",
        "Bảo đảm an toàn, tiết kiệm.",
    ]
    assert "hai" not in got.text and "Xem lại" not in got.text


def test_fields_soft_breaks_and_non_breaking_spaces(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hoạt\u00a0động năm\u00a02023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Dòng thứ nhất\nvà dòng thứ hai.")
    wm.page_field(d, "Xem trang ")
    got = import_word(wm.save(d), word_repo)
    assert got.data["title"] == "Hoạt động năm 2023"
    assert got.data["purpose"]["paragraphs"] == ["Dòng thứ nhất và dòng thứ hai.", "Xem trang 3"]
    assert "PAGE" not in got.text


def test_soft_breaks_separate_list_items_as_paragraphs_do(word_repo, import_word):
    """Purposes, implementation items and Nơi nhận typed in one paragraph each, the lines broken
    by Shift+Enter: each line is an item of its own, as if typed with Enter."""
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU\n- Khơi dậy tinh thần sáng tạo;\n- Tôn vinh tác giả trẻ.",
            bold=False)  # fmt: skip
    wm.para(d, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các quận, huyện đoàn triển khai;\n- Văn phòng bảo đảm kinh phí.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:\n- TW Đoàn (b/c);\n- Sở KH&CN (p/h);\n- Lưu: VP.",
                                  False)], center=False)  # fmt: skip
    wm.cell_lines(
        t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN\nPHÓ BÍ THƯ\nNguyễn Văn Hùng", True)]
    )
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert data["purpose"]["items"] == ["Khơi dậy tinh thần sáng tạo;", "Tôn vinh tác giả trẻ."]
    assert data["implementation"]["items"] == [
        "Các quận, huyện đoàn triển khai;",
        "Văn phòng bảo đảm kinh phí.",
    ]
    items = [i for g in data["recipients"]["groups"] for i in g["items"]]
    assert items == ["TW Đoàn (b/c)", "Sở KH&CN (p/h)"]
    assert data["recipients"]["archive"] == ["VP"]


def test_a_document_typed_line_by_line(word_repo, import_word):
    """Header with tabs and blanks for the clerk, a title closed by a rule, Nơi nhận and the
    signature typed with tabs and spaces (as in the Đồng Tháp plan of 2021)."""
    (word_repo / "orgs.yaml").write_text(
        (word_repo / "orgs.yaml").read_text(encoding="utf-8")
        + "  - {id: tddt, name: Tỉnh Đoàn Đồng Tháp, short: Tỉnh đoàn, header: BCH TỈNH ĐOÀN ĐỒNG THÁP,"
        " code: TĐTN, system: doan, place: Đồng Tháp, body: BAN THƯỜNG VỤ TỈNH ĐOÀN}\n",
        encoding="utf-8",
    )
    d = wm.new()
    wm.header_tabs(d, [("BCH TỈNH ĐOÀN ĐỒNG THÁP", "ĐOÀN TNCS HỒ CHÍ MINH"), ("***", ""),
                       ("Số:    -KH/TĐTN-TNNTCN&ĐT", "Đồng Tháp, ngày      tháng      năm 2021")])  # fmt: skip
    for line in TYPED.split("\n"):
        wm.para(d, line, bold=line in ("KẾ HOẠCH",) or line.startswith(("I.", "II.")))
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert got.errors == []
    assert data["issuers"] == ["tddt"] and data["unit"] == "TNNTCN&ĐT" and "number" not in data
    assert data["title"] == (
        "Tổ chức các hoạt động phát huy vai trò xung kích,\n"
        "sáng tạo của thanh niên trong học tập năm 2021"
    )
    assert data["year"] == 2021 and "date" not in data
    assert data["bases"][0]["number"] == "500/CTPH/UBND-MTTQ"
    assert [a["title"] for a in got.activities()] == [
        "Tổ chức 01 lớp tập huấn về chính sách cho thanh niên.",
        "Tổ chức hội thi tin học trẻ năm 2021.",
    ]
    assert data["closing"] == ["Trên đây là kế hoạch năm 2021"]
    assert data["signers"] == [
        {"org": "tddt", "authority": "TM.", "for": "BAN THƯỜNG VỤ TỈNH ĐOÀN", "title": "BÍ THƯ",
         "name": "Huỳnh Minh Thức"}
    ]  # fmt: skip
    rec = data["recipients"]
    assert [g["purpose"] for g in rec["groups"]] == ["b/c", "t/h"]
    assert [i for g in rec["groups"] for i in g["items"]] == [
        "TW Đoàn (02 nơi)", "Bộ KH&CN", "UBND tỉnh", "Các Huyện, Thị, Thành đoàn"
    ]  # fmt: skip
    assert rec["archive"] == "Lưu VP, TNNTCN&ĐT."  # not "- Lưu: …": kept as written
    assert "# TODO: kiểm tra các nhóm Nơi nhận" in got.text  # typed labels: groups are a guess


def test_an_appendix_after_the_signature(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    body(d)
    wm.para(d, "PHỤ LỤC", bold=True, center=True)
    wm.para(d, "DANH SÁCH ĐƠN VỊ THAM GIA TRƯNG BÀY", bold=True, center=True)
    wm.para(d, "(Kèm theo Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023 của Thành Đoàn Hà Nội)",
            italic=True, center=True)  # fmt: skip
    wm.grid_table(d, [["STT", "Đơn vị"], ["1", "Quận đoàn Ba Đình"], ["2", "Huyện đoàn Sóc Sơn"]])
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert len(got.data["signers"]) == 1 and got.data["signers"][0]["name"] == "Nguyễn Văn Hùng"
    [app] = got.data["appendices"]
    assert app["title"] == "DANH SÁCH ĐƠN VỊ THAM GIA TRƯNG BÀY" and "orientation" not in app
    assert app["table"] == {
        "columns": ["STT", "Đơn vị"],
        "rows": [["1", "Quận đoàn Ba Đình"], ["2", "Huyện đoàn Sóc Sơn"]],
    }
    assert "extra_sections" not in got.data


def test_a_list_after_the_signature_without_the_word_phu_luc(word_repo, import_word):
    """'DANH SÁCH' (bold, centred) and a table after the signature: an appendix with the table
    (kehoach prints "Phụ lục" above it: a TODO says so)."""
    d = wm.new()
    doan_header_table(d)
    body(d)
    wm.para(d, "DANH SÁCH", bold=True, center=True)
    wm.grid_table(d, [["STT", "Đơn vị"], ["1", "Quận đoàn Ba Đình"], ["2", "Huyện đoàn Sóc Sơn"]])
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    (appendix,) = got.data["appendices"]
    assert appendix["title"] == "DANH SÁCH"
    assert appendix["table"]["rows"] == [["1", "Quận đoàn Ba Đình"], ["2", "Huyện đoàn Sóc Sơn"]]
    assert 'không có chữ "Phụ lục" ở trên' in got.text


def test_text_after_the_signature_that_is_no_appendix_is_kept(word_repo, import_word):
    d = wm.new()
    doan_header_table(d)
    body(d)
    wm.grid_table(d, [["STT", "Đơn vị"], ["1", "Quận đoàn Ba Đình"], ["2", "Huyện đoàn Sóc Sơn"]])
    got = import_word(wm.save(d), word_repo)  # a table after the signature, without a title
    assert got.errors == []
    [kept] = [s for s in got.data["extra_sections"] if s["title"] == "Nội dung chưa xếp được"]
    assert "2 | Huyện đoàn Sóc Sơn" in kept["paragraphs"]
    assert "# TODO: chữ chưa xếp được" in got.text


def test_a_coordination_program(word_repo, import_word):
    d = wm.new()
    wm.header_table(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
                    STATE_RIGHT, "Số: 03/CTPH-TĐTN-SKHCN", "Hà Nội, ngày 30 tháng 12 năm 2021")  # fmt: skip
    wm.para(d, "CHƯƠNG TRÌNH PHỐI HỢP", bold=True, center=True)
    wm.para(
        d, "Hỗ trợ thanh niên khởi nghiệp, sáng tạo giai đoạn 2022 – 2026", bold=True, center=True
    )
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "Tạo cơ chế phối hợp thường xuyên giữa hai bên.")
    wm.para(d, "II. NỘI DUNG PHỐI HỢP", bold=True)
    wm.para(d, "1. Tuyên truyền về khoa học và công nghệ", bold=True)
    wm.para(d, "2. Hỗ trợ thanh niên khởi nghiệp", bold=True)
    wm.para(d, "- Tổ chức cuộc thi ý tưởng khởi nghiệp hằng năm.")
    wm.para(d, "III. TRÁCH NHIỆM CỦA CÁC BÊN", bold=True)
    wm.para(d, "1. Thành Đoàn Hà Nội", bold=True)
    wm.para(d, "- Chủ trì triển khai trong tổ chức Đoàn.")
    wm.para(d, "2. Sở Khoa học và Công nghệ", bold=True)
    wm.para(d, "- Hỗ trợ chuyên môn, kinh phí.")
    wm.para(d, "IV. CHẾ ĐỘ SƠ KẾT, TỔNG KẾT", bold=True)
    wm.para(d, "Hằng năm, hai bên tổ chức sơ kết, đánh giá kết quả phối hợp.")
    wm.para(d, "Kết thúc giai đoạn, hai bên tổ chức tổng kết Chương trình./.")
    t = d.add_table(rows=2, cols=2)
    wm.cell_lines(t.cell(0, 0), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("BÍ THƯ", True)])
    wm.cell_lines(t.cell(0, 1), [("GIÁM ĐỐC", True)])
    wm.cell_lines(t.cell(1, 0), [("Nguyễn Văn Hùng", True)])
    wm.cell_lines(t.cell(1, 1), [("Lê Văn Nam", True)])
    got = import_word(wm.save(d), word_repo)
    data = got.data
    assert got.errors == []
    assert data["kind"] == "program" and data["parties"] == ["tdhn", "skhcn-hn"]
    assert data["number"] == 3 and data["period"] == {"from": 2022, "to": 2026}
    assert [a["title"] for a in data["areas"]] == [
        "Tuyên truyền về khoa học và công nghệ", "Hỗ trợ thanh niên khởi nghiệp"
    ]  # fmt: skip
    assert data["areas"][1]["items"] == ["Tổ chức cuộc thi ý tưởng khởi nghiệp hằng năm."]
    assert [(x["org"], x.get("title")) for x in data["duties"]] == [
        ("tdhn", None), ("skhcn-hn", "Sở Khoa học và Công nghệ")
    ]  # fmt: skip
    schedule = data["reviews"]["schedule"]
    assert [(e["kind"], e.get("every"), e.get("time")) for e in schedule] == [
        ("interim", "year", None), ("final", None, "2026-Q4")
    ]  # fmt: skip
    assert data["reviews"]["paragraphs"][0].startswith("Hằng năm")  # the prose stays as written
    assert "suy ra từ câu" in got.text
    assert [s["org"] for s in data["signers"]] == ["tdhn", "skhcn-hn"]
    assert data["signers"][1] == {"org": "skhcn-hn", "above": "", "title": "GIÁM ĐỐC",
                                  "name": "Lê Văn Nam"}  # fmt: skip


def test_the_same_body_of_another_province_is_a_new_org(word_repo, import_word):
    """orgs.yaml knows the Sở KH&CN of Hà Nội; a plan of the Sở KH&CN of Thái Bình (its parent
    body printed above it) is proposed as a new org, and the activities name that new org, never
    a body of Hà Nội."""
    d = wm.new()
    wm.header_table(d, [("UBND TỈNH THÁI BÌNH", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
                    STATE_RIGHT, "Số: 21/KH-SKHCN", "Thái Bình, ngày 10 tháng 02 năm 2024")  # fmt: skip
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Hội thi Sáng tạo kỹ thuật năm 2024", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    n = wm.numbering(d, [("decimal", "%1.")])
    wm.numbered(d, "Phát hiện các giải pháp sáng tạo.", n)
    wm.numbered(d, "Tổ chức tiết kiệm.", n)
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.grid_table(d, [["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
                      ["1", "Ban hành Thể lệ", "Sở KH&CN", "Thành Đoàn", "Tháng 3/2024"]])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    [prop] = got.file.proposals
    assert prop.parent == "UBND TỈNH THÁI BÌNH" and prop.code == "SKHCN"
    assert got.data["issuers"] == [prop.id]
    [act] = got.activities()
    assert act["lead"] == prop.id
    # "Thành Đoàn" in a Thái Bình plan is not the Thành Đoàn of Hà Nội orgs.yaml knows
    assert "support" not in act and act["support_others"] == ["Thành Đoàn"]
    # automatically numbered sentences (not bold, ending with a full stop) are numbered items
    assert got.data["purpose"] == {
        "title": "MỤC ĐÍCH",
        "item_style": "number",
        "items": ["Phát hiện các giải pháp sáng tạo.", "Tổ chức tiết kiệm."],
    }


def test_blank_day_in_a_header_typed_with_tabs(word_repo, import_word):
    """'ngày    tháng 3 năm 2023': the day left blank for the clerk, the month filled in — the
    spaces are the blank, not a gap between columns (which made 'tháng 3 năm 2023' an issuer)."""
    d = wm.new()
    wm.header_tabs(
        d,
        [("UBND THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
         ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"),
         ("Số:  05 /KH-SKHCN", "Hà Nội,    ngày    tháng 3 năm 2023")],
    )  # fmt: skip
    body(d)
    got = import_word(wm.save(d), word_repo)
    assert got.data["issuers"] == ["skhcn-hn"]
    assert got.data["number"] == 5 and got.data["year"] == 2023 and "date" not in got.data
    assert "tháng 3" not in got.text.split("title:")[0]  # no issuer, no org proposed from it
