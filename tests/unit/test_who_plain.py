"""The ``who`` table written without rich (``who.plain``) is the bytes rich writes: compared on
generated parties — Vietnamese words, long words that fold, runs of spaces, narrow consoles —
and, for text ``plain`` does not handle (brackets, wide or combining characters), the party is
laid out by rich itself."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from kehoach.output import Style
from kehoach.who import plain
from kehoach.who.formats import _rich_party, as_table, trimmed
from kehoach.who.run import Entry, PartyDuties, WhoResult

WORDS = ["Tổ", "chức", "hội", "thi", "sáng", "tạo", "quý", "II/2024;", "–", "“Ý", "tưởng”"]
LONG = "Phối-hợp-triển-khai-các-nội-dung-của-Chương-trình-khoa-học-công-nghệ"


def _text(extra: list[str]) -> st.SearchStrategy[str]:
    word = st.sampled_from(WORDS + [LONG, "a" * 23] + extra)
    gap = st.sampled_from([" ", " ", " ", "  "])
    return st.lists(st.tuples(word, gap), min_size=1, max_size=14).map(
        lambda pairs: "".join(w + g for w, g in pairs).strip()
    )


def _entries(text: st.SearchStrategy[str]) -> st.SearchStrategy[list[Entry]]:
    entry = st.builds(
        lambda title, lines, path, line, others: Entry(
            "kh-2024",
            path,
            ("activities", 0),
            title,
            time="quý II/2024",
            status="đang thực hiện",
            text=lines,
            others=others,
            line=line,
            dates=[date(2024, 6, 28)],
        ),
        text,
        st.lists(text, max_size=3),
        st.sampled_from(["plans/2024/kh-2024.yaml", "p/" + "x" * 70 + ".yaml", "a.yaml"]),
        st.integers(0, 9999),
        st.lists(st.sampled_from(["td", "skhcn", "lh"]), max_size=2),
    )
    return st.lists(entry, min_size=1, max_size=5)


def _result(extra: list[str]) -> st.SearchStrategy[WhoResult]:
    text = _text(extra)
    party = st.builds(
        lambda name, leads, reviews, focal: PartyDuties(
            "td", name, leads=leads, reviews=reviews, focal=focal
        ),
        text,
        _entries(text) | st.just([]),
        _entries(text) | st.just([]),
        _entries(text) | st.just([]),
    )
    names = {"td": "Tỉnh Đoàn", "skhcn": "Sở Khoa học và Công nghệ", "lh": "Liên hiệp Hội"}
    return st.lists(party, max_size=2).map(lambda ps: WhoResult(ps, names, 0))


def _by_rich(result: WhoResult, width: int) -> str:
    style = Style(width=width)
    out = "".join(trimmed(_rich_party(result, p, style, width)) for p in result.parties)
    return out or "Không có bên nào có nhiệm vụ trong các văn bản đã chọn.\n"


@settings(max_examples=150, deadline=None)
@given(_result([]), st.integers(24, 200))
def test_plain_table_is_the_bytes_rich_writes(result, width):
    style = Style(width=width)
    text = as_table(result, style)
    assert text == _by_rich(result, width)
    assert not [line for line in text.split("\n") if line.endswith(" ")]  # no padding at the end


@settings(max_examples=60, deadline=None)
@given(_result(["[bold]", "a\\", "漢字", "e\u0301", "\u200b"]), st.integers(24, 200))
def test_unusual_text_is_laid_out_by_rich(result, width):
    text = as_table(result, Style(width=width))
    assert text == _by_rich(result, width)
    assert not [line for line in text.split("\n") if line.endswith(" ")]


def test_vietnamese_party_takes_the_plain_path():
    entry = Entry("kh", "plans/kh.yaml", ("activities", 0), "Hội thi sáng tạo " * 12, line=7)
    block = plain.party_block(
        "Tỉnh Đoàn (td)", False, [("  Chủ trì (1)", [(entry.title, "", "plans/kh.yaml:7")])], 160
    )
    assert block is not None and "Hội thi sáng tạo" in block


def test_simple_characters_are_one_cell_in_rich():
    chars = [chr(c) for c in range(0x2100) if plain.simple(chr(c))]
    assert len(chars) > 1000
    assert all(cell_len(ch) == 1 for ch in chars)
    assert not plain.simple("漢") and not plain.simple("e\u0301") and not plain.simple("[")
