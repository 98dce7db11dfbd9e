"""Nothing typed is lost by an import: the words of the source that its draft, printed again,
does not hold (``importer.kept_words``) are kept in "Nội dung chưa xếp được" with a TODO and a
KH613 warning — whatever a reader of the importer missed."""

from __future__ import annotations

from kehoach.exchange.importer import program_map
from kehoach.exchange.importer.kept_words import lost_words

from .test_word_program import _program

PRINTED = """KẾ HOẠCH
I. MỤC ĐÍCH, YÊU CẦU
- Phát huy vai trò của thanh niên trong khoa học, công nghệ.
II. TỔ CHỨC THỰC HIỆN
- Thành Đoàn chủ trì Hội thi sáng tạo kỹ thuật; Sở KH&CN phối hợp.
| 1 | Hội thi sáng tạo | Thành Đoàn | Sở KH&CN | Quý II/2023 | 50.000.000 |
Nơi nhận:
- Thường trực Thành ủy;   b/c
"""


def _lost(*texts: str, kept: str = PRINTED, **kw) -> list[str]:
    source = [(t, f"đoạn {i}") for i, t in enumerate(texts, 1)]
    return [lost.text for lost in lost_words(source, [kept], **kw)]


def test_a_sentence_the_draft_does_not_print_is_lost():
    assert _lost("Hai bên thống nhất phân công như sau:") == [
        "Hai bên thống nhất phân công như sau:"
    ]
    # a sentence sharing its first words with one printed: most of its words are not there
    assert _lost("Phát huy vai trò của các hội thành viên trong tư vấn, phản biện.") != []


def test_what_kehoach_prints_its_own_way_is_kept():
    assert (
        _lost(
            # printed in another order, and in another case
            "II. TỔ CHỨC THỰC HIỆN",
            "- Phát huy vai trò của thanh niên trong khoa học, công nghệ.",
            # an activity's lines: labels become columns, orgs are printed by their short names
            "Thời gian: Quý II/2023. Đơn vị chủ trì: Thành Đoàn; phối hợp: Sở Khoa học và Công nghệ.",
            # an amount in words beside the amount in digits
            "Kinh phí: 50.000.000 đồng (Năm mươi triệu đồng)",
            # a group of recipients' purpose, printed by a brace
            "- Thường trực Thành ủy; (để b/c)",
            # fewer words than a run
            "Lưu: VT.",
            names=["Sở Khoa học và Công nghệ thành phố Hà Nội", "Sở Khoa học và Công nghệ"],
        )
        == []
    )


def test_what_was_left_out_on_purpose_is_not_lost():
    assert (
        _lost("(Đã ký và đóng dấu của cơ quan)", skipped=["(Đã ký và đóng dấu của cơ quan)"]) == []
    )


def test_a_loss_of_the_reader_is_kept_with_a_warning(word_repo, import_word, monkeypatch):
    """A reader that drops words (here: the lead-in of the duties section, as it did before
    ``duties_intro``) loses nothing: they are kept at the end, said in a TODO and a warning."""
    monkeypatch.setattr(program_map, "_intro", lambda sec, content=None: {})
    got = import_word(_program(intros=True), word_repo, kind="program")
    assert got.errors == []
    [kept] = [s for s in got.data["extra_sections"] if s["title"] == "Nội dung chưa xếp được"]
    assert kept["paragraphs"] == [
        "Hai bên thống nhất phối hợp các nội dung sau:",
        "- Trong phạm vi chức năng, nhiệm vụ của mỗi bên.",
        "Hai bên thống nhất phân công như sau:",
    ]
    assert "chữ của văn bản gốc mà bản nháp không in ra" in got.text
    warnings = [p for p in got.file.problems if p.code == "KH613"]
    assert len(warnings) == 3 and all(p.level == "warning" for p in warnings)
    assert "Hai bên thống nhất phân công như sau:" in warnings[-1].message


def test_a_whole_import_of_the_samples_loses_nothing(word_repo, import_word):
    got = import_word(_program(intros=True, common="Trách nhiệm chung"), word_repo, kind="program")
    assert [p for p in got.file.problems if p.code == "KH613"] == []
    assert "extra_sections" not in got.data


def test_a_name_with_its_fields_abbreviated_is_the_orgs_name():
    """'Liên hiệp các Hội KH&KT tỉnh' in a Phối hợp cell is the org printed 'Liên hiệp Hội' (its
    name 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'): kept — before, it was lost (KH613) and
    copied into a section the signed document would print."""
    names = ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Sở Giáo dục và Đào tạo",
             "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông"]  # fmt: skip
    cells = ("Liên hiệp các Hội KH&KT tỉnh", "Sở GD&ĐT, Sở LĐ-TB&XH, Sở TT & TT")
    assert _lost(*cells, names=names) == []
    # a name of no org of the draft is still lost
    assert _lost("Liên hiệp các Hội KH&KT tỉnh", names=["Sở Giáo dục và Đào tạo"]) != []
