"""The check of issue 12 on documents typed by people: import, render the draft again, and compare
the words with the original in order (at least 95 % of the original's words, in order).

What may differ is formatting kehoach does its own way: money (``40 triệu`` → ``40.000.000``),
labels of an activity list becoming the column names of the activity table, ``(để b/c)`` printed
as a brace, ``(Đã ký)`` under a signature. The words of the text itself must all come back."""

from __future__ import annotations

import difflib
import io
import re
import shutil

import docx
import pytest

from helpers import run
from kehoach.render.document import render

from . import samples
from . import wordmake as wm
from .samples import STATE_RIGHT, TYPED, body, doan_header_table


def words_of_docx(data: bytes) -> list[str]:
    """The words of a .docx in reading order (paragraphs, then tables row by row) — read with
    python-docx, independently of the importer."""
    d = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def text(p) -> str:
        return "".join(
            (t.text or "") if t.tag.endswith("}t") else " "
            for t in p.iter()
            if t.tag.endswith(("}t", "}tab", "}br"))
        )

    def walk(parent):
        for child in parent.iterchildren():
            if child.tag.endswith("}p"):
                out.extend(_words(text(child)))
            elif child.tag.endswith("}tbl"):
                for tr in child.iterchildren():
                    for tc in tr.iterchildren():
                        if tc.tag.endswith("}tc"):
                            walk(tc)

    walk(d.element.body)
    return out


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\w/&%.-]*\w", text)]


def in_order(source: list[str], printed: list[str]) -> float:
    matcher = difflib.SequenceMatcher(None, source, printed, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / max(1, len(source))


def reprinted_words(got, repo, tmp_path) -> list[str]:
    copy = tmp_path / "in-lai"
    shutil.copytree(repo, copy)
    path = copy / "plans" / "nhap.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run([str(path)], use_cache=False)
    assert [p for p in result.problems if p.level == "error"] == []
    doc = next(d for d in result.repo.documents if d.path.endswith("nhap.yaml"))
    return words_of_docx(render(doc, result.repo, "docx"))


def _state_plan():
    d = wm.new()
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True),
                                 ("Số: 05/KH-SKHCN", False)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [*STATE_RIGHT, ("Hà Nội, ngày 15 tháng 3 năm 2023", False)])
    wm.para(
        d, "KẾ HOẠCH\nTriển khai hoạt động khoa học và công nghệ năm 2023", bold=True, center=True
    )
    wm.para(d, "- Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013 của Quốc hội;")
    wm.para(d, "Sở Khoa học và Công nghệ xây dựng Kế hoạch như sau:")
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "a) Đẩy mạnh ứng dụng khoa học và công nghệ;")
    wm.para(d, "b) Hỗ trợ doanh nghiệp đổi mới sáng tạo.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.para(d, "1. Tổ chức Diễn đàn đổi mới sáng tạo", bold=True)
    wm.para(d, "- Chủ trì: Sở KH&CN")
    wm.para(d, "- Phối hợp: Thành Đoàn")
    wm.para(d, "- Thời gian: Quý III")
    wm.para(d, "- Kinh phí: 120 triệu đồng")
    wm.para(d, "2. Hỗ trợ 10 doanh nghiệp khởi nghiệp", bold=True)
    wm.para(d, "- Thời gian: Thường xuyên")
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "1. Văn phòng Sở", bold=True)
    wm.para(d, "Làm đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp kết quả, "
               "báo cáo Giám đốc Sở và Ủy ban nhân dân Thành phố theo quy định.")  # fmt: skip
    wm.para(d, "2. Các phòng, đơn vị thuộc Sở", bold=True)
    wm.para(d, "Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết, bố trí nhân lực và "
               "kinh phí để triển khai các nội dung bảo đảm tiến độ, chất lượng, hiệu quả.")  # fmt: skip
    wm.para(d, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo "
               "về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, giải quyết./.")  # fmt: skip
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- UBND Thành phố (để b/c);", False),
                                 ("- Thành Đoàn (để p/h);", False), ("- Lưu: VT, VP.", False)],
                  center=False)  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("(Đã ký)", False),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    return d


def _doan_plan():
    d = wm.new()
    doan_header_table(d)
    body(d)
    return d


def _typed_plan():
    d = wm.new()
    wm.header_tabs(d, [("BCH THÀNH ĐOÀN HÀ NỘI", "ĐOÀN TNCS HỒ CHÍ MINH"), ("***", ""),
                       ("Số:    -KH/TĐTN", "Hà Nội, ngày      tháng      năm 2021")])  # fmt: skip
    for line in TYPED.split("\n"):
        wm.para(
            d, line.replace("TỈNH ĐOÀN", "THÀNH ĐOÀN"), bold=line.startswith(("KẾ", "I.", "II."))
        )
    return d


def _joint_plan():
    d = wm.new()
    wm.header_table(d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
                    STATE_RIGHT, "Số: 12/KHLT-TĐTN-SKHCN", "Hà Nội, ngày 15 tháng 3 năm 2023")  # fmt: skip
    wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH", bold=True)
    wm.para(d, "Hỗ trợ thanh niên khởi nghiệp, kết nối với doanh nghiệp.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.grid_table(d, [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí (đồng)"],
                      ["1", "Tập huấn khởi nghiệp", "Sở KH&CN", "Thành Đoàn", "Tháng 6/2023", "40.000.000"],
                      ["2", "Ngày hội khởi nghiệp", "Thành Đoàn", "Sở KH&CN", "Quý IV/2023", "60.000.000"],
                      ])  # fmt: skip
    wm.para(d, "Trên đây là Kế hoạch liên tịch năm 2023./.")
    t = d.add_table(rows=2, cols=2)
    wm.cell_lines(t.cell(0, 0), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True)])
    wm.cell_lines(t.cell(0, 1), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True)])
    wm.cell_lines(t.cell(1, 0), [("Nguyễn Văn Hùng", True)])
    wm.cell_lines(t.cell(1, 1), [("Trần Thị Mai", True)])
    wm.para(d, "Nơi nhận:", bold=True)
    wm.para(d, "- Ban Bí thư TW Đoàn;")
    wm.para(d, "- Lưu: VT.")
    return d


def _of(builder):
    """A maker of a new document filled by ``builder`` (the decisions, rules and reports of
    ``samples``)."""

    def make():
        d = wm.new()
        builder(d)
        return d

    make.__name__ = builder.__name__
    return make


@pytest.mark.parametrize(
    ("make", "at_least"),
    [
        (_doan_plan, 0.95),
        (_typed_plan, 0.95),
        (_joint_plan, 0.95),
        # a short plan whose activities are written "Chủ trì: …", "Thời gian: …" under numbered
        # headings: they become an activity table, whose column names replace those labels
        (_state_plan, 0.90),
        # decisions, rules, reports: only "(Đã ký)" and typed rules ("_____") are not printed
        (_of(samples.doan_decision), 0.97),
        (_of(samples.state_decision), 0.97),
        (_of(samples.doan_rules), 0.97),
        (_of(samples.state_rules), 0.97),
        (_of(samples.doan_report), 0.97),
        (_of(samples.state_report), 0.97),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else str(v),
)
def test_reprinted_draft_keeps_the_words_in_order(make, at_least, word_repo, import_word, tmp_path):
    data = wm.save(make())
    got = import_word(data, word_repo)
    assert got.errors == []
    source = words_of_docx(data)
    ratio = in_order(source, reprinted_words(got, word_repo, tmp_path))
    assert ratio >= at_least, ratio


def test_state_plan_fields(word_repo, import_word):
    got = import_word(wm.save(_state_plan()), word_repo)
    data = got.data
    assert data["issuers"] == ["skhcn-hn"] and data["number"] == 5 and data["date"] == "2023-03-15"
    assert data["title"] == "Triển khai hoạt động khoa học và công nghệ năm 2023"
    assert data["bases"] == [{"doc_type": "Luật Khoa học và Công nghệ", "number": "29/2013/QH13",
                              "date": "2013-06-18", "issuer": "Quốc hội"}]  # fmt: skip
    assert data["purpose"]["item_style"] == "letter"
    first, second = got.activities()
    assert (first["lead"], first["support"], first["time"], first["budget"]) == (
        "skhcn-hn",
        ["tdhn"],
        "2023-Q3",
        120_000_000,
    )
    assert second["title"] == "Hỗ trợ 10 doanh nghiệp khởi nghiệp" and second["time"] == "ongoing"
    assert data["signers"] == [{"org": "skhcn-hn", "authority": "KT.", "for": "GIÁM ĐỐC",
                                "title": "PHÓ GIÁM ĐỐC", "name": "Trần Thị Mai"}]  # fmt: skip
    # the repository prints purposes as a brace (the default): "(để b/c)" stays the item's words
    assert data["recipients"] == {
        "groups": [{"items": ["UBND Thành phố (để b/c)", "Thành Đoàn (để p/h)"]}],
        "archive": ["VT", "VP"],
    }


def test_purposes_after_items_in_a_repository_that_prints_them_so(word_repo, import_word):
    (word_repo / "kehoach.yaml").write_text(
        "kind: settings\nplace: Hà Nội\nrecipient_notes: suffix\n", encoding="utf-8"
    )
    got = import_word(wm.save(_state_plan()), word_repo)
    assert got.data["recipients"] == {
        "groups": [
            {"purpose": "b/c", "items": ["UBND Thành phố"]},
            {"purpose": "p/h", "items": ["Thành Đoàn"]},
        ],
        "archive": ["VT", "VP"],
    }
