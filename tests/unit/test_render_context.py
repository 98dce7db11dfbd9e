"""The view model of ``kehoach render``: wording, numbering and punctuation shared by every format."""

from __future__ import annotations

import pytest

from helpers import EXAMPLES, ORGS, build_tree, texts, view
from kehoach.render import context, phrases

DT = EXAMPLES / "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml"
KHLT = EXAMPLES / "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
KH2022 = EXAMPLES / "plans/2022/kh-2022-tinhdoan-bt.yaml"
LHH = EXAMPLES / "plans/2023/kh-lhh-thuc-hien-5395.yaml"
CTPH_BT = EXAMPLES / "programs/ctph-2021-2025-tinhdoan-skhcn-bt.yaml"
CTPH_TB = EXAMPLES / "programs/ctph-2018-2023-lhh-hhdn-tb.yaml"


# -- header -----------------------------------------------------------------------------------------


def test_doan_header_without_number():
    h = view(DT)["header"]
    assert h["issuers"] == [{"parent": "", "name": "BCH TỈNH ĐOÀN ĐỒNG THÁP", "mark": "***"}]
    assert h["mark"] == "***"
    assert h["national"] == {"name": "ĐOÀN TNCS HỒ CHÍ MINH", "motto": ""}
    assert h["number"] == "Số: …-KH/TĐTN-TNNTCN&ĐT"  # blank number for the clerk, Đoàn style
    assert h["date"] == "Đồng Tháp, ngày 05 tháng 02 năm 2021"


def test_state_header():
    v = view(LHH)
    h = v["header"]
    assert h["issuers"] == [
        {"parent": "", "name": "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH", "mark": "rule"}
    ]
    assert h["mark"] == "rule"
    assert h["national"] == {
        "name": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "motto": "Độc lập - Tự do - Hạnh phúc",
    }
    assert h["number"] == "Số: 02/KH-LHH"
    assert h["date"] == "Hà Giang, ngày 10 tháng 01 năm 2023"
    assert v["doc_type"] == "KẾ HOẠCH"


def test_joint_plan_stacks_issuers_and_uses_joint_code():
    v = view(KHLT)
    assert v["joint"] and v["doc_type"] == "KẾ HOẠCH LIÊN TỊCH"
    # each body keeps its parent line and its own ornament (*** under the Đoàn, a rule under the
    # Sở); Quốc hiệu and Tiêu ngữ with a state body; the Đoàn, first, numbers it its way
    assert v["header"]["issuers"] == [
        {"parent": "", "name": "BCH TỈNH ĐOÀN BÌNH THUẬN", "mark": "***"},
        {"parent": "UBND TỈNH BÌNH THUẬN", "name": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "mark": "rule"},
    ]
    assert v["header"]["national"]["motto"] == "Độc lập - Tự do - Hạnh phúc"
    assert v["header"]["number"] == "Số: 12-KHLT/TĐTN-SKHCN"


def test_program_number_keeps_its_code():
    v = view(CTPH_BT)
    assert v["doc_type"] == "CHƯƠNG TRÌNH PHỐI HỢP"
    assert v["header"]["number"] == "Số: …-CTPH/TĐTN-SKHCN"  # not CTPHLT; the Đoàn's form
    assert view(CTPH_TB)["header"]["number"] == "Số: …/CTPH-LHH-HHDN"  # state style: slash first


def orgs_with(system: str, parent: str = "") -> str:
    return ORGS.replace(
        "    system: doan\n",
        f"    system: {system}\n" + (f"    parent: {parent}\n" if parent else ""),
        1,
    )


@pytest.mark.parametrize(
    ("system", "number", "mark", "national"),
    [
        ("state", "Số: 07/KH-TĐTN", "rule", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("association", "Số: 07/KH-TĐTN", "rule", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("doan", "Số: 07-KH/TĐTN", "***", "ĐOÀN TNCS HỒ CHÍ MINH"),
        ("party", "Số 07-KH/TĐTN", "*", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ],
)
def test_header_per_system(tmp_path, system, number, mark, national):
    from helpers import PLAN

    build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": orgs_with(system, "TỈNH ỦY BÌNH THUẬN"),
            "kh.yaml": PLAN.replace("kind: plan\n", "kind: plan\nnumber: 7\n"),
        },
    )
    h = view(tmp_path / "kh.yaml")["header"]
    assert (h["number"], h["mark"], h["national"]["name"]) == (number, mark, national)
    assert h["issuers"] == [
        {"parent": "TỈNH ỦY BÌNH THUẬN", "name": "BCH TỈNH ĐOÀN BÌNH THUẬN", "mark": mark}
    ]


def test_undated_document_leaves_the_date_blank(tmp_path):
    from helpers import PLAN

    build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "kh.yaml": PLAN.replace("date: 2022-01-10\n", ""),
        },
    )
    assert (
        view(tmp_path / "kh.yaml")["header"]["date"] == "Bình Thuận, ngày      tháng      năm 2022"
    )


@pytest.mark.parametrize("place", ["Bình Thuận", "Thành phố Hồ Chí Minh"])
def test_every_format_leaves_room_for_the_day_and_month(tmp_path, place):
    """The blank of an undated document keeps its spaces in print (docs/render.md): room for the
    day and month written by hand — in plain text (whose header breaks lines between words), in
    Word (read back: one run, spaces kept), in HTML (spaces kept by the style), in Markdown."""
    import io

    import docx

    from helpers import PLAN, rendered

    build_tree(
        tmp_path,
        {
            "kehoach.yaml": f"kind: settings\nplace: {place}\n",
            "orgs.yaml": ORGS.replace("place: Bình Thuận", f"place: {place}"),
            "kh.yaml": PLAN.replace("date: 2022-01-10\n", ""),
        },
    )
    blank = "ngày      tháng      năm 2022"
    source = tmp_path / "kh.yaml"
    assert blank in rendered(source, "txt").decode("utf-8")
    assert blank in rendered(source, "md").decode("utf-8")
    html = rendered(source, "html").decode("utf-8")
    assert blank in html and "white-space: pre-wrap" in html
    word = docx.Document(io.BytesIO(rendered(source, "docx")))
    header = word.tables[0].rows[-1].cells[-1].paragraphs
    assert any(blank in p.text for p in header), [p.text for p in header]


def test_draft_from_flag_or_file():
    assert view(DT, draft=True)["draft"] is True
    assert view(DT)["draft"] is False


# -- bases, body, closing ---------------------------------------------------------------------------


def test_bases_end_with_semicolons_and_a_full_stop():
    bases = view(LHH)["bases"]
    assert [b[-1] for b in bases] == [";", ";", ";", "."]
    assert bases[0] == (
        "Căn cứ Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị (khóa X) về tiếp tục đổi "
        "mới, nâng cao chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật "
        "Việt Nam trong thời kỳ đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước;"
    )
    assert bases[3].startswith(
        "Thực hiện Kế hoạch số 5395/KH-UBND ngày 18/6/2021 của UBND tỉnh về cụ thể hóa"
    )


def test_bases_text_verbatim_law_title_and_ref():
    bases = view(KHLT)["bases"]
    assert bases[0] == "Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội;"
    assert bases[1].startswith(
        "Căn cứ Chương trình phối hợp ngày 30/12/2021 giữa "
        "Tỉnh Đoàn Bình Thuận với Sở Khoa học và Công nghệ tỉnh Bình Thuận về phát huy"
    )
    assert bases[2] == (
        "Căn cứ kết quả Hội nghị sơ kết năm 2022 Chương trình phối hợp giữa Tỉnh Đoàn và "
        "Sở Khoa học và Công nghệ."
    )


def test_sections_numbered_and_upper_case():
    lines = texts(view(DT))
    headings = [t for t in lines if t[:3] in ("I. ", "II.", "III", "IV.")]
    assert headings == [
        "I. MỤC ĐÍCH YÊU CẦU",
        "II. NỘI DUNG THỰC HIỆN",
        "III. KINH PHÍ THỰC HIỆN",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    assert (
        "1. Cấp Tỉnh" in lines
        and "1.1. Tỉnh đoàn:" in lines
        and "1.2. Sở Khoa học và Công nghệ:" in lines
    )
    assert "2. Cấp huyện (tương đương)." in lines


def test_default_titles_and_program_sections():
    lines = texts(view(CTPH_BT))
    tops = [t for t in lines if t.split(" ")[0] in ("I.", "II.", "III.", "IV.", "V.")]
    assert tops == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG, GIẢI PHÁP PHỐI HỢP CHỦ YẾU",
        "III. TRÁCH NHIỆM CỦA CÁC BÊN",
        "IV. CHẾ ĐỘ THÔNG TIN, SƠ KẾT, TỔNG KẾT",
        "V. ĐẦU MỐI PHỐI HỢP",
    ]
    assert (
        "1. Tỉnh Đoàn Bình Thuận" in lines
        and "2. Sở Khoa học và Công nghệ tỉnh Bình Thuận" in lines
    )
    # the section has the author's own words: the schedule is tracked, not printed again
    assert not any(t.startswith("- Sơ kết hằng năm:") for t in lines)
    # no closing paragraph: the last line of the body carries the end mark
    assert (
        lines[-1]
        == "- Tỉnh Đoàn Bình Thuận: Ban Phong trào; Nguyễn Ngọc Thiện, Quyền Trưởng Ban Phong trào./."
    )


def test_activities_table_and_budget():
    v = view(KHLT)
    table = next(b for b in v["blocks"] if b["type"] == "activities")
    first = table["rows"][0]
    assert first == {
        "no": 1,
        "group": "",
        "subgroup": "",  # a group inside a program area's group (Phụ lục of the areas)
        "title": "Ban hành thể lệ, phát động Hội thi Sáng tạo trẻ tỉnh Bình Thuận năm 2023",
        "extra": [],
        "lead": "Ban Phong trào Tỉnh Đoàn",
        "support": "Sở KH&CN",
        "time": "Tháng 4/2023",
        "budget": "5.000.000",
        "budget_money": True,
        "cell_budget": "5.000.000",
    }
    assert table["rows"][1]["time"] == "Thường xuyên" and table["rows"][1]["budget"] == ""
    assert table["rows"][3]["time"] == "Tháng 8 – 9/2023"
    assert table["total"] == "210.000.000"
    lines = texts(v)
    assert "Tổng kinh phí: 210.000.000 đồng (Bằng chữ: Hai trăm mười triệu đồng)." in lines
    assert (
        "- Hỗ trợ ươm tạo ý tưởng khởi nghiệp: 60.000.000 đồng (Ngân sách sự nghiệp khoa học)."
        in lines
    )


def test_list_layout_prints_titles_only():
    v = view(DT)
    assert not [b for b in v["blocks"] if b["type"] == "activities"]
    assert (
        "- Tổ chức hội thi tin học trẻ tỉnh Đồng Tháp năm 2021 cho khối cán bộ công chức."
        in texts(v)
    )


def test_body_ends_with_the_end_mark():
    v = view(DT)
    assert v["closing"][-1].endswith("đời sống” năm 2021./.")
    assert view(KHLT)["closing"][-1].endswith("Sở Khoa học và Công nghệ./.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("năm 2021", "năm 2021./."),
        ("năm 2021.", "năm 2021./."),
        ("như sau:", "như sau./."),
        ("xong./.", "xong./."),
        ("a;  ", "a./."),
    ],
)
def test_end_mark(text, expected):
    assert context.end_mark(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"every": "year", "month": 12}, "tháng 12 hằng năm"),
        ({"every": "year"}, "tháng 12 hằng năm"),
        ({"every": "half", "month": 6}, "tháng 6 và tháng 12 hằng năm"),
        ({"every": "quarter"}, "tháng cuối mỗi quý"),
        ({"every": "quarter", "month": 1, "day": 15}, "ngày 15 tháng đầu mỗi quý"),
        ({"every": "month"}, "hằng tháng"),
        ({"every": "month", "day": 5}, "ngày 5 hằng tháng"),
        ({"time": "2023-H1"}, "6 tháng đầu năm 2023"),
        ({"time": "2025-Q4"}, "quý IV/2025"),
        ({"time": "ongoing"}, "thường xuyên"),
        (
            {"kind": "plan", "every": "year", "year_offset": -1, "start": 2022},
            "tháng 12 hằng năm (cho kế hoạch năm sau), từ năm 2021",
        ),
    ],
)
def test_review_schedule_in_words(item, expected):
    assert phrases.when(item) == expected


def test_sub_numbers():
    assert [
        phrases.sub_number(2, "", 3),
        phrases.sub_number(3, "2.", 1),
        phrases.sub_number(4, "2.1.", 2),
    ] == ["3.", "2.1.", "b)"]


# -- signers and recipients -------------------------------------------------------------------------


def test_single_signer():
    assert view(DT)["signers"] == [
        {
            "org": "",
            "authority": "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
            "title": "BÍ THƯ",
            "name": "Huỳnh Minh Thức",
        }
    ]


def test_joint_signers_name_their_body():
    s = view(CTPH_BT)["signers"]
    assert s[0]["org"] == ""  # "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" names the Tỉnh Đoàn already
    assert (s[1]["org"], s[1]["authority"], s[1]["title"]) == (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    )
    tb = view(CTPH_TB)["signers"]
    assert [x["org"] for x in tb] == [
        "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH THÁI BÌNH",
        "HIỆP HỘI DOANH NGHIỆP TỈNH THÁI BÌNH",
    ]
    assert tb[0]["name"] == ""  # space left for a name to be written


def test_signer_without_authority_prints_only_the_title(tmp_path):
    from helpers import PLAN

    plan = PLAN.replace("    authority: TM.\n    for: BAN THƯỜNG VỤ TỈNH ĐOÀN\n", "")
    build_tree(tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "kh.yaml": plan})
    assert view(tmp_path / "kh.yaml")["signers"][0]["authority"] == ""


def test_recipients_brace_style():
    rec = view(DT)["recipients"]
    assert rec["heading"] == "Nơi nhận:" and rec["style"] == "brace"
    bc, ph, th = rec["groups"]
    assert bc["lines"] == [
        "- TW Đoàn (02 nơi);",
        "- Bộ KH&CN;",
        "- Ban TNCN &ĐT TW Đoàn;",
        "- TTTU, UBND tỉnh;",
        "- BTGTU, BDVTU;",
    ]
    assert (bc["label"], bc["middle"]) == ("b/c", 2)
    assert ph["lines"] == ["- Sở KH&CN (phối hợp);"] and ph["label"] == ""
    assert (th["label"], th["middle"]) == ("t/h", 1)
    assert rec["archive"] == "- Lưu: VP, TNNTCN&ĐT."


def test_recipients_suffix_style_and_notes(tmp_path):
    from helpers import PLAN

    plan = PLAN.replace(
        "items: [TW Đoàn]", "items: [TW Đoàn, {name: Sở KH&CN, note: phối hợp}, Tỉnh ủy.]"
    )
    build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\nrecipient_notes: suffix\n",
            "orgs.yaml": ORGS,
            "kh.yaml": plan,
        },
    )
    rec = view(tmp_path / "kh.yaml")["recipients"]
    assert rec["groups"][0]["lines"] == [
        "- TW Đoàn;",
        "- Sở KH&CN (phối hợp);",
        "- Tỉnh ủy (để b/c);",
    ]
    assert rec["groups"][0]["label"] == "" and rec["archive"] == "- Lưu: VT."


def test_header_system_of_joint_documents():
    from kehoach.model import Document
    from kehoach.model.navigate import header_system

    doc = Document("x.yaml", "plan", {})
    doan, state, assoc = {"system": "doan"}, {"system": "state"}, {"system": "association"}
    assert header_system(doc, [doan], {}) == "doan"
    assert header_system(doc, [doan, doan], {}) == "doan"
    assert header_system(doc, [doan, state], {}) == "state"
    assert header_system(doc, [assoc, doan], {}) == "state"
    assert header_system(doc, [{}], {"system": "party"}) == "party"
    assert (
        header_system(Document("x.yaml", "plan", {"system": "doan"}), [doan, state], {}) == "doan"
    )


def test_title_only_headings_do_not_chain_to_the_next_page():
    """Content areas that are only titles: each heading keeps with real content or a deeper
    heading, never with its sibling (a chain of keep-with-next would jump to the next page)."""
    from kehoach.render.body import _keep_headings_with_their_content

    blocks = _keep_headings_with_their_content(
        [
            {"type": "heading", "level": 1},
            {"type": "heading", "level": 2},
            {"type": "heading", "level": 2},
            {"type": "heading", "level": 1},
            {"type": "paragraph"},
            {"type": "heading", "level": 2},
        ]
    )
    assert [b.get("keep") for b in blocks] == [True, False, False, True, None, False]


@pytest.mark.parametrize(
    ("closing", "printed"),
    [
        # kehoach's end mark on the last closing paragraph
        (["Trên đây là Kế hoạch."], ["Trên đây là Kế hoạch./."]),
        # typed already before a note on a figure: that note stands outside the text, no second
        # end mark (before: "…./." and "(1) Số liệu …./.")
        (
            ["Trên đây là báo cáo./.", "(1) Số liệu tính đến ngày 20/6/2025."],
            ["Trên đây là báo cáo./.", "(1) Số liệu tính đến ngày 20/6/2025."],
        ),
    ],
)
def test_one_end_mark(tmp_path, closing, printed):
    from helpers import PLAN

    lines = "".join(f"  - {c!r}\n".replace("'", '"') for c in closing)
    plan = PLAN.replace("signers:", f"closing:\n{lines}signers:", 1)
    build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": plan}
    )
    assert view(tmp_path / "plans/kh.yaml")["closing"] == printed
