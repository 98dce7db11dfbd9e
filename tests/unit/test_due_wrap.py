"""The plain ``due`` table wraps its cells exactly as ``textwrap.wrap`` would (whole words, no
cut at hyphens), whatever the text: the direct greedy fill is only a shortcut."""

from __future__ import annotations

import textwrap

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kehoach.due.wrap import wrap

WORDS = st.text(alphabet="aêĐ-.,()x", min_size=0, max_size=14)
SPACES = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", " \u3000 ", "\n", ""])


def reference(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(WORDS, SPACES), max_size=20), st.integers(1, 40))
@example([("Tổ chức hội thảo khoa học cấp tỉnh về chuyển đổi số", "")], 30)
@example([("", " "), ("a", " ")], 5)
@example([("a", "  "), ("b", "")], 2)  # two spaces at a break: textwrap drops both
@example([("a", " \u3000 "), ("b", "")], 2)  # an ideographic space alone at a line start
@example([("abcdefghijklmnopqrstuvwxyz", " "), ("b", "")], 10)
def test_wrap_is_textwrap(parts, width):
    text = "".join(w + s for w, s in parts)
    assert wrap(text, width) == reference(text, width)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS.filter(bool), min_size=1, max_size=20), st.integers(1, 30))
def test_wrap_of_single_spaced_words_is_textwrap(words, width):
    text = " ".join(words)  # the shortcut's own case
    assert wrap(text, width) == reference(text, width)


def test_a_long_word_stands_alone_and_short_ones_fill_the_line():
    assert wrap("ab cd efghijklmnop q r", 6) == ["ab cd", "efghijklmnop", "q r"]
    assert wrap("ab cd", 5) == ["ab cd"]  # an exact fit stays on the line
    assert wrap("", 10) == [""]


def test_an_empty_cell_is_wrapped_without_textwrap():
    # most rows of a due table have an empty cell (no supporting body): importing textwrap for it
    # cost every cold run ~0.7 ms
    import subprocess
    import sys

    code = (
        "import sys; from kehoach.due.wrap import wrap;"
        "print(wrap('', 16), wrap('a b', 16), 'textwrap' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, encoding="utf-8")
    assert done.stdout.split("\n")[0] == "[''] ['a b'] False"
