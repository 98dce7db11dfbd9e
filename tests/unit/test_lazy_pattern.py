"""``once.LazyPattern`` answers as the pattern it stands for, compiled on first use only."""

from __future__ import annotations

import re

from kehoach.once import LazyPattern
from kehoach.vocab import XML_INVALID, visible


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source, flags = r"(?P<n>\d+)([a-z]*)", re.IGNORECASE
    lazy, real = LazyPattern(source, flags), re.compile(source, flags)
    assert lazy._compiled is None  # nothing compiled until used
    text = "12ab 3C x 45"
    assert lazy.match(text).group(0) == real.match(text).group(0)
    assert lazy._compiled is real  # re's own cache: the same pattern object
    assert lazy.fullmatch("7z")[0] == "7z" and lazy.fullmatch("z7") is None
    assert lazy.search(text, 4).span() == real.search(text, 4).span()
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("#", text) == real.sub("#", text)
    assert lazy.subn("#", text, 1) == real.subn("#", text, 1)
    assert lazy.split(text) == real.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (
        real.pattern,
        real.flags,
        real.groupindex,
    )


def test_the_patterns_made_lazy_find_what_they_did():
    assert XML_INVALID.search("ok\tok\n") is None
    assert XML_INVALID.search("a\x01b").start() == 1
    assert visible("a\nb\x1b") == "a\\nb\\x1b" and visible("thường") == "thường"
