"""Every YAML syntax message a user can meet is Vietnamese and points at the mistake.

A corpus of broken files as office staff type them (a value starting with `@`, a `&` in a title, a
quote inside quotes, an unclosed quote, a list on the key's line…): each must give one KH101 (or
KH105) problem whose words outside the parenthesised original detail are Vietnamese, at a line of
the file, on the line of the real mistake. Then random damage to a real plan: whatever libyaml
says, the same holds."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import DT, PLAN
from kehoach.io.yamlio import parse


def plan_with(old: str, new: str) -> str:
    assert old in PLAN, old
    return PLAN.replace(old, new, 1)


T = "title: Kế hoạch thử"  # line 5 of PLAN
# (name, text, line of the mistake, column of the mistake or None)
CORPUS = [
    ("at-sign", plan_with(T, "title: @KHCN tổ chức hội thi"), 5, 8),
    ("backquote", plan_with(T, "title: `Kế hoạch` năm 2022"), 5, 8),
    ("percent", plan_with(T, "title: %50 kinh phí đối ứng"), 5, 8),
    ("ampersand-space", plan_with(T, "title: & Triển lãm"), 5, 8),
    ("ampersand-word", plan_with(T, "title: &Hội thi sáng tạo"), 5, 8),
    ("star-space", plan_with(T, "title: * Ghi chú"), 5, 8),
    ("star-word", plan_with(T, "title: *KHCN"), 5, 8),
    ("nested-double-quotes", plan_with(T, 'title: "Hội thi "Sáng tạo" trẻ"'), 5, 17),
    ("nested-single-quotes", plan_with(T, "title: 'Hội thi 'Sáng tạo' trẻ'"), 5, 17),
    ("text-after-quote", plan_with(T, 'title: "Kế hoạch" năm 2022'), 5, 17),
    ("unclosed-double-quote", plan_with(T, 'title: "Kế hoạch thử'), 5, 8),
    ("unclosed-single-quote", plan_with(T, "title: 'Kế hoạch thử"), 5, 8),
    (
        "unclosed-quote-swallowing",
        plan_with(T, 'title: "Kế hoạch thử').replace("name: Nguyễn Văn A", 'name: "Nguyễn Văn A"'),
        5,
        8,
    ),
    ("colon-in-sentence", plan_with(T, "title: Kế hoạch: tổ chức hội thi"), 5, 16),
    ("flow-mapping-in-text", plan_with(T, "title: Hội thi {Sáng tạo: trẻ} 2022"), 5, None),
    ("braces-then-words", plan_with(T, "title: {Sáng tạo} trẻ năm 2022"), 5, None),
    ("brackets-then-words", plan_with(T, "title: [Dự thảo] Kế hoạch"), 5, None),
    ("flow-mapping-unclosed", plan_with(T, "title: {Sáng tạo trẻ"), 5, 8),
    ("flow-list-unclosed", plan_with("support: [skhcn]", "support: [skhcn"), 11, 16),
    (
        "flow-list-missing-comma",
        plan_with("support: [skhcn]", 'support: [skhcn, "td" x]'),
        11,
        None,
    ),
    ("dash-on-key-line", plan_with("support: [skhcn]", "support: - skhcn"), 11, 16),
    ("key-without-colon", plan_with("year: 2022", "year 2022"), 4, 1),
    ("line-indented-under-value", plan_with("year: 2022", "year: 2022\n  date: 2022-01-10"), 5, 3),
    ("list-item-misaligned", plan_with("      lead: td", "       lead: td"), 10, None),
    ("tab-indent", plan_with("      lead: td", "\t    lead: td"), 10, 1),
    ("pipe-on-value", plan_with(T, "title: | Kế hoạch"), 5, 8),
    ("greater-than-on-value", plan_with(T, "title: > 50 đơn vị tham gia"), 5, 8),
    ("question-mark", plan_with(T, "title: ? Hỏi đáp"), 5, 8),
    ("stray-bracket", plan_with("year: 2022", "year: 2022\n]"), 5, 1),
    ("close-bracket-value", plan_with(T, "title: ]Kế hoạch"), 5, 8),
    ("windows-path-escape", plan_with(T, 'title: "C:\\Tài liệu\\kế hoạch"'), 5, None),
    ("second-document", plan_with("year: 2022", "year: 2022\n---\nyear: 2023"), 5, 1),
    ("duplicate-anchor", plan_with("year: 2022", "year: &n 2022\nnumber: &n 5"), 5, None),
    ("deep-nesting", plan_with(T, "title: " + "[" * 1100 + "]" * 1100), 5, None),
    ("bad-tag-handle", plan_with(T, "title: !x!y Kế hoạch"), 5, 8),
    ("quote-then-colon", plan_with(T, 'title: Hội thi "A": lần 2'), 5, None),
]
_ENGLISH = re.compile(
    r"\b(found|expected|allowed|while|scanning|parsing|character|could|find|mapping|block|token|"
    r"context|indicator|stream|scalar|document|anchor occurrence|but)\b",
    re.I,
)


def vietnamese(message: str) -> bool:
    """No English words outside a parenthesised part."""
    outside = re.sub(r"\([^()]*\)", "", message)
    return not _ENGLISH.search(outside.replace("(anchor)", "").replace("(alias)", ""))


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 25


@pytest.mark.parametrize(("name", "text", "line", "col"), CORPUS, ids=[c[0] for c in CORPUS])
def test_broken_yaml_is_explained_in_vietnamese_at_the_mistake(name, text, line, col):
    problems = [p for p in parse("kh.yaml", text).problems if p.code in ("KH101", "KH105")]
    assert len(problems) == 1, problems
    p = problems[0]
    assert vietnamese(p.message), p.message
    assert 1 <= p.line <= text.count("\n") + 1
    assert p.line == line, p
    if col is not None:
        assert p.col == col, p


def test_unclosed_quote_is_shown_where_it_opens_not_where_the_file_ends():
    text = plan_with(T, 'title: "Kế hoạch thử')
    (p,) = parse("kh.yaml", text).problems
    assert (p.line, p.col) == (5, 8)
    assert "không được đóng" in p.message and "thụt lề" not in p.message


def test_nested_quotes_say_how_to_write_them():
    (p,) = parse("kh.yaml", plan_with(T, 'title: "Hội thi "Sáng tạo""')).problems
    assert "lồng trong chuỗi" in p.message
    assert "'Hội thi \"Sáng tạo\"'" in p.message


_SPECIALS = list("@`&*|>?%!{}[],:#'\"-\t\\") + [": ", " #", "- ", "\n  ", '"', "'"]
_BASE = DT.read_text(encoding="utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(_BASE)), st.sampled_from(_SPECIALS), st.integers(0, 3)),
        min_size=1,
        max_size=4,
    )
)
def test_any_damage_is_reported_in_vietnamese_inside_the_file(edits):
    text = _BASE
    for at, insert, remove in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + remove :]
    lines = text.count("\n") + 1
    for p in parse("kh.yaml", text).problems:
        if p.code.startswith("KH1"):
            assert vietnamese(p.message), p.message
            assert 1 <= p.line <= lines, p
            assert p.col >= 1


def test_an_edit_that_breaks_a_file_is_explained_in_vietnamese():
    import yaml

    from kehoach.io.yamlerrors import syntax_message
    from kehoach.io.yamlload import Loader

    text = plan_with(T, "title: @KHCN")
    loader = Loader(text)
    try:
        loader.get_single_data()
    except yaml.YAMLError as exc:
        message = syntax_message(text, exc)
    finally:
        loader.dispose()
    assert message.startswith("dòng 5, cột 8: Lỗi cú pháp YAML: giá trị không được bắt đầu")


def test_validate_shows_the_vietnamese_message(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_text(plan_with(T, "title: & Hội thi"), encoding="utf-8")
    result = cli("validate", "--format", "parsable")
    assert result.exit_code == 1
    assert (
        "plans/2022/kh.yaml:5:8: error KH101 Lỗi cú pháp YAML: '&' ở đầu giá trị" in result.stdout
    )


_CONFLICT = "<<<<<<< HEAD\n      time: 2022-Q2\n=======\n      time: 2022-Q3\n>>>>>>> nhanh-skhcn\n"


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("in-a-list-item", plan_with("      time: 2022-Q2\n", _CONFLICT), 12),
        (
            "top-level-key",
            plan_with("year: 2022\n", "<<<<<<< HEAD\nyear: 2022\n=======\nyear: 2023\n>>>>>>> b\n"),
            4,
        ),
        (
            "diff3-style",
            plan_with(
                "      time: 2022-Q2\n",
                "<<<<<<< ours\n      time: 2022-Q2\n||||||| base\n      time: 2022-Q1\n"
                "=======\n      time: 2022-Q3\n>>>>>>> theirs\n",
            ),
            12,
        ),
        ("crlf", plan_with("      time: 2022-Q2\n", _CONFLICT).replace("\n", "\r\n"), 12),
    ],
)
def test_a_merge_conflict_left_in_the_file_is_named_at_its_first_marker(name, text, line):
    (p,) = parse("kh.yaml", text).problems
    assert (p.code, p.line, p.col) == ("KH101", line, 1), p
    assert p.message.startswith("Xung đột hợp nhất git chưa giải quyết (dòng '<<<<<<< "), p
    assert "xóa các dòng đánh dấu" in p.message and vietnamese(p.message)


def test_a_syntax_error_before_a_conflict_keeps_its_own_words():
    text = plan_with(T, "title: @KHCN").replace("      time: 2022-Q2\n", _CONFLICT)
    (p,) = parse("kh.yaml", text).problems
    assert (p.line, p.col) == (5, 8) and "Xung đột" not in p.message


def test_marker_like_text_inside_a_value_is_not_a_conflict():
    text = plan_with(T, "title: Kế hoạch <<<<<<< thử")
    assert parse("kh.yaml", text).problems == []


def test_validate_names_the_merge_conflict(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_text(
        plan_with("      time: 2022-Q2\n", _CONFLICT), encoding="utf-8"
    )
    result = cli("validate", "--format", "parsable")
    assert result.exit_code == 1
    assert (
        "plans/2022/kh.yaml:12:1: error KH101 Xung đột hợp nhất git chưa giải quyết "
        "(dòng '<<<<<<< HEAD')" in result.stdout
    )


# a conflict left inside a quoted value: YAML reads the file, the marker lines become words of the
# value (and of the document printed from it)
_QUOTED_CONFLICT = 'title: "Kế hoạch\n<<<<<<< HEAD\n  thử\n=======\n  thử nghiệm\n>>>>>>> b\n  "'


def _state(text: str):
    from kehoach.loadfiles import LoadedFile, load_text

    state = LoadedFile("plans/kh.yaml", "plans/kh.yaml", None)
    load_text(state, text)
    return state


def test_a_conflict_read_into_a_value_is_named_once_and_keeps_the_file_from_the_commands():
    text = plan_with(T, _QUOTED_CONFLICT)
    assert parse("kh.yaml", text).problems == []  # YAML reads it
    state = _state(text)
    (p,) = state.problems
    assert (p.code, p.level, p.line, p.col) == ("KH308", "error", 6, 1), p
    assert "dòng '<<<<<<< HEAD' nằm trong giá trị \"Kế hoạch <<<<<<< HEAD thử" in p.message
    assert vietnamese(p.message)
    assert not state.schema_ok  # blocking: due, who, render never use the value


def test_each_value_holding_a_conflict_is_named():
    text = plan_with(T, _QUOTED_CONFLICT).replace(
        "      title: Hội thi",
        "      title: 'Hội thi\n<<<<<<< HEAD\n  A\n=======\n  B\n>>>>>>> b\n  '",
    )
    found = [(p.code, p.line) for p in _state(text).problems]
    assert found == [("KH308", 6), ("KH308", 16)], found


def test_a_conflict_that_breaks_the_syntax_is_kh101_alone():
    state = _state(plan_with("      time: 2022-Q2\n", _CONFLICT))
    assert [p.code for p in state.problems] == ["KH101"]
    # the marker inside a quoted value, a syntax error after it: KH101 names the conflict
    text = plan_with(T, _QUOTED_CONFLICT + "\n  oops: [")
    assert [p.code for p in _state(text).problems] == ["KH101"]


def test_marker_like_words_and_indented_markers_are_no_conflict():
    for value in (
        'title: "Kế hoạch <<<<<<< thử"',  # not at the start of a line
        'title: "Kế hoạch\n  <<<<<<< HEAD\n  thử"',  # indented: git writes them at column 1
        'title: "Kế hoạch\n<<<<<< sáu\n  thử"',  # six
        'title: "Kế hoạch\n=======x\n  thử"',  # '=' then more
    ):
        assert _state(plan_with(T, value)).problems == [], value


def test_every_conflict_of_the_file_is_named_at_once():
    text = plan_with("      time: 2022-Q2\n", _CONFLICT).replace(
        "year: 2022\n", "<<<<<<< HEAD\nyear: 2022\n=======\nyear: 2023\n>>>>>>> b\n"
    )
    (p,) = parse("kh.yaml", text).problems
    assert (p.code, p.line) == ("KH101", 4), p
    assert "(dòng '<<<<<<< HEAD'; còn 1 chỗ xung đột khác, ở dòng 16)" in p.message, p.message


def test_a_key_out_of_line_is_said_as_a_key_not_a_list():
    """A key of an activity indented one space less than the keys above it: the message says the
    key and both indentations — before, "the dashes of a list must line up", which points at a
    list the clerk did not touch."""
    text = plan_with("      lead: td", "     lead: td")
    (p,) = parse("kh.yaml", text).problems
    line = text.splitlines().index("     lead: td") + 1
    assert (p.line, p.col) == (line, 6), p
    assert "khóa ở dòng" in p.message and "thụt lề 5 dấu cách" in p.message
    assert "thụt 6" in p.message and "danh sách" not in p.message


def test_an_id_typed_with_vietnamese_letters_gets_its_plain_form():
    """'skhcn-lđ' (đ typed by habit), 'TinhDoan': KH205 suggests the id written plainly."""
    from kehoach.schema import full_errors

    data = dict(parse("kh.yaml", PLAN).data)
    data["issuers"] = ["tinhđoan"]
    (p,) = [p for p in full_errors("plan", data, "kh.yaml") if p.code == "KH205"]
    assert p.message.endswith('; có phải "tinhdoan"?'), p.message
