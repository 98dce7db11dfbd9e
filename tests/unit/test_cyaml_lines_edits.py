"""The line scanner of the C YAML loader (``_cyaml.lines``) held to libyaml (``helpers.read_alike``)
on random small edits of real files (every example, generated bench files) and on lines of the
shapes it knows in any order and indent; and the fast path is the one every example file and
generated bench plan takes."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES, bench_module, read_alike


# ---------------------------------------------------------------- random edits of real files
@functools.cache
def _bench_texts() -> tuple[str, ...]:
    """Texts of generated bench files (orgs, a program, plans), made in memory."""
    bench = bench_module()
    gen = bench.Generator(11)
    texts = [bench.dump(["Danh mục tổ chức (sinh tự động)."], gen.make_orgs())]
    code = bench.PROVINCES[0][0]
    texts.append(bench.dump(["chương trình"], gen.make_program(code, bench.PROGRAMS[0])[1]))
    for k in range(12):
        texts.append(
            bench.dump(["yaml-language-server: $schema=x", "Kế hoạch VÍ DỤ"], gen.plan(k)[1])
        )
    return tuple(texts)


@functools.cache
def _example_texts() -> tuple[tuple[str, str], ...]:
    return tuple(
        (str(path.relative_to(EXAMPLES)), path.read_text(encoding="utf-8"))
        for path in sorted(EXAMPLES.rglob("*.yaml"))
    )


def _corpus() -> list[str]:
    return [text for _, text in _example_texts()] + list(_bench_texts())


_INSERTS = [
    " ", "\n", "-", ":", "#", "'", '"', "|", ">", "[", "]", ",", "\t", "a", "  ", "\u00a0", "\x85",
    "- ", ": ", " #", "{", "}", "&", "*", "!", "?", "\\", "~", "\r", "\ufeff", "---\n", "...\n",
    "|-", ">-", "|+", "2", "''", '""', "\n\n", "\n  ", "%", "@", "`", "đ", "{a: b}", "{", ": {",
    "k" * 1020, " " * 1020, "ổ" * 600, "\u2028", "\ufffe", "\x7f", "\x9f", "\u3000", "\U0010ffff",
]  # fmt: skip


def _mutate(data, text: str) -> str:
    """``text`` after one to three small random edits."""
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        edit = data.draw(st.sampled_from(["insert", "delete", "dup", "drop", "indent"]))
        if edit in ("insert", "delete"):
            at = data.draw(st.integers(0, len(text)))
            if edit == "insert":
                text = text[:at] + data.draw(st.sampled_from(_INSERTS)) + text[at:]
            else:
                text = text[:at] + text[at + data.draw(st.integers(1, 2)) :]
            continue
        lines = text.split("\n")
        n = data.draw(st.integers(0, len(lines) - 1))
        if edit == "dup":
            lines.insert(n, lines[n])
        elif edit == "drop":
            del lines[n]
        else:
            shift = data.draw(st.sampled_from([-2, -1, 1, 2]))
            line = lines[n]
            lines[n] = " " * shift + line if shift > 0 else line[min(-shift, _lead(line)) :]
        text = "\n".join(lines)
    return text


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_real_files_with_small_edits_read_theread_alike(data):
    corpus = _corpus()
    text = corpus[data.draw(st.integers(0, len(corpus) - 1), label="file")]
    read_alike(_mutate(data, text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_edited_line_in_a_small_piece_reads_theread_alike(data):
    """The same edits on a window of a few lines of a real file: a short text, so that the edit
    is likely to change what the text means rather than be lost in a long file."""
    corpus = _corpus()
    lines = corpus[data.draw(st.integers(0, len(corpus) - 1), label="file")].split("\n")
    start = data.draw(st.integers(0, len(lines) - 1))
    piece = "\n".join(lines[start : start + data.draw(st.integers(1, 8))]) + "\n"
    read_alike(_mutate(data, piece))
    read_alike(piece)


_LINES = [
    "k: v", "k:", "k: |", "k: >", "k: |-", "k: >-", "- v", "-", "- k: v", "- k:", "- |", "- >-",
    "text", "text more", "# c", "", "k: [a, b]", "k: {a: b}", "- [a]", "- {a: b}", "k: 'q'",
    'k: "q"', "---", "- - v", "k: v # c", "x: y", "j: 1", "- j: |", "a b: c", "k: # c", "- # c",
    "...", "k: -", "k: - v", "? k", ": v", "k: v: w", "'q': v", "k: 'a", "k: a'", "k : v",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    lines=st.lists(
        st.tuples(
            st.integers(0, 6),
            st.sampled_from(_LINES),
            st.sampled_from("kxyz"),
            st.sampled_from(["", " "]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_lines_in_any_order_and_indent_read_theread_alike(lines):
    """Lines of the shapes the scanner knows, in any order at any indent: most of these texts are
    errors or mean something unexpected — where the scanner's idea of indentation may part from
    libyaml's."""
    read_alike(
        "".join(" " * ind + line.replace("k", key, 1) + end + "\n" for ind, line, key, end in lines)
    )


# ---------------------------------------------------------------- the fast path is the one used
def test_every_example_file_is_read_by_the_fast_path():
    texts = _example_texts()
    assert len(texts) >= 15
    declined = [name for name, text in texts if read_alike(text)[0] != "data"]
    assert not declined, f"declined by lines: {declined}"


def test_generated_bench_files_are_read_by_the_fast_path():
    declined = [text[:300] for text in _bench_texts() if read_alike(text)[0] != "data"]
    assert not declined, f"{len(declined)} declined by lines, beginning with: {declined}"


def test_many_bench_plans_are_read_by_the_fast_path():
    bench = bench_module()
    gen = bench.Generator(5)
    gen.make_orgs()
    declined = []
    for k in range(120):
        text = bench.dump(["Kế hoạch"], gen.plan(k)[1])
        if read_alike(text)[0] != "data":
            declined.append(text)
    assert not declined, f"{len(declined)} of 120 declined, the first: {declined[:1]}"
