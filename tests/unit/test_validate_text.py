"""``validate``'s default ``text`` output: plain (a pipe, a file, the editor, the pre-commit hook)
without rich; coloured by rich for a terminal. Both show a quoted value as the file holds it."""

from __future__ import annotations

import re

from kehoach.output import Style
from kehoach.problem import Problem
from kehoach.validate.formats import text
from kehoach.validate.result import ValidateResult

PROBLEMS = [
    Problem("plans/a.yaml", 3, 7, "KH401", "error", 'Không rõ đơn vị "td[x]"'),
    Problem("plans/a.yaml", 12, 1, "KH418", "warning", "Còn chữ giữ chỗ: TODO"),
    Problem("plans/b.yaml", 1, 1, "KH101", "info", "Giá trị :warning: \\[bold] cuối \\"),
]


def test_plain_text_exactly():
    out = text(ValidateResult(PROBLEMS, 5), Style(color=False))
    assert out == (
        "plans/a.yaml\n"
        '  3:7      lỗi       KH401  Không rõ đơn vị "td[x]"\n'
        "  12:1     cảnh báo  KH418  Còn chữ giữ chỗ: TODO\n"
        "\n"
        "plans/b.yaml\n"
        "  1:1      ghi chú   KH101  Giá trị :warning: \\[bold] cuối \\\n"
        "\n"
        "Đã kiểm tra 5 tệp: 1 lỗi, 1 cảnh báo.\n"
    )


def test_no_problem_is_one_line():
    assert text(ValidateResult([], 3), Style()) == "Đã kiểm tra 3 tệp: không có lỗi.\n"


def test_control_characters_stay_escaped():
    bad = Problem("p\x1b.yaml", 1, 1, "KH101", "error", "a\nb\x1b[31m")
    out = text(ValidateResult([bad], 1), Style())
    assert "\x1b" not in out and "p\\x1b.yaml\n" in out and "a\\nb\\x1b[31m\n" in out


def test_coloured_text_says_the_same_words():
    """The terminal's text is the plain text with colour: no emoji for ``:warning:``."""
    coloured = text(ValidateResult(PROBLEMS, 5), Style(color=True))
    assert "\x1b[" in coloured
    bare = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    plain = text(ValidateResult(PROBLEMS, 5), Style(color=False))
    assert ":warning:" in bare and "⚠" not in bare
    assert bare == plain
