"""A plan's KINH PHÍ typed as a dự toán table (STT | Nội dung chi | Kinh phí | Đơn vị đảm bảo with a
Tổng cộng row) is the plan's ``budget``: its lines in đồng, its total checked (KH411) and printed
as a table where it was typed; a total said in a sentence of the office's own words is the total;
an activity table with no Kinh phí column prints none."""

from __future__ import annotations

import io

import docx
import pytest

from kehoach.render.document import render
from kehoach.validate.run import run_validate

from . import wordmake as wm
from .samples import doan_header_table
from .test_trial14 import _reprinted

ESTIMATE = [
    ["STT", "Nội dung chi", "Kinh phí", "Đơn vị đảm bảo"],
    ["1", "Giải thưởng Cuộc thi", "15.000.000 đồng", "Sở KH&CN"],
    ["2", "Tổ chức chấm thi, triển lãm sản phẩm", "15 triệu đồng", "Thành Đoàn"],
    ["3", "Tập huấn, in ấn tài liệu, tuyên truyền", "15,5 triệu", "Hội Sinh viên"],
    ["", "Tổng cộng", "45.500.000 đồng", ""],
]
ACTIVITIES = [
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
    ["1", "Phát động Cuộc thi", "Thành Đoàn", "Sở KH&CN", "Tháng 3/2023"],
    ["2", "Chấm thi, trao giải", "Thành Đoàn", "Hội Sinh viên", "Tháng 6/2023"],
]


def _plan(budget, activities=ACTIVITIES) -> bytes:
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Cuộc thi Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.grid_table(d, activities)
    wm.para(d, "III. KINH PHÍ", bold=True)
    budget(d)
    wm.para(d, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    return wm.save(d)


def _estimate(rows, words="(Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng)"):
    def go(d):
        wm.para(d, "Kinh phí tổ chức Cuộc thi từ nguồn kinh phí hoạt động của các đơn vị, cụ thể:")
        wm.grid_table(d, rows)
        if words:
            wm.para(d, words, italic=True, center=True)

    return go


def test_a_budget_table_is_the_plans_budget(word_repo, import_word):
    """Before, the table became an extra section printed after TỔ CHỨC THỰC HIỆN, its amounts
    text that nothing checked."""
    got = import_word(_plan(_estimate(ESTIMATE)), word_repo)
    assert got.errors == []
    budget = got.data["budget"]
    assert budget["lines"] == [
        {"item": "Giải thưởng Cuộc thi", "amount": 15_000_000, "source": "Sở KH&CN"},
        {"item": "Tổ chức chấm thi, triển lãm sản phẩm", "amount": 15_000_000,
         "source": "Thành Đoàn"},
        {"item": "Tập huấn, in ấn tài liệu, tuyên truyền", "amount": 15_500_000,
         "source": "Hội Sinh viên"},
    ]  # fmt: skip
    assert budget["total"] == 45_500_000 and budget["layout"] == "table"
    assert budget["columns"] == ["STT", "Nội dung chi", "Kinh phí", "Đơn vị đảm bảo"]
    assert "extra_sections" not in got.data and "# TODO" not in got.text
    text = _reprinted(got, word_repo)
    assert text.index("III. KINH PHÍ") < text.index("Tổng cộng") < text.index("IV. TỔ CHỨC")
    assert "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng" in text
    assert "15.500.000 đồng" in text and "Đơn vị đảm bảo" in text


def test_a_wrong_total_typed_in_the_table_is_said(word_repo, import_word):
    """Tổng cộng 40.500.000 đồng under lines that add up to 45.500.000: KH411 finds it (the draft
    keeps the typed total in a TODO, the source being wrong) — before, no TODO, validate clean."""
    rows = [*ESTIMATE[:-1], ["", "Tổng cộng", "40.500.000 đồng", ""]]
    got = import_word(_plan(_estimate(rows)), word_repo)
    assert got.errors == []
    assert "total" not in got.data["budget"]
    assert "khác tổng các dòng dự toán 45.500.000 đồng" in got.text
    assert "văn bản ghi total: 40500000" in got.text


def test_a_total_said_in_the_offices_words_is_the_total(word_repo, import_word):
    """'Tổng kinh phí thực hiện Kế hoạch: 215.000.000 đồng (…), từ nguồn …': the total, and the
    sentence printed as typed — its words without 'Bằng chữ:', the source in the same sentence
    (before: reworded '(Bằng chữ: …)', the source split off as 'Nguồn kinh phí: …')."""

    def said(d):
        wm.para(d, "Tổng kinh phí thực hiện Kế hoạch: 215.000.000 đồng (Hai trăm mười lăm triệu "
                   "đồng), từ nguồn ngân sách thành phố giao năm 2023.")  # fmt: skip

    got = import_word(_plan(said), word_repo)
    assert got.errors == []
    sentence = ("Tổng kinh phí thực hiện Kế hoạch: 215.000.000 đồng (Hai trăm mười lăm triệu "
                "đồng), từ nguồn ngân sách thành phố giao năm 2023.")  # fmt: skip
    assert got.data["budget"] == {
        "paragraphs": [sentence],
        "total": 215_000_000,
        "print_total": False,
    }
    text = " ".join(_reprinted(got, word_repo).split())
    assert f"KINH PHÍ {sentence} IV. TỔ CHỨC" in text and "Bằng chữ" not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "Tổng kinh phí: 200.000.000 đồng (Hai trăm triệu đồng).",
        "Tổng kinh phí thực hiện: 200.000.000 đồng (Hai trăm triệu đồng chẵn), từ nguồn sự nghiệp "
        "khoa học và công nghệ năm 2023.",
    ],
)
def test_a_total_typed_otherwise_than_kehoach_prints_is_kept_as_typed(
    word_repo, import_word, sentence
):
    """The words of the total without 'Bằng chữ:', or the source in the same sentence: the
    sentence printed as typed, its total kept (before: '(Bằng chữ: Hai trăm triệu đồng)', and the
    source split into a paragraph with a label never typed, 'Nguồn kinh phí: …', no TODO)."""
    got = import_word(_plan(lambda d: wm.para(d, sentence)), word_repo)
    assert got.errors == []
    assert got.data["budget"] == {"paragraphs": [sentence], "total": 200_000_000,
                                  "print_total": False}  # fmt: skip
    text = " ".join(_reprinted(got, word_repo).split())
    assert f"III. KINH PHÍ {sentence} IV. TỔ CHỨC" in text
    assert "Nguồn kinh phí" not in text and "Bằng chữ" not in text


def test_a_total_whose_words_say_another_amount_stays_as_typed(word_repo, import_word):
    """'285.000.000 đồng (Hai trăm tám mươi triệu đồng)': the words say 280 million. Before, the
    total was read and reprinted with kehoach's words for 285 million, the mistake gone unseen;
    now the line stays as typed. Words that agree, '(Bằng chữ: … đồng chẵn)' too, make the total."""

    def wrong(d):
        wm.para(d, "Tổng kinh phí thực hiện Kế hoạch: 285.000.000 đồng (Hai trăm tám mươi triệu "
                   "đồng), từ nguồn ngân sách thành phố.")  # fmt: skip

    got = import_word(_plan(wrong), word_repo)
    assert "total" not in got.data["budget"]
    text = " ".join(_reprinted(got, word_repo).split())
    assert "285.000.000 đồng (Hai trăm tám mươi triệu đồng)" in text
    assert "Hai trăm tám mươi lăm" not in text

    def even(d):
        wm.para(d, "Tổng kinh phí: 280.000.000 đồng (Bằng chữ: Hai trăm tám mươi triệu đồng "
                   "chẵn).")  # fmt: skip

    got = import_word(_plan(even), word_repo, name="chan.docx")
    assert got.data["budget"]["total"] == 280_000_000

    def comma(d):  # a comma between the parts said in words
        wm.para(d, "Tổng kinh phí: 70.250.000 đồng (Bảy mươi triệu, hai trăm năm mươi nghìn "
                   "đồng), từ nguồn ngân sách thành phố.")  # fmt: skip

    got = import_word(_plan(comma), word_repo, name="phay.docx")
    assert got.data["budget"]["total"] == 70_250_000

    def millions(d):  # the total in millions, with decimals
        wm.para(d, "Tổng kinh phí: 166,25 triệu đồng.")

    got = import_word(_plan(millions), word_repo, name="trieu.docx")
    assert got.data["budget"]["total"] == 166_250_000


def _printed(got, repo, to: str) -> bytes:
    path = repo / "plans" / "nhap.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run_validate([str(path)], use_cache=False, need_repo=True)
    (doc,) = [d for d in result.repo.documents if d.path.endswith("nhap.yaml")]
    return render(doc, result.repo, to)


def test_an_activity_table_without_a_budget_column_prints_none(word_repo, import_word):
    """Before, the reprinted table had an empty 'Kinh phí (đồng)' column the document never had."""
    got = import_word(_plan(_estimate(ESTIMATE)), word_repo)
    printed = docx.Document(io.BytesIO(_printed(got, word_repo, "docx")))
    heads = [[c.text for c in t.rows[0].cells] for t in printed.tables]
    assert ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"] in heads
    assert "Kinh phí (đồng)" not in [c for h in heads for c in h]
    html = _printed(got, word_repo, "html").decode("utf-8")
    assert "<th>Thời gian</th></tr>" in html and "Kinh phí (đồng)" not in html
    md = _printed(got, word_repo, "md").decode("utf-8")
    assert (
        "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|:---:|---|:---:|:---:|:---:|\n" in md
    )


def test_a_table_typed_in_millions_prints_in_millions(word_repo, import_word):
    """Amounts under 'Kinh phí (triệu đồng)' are read as millions and printed so under the same
    header: before, the cells printed the amounts in đồng ('15.500.000') under '(triệu đồng)', a
    budget a million times too large in the document to sign."""
    rows = [
        ["STT", "Nội dung chi", "Kinh phí (triệu đồng)", "Đơn vị đảm bảo"],
        ["1", "Giải thưởng Cuộc thi", "15", "Sở KH&CN"],
        ["2", "Tổ chức chấm thi, triển lãm sản phẩm", "15", "Thành Đoàn"],
        ["3", "Tập huấn, in ấn tài liệu, tuyên truyền", "15,5", "Hội Sinh viên"],
        ["", "Tổng cộng", "45,5", ""],
    ]
    got = import_word(_plan(_estimate(rows)), word_repo)
    assert got.errors == []
    assert [ln["amount"] for ln in got.data["budget"]["lines"]] == [
        15_000_000,
        15_000_000,
        15_500_000,
    ]
    assert got.data["budget"]["columns"][2] == "Kinh phí (triệu đồng)"
    text = _reprinted(got, word_repo)
    assert "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng" in text
    tables = docx.Document(io.BytesIO(_printed(got, word_repo, "docx"))).tables
    table = next(t for t in tables if t.rows[0].cells[1].text == "Nội dung chi")
    assert table.rows[0].cells[2].text == "Kinh phí (triệu đồng)"
    assert [r.cells[2].text for r in table.rows[1:]] == ["15", "15", "15,5", "45,5"]


def test_the_activity_table_prints_the_column_titles_typed(word_repo, import_word):
    """'TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Kinh phí (triệu
    đồng)': the reprinted table has those titles (before: kehoach's own 'STT', 'Chủ trì'…) and
    its amounts in millions under the typed Kinh phí title."""
    typed = [
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian",
         "Kinh phí (triệu đồng)"],
        ["1", "Phát động Cuộc thi", "Thành Đoàn", "Sở KH&CN", "Tháng 3/2023", "20"],
        ["2", "Chấm thi, trao giải", "Thành Đoàn", "Hội Sinh viên", "Tháng 6/2023", "25,5"],
        ["", "Tổng cộng", "", "", "", "45,5"],
    ]  # fmt: skip
    got = import_word(_plan(_estimate(ESTIMATE), activities=typed), word_repo)
    assert got.errors == []
    contents = got.data["contents"]
    assert contents["columns"] == {
        "number": "TT",
        "title": "Nội dung công việc",
        "lead": "Đơn vị chủ trì",
        "support": "Đơn vị phối hợp",
        "budget": "Kinh phí (triệu đồng)",
    }  # 'Thời gian' is kehoach's own title: not written
    assert [a["budget"] for a in contents["activities"]] == [20_000_000, 25_500_000]
    tables = docx.Document(io.BytesIO(_printed(got, word_repo, "docx"))).tables
    table = next(t for t in tables if t.rows[0].cells[1].text == "Nội dung công việc")
    assert [c.text for c in table.rows[0].cells] == [
        "TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian",
        "Kinh phí (triệu đồng)",
    ]  # fmt: skip
    assert [r.cells[5].text for r in table.rows[1:]] == ["20", "25,5", "45,5"]
    html = _printed(got, word_repo, "html").decode("utf-8")
    assert "<th>Đơn vị chủ trì</th>" in html and '<td class="budget">25,5</td>' in html
    md = _printed(got, word_repo, "md").decode("utf-8")
    assert "| TT | Nội dung công việc | Đơn vị chủ trì |" in md
    txt = _printed(got, word_repo, "txt").decode("utf-8")
    assert "Kinh phí: 25.500.000 đồng" in " ".join(txt.split())  # the plain text says đồng


def test_a_total_that_disagrees_stays_printed(word_repo, import_word):
    """'Tổng kinh phí: 50.000.000 đồng.' against activities of 55.000.000 (KH411): the number
    goes to a TODO, and the sentence stays in the section as typed — before, the printed
    KINH PHÍ section was a heading with nothing under it."""

    def said(d):
        wm.para(d, "Tổng kinh phí: 50.000.000 đồng.")

    rows = [
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí"],
        ["1", "Phát động Cuộc thi", "Thành Đoàn", "Sở KH&CN", "Tháng 3/2023", "15.000.000"],
        ["2", "Chấm thi, trao giải", "Thành Đoàn", "Hội Sinh viên", "Tháng 6/2023", "40.000.000"],
    ]
    got = import_word(_plan(said, activities=rows), word_repo)
    assert "total" not in got.data["budget"]
    assert got.data["budget"]["paragraphs"] == ["Tổng kinh phí: 50.000.000 đồng."]
    assert "# TODO: Tổng kinh phí" in got.text  # the number, to check
    text = " ".join(_reprinted(got, word_repo).split())
    assert "KINH PHÍ Tổng kinh phí: 50.000.000 đồng." in text


def _docx_table(got, repo, amounts: str):
    """The reprinted table whose third column is headed ``amounts`` (the dự toán)."""
    tables = docx.Document(io.BytesIO(_printed(got, repo, "docx"))).tables
    return next(t for t in tables if [c.text for c in t.rows[0].cells][2:3] == [amounts])


def test_words_that_end_with_chan_keep_it(word_repo, import_word):
    """'(Bằng chữ: … đồng chẵn)' under the table, and in a total said in a sentence: the reprint
    says 'chẵn' too (``total_even``) — before, it was dropped."""
    words = "(Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng chẵn./.)"
    got = import_word(_plan(_estimate(ESTIMATE, words)), word_repo)
    assert got.errors == [] and "extra_sections" not in got.data
    assert got.data["budget"]["total_even"] is True
    text = " ".join(_reprinted(got, word_repo).split())
    assert "(Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng chẵn)" in text

    def said(d):
        wm.para(d, "Tổng kinh phí: 280.000.000 đồng (Bằng chữ: Hai trăm tám mươi triệu đồng "
                   "chẵn), từ nguồn ngân sách thành phố.")  # fmt: skip

    got = import_word(_plan(said), word_repo, name="cau.docx")
    assert got.data["budget"]["total"] == 280_000_000  # the sentence with its source: as typed
    text = " ".join(_reprinted(got, word_repo, "cau.yaml").split())
    assert "280.000.000 đồng (Bằng chữ: Hai trăm tám mươi triệu đồng chẵn), từ nguồn ngân" in text

    got = import_word(_plan(_estimate(ESTIMATE)), word_repo, name="le.docx")
    assert "total_even" not in got.data["budget"]  # words without 'chẵn': none printed


def test_a_ghi_chu_column_is_kept_with_each_line(word_repo, import_word):
    """'STT | Nội dung chi | Kinh phí | Đơn vị đảm bảo | Ghi chú': a budget (before: a typed table,
    its totals unchecked), each line's Ghi chú cell its ``note``, printed in a Ghi chú column."""
    notes = ["Ghi chú", "01 giải Nhất, 02 giải Nhì", "", "In 500 tờ gấp", ""]
    rows = [[*r, n] for r, n in zip(ESTIMATE, notes, strict=True)]
    got = import_word(_plan(_estimate(rows)), word_repo)
    assert got.errors == [] and "extra_sections" not in got.data
    budget = got.data["budget"]
    assert [ln.get("note") for ln in budget["lines"]] == [notes[1], None, notes[3]]
    assert [ln["source"] for ln in budget["lines"]] == ["Sở KH&CN", "Thành Đoàn", "Hội Sinh viên"]
    assert budget["total"] == 45_500_000 and "note_column" not in budget  # 'Ghi chú': kehoach's
    table = _docx_table(got, word_repo, "Kinh phí")
    assert [c.text for c in table.rows[0].cells] == ESTIMATE[0] + ["Ghi chú"]
    assert [r.cells[4].text for r in table.rows[1:]] == notes[1:]
    text = " ".join(_reprinted(got, word_repo).split())
    assert "01 giải Nhất, 02 giải Nhì" in text and "In 500 tờ gấp" in text


def test_a_ghi_chu_column_without_a_source_column(word_repo, import_word):
    """'STT | Nội dung | Kinh phí (đồng) | Ghi chú': the last column is the lines' notes, not their
    source; an empty one is kept (``note_column``)."""
    rows = [
        ["STT", "Nội dung", "Kinh phí (đồng)", "Ghi chú"],
        ["1", "Giải thưởng", "30.000.000", "Kèm giấy chứng nhận"],
        ["2", "Tổ chức chấm thi", "20.000.000", ""],
        ["", "Tổng cộng", "50.000.000", ""],
    ]
    got = import_word(_plan(_estimate(rows, "(Bằng chữ: Năm mươi triệu đồng)")), word_repo)
    assert got.errors == []
    budget = got.data["budget"]
    assert budget["lines"] == [
        {"item": "Giải thưởng", "amount": 30_000_000, "note": "Kèm giấy chứng nhận"},
        {"item": "Tổ chức chấm thi", "amount": 20_000_000},
    ]
    assert "columns" not in budget  # kehoach's own titles
    table = _docx_table(got, word_repo, "Kinh phí (đồng)")
    assert [c.text for c in table.rows[0].cells] == rows[0]

    empty = [r[:3] + [""] for r in rows]
    empty[0][3] = "Ghi chú"
    got = import_word(_plan(_estimate(empty, None)), word_repo, name="trong.docx")
    assert got.data["budget"]["note_column"] == "Ghi chú"
    table = _docx_table(got, word_repo, "Kinh phí (đồng)")
    assert [c.text for c in table.rows[0].cells] == rows[0]


def test_words_typed_without_brackets_under_the_table(word_repo, import_word):
    """'Bằng chữ: … đồng.' under the dự toán, with no brackets: the total said in words — before,
    the whole section stayed a typed table."""
    words = "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng."
    got = import_word(_plan(_estimate(ESTIMATE, words)), word_repo)
    assert got.errors == [] and "extra_sections" not in got.data
    assert got.data["budget"]["total"] == 45_500_000
    assert "total_in_words" not in got.data["budget"]
    text = " ".join(_reprinted(got, word_repo).split())
    assert "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng" in text
    # words of another amount: the section stays as typed, nothing read wrong
    wrong = "Bằng chữ: Bốn mươi triệu năm trăm nghìn đồng."
    got = import_word(_plan(_estimate(ESTIMATE, wrong)), word_repo, name="sai.docx")
    assert "budget" not in got.data or "lines" not in got.data["budget"]
