"""The line scanner of the C YAML loader (``_cyaml.lines``) on hand-written texts for its tricky
rules: what it reads (and reads as libyaml does), what it may decline, what libyaml refuses (it
declines), and the texts the fuzz tests found it reading wrongly (failing until it is fixed)."""

from __future__ import annotations

import pytest

from helpers import cyaml, load_outcome, read_alike

# ---------------------------------------------------------------- the tricky rules by hand
ACCEPTED = [
    "a: >\n  first line\n  same paragraph\n\n  second\n\n\n  third\n\n\nb: 1\n",
    "a: >-\n  x\n\n  y\n\n",
    "a: >\n  x\n\n",
    "a: |-\n  x\n\n\n",
    "r:\n- >\n  x\n\n  y\n- b\n",
    "a: |\n  x  \n  y \n  \nb: |\n  z \n",
    "a: |\n  x\n    more indented\n  y\n",
    "a: |\n  x\n# c\nb: 1\n",
    "a: |\n    deeper content\nb: 1\n",
    "a:\n  b: |\n    x\n  c: 1\n",
    "key:\n- a\n- b\n",
    "key:\n- a\n- b\nnext: 1\n",
    "a:\n  - k: v\n    j: w\n  -   k: v\n      j: w\n",
    "r:\n  - k:\n    - a\n    j: 1\n",
    "a:\n -\n  b: 1\n",
    "r:\n- a\n-\n- b\n",
    "key: 'it''s'\n",
    "key: ''\n",
    'key: ""\n',
    'key: "a\\"b"\n',
    'key: "a\\\\b\\/c\\nd\\te"\n',
    "key: \"Kế hoạch 'x'\"  # c\n",
    "key: 'x'  # c\n",
    "k: [a,b]\n",
    "k: [a , b ]\n",
    "k: [ a, 'b c', \"d\" ]\n",
    "k: []\n",
    "k: [ ]\n",
    "k: [a, b]  # c\n",
    "key:    # comment\n  sub: 1\n",
    "r:\n- # c\n  a: 1\n",
    "r:\n  - # c\n    a: 1\n",
    "a: b #c\n",
    "a: b#c\n",
    "a: b # c # d\n",
    "a: http://x.vn/a?b=1#c\n",
    "a: a:b\n",
    "a: b  \n",
    "a:\n",
    "a:   \nb: ~\n",
    "a: 0x1F\nb: 1_000\nc: 010\nd: 2023-06-30\ne: yes\nf: -5\ng: 1.5\nh: .inf\n",
    "ghi chú: Tỉnh Đoàn\ntên đơn vị: x\n",
    "---\na: 1\n",
    "--- # c\na: 1\n",
    "# c\n---\na: 1\n",
    "a: 1\n\n   \n# c\n  # c\nb: 2\n",
    "a:\n  b:\n    c:\n      d: 1\n  e: 2\n",
    "a:\n    b: 1\nc:\n - x\n",
    "a: -x\n",
]
EITHER = [  # declined or read the same
    "",
    "# comments only\n# c\n",
    "\n\n",
    "---\n",
    "- - a\n",
    "- - a\n  - b\n- c\n",
    "a: |\n  # not a comment\n  a: b\n  - c\n",
    "a: |\n  z\t\n",
    "- x\n",
    "- # c\n  a: 1\n",
    "- k:\n  - a\n  j: 1\n",
    "[a, b,]\n",
    "key: [a, b,]\n",
    "a: x\n  y\n",
    "a: 'x\n  y'\n",
    'a: "x\n  y"\n',
    'a: "\\x41\\u00e9\\U0001F600\\e\\0\\ "\n',
    "a: 'x' # c\n",
    "a : b\n",
    "a: {b: 1}\n",
    "a: |2\n  x\n",
    "a: |+\n  x\n\n",
    "a: >+\n  x\n\n",
    "a: |\n\n  x\n",
    "a: >\n  x\n    more\n  y\n",
    "a: 1",
    "a: |\n  x",
    "a:\tb\n",
    "a: b\r\n",
    "\ufeffa: 1\n",
    "x\n",
    "a: 1\n...\n",
    "%YAML 1.1\n---\na: 1\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "<<: 1\n",
    '"a": 1\n',
    "'a': 1\n",
    "? a\n: 1\n",
    "1: a\n2: b\n",
    "yes: a\n",
    "a: \x85\n",
    "a: x\u00a0y\n",
    "a: \u2028\n",
    "a: " + "9" * 5000 + "\n",
    "a:\n  b: 1\n  # c\n c: 2\n",
    "".join("  " * i + "k:\n" for i in range(150)) + "  " * 150 + "v\n",
    "- " * 150 + "v\n",
]
REFUSED = [  # libyaml gives up: lines declines
    "a: b: c\n",
    "a: - x\n",
    "a: 1\na: 2\n",
    "a:\n  b: 1\na: 2\n",
    "a: 'x' y\n",
    'a: "x" y\n',
    "a: [a, b] c\n",
    "a: b\n b2: c\n",
    "k:\n  - a\n  - b\n k3: x\n",
    "a: 1\n- b\n",
    "- a\nb: 1\n",
    "a: [a, b\n",
    "a: 'x\n",
    "a: 1\n---\nb: 2\n",
    "\ta: 1\n",
    "a:\n\t- b\n",
    "a: |\n  x\n y\n",
    "a: `x\n",
    "a: @x\n",
    "a: %x\n",
    "a: \x00\n",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_what_the_scanner_reads(text):
    assert read_alike(text, python=True)[0] == "data", f"declined by lines: {text!r}"


@pytest.mark.parametrize("text", EITHER)
def test_declined_or_read_theread_alike(text):
    read_alike(text, python=True)


@pytest.mark.parametrize("text", REFUSED)
def test_what_libyaml_refuses_the_scanner_declines(text):
    assert load_outcome(cyaml().load_events, text)[0] == "gave up", repr(text)
    assert read_alike(text, python=True)[0] != "data"


# Found by the tests above: texts ``lines`` reads and libyaml refuses. Each fails until the scanner
# declines it.
WRONGLY_READ = [
    # a flow mapping's key longer than the 1,024 characters libyaml allows an implicit key (from
    # its first character to its ':'); a block key is held to it (LINES_MAX_KEY), a flow key not
    "a: {" + "k" * 1025 + ": b}\n",
    "- {" + "k" * 1025 + ": ''}\n",
    "a: [{" + "k" * 1025 + ": b}]\n",
    "a: {x: y, " + "k" * 1025 + ": b}\n",
    "a: {k" + " " * 1024 + ": b}\n",  # the spaces before ':' count
    "a: {" + "ổ" * 1025 + ": b}\n",  # characters, not bytes
]


@pytest.mark.parametrize("text", WRONGLY_READ, ids=lambda text: f"{len(text)}-{text[:4]!r}")
def test_what_the_fuzzers_found(text):
    assert load_outcome(cyaml().load_events, text)[0] == "gave up", repr(text)
    read_alike(text)
