"""The NỘI DUNG part of a plan as people lay it out in Word: numbered sentences before the activity
table, the table under a subheading of its own, lines broken by Shift+Enter inside a cell. The
draft is always valid: ``contents`` has no item style and no data table of its own."""

from __future__ import annotations

from . import wordmake as wm
from .samples import doan_header_table

ROWS = [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"],
    ["1", "Phát động Ngày hội", "Thành Đoàn", "Sở KH&CN", "Quý II/2023", "15.000.000 đ"],
    ["2", "Trưng bày sản phẩm", "Sở KH&CN", "Thành Đoàn", "Tháng 9/2023", "40 triệu"],
]


def _plan(d, contents) -> None:
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    contents(d)
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(
        t.cell(0, 1),
        [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True), ("Nguyễn Văn Hùng", True)],
    )


def test_activity_table_under_a_subheading(word_repo, import_word):
    def contents(d):
        wm.para(d, "1. Đối tượng: đoàn viên, thanh niên trên địa bàn Thủ đô.")
        wm.para(d, "2. Các hoạt động cụ thể", bold=True)
        wm.grid_table(d, ROWS)

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == [] and got.result.files[0].problems == []
    part = got.data["contents"]
    assert part["layout"] == "table" and "item_style" not in part and "sections" not in part
    assert part["paragraphs"] == [
        "1. Đối tượng: đoàn viên, thanh niên trên địa bàn Thủ đô.",
        "2. Các hoạt động cụ thể",
    ]
    acts = part["activities"]
    assert [a["lead"] for a in acts] == ["tdhn", "skhcn-hn"]
    assert [a["time"] for a in acts] == ["2023-Q2", "2023-09"]
    assert [a["budget"] for a in acts] == [15000000, 40000000]


def test_activity_table_after_another_subsection_keeps_it(word_repo, import_word):
    """A subsection before the table's: both kept; the table's activities are the contents'."""

    def contents(d):
        wm.para(d, "1. Đối tượng tham gia", bold=True)
        wm.para(d, "Đoàn viên, thanh niên trên địa bàn Thủ đô.")
        wm.para(d, "2. Các hoạt động cụ thể", bold=True)
        wm.para(d, "Các hoạt động chính gồm:")
        wm.grid_table(d, ROWS)

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    part = got.data["contents"]
    assert len(part["activities"]) == 2
    assert [s.get("title") for s in part["sections"]] == [
        "Đối tượng tham gia",
        "Các hoạt động cụ thể",
    ]
    assert part["sections"][1]["paragraphs"] == ["Các hoạt động chính gồm:"]
    assert "in tách khỏi bảng hoạt động" in got.text  # a lead-in apart from its table: a TODO


def test_numbered_sentences_without_a_table_stay_typed(word_repo, import_word):
    """Items numbered 1., 2. in NỘI DUNG without activities: paragraphs with their numbers typed
    (``contents`` prints no item style), and a data table goes to a section — a valid draft."""

    def contents(d):
        wm.para(d, "1. Tổ chức các hoạt động tuyên truyền trên mạng xã hội.")
        wm.para(d, "2. Tổ chức Ngày hội vào tháng 9/2023.")
        wm.grid_table(d, [["Giải", "Số lượng"], ["Nhất", "01"], ["Nhì", "02"]])

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == [] and got.result.files[0].problems == []
    part = got.data["contents"]
    assert "item_style" not in part and "table" not in part
    assert part["paragraphs"] == [
        "1. Tổ chức các hoạt động tuyên truyền trên mạng xã hội.",
        "2. Tổ chức Ngày hội vào tháng 9/2023.",
    ]
    assert part["sections"] == [
        {"table": {"columns": ["Giải", "Số lượng"], "rows": [["Nhất", "01"], ["Nhì", "02"]]}}
    ]


def test_a_line_broken_in_a_cell_is_a_line(word_repo, import_word):
    """Shift+Enter inside the content cell: 'Địa điểm: …' on its own line is the place."""

    def contents(d):
        rows = [list(r) for r in ROWS]
        rows[1][1] = "x"
        t = wm.grid_table(d, rows)
        cell = t.cell(1, 1)
        cell.paragraphs[0].text = ""
        wm.add_run(cell.paragraphs[0], "Phát động Ngày hội\nĐịa điểm: Cung Thanh niên")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first = got.data["contents"]["activities"][0]
    assert first["title"] == "Phát động Ngày hội" and first["place"] == "Cung Thanh niên"


def test_headings_typed_with_a_dash(word_repo, import_word):
    """'II- NỘI DUNG', '1 - Mục đích': the dash stands for the point; '2027 - năm…' is no heading."""
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I- MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "1 - Mục đích", bold=True)
    wm.para(d, "2023 - năm bản lề của phong trào sáng tạo trẻ.")
    wm.para(d, "II- NỘI DUNG", bold=True)
    wm.grid_table(d, ROWS)
    wm.para(d, "III – TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    data = got.data
    assert data["purpose"]["sections"] == [
        {"title": "Mục đích", "paragraphs": ["2023 - năm bản lề của phong trào sáng tạo trẻ."]}
    ]
    assert len(data["contents"]["activities"]) == 2
    assert data["implementation"]["items"] == ["Các cơ sở Đoàn triển khai Kế hoạch."]


def test_headings_typed_with_a_slash(word_repo, import_word):
    """'I/ MỤC ĐÍCH, YÊU CẦU:', '1/ Mục đích:', 'III/ KINH PHÍ:': the slash stands for the point.
    Before, the first heading was read into the title, everything else into the preamble: no
    activity, no budget, and nothing said."""
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I/ MỤC ĐÍCH, YÊU CẦU:", bold=True)
    wm.para(d, "1/ Mục đích:", bold=True)
    wm.para(d, "Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II/ NỘI DUNG:", bold=True)
    wm.grid_table(d, ROWS)
    wm.para(d, "III/ KINH PHÍ:", bold=True)
    wm.para(d, "Tổng kinh phí: 55.000.000 đồng (Năm mươi lăm triệu đồng).")
    wm.para(d, "IV/ TỔ CHỨC THỰC HIỆN:", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    data = got.data
    assert data["title"] == "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023"
    assert "preamble" not in data
    assert [s["title"] for s in data["purpose"]["sections"]] == ["Mục đích:"]
    assert len(data["contents"]["activities"]) == 2
    assert data["budget"]["total"] == 55_000_000
    assert data["implementation"]["items"] == ["Các cơ sở Đoàn triển khai Kế hoạch."]


def test_activities_lettered_with_a_slash(word_repo, import_word):
    """'a/ Tổ chức Hội thảo …' with its '- Thời gian:', '- Đơn vị thực hiện:' lines under a '1/'
    group: an activity, as 'a)' is (before: paragraphs, no lead, no time, "đã nhập" all the
    same)."""

    def contents(d):
        wm.para(d, "1/ Hoạt động tư vấn, phản biện", bold=True)
        for letter, title, when in (("a", "Tổ chức Hội thảo khoa học", "Quý II/2023"),
                                    ("b", "Phản biện đề án", "Tháng 9/2023")):  # fmt: skip
            wm.para(d, f"{letter}/ {title}")
            wm.para(d, f"- Thời gian: {when}.")
            wm.para(
                d, "- Đơn vị thực hiện: Sở Khoa học và Công nghệ chủ trì, phối hợp với Thành Đoàn."
            )

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    acts = got.data["contents"]["activities"]
    assert [(a["title"], a["lead"], a["time"]) for a in acts] == [
        ("Tổ chức Hội thảo khoa học", "skhcn-hn", "2023-Q2"),
        ("Phản biện đề án", "skhcn-hn", "2023-09"),
    ]


def test_signature_lines_broken_by_shift_enter_are_one_block(word_repo, import_word):
    """'TM. BAN THƯỜNG VỤ' / 'PHÓ BÍ THƯ' in one right-aligned paragraph (a soft line break),
    the name in another: one signer, not a second one for the title."""
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", bold=True)
    wm.para(d, "")
    wm.para(d, "Nguyễn Văn Hùng", bold=True)
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Các quận, huyện, thị đoàn;")
    wm.para(d, "- Lưu: VP.")
    got = import_word(wm.save(d), word_repo)
    assert got.data["signers"] == [
        {"org": "tdhn", "authority": "TM.", "for": "BAN THƯỜNG VỤ", "title": "PHÓ BÍ THƯ",
         "name": "Nguyễn Văn Hùng"}
    ]  # fmt: skip


def test_the_plans_own_time_and_place_are_not_activities(word_repo, import_word):
    """'- Thời gian: …', '- Địa điểm: …' (one paragraph, Shift+Enter between them, or two), and a
    subsection '1. Thời gian, địa điểm': the plan's facts, kept as written — no activity."""

    def contents(d):
        wm.para(d, "1. Thời gian, địa điểm", bold=True)
        wm.para(d, "- Thời gian: Tháng 4/2023.\n- Địa điểm: Cung Thanh niên.")
        wm.para(d, "2. Hình thức", bold=True)
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(d, "- Địa điểm: Nhà Văn hóa Thanh niên.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    part = got.data["contents"]
    assert "activities" not in part and "layout" not in part
    assert part["sections"] == [
        {"title": "Thời gian, địa điểm",
         "items": ["Thời gian: Tháng 4/2023.", "Địa điểm: Cung Thanh niên."]},
        {"title": "Hình thức",
         "items": ["Thời gian: Quý II/2023.", "Địa điểm: Nhà Văn hóa Thanh niên."]},
    ]  # fmt: skip


def test_labelled_lines_of_an_activity(word_repo, import_word):
    """Under a list activity: 'Đơn vị chủ trì: …; phối hợp: …' on one line, 'Thời gian phát
    động: …' (a label that starts with a field's name), 'Ghi chú: …'."""

    def contents(d):
        wm.para(d, "- Phát động Ngày hội sáng tạo")
        wm.para(d, "Đơn vị chủ trì: Thành Đoàn; phối hợp: Sở Khoa học và Công nghệ.")
        wm.para(d, "Thời gian phát động: Tháng 3/2023.")
        wm.para(d, "Ghi chú: phát động trực tuyến.")
        wm.para(d, "- Trưng bày sản phẩm")
        wm.para(d, "Chủ trì: Sở KH&CN, phối hợp: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["contents"]["activities"]
    assert (first["lead"], first["support"], first["time"]) == ("tdhn", ["skhcn-hn"], "2023-03")
    # printed as written: ``note`` is kehoach's progress note, never printed
    assert first["details"] == ["Ghi chú: phát động trực tuyến."] and "note" not in first
    assert "lead_unit" not in first
    assert (second["lead"], second["support"]) == ("skhcn-hn", ["tdhn"])


def test_a_body_whose_name_holds_a_comma_stays_one(word_repo, import_word):
    def contents(d):
        rows = [list(r) for r in ROWS]
        rows[1][3] = "Sở Văn hóa, Thể thao và Du lịch, Sở KH&CN"
        wm.grid_table(d, rows)

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first = got.data["contents"]["activities"][0]
    assert first["support"] == ["skhcn-hn"]
    assert first["support_others"] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_department_under_the_body_is_the_drafting_unit(word_repo, import_word):
    """'BCH THÀNH ĐOÀN HÀ NỘI' (bold) over 'BAN PHONG TRÀO' (upright), 'Số: 21-KH/TĐTN-BPT': one
    issuer, the department its ``unit`` (with a TODO), no proposed org, no second signer."""
    d = wm.new()
    wm.para(d, "BCH THÀNH ĐOÀN HÀ NỘI", bold=True)
    wm.para(d, "BAN PHONG TRÀO")
    wm.para(d, "***")
    wm.para(d, "Số: 21-KH/TĐTN-BPT\t\tHà Nội, ngày 02 tháng 02 năm 2023")
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Triển khai Tháng Thanh niên năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Tạo đợt sinh hoạt chính trị sâu rộng trong đoàn viên, thanh niên.")
    wm.para(d, "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", bold=True)
    wm.para(d, "Nguyễn Văn Hùng", bold=True)
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT, BPT.")
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert got.data["issuers"] == ["tdhn"] and got.data["unit"] == "BPT"
    assert "symbol" not in got.data and got.result.files[0].proposals == []
    assert [s["org"] for s in got.data["signers"]] == ["tdhn"]
    assert 'tiêu đề ghi "BAN PHONG TRÀO"' in got.text


def test_one_column_for_who_does_it(word_repo, import_word):
    """'Đơn vị thực hiện': 'X (chủ trì); Y (phối hợp)', 'Chủ trì: X; Phối hợp: Y', 'X chủ trì,
    phối hợp với Y' — the lead and the support, never the words as a unit of the wrong body."""

    def contents(d):
        wm.grid_table(
            d,
            [
                ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"],
                [
                    "1",
                    "Phát động Ngày hội",
                    "Thành Đoàn (chủ trì); Sở KH&CN (phối hợp)",
                    "Quý II/2023",
                ],
                [
                    "2",
                    "Trưng bày sản phẩm",
                    "Chủ trì: Sở KH&CN; Phối hợp: Thành Đoàn",
                    "Tháng 9/2023",
                ],
                ["3", "Tổng kết", "Thành Đoàn chủ trì, phối hợp với Sở KH&CN", "Tháng 12/2023"],
            ],
        )

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    acts = got.data["contents"]["activities"]
    assert [(a["lead"], a.get("support")) for a in acts] == [
        ("tdhn", ["skhcn-hn"]),
        ("skhcn-hn", ["tdhn"]),
        ("tdhn", ["skhcn-hn"]),
    ]
    assert not any("lead_unit" in a for a in acts) and "TODO" not in got.text.split("contents:")[1]
    # printed again in one column under the typed heading, each role named (before: two columns,
    # 'Đơn vị thực hiện' with the lead alone and 'Phối hợp')
    assert got.data["contents"]["columns"] == {
        "number": "TT",
        "title": "Nội dung công việc",
        "units": "Đơn vị thực hiện",
        "time": "Thời gian hoàn thành",
    }


def test_the_department_in_brackets_after_the_lead(word_repo, import_word):
    """'Thành Đoàn (Ban Phong trào); Sở KH&CN (phối hợp)': the department is ``lead_unit``,
    printed again as 'Ban Phong trào Thành Đoàn' — before, only a TODO kept its words."""

    def contents(d):
        wm.grid_table(d, [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
                          ["1", "Tuyên dương", "Thành Đoàn (Ban Phong trào); Sở KH&CN (phối hợp)",
                           "Tháng 5/2023"]])  # fmt: skip

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    (act,) = got.data["contents"]["activities"]
    assert (act["lead"], act["lead_unit"], act["support"]) == (
        "tdhn",
        "Ban Phong trào",
        ["skhcn-hn"],
    )
    assert "TODO" not in got.text.split("contents:")[1]


def test_a_list_activity_in_one_sentence(word_repo, import_word):
    def contents(d):
        wm.para(d, "- Lễ ra quân: Thành Đoàn chủ trì, các quận, huyện đoàn phối hợp; thời gian: "
                   "26/3/2023.")  # fmt: skip
        wm.para(d, "- Ngày hội: tổ chức tại Cung Thanh niên.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["contents"]["activities"]
    assert (first["title"], first["lead"], first["time"]) == ("Lễ ra quân", "tdhn", "2023-03-26")
    assert first["support_others"] == ["các quận, huyện đoàn"]
    assert second["title"] == "Ngày hội: tổ chức tại Cung Thanh niên."  # left whole


def test_activity_table_as_the_last_subsection_keeps_its_heading(word_repo, import_word):
    """'1. Đối tượng' then '2. Các hoạt động chính' holding only the table: the first stays a
    subsection, the second's words name the activities (``activities_title``), printed after it
    as '2.': the source's order and numbers, no TODO."""

    def contents(d):
        wm.para(d, "1. Đối tượng tham gia", bold=True)
        wm.para(d, "Đoàn viên, thanh niên trên địa bàn Thủ đô.")
        wm.para(d, "2. Các hoạt động chính", bold=True)
        wm.grid_table(d, ROWS)

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    part = got.data["contents"]
    assert part["activities_title"] == "Các hoạt động chính"
    assert [s["title"] for s in part["sections"]] == ["Đối tượng tham gia"]
    assert len(part["activities"]) == 2 and "TODO" not in got.text.split("contents:")[1]


def test_a_note_column_is_printed_again(word_repo, import_word):
    """The 'Ghi chú' column of the source table: kept where kehoach prints it (``details``), in a
    column of its own (``columns.note``)."""

    def contents(d):
        rows = [[*r, x] for r, x in zip(ROWS, ["Ghi chú", "Phối hợp bệnh viện", ""], strict=True)]
        wm.grid_table(d, rows)

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["contents"]["activities"]
    assert first["details"] == ["Ghi chú: Phối hợp bệnh viện"] and "note" not in first
    assert "details" not in second
    # in a Ghi chú column of its own, last (before: under the content, in italics)
    assert got.data["contents"]["columns"]["note"] == "Ghi chú"


def test_group_rows_of_the_table_are_the_groups_of_its_activities(word_repo, import_word):
    """'I. Hoạt động tuyên truyền' across the table: the ``group`` of the activities under it,
    without the number (kehoach numbers the groups), printed again as a row across the table;
    every activity kept, no TODO."""

    def contents(d):
        rows = [ROWS[0], ["I. Hoạt động tuyên truyền", "", "", "", "", ""], ROWS[1],
                ["II. Hoạt động tình nguyện", "", "", "", "", ""], ROWS[2]]  # fmt: skip
        t = wm.grid_table(d, rows)
        for r in (1, 3):
            t.cell(r, 0).merge(t.cell(r, 5))

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    part = got.data["contents"]
    assert "paragraphs" not in part and "# TODO" not in got.text
    assert [(a["group"], a["title"]) for a in part["activities"]] == [
        ("Hoạt động tuyên truyền", "Phát động Ngày hội"),
        ("Hoạt động tình nguyện", "Trưng bày sản phẩm"),
    ]
    assert got.text.index("group: Hoạt động tuyên truyền") < got.text.index("title: Phát động")


def _grouped_list(d, *, bold_letters=False, lead_in=False) -> None:
    """NỘI DUNG as '1. ‹group›' subheadings, each with 'a)', 'b)' activities and their lines."""
    groups = [
        ("Công tác tuyên truyền", [
            ("Tuyên truyền trên mạng xã hội", ["- Thời gian: Quý II/2023.",
                                               "- Đơn vị chủ trì: Thành Đoàn; phối hợp: Sở KH&CN."]),
            ("Tọa đàm về chuyển đổi số", ["- Thời gian: Tháng 9/2023.",
                                          "- Đơn vị chủ trì: Sở KH&CN."]),
        ]),
        ("Hỗ trợ khởi nghiệp", [
            ("Ngày hội khởi nghiệp", ["- Thời gian: Tháng 10/2023.", "- Đơn vị chủ trì: Thành Đoàn."]),
        ]),
    ]  # fmt: skip
    for n, (group, acts) in enumerate(groups, 1):
        wm.para(d, f"{n}. {group}", bold=True)
        if lead_in:
            wm.para(d, "Đẩy mạnh công tác này trong năm.")
        for letter, (title, lines) in zip("abc", acts, strict=False):
            wm.para(d, f"{letter}) {title}", bold=bold_letters)
            for line in lines:
                wm.para(d, line)


def test_numbered_subheadings_grouping_lettered_activities(word_repo, import_word):
    """'1. Công tác tuyên truyền' then 'a) …', 'b) …' each with its 'Thời gian:', 'Đơn vị chủ
    trì:' lines (typed upright: items; bold: subheadings of their own): every lettered line is an
    activity with its own lead and time, grouped under the subheading's words — a group with one
    activity too, beside groups of two. Before: the second activity and its lines were read as
    details of the first."""
    for bold in (False, True):
        d = wm.new()
        _plan(d, lambda d, bold=bold: _grouped_list(d, bold_letters=bold))
        got = import_word(wm.save(d), word_repo)
        assert got.errors == [] and got.result.files[0].problems == [], bold
        acts = got.data["contents"]["activities"]
        assert [(a["group"], a["title"], a["lead"], a["time"]) for a in acts] == [
            ("Công tác tuyên truyền", "Tuyên truyền trên mạng xã hội", "tdhn", "2023-Q2"),
            ("Công tác tuyên truyền", "Tọa đàm về chuyển đổi số", "skhcn-hn", "2023-09"),
            ("Hỗ trợ khởi nghiệp", "Ngày hội khởi nghiệp", "tdhn", "2023-10"),
        ], bold
        assert acts[0]["support"] == ["skhcn-hn"] and "details" not in acts[0]
        assert "sections" not in got.data["contents"]
        # printed again as typed: '1.' subheadings over 'a)' activities with their lines
        assert got.data["contents"]["layout"] == "detailed_list"


def test_a_group_with_words_of_its_own_stays_a_subsection(word_repo, import_word):
    """A lead-in under '1. …' before its first activity has no place in a group: the subsections
    stay as written (nothing lost)."""
    d = wm.new()
    _plan(d, lambda d: _grouped_list(d, lead_in=True))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    # before: the group became one activity (its activities' lines its details, the time of the
    # first its time, "Quý II/2023" and its lead printed nowhere)
    assert "activities" not in got.data["contents"]
    first = got.data["contents"]["sections"][0]
    assert first["title"] == "Công tác tuyên truyền"
    assert first["paragraphs"][:3] == [
        "Đẩy mạnh công tác này trong năm.",
        "a) Tuyên truyền trên mạng xã hội",
        "- Thời gian: Quý II/2023.",
    ]
    assert [p for p in got.file.problems if p.code == "KH613"] == []


def _with_budget(budget) -> bytes:
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. NỘI DUNG", bold=True)
    wm.grid_table(d, ROWS)
    wm.para(d, "II. KINH PHÍ", bold=True)
    budget(d)
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    return wm.save(d)


def test_the_total_keeps_where_the_money_comes_from(word_repo, import_word):
    def budget(d):
        wm.para(d, "Tổng kinh phí: 55.000.000 đồng (Năm mươi lăm triệu đồng) từ nguồn sự nghiệp "
                   "khoa học năm 2023.")  # fmt: skip

    got = import_word(_with_budget(budget), word_repo)
    assert got.errors == []
    # the source said in the total's sentence: kept as typed (kehoach would print it apart)
    assert got.data["budget"] == {
        "paragraphs": [
            "Tổng kinh phí: 55.000.000 đồng (Năm mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học "
            "năm 2023."
        ],
        "total": 55000000,
        "print_total": False,
    }


def test_a_budget_that_kehoach_cannot_print_stays_as_written(word_repo, import_word):
    """A total followed by other words stays a paragraph; 'a)' items keep their letters; a
    budget table keeps the whole section as an extra section — the draft is valid every time."""

    def worded(d):
        wm.para(d, "Tổng kinh phí: 55.000.000 đồng, trong đó Thành Đoàn 20 triệu đồng.")
        wm.para(d, "a) Ngân sách Thành Đoàn;")
        wm.para(d, "b) Xã hội hóa.")

    got = import_word(_with_budget(worded), word_repo)
    assert got.result.files[0].problems == [] or got.errors == []
    assert got.data["budget"] == {
        "paragraphs": [
            "Tổng kinh phí: 55.000.000 đồng, trong đó Thành Đoàn 20 triệu đồng.",
            "a) Ngân sách Thành Đoàn;",
            "b) Xã hội hóa.",
        ]
    }

    def table(d):
        wm.grid_table(d, [["Khoản", "Số tiền"], ["Giải thưởng", "30.000.000"]])

    got = import_word(_with_budget(table), word_repo, name="bang.docx")
    assert got.errors == [] and "budget" not in got.data
    assert got.data["extra_sections"][0]["table"]["rows"] == [["Giải thưởng", "30.000.000"]]


def _two_rows(word_repo, import_word, column: int, first: str, second: str):
    """The plan with the activity table ``ROWS`` whose two rows say ``first`` and ``second`` in
    ``column``, imported: (the import, its two activities)."""

    def contents(d):
        rows = [list(r) for r in ROWS]
        rows[1][column], rows[2][column] = first, second
        wm.grid_table(d, rows)

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    return got, got.data["contents"]["activities"]


def test_a_name_after_a_semicolon_is_a_name_of_its_own(word_repo, import_word):
    """'Phòng Quản lý công nghệ, Sở KH&CN; các huyện, thị, thành đoàn': the piece after ';'
    starts a new name even in lower case — before, it was glued to 'Sở KH&CN', which never
    reached ``support`` (nor ``who``); a name wrapped by a line break still goes on."""

    _, (first, second) = _two_rows(
        word_repo,
        import_word,
        3,
        "Phòng Quản lý công nghệ, Sở KH&CN; các huyện, thị, thành đoàn",
        "Các quận, huyện,\nthị xã đoàn",
    )
    assert first["support"] == ["skhcn-hn"]
    # a name of many bodies after another one is kept as a cell starts it: kehoach prints it in
    # lower case after another name (``viet.names_list``), as typed here
    assert first["support_others"] == ["Phòng Quản lý công nghệ", "Các huyện, thị, thành đoàn"]
    assert second["support_others"] == ["Các quận, huyện, thị xã đoàn"]


def test_an_amount_per_unit_is_no_budget_of_the_activity(word_repo, import_word):
    """'1,5 triệu đồng/đơn vị' (or '500.000đ/người', 'mỗi đội 2 triệu') is a rate: kept as the
    document's words with a TODO, not the activity's budget — which the printed total would add
    up; a source after a slash ('(NS tỉnh/XHH)') is no rate."""

    got, (first, second) = _two_rows(
        word_repo, import_word, 5, "1,5 triệu đồng/đơn vị", "40 triệu (NS tỉnh/XHH)"
    )
    assert "budget" not in first and "Kinh phí: 1,5 triệu đồng/đơn vị" in first["details"]
    assert "mức chi cho mỗi đơn vị" in got.text
    assert second["budget"] == 40_000_000


def test_a_supporting_body_written_without_its_place(word_repo, import_word):
    """'Sở Khoa học và Công nghệ thành phố' (as people write it, for '… Hà Nội'): that org."""

    def contents(d):
        rows = [list(r) for r in ROWS]
        rows[1][3] = "Sở Khoa học và Công nghệ thành phố"
        wm.grid_table(d, rows)

    d = wm.new()
    _plan(d, contents)
    first = import_word(wm.save(d), word_repo).data["contents"]["activities"][0]
    assert first["support"] == ["skhcn-hn"] and "support_others" not in first


def test_an_activity_typed_in_one_paragraph_with_shift_enter(word_repo, import_word):
    """'- Title' / 'Thời gian: …' / 'Địa điểm: …' / 'Đơn vị chủ trì: …; phối hợp: …' typed as one
    paragraph with Shift+Enter between the lines reads like the same lines typed as paragraphs;
    a line broken by hand in the middle of a sentence stays one line."""

    def contents(d):
        wm.para(
            d,
            "- Phát động Ngày hội sáng tạo\nThời gian: Tháng 4/2023\nĐịa điểm: Cung Thanh niên"
            "\nĐơn vị chủ trì: Thành Đoàn; phối hợp: Sở Khoa học và Công nghệ",
        )
        wm.para(d, "- Trưng bày sản phẩm sáng tạo của\nthanh niên Thủ đô\nKinh phí: 40 triệu")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    first, second = got.data["contents"]["activities"]
    assert first["title"] == "Phát động Ngày hội sáng tạo"
    assert (first["lead"], first["support"], first["time"]) == ("tdhn", ["skhcn-hn"], "2023-04")
    assert first["place"] == "Cung Thanh niên"
    assert second["title"] == "Trưng bày sản phẩm sáng tạo của thanh niên Thủ đô"
    assert second["budget"] == 40000000
    assert "không ghi đơn vị chủ trì" not in got.text.split("trung-bay")[0]


def test_the_last_supporting_unit_loses_the_lines_full_stop(word_repo, import_word):
    """'…; phối hợp: Trung tâm Văn hóa huyện.' → 'Trung tâm Văn hóa huyện' (kehoach prints its
    own punctuation after it); an abbreviation keeps its dot."""

    def contents(d):
        wm.para(d, "- Phát động Ngày hội sáng tạo")
        wm.para(d, "Đơn vị chủ trì: Thành Đoàn; phối hợp: Trung tâm Văn hóa huyện, Công an TP.")
        wm.para(d, "- Trưng bày sản phẩm")
        wm.para(d, "Chủ trì: Thành Đoàn; phối hợp: Nhà Văn hóa Thanh niên.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["contents"]["activities"]
    assert first["support_others"] == ["Trung tâm Văn hóa huyện", "Công an TP."]
    assert second["support_others"] == ["Nhà Văn hóa Thanh niên"]


def test_only_words_that_disagree_with_the_amount_get_a_todo(word_repo, import_word):
    def contents(d):
        wm.para(d, "- Phát động Ngày hội sáng tạo")
        wm.para(d, "Chủ trì: Thành Đoàn; kinh phí: 50.000.000 đồng (Năm mươi triệu đồng).")
        wm.para(d, "- Trưng bày sản phẩm")
        wm.para(d, "Chủ trì: Thành Đoàn; kinh phí: 40.000.000 đồng (Bốn triệu đồng).")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["contents"]["activities"]
    assert first["budget"] == 50_000_000 and second["budget"] == 40_000_000
    assert "Năm mươi triệu" not in got.text
    assert 'văn bản ghi "40.000.000 đồng (Bốn triệu đồng)' in got.text


def test_a_budget_without_a_total_line_is_printed_without_one(word_repo, import_word, tmp_path):
    """Two budget lines and no "Tổng kinh phí" in the source: ``print_total: false``, so the
    reprint adds no total the office never wrote (before: "Tổng kinh phí: … (Bằng chữ: …)").
    One line is printed without a total in any case: its amount is the total."""
    from kehoach.render.document import render
    from kehoach.validate.run import run_validate

    def two(d):
        wm.para(d, "- Giải thưởng: 30.000.000 đồng (ngân sách sự nghiệp khoa học);")
        wm.para(d, "- Tổ chức Ngày hội: 25.000.000 đồng.")

    def one(d):
        wm.para(d, "- Tổ chức các hoạt động: 40.000.000 đồng (ngân sách Thành Đoàn).")

    for name, budget, flag in (("hai.docx", two, False), ("mot.docx", one, None)):
        got = import_word(_with_budget(budget), word_repo, name=name)
        assert got.errors == [] and got.data["budget"].get("print_total") is flag
        plan = word_repo / "plans" / name.replace(".docx", ".yaml")
        plan.parent.mkdir(exist_ok=True)
        plan.write_text(got.text, encoding="utf-8")
        result = run_validate([str(plan)], use_cache=False, need_repo=True)
        (doc,) = [d for d in result.repo.documents if d.path.endswith(plan.name)]
        text = render(doc, result.repo, "txt").decode("utf-8")
        assert "Tổng kinh phí" not in text and "đồng" in text


def test_words_after_the_activity_table_print_after_it(word_repo, import_word):
    """A sentence typed after the activity table: ``after_activities``, printed after the table —
    before, it joined the lead-in and printed before the table."""

    def contents(d):
        wm.para(d, "Các hoạt động cụ thể như sau:")
        wm.grid_table(d, ROWS)
        wm.para(d, "Ngoài các hoạt động trên, các đơn vị chủ động tổ chức hoạt động phù hợp.")
        wm.para(d, "- Báo cáo kết quả về Thành Đoàn trước ngày 15/12/2023.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    body = got.data["contents"]
    assert body["paragraphs"] == ["Các hoạt động cụ thể như sau:"]
    assert body["after_activities"] == {
        "paragraphs": ["Ngoài các hoạt động trên, các đơn vị chủ động tổ chức hoạt động phù hợp."],
        "items": ["Báo cáo kết quả về Thành Đoàn trước ngày 15/12/2023."],
    }
    assert len(body["activities"]) == 2


def test_who_carries_it_out_said_as_don_vi_thuc_hien(word_repo, import_word):
    """'- Đơn vị thực hiện: Sở Khoa học và Công nghệ chủ trì, phối hợp với Thành Đoàn và Hội Sinh
    viên Việt Nam thành phố.' under an activity: its lead and both supporting bodies — before, the
    label was not read (no activity at all), and the two bodies joined by "và", one named without
    its place, stayed one unknown name."""

    def contents(d):
        for n, (title, who) in enumerate(
            [
                ("Phát động Ngày hội", "Thành Đoàn chủ trì, phối hợp với Sở Khoa học và Công nghệ"),
                ("Chấm giải", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Thành Đoàn và Hội "
                 "Sinh viên Việt Nam thành phố"),
            ],
            1,
        ):  # fmt: skip
            wm.para(d, f"{n}. {title}", bold=True)
            wm.para(d, "- Thời gian: Quý II/2023.")
            wm.para(d, f"- Đơn vị thực hiện: {who}.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    acts = got.data["contents"]["activities"]
    assert [(a["title"], a["lead"], a.get("support")) for a in acts] == [
        ("Phát động Ngày hội", "tdhn", ["skhcn-hn"]),
        ("Chấm giải", "skhcn-hn", ["tdhn", "hsv-hn"]),
    ]
    assert "support_others" not in got.text and "Nội dung chưa xếp được" not in got.text
