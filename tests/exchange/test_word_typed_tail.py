"""The signature area typed with tabs, as many offices type it: blocks side by side whose lines
do not all have a line in every block, and Nơi nhận with a brace typed after a tab."""

from __future__ import annotations

from . import wordmake as wm
from .test_word_program import _program


def _typed_tail(d) -> None:
    wm.para(d, "\tTM. BAN THƯỜNG VỤ THÀNH ĐOÀN\tKT. GIÁM ĐỐC", bold=True)
    wm.para(d, "\tPHÓ BÍ THƯ\tPHÓ GIÁM ĐỐC", bold=True)
    # the right block has one line more: typed two tabs in, under it
    wm.para(d, "\t\tTHƯỜNG TRỰC", bold=True)
    wm.para(d, "")
    wm.para(d, "\tNguyễn Văn Hùng\tTrần Thị Mai", bold=True)
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Ban Bí thư TW Đoàn;\t}")
    wm.para(d, "- Bộ Khoa học và Công nghệ;\t} để b/c")
    wm.para(d, "- Thường trực Thành ủy;\t}")
    wm.para(d, "- Các quận, huyện đoàn;\t} để t/h")
    wm.para(d, "- Các đơn vị trực thuộc;\t}")
    wm.para(d, "- Lưu: VT.")


def test_a_line_of_the_right_block_alone_stays_in_it(word_repo, import_word):
    """'⇥⇥THƯỜNG TRỰC' under '⇥PHÓ BÍ THƯ⇥PHÓ GIÁM ĐỐC': the right block's — before, a line of
    one piece went to the left block whatever its tabs (doc7 of the trial: the Liên hiệp Hội's
    title went to the Tỉnh Đoàn, its own block printed "TODO: chức vụ người ký")."""
    got = import_word(_program(tail=_typed_tail), word_repo, kind="program")
    assert got.errors == []
    left, right = got.data["signers"]
    assert (left["for"], left["title"], left["name"]) == (
        "BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng"
    )  # fmt: skip
    assert (right["authority"], right["title"], right["name"]) == (
        "KT.", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC", "Trần Thị Mai"
    )  # fmt: skip


def test_a_brace_typed_after_a_tab_groups_the_recipients(word_repo, import_word):
    """'- Ban Bí thư TW Đoàn;⇥}' … '…;⇥} để b/c': groups with their purposes — before, the
    braces went into the signature blocks (a signer named "Nguyễn Văn Hùng } } để b/c") and the
    purposes were lost. 'Thường trực Thành ủy' stands as near to 'để b/c' as to 'để t/h': a
    superior, it goes with the reports, and a TODO names it (before, it went to t/h silently)."""
    got = import_word(_program(tail=_typed_tail), word_repo, kind="program")
    assert all("}" not in s.get("name", "") for s in got.data["signers"])
    assert got.data["recipients"] == {
        "groups": [
            {"purpose": "b/c", "items": ["Ban Bí thư TW Đoàn", "Bộ Khoa học và Công nghệ",
                                         "Thường trực Thành ủy"]},
            {"purpose": "t/h", "items": ["Các quận, huyện đoàn", "Các đơn vị trực thuộc"]},
        ],
        "archive": ["VT"],
    }  # fmt: skip
    assert "'Thường trực Thành ủy'" in got.text.split("recipients:")[1].split("\n")[0]


NOTE = "Ghi chú: Chương trình này thay thế Chương trình số 05-CTr/TĐTN-SKHCN ngày 10/01/2020."


def _noted_tail(d) -> None:
    _typed_tail(d)
    wm.para(d, NOTE, italic=True)
    wm.para(d, "* Kèm theo danh sách đầu mối của hai bên.")


def test_a_note_after_the_signature_is_kept_never_a_signer(word_repo, import_word):
    """A note typed after the signature area ('Ghi chú: …', '* Kèm theo …'): kept as text for the
    author to place, with a TODO — before, it became a third signer whose "name" was the note and
    whose title was "TODO: chức vụ người ký" (trial of 03/12/2026)."""
    got = import_word(_program(tail=_noted_tail), word_repo, kind="program")
    assert got.errors == []
    assert len(got.data["signers"]) == 2
    assert all("Ghi chú" not in s.get("name", "") for s in got.data["signers"])
    kept = [p for s in got.data.get("extra_sections", []) for p in s.get("paragraphs", [])]
    assert NOTE in kept and "* Kèm theo danh sách đầu mối của hai bên." in kept
    assert got.data["recipients"]["archive"] == ["VT"]


def test_a_note_under_a_signature_table_is_kept(word_repo, import_word):
    """The signature in a borderless table (Nơi nhận left, blocks right) and a note paragraph
    under it: the signer keeps its name; the note is kept apart."""

    def tail(d) -> None:
        t = d.add_table(rows=1, cols=2)
        wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VT.", False)], center=False)
        wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                     ("", False), ("Nguyễn Văn Hùng", True)])  # fmt: skip
        wm.para(d, NOTE, italic=True)

    got = import_word(_program(tail=tail), word_repo, kind="program")
    names = [s.get("name") for s in got.data["signers"]]
    assert "Nguyễn Văn Hùng" in names and not any(n and "Ghi chú" in n for n in names)
    kept = [p for s in got.data.get("extra_sections", []) for p in s.get("paragraphs", [])]
    assert NOTE in kept
