"""Imported, then printed again: the numbers, lines and order of the Word file. Subsections keep
the numbers typed after numbered sentences ('1. Thời gian: …', '2. Địa điểm: …', then the heading
'3. Các hoạt động chính')."""

from __future__ import annotations

import re
import shutil

from helpers import run
from kehoach.render.document import render

from . import wordmake as wm
from .samples import doan_header_table


def printed(got, repo, tmp_path, fmt: str = "txt") -> list[str]:
    """The lines of the draft printed as text (or Markdown), blank lines left out."""
    copy = tmp_path / "in-lai"
    shutil.copytree(repo, copy)
    path = copy / "plans" / "nhap.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run([str(path)], use_cache=False)
    assert [p for p in result.problems if p.level == "error"] == []
    doc = next(d for d in result.repo.documents if d.path.endswith("nhap.yaml"))
    text = render(doc, result.repo, fmt).decode("utf-8")
    return [re.sub(r"\s+", " ", ln).strip() for ln in text.splitlines() if ln.strip()]


def plan(d, contents, appendix=None, implementation=None) -> None:
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội sáng tạo năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Lan tỏa tinh thần sáng tạo trong đoàn viên, thanh niên.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    contents(d)
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    if implementation is None:
        wm.para(d, "Ban Tuyên giáo Thành Đoàn tham mưu triển khai Kế hoạch.")
    else:
        implementation(d)
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(
        t.cell(0, 1),
        [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True), ("Nguyễn Văn Hùng", True)],
    )
    if appendix is not None:
        appendix(d)


def between(lines: list[str], first: str, last: str) -> list[str]:
    start = next(i for i, ln in enumerate(lines) if ln.startswith(first))
    end = next(i for i, ln in enumerate(lines) if i > start and ln.startswith(last))
    return lines[start + 1 : end]


def test_subsection_after_numbered_sentences_keeps_its_number(word_repo, import_word, tmp_path):
    """'1. Thời gian: …', '2. Địa điểm: …' (sentences), then the heading '3. Các hoạt động chính':
    printed 3., not 1."""

    def contents(d):
        wm.para(d, "1. Thời gian: Từ ngày 01/4/2023 đến ngày 30/4/2023.")
        wm.para(d, "2. Địa điểm: Quảng trường Hồ Chí Minh.")
        wm.para(d, "3. Các hoạt động chính", bold=True)
        wm.para(d, "Trưng bày sản phẩm sáng tạo; giao lưu với các nhà khoa học trẻ.")

    d = wm.new()
    plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert got.data["contents"]["sections_start"] == 3
    assert between(printed(got, word_repo, tmp_path), "II. NỘI DUNG", "III.") == [
        "1. Thời gian: Từ ngày 01/4/2023 đến ngày 30/4/2023.",
        "2. Địa điểm: Quảng trường Hồ Chí Minh.",
        "3. Các hoạt động chính",
        "Trưng bày sản phẩm sáng tạo; giao lưu với các nhà khoa học trẻ.",
    ]


def test_subsection_of_another_part_keeps_its_number(word_repo, import_word, tmp_path):
    """The same in TỔ CHỨC THỰC HIỆN (a part printed as a plain section)."""

    def implementation(d):
        wm.para(d, "1. Thời gian triển khai: từ tháng 4/2023.")
        wm.para(d, "2. Phân công", bold=True)
        wm.para(d, "Các cơ sở Đoàn triển khai Kế hoạch.")

    d = wm.new()
    plan(d, lambda d: wm.para(d, "- Trưng bày sản phẩm sáng tạo."), None, implementation)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    lines = printed(got, word_repo, tmp_path)
    assert between(lines, "III. TỔ CHỨC THỰC HIỆN", "TM.") == [
        "1. Thời gian triển khai: từ tháng 4/2023.",
        "2. Phân công",
        "Các cơ sở Đoàn triển khai Kế hoạch./.",
    ]


def test_numbered_sentences_after_a_subsection_are_not_its_lines(word_repo, import_word, tmp_path):
    """The heading '1. Các hoạt động chính' and its words, then '2. Thời gian: …', '3. Địa điểm: …'
    about the whole event: not one activity whose lines they are (before: printed with an invented
    line '- Đơn vị chủ trì: Thành Đoàn.' between 2. and 3.), printed in the order typed."""

    def contents(d):
        wm.para(d, "1. Các hoạt động chính", bold=True)
        wm.para(d, "Trưng bày sản phẩm sáng tạo; giao lưu với các nhà khoa học trẻ.")
        wm.para(d, "2. Thời gian: Từ ngày 01/4/2023 đến ngày 30/4/2023.")
        wm.para(d, "3. Địa điểm: Quảng trường Hồ Chí Minh.")

    d = wm.new()
    plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert "activities" not in got.data["contents"]
    assert between(printed(got, word_repo, tmp_path), "II. NỘI DUNG", "III.") == [
        "1. Các hoạt động chính",
        "Trưng bày sản phẩm sáng tạo; giao lưu với các nhà khoa học trẻ.",
        "2. Thời gian: Từ ngày 01/4/2023 đến ngày 30/4/2023.",
        "3. Địa điểm: Quảng trường Hồ Chí Minh.",
    ]


def test_a_lead_never_named_is_not_printed(word_repo, import_word, tmp_path):
    """An activity of a detailed list with no lead typed: the issuer is its ``lead`` with a TODO,
    ``lead_printed: false``, and the print has no 'Đơn vị chủ trì' line (before: '- Đơn vị chủ
    trì: Thành Đoàn.', a line the document never had)."""

    def contents(d):
        wm.para(d, "1. Tổ chức Diễn đàn sáng tạo trẻ", bold=True)
        wm.para(d, "- Chủ trì: Sở KH&CN")
        wm.para(d, "- Thời gian: Quý III/2023")
        wm.para(d, "2. Hỗ trợ 10 dự án khởi nghiệp", bold=True)
        wm.para(d, "- Thời gian: Thường xuyên")

    d = wm.new()
    plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    acts = got.data["contents"]["activities"]
    assert [a.get("lead_printed") for a in acts] == [None, False]
    assert "văn bản không ghi đơn vị chủ trì" in got.text
    lines = between(printed(got, word_repo, tmp_path), "II. NỘI DUNG", "III.")
    # typed without a closing '.', printed so (``field_lines.end``)
    assert lines[-2:] == ["2. Hỗ trợ 10 dự án khởi nghiệp", "- Thời gian: Thường xuyên"]
    assert sum("Chủ trì:" in ln for ln in lines) == 1  # '- Chủ trì: Sở KH&CN', as typed


APPENDIX_ROWS = [
    ["STT", "Tên hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện",
     "Kinh phí (triệu đồng)"],
    ["1", "Hội thi Sáng tạo", "Thành Đoàn", "Sở KH&CN", "Quý II/2023", "50"],
    ["2", "Diễn đàn khởi nghiệp", "Sở KH&CN", "Thành Đoàn", "Tháng 9/2023", "30"],
]  # fmt: skip


def appendix(after: list[str]):
    def go(d):
        d.add_page_break()
        wm.para(d, "PHỤ LỤC", bold=True, center=True)
        wm.para(d, "DANH MỤC HOẠT ĐỘNG NĂM 2023", bold=True, center=True)
        wm.para(d, "(Kèm theo Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023)", italic=True, center=True)
        wm.grid_table(d, APPENDIX_ROWS)
        for text in after:
            wm.para(d, text, italic=True)

    return go


def test_words_typed_under_an_appendix_table_print_under_it(word_repo, import_word, tmp_path):
    """'Ghi chú: …' typed under the activity table of a Phụ lục: printed under the table (before:
    above it, as the appendix's paragraphs)."""
    note = "Ghi chú: Kinh phí trên là dự kiến, sẽ điều chỉnh theo dự toán được giao."
    d = wm.new()
    plan(d, lambda d: wm.para(d, "Tập trung vào các hoạt động trọng tâm."),
         appendix([note, "Tổng cộng: 80 triệu đồng."]))  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    (annex,) = got.data["appendices"]
    assert annex["after_activities"] == {"paragraphs": [note, "Tổng cộng: 80 triệu đồng."]}
    assert "paragraphs" not in annex
    lines = printed(got, word_repo, tmp_path)
    assert lines.index("2. Diễn đàn khởi nghiệp") < lines.index(note) == len(lines) - 2
    assert lines[-1] == "Tổng cộng: 80 triệu đồng."


def test_appendix_table_keeps_its_typed_headers_and_unit(word_repo, import_word, tmp_path):
    """The activity table of a Phụ lục prints the headers typed ('Tên hoạt động', 'Đơn vị chủ trì',
    'Thời gian thực hiện') and its amounts in the unit typed ('Kinh phí (triệu đồng)': 50), as the
    plan's own table does (before: 'Nội dung', 'Chủ trì', 'Thời gian', 'Kinh phí (đồng)':
    50.000.000)."""
    d = wm.new()
    plan(d, lambda d: wm.para(d, "Tập trung vào các hoạt động trọng tâm."), appendix([]))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    (annex,) = got.data["appendices"]
    assert [a["budget"] for a in annex["activities"]] == [50000000, 30000000]
    lines = printed(got, word_repo, tmp_path, "md")
    assert "| STT | " + " | ".join(APPENDIX_ROWS[0][1:]) + " |" in lines
    assert "| 1 | Hội thi Sáng tạo | Thành Đoàn | Sở KH&CN | Quý II/2023 | 50 |" in lines


def test_appendix_the_contents_point_at_keeps_its_typed_headers(word_repo, import_word, tmp_path):
    """The same when the table is the plan's activities ('(Chi tiết tại Phụ lục kèm theo)',
    ``contents.layout: appendix``): ``contents.columns`` written by the import."""

    def contents(d):
        wm.para(d, "Tập trung vào các hoạt động trọng tâm.")
        wm.para(d, "(Chi tiết tại Phụ lục kèm theo)", italic=True)

    d = wm.new()
    plan(d, contents, appendix([]))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert got.data["contents"]["layout"] == "appendix"
    lines = printed(got, word_repo, tmp_path, "md")
    assert "| STT | " + " | ".join(APPENDIX_ROWS[0][1:]) + " |" in lines
    assert "| 2 | Diễn đàn khởi nghiệp | Sở KH&CN | Thành Đoàn | Tháng 9/2023 | 30 |" in lines
