"""Articles of a Thể lệ or Quy định as people type them: letter points straight under the article
after a lead-in, a clause's points followed by a paragraph (kept as typed, markers and all), a
prize table inside an article (one paragraph per row, never one run-on line)."""

from __future__ import annotations

from . import wordmake as wm
from .samples import state_header_table


def _rules() -> bytes:
    d = wm.new()
    state_header_table(d, "Số: 21/QyĐ-SKHCN", "Hà Nội, ngày 20 tháng 3 năm 2023")
    wm.para(d, "THỂ LỆ", bold=True, center=True)
    wm.para(d, "Cuộc thi Sáng tạo thanh thiếu niên năm 2023", bold=True, center=True)
    wm.para(d, "Điều 1. Lĩnh vực dự thi", bold=True)
    wm.para(d, "Sản phẩm dự thi thuộc một trong các lĩnh vực sau:")
    wm.para(d, "a) Tin học, tự động hóa;")
    wm.para(d, "b) Nông, lâm, ngư nghiệp.")
    wm.para(d, "Điều 2. Hồ sơ dự thi", bold=True)
    wm.para(d, "1. Hồ sơ dự thi gồm:")
    wm.para(d, "a) Phiếu đăng ký dự thi;")
    wm.para(d, "b) Bản mô tả giải pháp.")
    wm.para(d, "2. Hồ sơ gửi về Sở Khoa học và Công nghệ.")
    wm.para(d, "Hạn cuối nhận hồ sơ: ngày 30/6/2023.")
    wm.para(d, "Điều 3. Cơ cấu giải thưởng", bold=True)
    wm.para(d, "Ban Tổ chức trao các giải như sau:")
    wm.grid_table(d, [["Giải", "Số lượng", "Mức thưởng"], ["Giải Nhất", "01 giải", "5.000.000 đồng"],
                      ["Giải Nhì", "02 giải", "3.000.000 đồng"]])  # fmt: skip
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 1), [("GIÁM ĐỐC", True), ("Lê Văn Nam", True)])
    return wm.save(d)


def _articles(got) -> list:
    data = got.data
    return data.get("articles") or [a for c in data["chapters"] for a in c["articles"]]


def test_letter_points_under_the_article(word_repo, import_word):
    got = import_word(_rules(), word_repo)
    assert got.errors == []
    first = _articles(got)[0]
    assert first["paragraphs"] == ["Sản phẩm dự thi thuộc một trong các lĩnh vực sau:"]
    assert first["items"] == ["Tin học, tự động hóa;", "Nông, lâm, ngư nghiệp."]
    assert first["item_style"] == "letter"


def test_an_article_in_another_order_keeps_its_markers_as_typed(word_repo, import_word):
    second = _articles(import_word(_rules(), word_repo))[1]
    assert second["paragraphs"] == [
        "1. Hồ sơ dự thi gồm:",
        "a) Phiếu đăng ký dự thi;",
        "b) Bản mô tả giải pháp.",
        "2. Hồ sơ gửi về Sở Khoa học và Công nghệ.",
        "Hạn cuối nhận hồ sơ: ngày 30/6/2023.",
    ]


def test_a_table_in_an_article_keeps_its_rows(word_repo, import_word):
    third = _articles(import_word(_rules(), word_repo))[2]
    assert third["paragraphs"] == [
        "Ban Tổ chức trao các giải như sau:",
        "Giải | Số lượng | Mức thưởng",
        "Giải Nhất | 01 giải | 5.000.000 đồng",
        "Giải Nhì | 02 giải | 3.000.000 đồng",
    ]


def test_a_list_after_the_signature_is_an_appendix(word_repo, import_word):
    """'DANH SÁCH' (bold, centred), its title and '(Kèm theo …)' after a decision's signature, then
    a table: an appendix keeping the table (kehoach prints "Phụ lục" above it: said in a TODO),
    not a run of loose lines."""
    from .samples import doan_decision

    d = wm.new()
    doan_decision(d)
    wm.para(d, "DANH SÁCH", bold=True, center=True)
    wm.para(d, "Ban Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "(Kèm theo Quyết định số 58-QĐ/TĐTN-VP ngày 15/3/2023)", italic=True, center=True)
    wm.grid_table(d, [["STT", "Họ và tên", "Nhiệm vụ"], ["1", "Nguyễn Văn Hùng", "Trưởng ban"]])
    got = import_word(wm.save(d), word_repo)
    assert got.errors == [] and "extra_sections" not in got.data
    (appendix,) = got.data["appendices"]
    assert appendix["title"] == "DANH SÁCH Ban Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023"
    assert appendix["table"]["rows"] == [["1", "Nguyễn Văn Hùng", "Trưởng ban"]]
    assert 'không có chữ "Phụ lục"' in got.text


def test_a_report_is_of_the_first_year_its_title_names(word_repo, import_word):
    """'Kết quả công tác năm 2023 và phương hướng nhiệm vụ năm 2024': the report's year is 2023."""
    from .samples import doan_report

    d = wm.new()
    doan_report(d)
    title = next(p for p in d.paragraphs if p.text.startswith("Kết quả Ngày hội"))
    title.runs[0].text = "Kết quả công tác năm 2023 và phương hướng nhiệm vụ năm 2024"
    got = import_word(wm.save(d), word_repo)
    assert got.data["year"] == 2023


def test_a_footnote_is_kept_not_dropped(word_repo, import_word):
    """kehoach prints no footnote: its words are kept with the text not placed (a TODO)."""
    from .samples import doan_report

    d = wm.new()
    doan_report(d)
    wm.footnote(d, d.paragraphs[-1], "Số liệu tính đến ngày 10/12/2023.")
    got = import_word(wm.save(d), word_repo)
    [kept] = [s for s in got.data["extra_sections"] if s["title"] == "Nội dung chưa xếp được"]
    assert kept["paragraphs"] == ["Chú thích 1: Số liệu tính đến ngày 10/12/2023."]
    assert "# TODO: chữ chưa xếp được" in got.text
