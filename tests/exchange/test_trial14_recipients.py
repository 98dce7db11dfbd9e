"""The Nơi nhận of the trial's documents (session 14), each read back right: a group of one line
in a table nested in the signature cell keeps the words beside its brace, labels typed on lines
of their own after a braced group keep their purposes, and groups braced on every line are cut
by where their labels stand (the nearest label; a TODO when a line could go either way)."""

from __future__ import annotations

from . import wordmake as wm
from .test_trial14 import _plan_with_recipients, _reprinted


def _typed(lines: list[str]):
    """The Nơi nhận typed as paragraphs ('- Sở KH&CN;⇥⇥p/h', '- UBND tỉnh;⇥} để b/c') under a
    signature block typed with tabs."""

    from .test_trial14 import plan_opening

    d = wm.new()
    plan_opening(d)
    wm.para(d, "\tTM. BAN THƯỜNG VỤ THÀNH ĐOÀN", bold=True)
    wm.para(d, "\tPHÓ BÍ THƯ", bold=True)
    wm.para(d, "\tNguyễn Văn Hùng", bold=True)
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    for line in lines:
        wm.para(d, line)
    return wm.save(d)


def _recipients_todo(got) -> str:
    line = got.text.split("recipients:")[1].split("\n")[0]
    return line.split("# TODO:")[1] if "# TODO:" in line else ""


# --- 1. a group of one line in a nested table -------------------------------------------------


def test_a_one_line_nested_group_keeps_the_words_beside_its_brace(word_repo, import_word):
    """'- Báo Tuổi Trẻ, Báo Thanh Niên;' | '} để phối hợp, đưa tin' below groups of several
    lines: the words follow the recipient as they do for a group of two lines — before, they
    were dropped (no purpose, no note, nothing in the re-print, no TODO)."""
    rows = [
        (["- Trung ương Đoàn;", "- Thành ủy;", "- UBND Thành phố;"], ["}", "} để báo cáo", "}"]),
        (["- Các trường đại học, cao đẳng;", "- Đoàn trường;"], ["}", "} để thực hiện"]),
        (["- Báo Tuổi Trẻ, Báo Thanh Niên;"], ["} để phối hợp, đưa tin"]),
        (["- Lưu: VP."], []),
    ]
    got = import_word(_plan_with_recipients(rows), word_repo)
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["Trung ương Đoàn", "Thành ủy", "UBND Thành phố"]},
        {"purpose": "t/h", "items": ["Các trường đại học, cao đẳng", "Đoàn trường"]},
        {"items": ["Báo Tuổi Trẻ, Báo Thanh Niên (để phối hợp, đưa tin)"]},
    ]
    assert "Báo Tuổi Trẻ, Báo Thanh Niên (để phối hợp, đưa tin);" in _reprinted(got, word_repo)


def test_a_one_line_nested_group_with_a_purpose_has_that_purpose(word_repo, import_word):
    """'- Sở KH&CN;' | '} để phối hợp' in a table typed a group per row: the group of one has the
    purpose p/h (a guard: the words beside a group of one are kept only when they name none)."""
    rows = [
        (["- Ban Bí thư TW Đoàn;", "- Thường trực Thành ủy;"], ["}", "để b/c"]),
        (["- Sở KH&CN;"], ["} để phối hợp"]),
        (["- Lưu: VP."], []),
    ]
    got = import_word(_plan_with_recipients(rows), word_repo)
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["Ban Bí thư TW Đoàn", "Thường trực Thành ủy"]},
        {"purpose": "p/h", "items": ["Sở KH&CN"]},
    ]


def test_words_beside_the_only_row_of_a_nested_table_are_kept(word_repo, import_word):
    """A nested table of one-line rows only, one of them beside words that name no purpose: the
    words stay after that recipient — before, they were dropped."""
    rows = [
        (["- Báo Bình Thuận;"], ["} để đưa tin"]),
        (["- Lưu: VP."], []),
    ]
    got = import_word(_plan_with_recipients(rows), word_repo)
    assert got.data["recipients"]["groups"] == [{"items": ["Báo Bình Thuận (để đưa tin)"]}]


# --- 2. labels typed on their lines after a braced group ---------------------------------------


def test_labels_after_a_braced_group_keep_their_purposes(word_repo, import_word):
    """'- Sở KH&CN;⇥⇥p/h' and '- Các huyện, thị, thành đoàn;⇥⇥t/h' after a group braced
    '…;⇥} b/c': groups p/h and t/h of their own — before, one group with no purpose (the
    re-print lost p/h and t/h)."""
    got = import_word(
        _typed([
            "- TW Đoàn (Ban Phong trào);\t}",
            "- Thường trực Tỉnh ủy;\t} b/c",
            "- Ban Dân vận Tỉnh ủy;\t}",
            "- Sở KH&CN;\t\tp/h",
            "- Các huyện, thị, thành đoàn;\t\tt/h",
            "- Lưu VP.",
        ]),
        word_repo,
    )  # fmt: skip
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["TW Đoàn (Ban Phong trào)", "Thường trực Tỉnh ủy",
                                     "Ban Dân vận Tỉnh ủy"]},
        {"purpose": "p/h", "items": ["Sở KH&CN"]},
        {"purpose": "t/h", "items": ["Các huyện, thị, thành đoàn"]},
    ]  # fmt: skip
    assert _recipients_todo(got) == ""  # each label on its line, the brace around its middle
    text = _reprinted(got, word_repo)
    assert "p/h" in text and "t/h" in text


def test_words_typed_after_a_brace_that_name_no_purpose_stay_in_the_recipients(
    word_repo, import_word
):
    """'- Báo Bình Thuận;⇥} để phối hợp, đưa tin': the words follow the recipient they were typed
    beside — before, the line's brace and words went to the signer's name ("Nguyễn Văn Hùng } để
    phối hợp, đưa tin")."""
    got = import_word(
        _typed(["- Đài PT-TH tỉnh;\t}", "- Báo Bình Thuận;\t} để phối hợp, đưa tin", "- Lưu VP."]),
        word_repo,
    )
    assert got.data["signers"][0]["name"] == "Nguyễn Văn Hùng"
    assert got.data["recipients"]["groups"] == [
        {"items": ["Đài PT-TH tỉnh", "Báo Bình Thuận (để phối hợp, đưa tin)"]}
    ]


# --- 3. braces on every line ---------------------------------------------------------------


def test_a_line_between_two_labels_goes_by_the_purposes_with_a_todo(word_repo, import_word):
    """Five braced lines, labels on lines 2 and 4: 3 + 2 and 2 + 3 both put each label at a middle
    line; 'UBND tỉnh' (line 3) is as near to either label, a superior, so with the reports —
    before, it went to the t/h group, silently."""
    got = import_word(
        _typed([
            "- Ban Bí thư Trung ương Đoàn;\t}",
            "- Thường trực Tỉnh ủy;\t} để b/c",
            "- UBND tỉnh;\t}",
            "- Các huyện, thị, thành đoàn;\t} để t/h",
            "- Các phòng chuyên môn Sở KH&CN;\t}",
            "- Lưu: VT, BPT.",
        ]),
        word_repo,
    )  # fmt: skip
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["Ban Bí thư Trung ương Đoàn", "Thường trực Tỉnh ủy",
                                     "UBND tỉnh"]},
        {"purpose": "t/h", "items": ["Các huyện, thị, thành đoàn",
                                     "Các phòng chuyên môn Sở KH&CN"]},
    ]  # fmt: skip
    todo = _recipients_todo(got)
    assert "'UBND tỉnh'" in todo
    assert "Thường trực" not in todo and "Các huyện" not in todo  # only the line in doubt


def test_braced_lines_go_to_the_nearest_label(word_repo, import_word):
    """Six braced lines, labels on lines 2 and 5 (names saying nothing of their rank): 3 + 3, each
    line with its nearest label, no line in doubt — before, 2 + 4 (the first cut that put the
    labels at middle lines)."""
    got = import_word(
        _typed([
            "- Đơn vị A;\t}",
            "- Đơn vị B;\t} để b/c",
            "- Đơn vị C;\t}",
            "- Đơn vị D;\t}",
            "- Đơn vị E;\t} để t/h",
            "- Đơn vị G;\t}",
            "- Lưu: VT.",
        ]),
        word_repo,
    )  # fmt: skip
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["Đơn vị A", "Đơn vị B", "Đơn vị C"]},
        {"purpose": "t/h", "items": ["Đơn vị D", "Đơn vị E", "Đơn vị G"]},
    ]
    assert _recipients_todo(got) == ""


def test_a_group_of_four_under_a_group_of_three(word_repo, import_word):
    """Seven braced lines, labels on lines 2 and 5: 3 + 4 keeps every line nearest its label
    (2 + 5 would not), no TODO."""
    got = import_word(
        _typed([
            "- Đơn vị A;\t}",
            "- Đơn vị B;\t} để b/c",
            "- Đơn vị C;\t}",
            "- Đơn vị D;\t}",
            "- Đơn vị E;\t} để t/h",
            "- Đơn vị G;\t}",
            "- Đơn vị H;\t}",
            "- Lưu: VT.",
        ]),
        word_repo,
    )  # fmt: skip
    assert got.data["recipients"]["groups"] == [
        {"purpose": "b/c", "items": ["Đơn vị A", "Đơn vị B", "Đơn vị C"]},
        {"purpose": "t/h", "items": ["Đơn vị D", "Đơn vị E", "Đơn vị G", "Đơn vị H"]},
    ]
    assert _recipients_todo(got) == ""
