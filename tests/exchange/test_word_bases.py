"""The căn cứ of a document as offices type them: a căn cứ wrapped into the next paragraph by a
stray Enter (the list goes on after it), and two căn cứ in one paragraph broken by Shift+Enter."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.bases_split import split_bases
from kehoach.exchange.importer.model import Para, Run

from . import samples
from . import wordmake as wm
from .samples import doan_header_table
from .test_trial14 import _reprinted

CITING_45 = (
    "Căn cứ Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023 của Ban Thường vụ Thành Đoàn về tổ chức "
    "Ngày hội Sáng tạo trẻ Thủ đô năm 2023"
)


@pytest.fixture
def with_plan(word_repo):
    """The repository with plan 45, which the bases below cite."""
    (word_repo / "plans" / "2023").mkdir(parents=True)
    (word_repo / "plans" / "2023" / "kh-45.yaml").write_text(samples.PLAN_45, encoding="utf-8")
    return word_repo


def _plan(bases) -> bytes:
    """A plan of the Thành Đoàn whose căn cứ are typed by ``bases(d)``."""
    d = wm.new()
    doan_header_table(d, "Số: 50-KH/TĐTN-VP", "Hà Nội, ngày 20 tháng 3 năm 2023")
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Tuần lễ khoa học trẻ năm 2023", bold=True, center=True)
    bases(d)
    wm.para(d, "Ban Thường vụ Thành Đoàn xây dựng Kế hoạch như sau:")
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Các cơ sở Đoàn triển khai Kế hoạch.")
    samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                      ["- Như trên;", "- Lưu: VP."])  # fmt: skip
    return wm.save(d)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_basis_wrapped_into_the_next_paragraph_goes_on(with_plan, import_word):
    """'… quy định chi tiết và hướng dẫn thi hành' ⏎ 'một số điều của Luật …;': one căn cứ, and the
    list goes on after it (the Thông tư, the plan of the repository with its ``ref``) — before,
    the list stopped at the wrapped căn cứ, the rest went into ``preamble`` as plain paragraphs
    and the reprint had a full stop in mid-sentence and an orphan line."""

    def bases(d):
        for line in [
            "- Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội;",
            "- Căn cứ Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ quy định chi tiết "
            "và hướng dẫn thi hành",
            "một số điều của Luật Khoa học và Công nghệ;",
            "- Căn cứ Thông tư số 03/2023/TT-BKHCN ngày 15/5/2023 của Bộ Khoa học và Công nghệ "
            "hướng dẫn xây dựng nhiệm vụ khoa học và công nghệ cấp tỉnh;",
            "- Căn cứ Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023 của Ban Thường vụ Thành Đoàn về tổ "
            "chức Ngày hội",
            "Sáng tạo trẻ Thủ đô năm 2023.",
        ]:
            wm.para(d, line, italic=True)

    got = import_word(_plan(bases), with_plan)
    data = got.data
    assert got.errors == []
    first, decree, circular, plan = data["bases"]
    assert decree["summary"] == (
        "quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ"
    )
    assert circular["number"] == "03/2023/TT-BKHCN"
    assert plan["ref"] == "kh-45"
    assert data["preamble"] == ["Ban Thường vụ Thành Đoàn xây dựng Kế hoạch như sau:"]
    # a small letter after no stop is sure: no TODO; the capital after no stop, with nothing
    # after it but the preamble, is joined too (the words of a title), but asks to be checked
    assert got.text.count("# TODO") == 1
    assert "# TODO: dòng “Sáng tạo trẻ Thủ đô năm 2023.” được nối vào căn cứ" in _flat(got.text)
    printed = _flat(_reprinted(got, with_plan))
    assert "hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ;" in printed
    assert "thi hành." not in printed


def test_a_capital_between_two_bases_is_joined_with_a_todo(with_plan, import_word):
    """A wrapped line opening with a capital (a title's words) between two căn cứ: joined to the
    căn cứ above, with a TODO, rather than ending the list."""

    def bases(d):
        wm.para(d, "Căn cứ Quyết định số 120/QĐ-UBND ngày 10/01/2023 của UBND Thành phố về việc "
                   "ban hành Chương trình", italic=True)  # fmt: skip
        wm.para(d, "Chuyển đổi số Thành phố Hà Nội năm 2023;", italic=True)
        wm.para(d, f"{CITING_45};", italic=True)

    got = import_word(_plan(bases), with_plan)
    decision, plan = got.data["bases"]
    assert decision["summary"] == (
        "việc ban hành Chương trình Chuyển đổi số Thành phố Hà Nội năm 2023"
    )
    assert plan["ref"] == "kh-45"
    assert "# TODO: dòng “Chuyển đổi số Thành phố Hà Nội năm 2023;” được nối vào căn cứ" in (
        _flat(got.text)
    )


def test_a_last_basis_without_a_stop_does_not_take_the_preamble(with_plan, import_word):
    """The last căn cứ typed without its semicolon, then the preamble (a capital, ending with a
    colon): the preamble stays the preamble."""

    def bases(d):
        wm.para(d, "Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội;",
                italic=True)  # fmt: skip
        wm.para(d, CITING_45, italic=True)

    got = import_word(_plan(bases), with_plan)
    assert [b.get("ref") for b in got.data["bases"]] == [None, "kh-45"]
    assert got.data["preamble"] == ["Ban Thường vụ Thành Đoàn xây dựng Kế hoạch như sau:"]
    assert "# TODO" not in got.text


def test_the_bases_end_as_decree_30_has_them(word_repo, import_word):
    """By design (docs/format.md, 5.1): each căn cứ ends with ';', the last with '.' (Decree 30,
    Phụ lục I), whatever was typed there — a last one typed with ';' is printed with '.', one typed
    '.' in the middle with ';'; a comma or a colon typed at the end (the sentence goes on into the
    preamble) is kept."""

    def bases(d):
        wm.para(d, "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh.", italic=True)
        wm.para(d, "Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội;",
                italic=True)  # fmt: skip

    got = import_word(_plan(bases), word_repo)
    lines = [ln for ln in _reprinted(got, word_repo).splitlines() if ln.startswith("Căn cứ")]
    assert [ln[-1] for ln in lines] == [";", "."]
    assert lines[1].endswith("của Quốc hội.")

    def comma(d):
        wm.para(d, "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;", italic=True)
        wm.para(d, "Thực hiện Chương trình công tác Đoàn năm 2023,", italic=True)

    (word_repo / "plans" / "nhap.yaml").unlink()  # the same number: one draft at a time
    got = import_word(_plan(comma), word_repo, name="phay.docx")
    text = _reprinted(got, word_repo)
    assert "Thực hiện Chương trình công tác Đoàn năm 2023," in text


def test_two_bases_broken_by_a_soft_line_break_are_two(with_plan, import_word):
    """'Căn cứ …;' Shift+Enter 'Căn cứ Kế hoạch số 45 …;' in one paragraph: two căn cứ, the
    ``ref`` on the second only — before, one căn cứ of both sentences, with the ref of the second
    (and the preamble typed after a third soft break went into the căn cứ too)."""

    def bases(d):
        wm.para(d, "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023 của "
                   f"Ban Thường vụ Thành Đoàn;\n{CITING_45};", italic=True)  # fmt: skip

    got = import_word(_plan(bases), with_plan)
    first, plan = got.data["bases"]
    assert first == {
        "text": "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2023 của Ban "
        "Thường vụ Thành Đoàn"
    }
    assert plan["ref"] == "kh-45"
    assert "# TODO" not in got.text


def test_a_soft_break_ends_the_bases_before_the_preamble(with_plan, import_word):
    """The last căn cứ and the preamble in one paragraph (Shift+Enter between): the căn cứ ends
    there, the preamble is the preamble."""

    def bases(d):
        wm.para(d, f"{CITING_45};\nBan Thường vụ Thành Đoàn ban hành Kế hoạch thực hiện, cụ thể:")

    d_bytes = _plan(bases)
    got = import_word(d_bytes, with_plan)
    (plan,) = got.data["bases"]
    assert plan["ref"] == "kh-45"
    assert (
        got.data["preamble"][0] == "Ban Thường vụ Thành Đoàn ban hành Kế hoạch thực hiện, cụ thể:"
    )


def _paras(*texts: str, italic: bool = True) -> list[Para]:
    return [Para([Run(t, italic=italic)]) for t in texts]


@pytest.mark.parametrize(
    ("texts", "bases", "rest", "unsure"),
    [
        # a small letter after no stop, even words that open a căn cứ: the same căn cứ
        (["Căn cứ Quyết định số 5/QĐ-UBND của UBND tỉnh về việc", "thực hiện Chương trình X;",
          "Căn cứ Luật Thanh niên;", "Ban Thường vụ ban hành như sau:"],
         ["Căn cứ Quyết định số 5/QĐ-UBND của UBND tỉnh về việc thực hiện Chương trình X;",
          "Căn cứ Luật Thanh niên;"], ["Ban Thường vụ ban hành như sau:"], {}),
        # after a stop, a small letter is not the căn cứ's (the preamble typed so)
        (["Căn cứ Luật Thanh niên;", "và theo đề nghị, Ban Thường vụ ban hành như sau:"],
         ["Căn cứ Luật Thanh niên;"], ["và theo đề nghị, Ban Thường vụ ban hành như sau:"], {}),
        # a heading or an item after no stop: the body has begun
        (["Căn cứ Luật Thanh niên", "I. MỤC ĐÍCH, YÊU CẦU"], ["Căn cứ Luật Thanh niên"],
         ["I. MỤC ĐÍCH, YÊU CẦU"], {}),
        (["Căn cứ Luật Thanh niên", "a) tuyên truyền;"], ["Căn cứ Luật Thanh niên"],
         ["a) tuyên truyền;"], {}),
        # a capital closing with ';' (as a căn cứ does): joined, reported
        (["Căn cứ Quyết định về việc ban hành Quy chế", "Làm việc của Ban Chỉ đạo;",
          "Ban Thường vụ ban hành như sau:"],
         ["Căn cứ Quyết định về việc ban hành Quy chế Làm việc của Ban Chỉ đạo;"],
         ["Ban Thường vụ ban hành như sau:"], {0: ["Làm việc của Ban Chỉ đạo;"]}),
    ],
)  # fmt: skip
def test_split_bases_line_by_line(texts, bases, rest, unsure):
    got = split_bases(_paras(*texts))
    assert [p.text for p in got.paras] == bases
    assert [p.text for p in got.rest] == rest
    assert got.unsure == unsure


def test_split_bases_keeps_the_lines_not_taken_of_a_paragraph():
    """The preamble typed after the last căn cứ in one paragraph: the rest starts with it, the
    blocks after the paragraph follow."""
    first, second = _paras("Căn cứ Luật Thanh niên;\nBan Thường vụ ban hành:", "I. MỤC ĐÍCH")
    got = split_bases([first, second])
    assert [p.text for p in got.paras] == ["Căn cứ Luật Thanh niên;"]
    assert [p.text for p in got.rest] == ["Ban Thường vụ ban hành:", "I. MỤC ĐÍCH"]
