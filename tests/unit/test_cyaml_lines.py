"""The line scanner of the C YAML loader (``_cyaml.lines``, the fast path of ``_cyaml.load``) reads
the subset of YAML kehoach files are made of exactly as the libyaml-event loader
(``_cyaml.load_events``) reads it, and declines (returns ``NotImplemented``) everything else: it
never accepts a text libyaml rejects, never reads one differently.

Held to it by texts rendered from kehoach-shaped data with random choices of layout (indentation,
sequences at the key's indent, "- key: v", block scalars, flow lists, quotes, comments, blank lines,
trailing spaces, scalars that look like ints, dates or null), by random small edits of real files
(every example, generated bench plans), and by hand-written cases for the tricky rules; every
example file must take the fast path."""

from __future__ import annotations

import functools
import importlib.util

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES, ROOT
from kehoach.io import yamlfast

BUILD_HINT = (
    "the C YAML loader (src/kehoach/io/_cyaml.c) is not built or is stale: install libyaml-dev "
    "(apt-get install libyaml-dev) and a C compiler, then rerun `make setup`"
)


@functools.cache
def _c():
    """The ``_cyaml`` module, set up (``yamlfast._accelerator`` hands it its resolvers)."""
    assert yamlfast._accelerator() is not None, BUILD_HINT
    from kehoach.io import _cyaml  # type: ignore[attr-defined]

    return _cyaml


def _canon(data) -> list:
    """``data`` as a flat list of (type, value) — ``1`` and ``True``, ``1.0`` and ``1`` differ —
    built without recursion: a thousand nested lists have no ``repr``."""
    out: list = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out.append(("dict", len(item)))
            for key, value in reversed(list(item.items())):
                stack.append(value)
                stack.append(("key", key))
        elif isinstance(item, list):
            out.append(("list", len(item)))
            stack.extend(reversed(item))
        elif isinstance(item, tuple) and item[:1] == ("key",):
            out.append(item)
        elif type(item) is int:  # an octal or hexadecimal int may have more digits than repr allows
            out.append(("int", hex(item)))
        else:
            out.append((type(item).__name__, repr(item)))
    return out


def _outcome(load, text: str):
    """What a loader makes of ``text``: its data, or that it gave up — too deep (``Deep``: then
    ``yamlfast.load`` asks the Python loop) or for any other reason (``yamlfast.load`` words every
    other exception ``Unusual``: a parse error, a scalar its resolver refuses, whichever comes
    first)."""
    try:
        data = load(text)
    except yamlfast.Deep:
        return ("gave up", "Deep")
    except Exception:  # noqa: BLE001 - Unusual, PyYAML's errors, a constructor's KeyError
        return ("gave up", "error")
    if data is NotImplemented:
        return ("declined", None)
    return ("data", _canon(data))


def _same(text: str, *, python: bool = False) -> tuple:
    """The differential property for ``text``; its outcome by ``lines``.

    ``lines`` declines, or gives exactly what ``load_events`` gives, or gives up (raises) where
    ``load_events`` gives up too — and ``load`` (``lines``, else ``load_events``) gives what
    ``load_events`` gives. With ``python``, ``load`` is also held to the Python loop over PyYAML
    (``yamlfast._load``), like ``tests/unit/test_cyaml.py`` holds ``load_events``."""
    c = _c()
    events = _outcome(c.load_events, text)
    fast = _outcome(c.lines, text)
    if fast[0] == "data":
        assert events == fast, f"lines reads it, libyaml differs: {text!r}"
    elif fast[0] == "gave up":
        assert events == fast, f"lines gave up ({fast[1]}), libyaml gives {events}: {text!r}"
    assert _outcome(c.load, text) == events, f"load differs from load_events: {text!r}"
    if python and events[1] != "Deep":  # deeper than the C loader builds: the Python loop decides
        slow = _outcome(yamlfast._load, text)
        assert events[0] == slow[0], f"load gives {events[0]}, the Python loop {slow[0]}: {text!r}"
        assert events[0] != "data" or events == slow, f"the Python loop differs: {text!r}"
    return fast


# ---------------------------------------------------------------- texts shaped like kehoach files
_WORDS = [
    "Tỉnh Đoàn Bình Thuận",
    "Sở Khoa học và Công nghệ",
    "kế hoạch",
    "Hội thi Sáng tạo trẻ",
    "đoàn viên, thanh niên",
    "khởi nghiệp",
    "tổ chức",
    "năm 2023",
    "cụ thể như sau:",
    "Ban Phong trào",
    "tiep-can-khcn",
    "ongoing",
    "2023-Q1..2023-Q4",
    "5000000",
    "3.000.000 đồng",
    "TNNTCN&ĐT",
    "120 đoàn viên",
    "(theo Kế hoạch số 12-KH/TĐTN)",
    "50%",
    "a - b",
    "x -",
]
# scalars that resolve to something else than a string, or are one character off it
_ODD = [
    "yes", "Yes", "No", "on", "OFF", "y", "n", "true", "False", "~", "null", "Null", "0", "-0",
    "010", "0o17", "0x1F", "0b101", "1_000", "1:30", "-1:30:00", "1.5", "1e3", "1.0e+3", "-5", "+1",
    ".inf", "-.inf", ".NaN", "2023-06-30", "2023-06-30T10:00:00Z", "2023-6-30", "12", "1 000",
    "1,5", "−5", "-", ".", "a#b", "a:b", "http://x.vn/a?b=1#c", "x" * 90,
]  # fmt: skip
# scalars that cannot be written plain (some only in a flow list), or only with care
_AWKWARD = [
    "", " lead", "trail ", "a  b", "a: b", "a #b", "a# b", "a:", ":a", "::", "#", "# x", "- x",
    "-x", "? x", "?x", ": x", "[a]", "a]b", "{a}", "a, b", "a,b", "&x", "*x", "!x", "|x", ">x",
    "'a", '"a', "a'b", 'a"b', "it's", "%x", "@x", "`x", "a\\b", "a/b", "---", "...", "--- x",
    "line\nbreak", "tab\there", "a\n\nb", "\\n", "ổ\"đ'",
]  # fmt: skip
_STRANGE = [
    "=",
    "<<",
    "\x85",
    "\u2028",
    "\ufeff",
    "\x00",
    "\x07",
    "\t",
    "\r",
    "\u00a0",
    "\U0001d538",
    "\ud800",
]
_ALPHABET = "aăâđêôơưy ổữ0123456789-_:#,.'\"/\\[]{}&*!|>%@`?"
_KEYS = [
    "kind", "title", "id", "lead", "support", "time", "budget", "status", "note", "items",
    "ghi chú", "tên đơn vị", "thời gian", "a b", "x-y", "x_y", "k1", "doc_type", "done_date",
    "Kế hoạch", "đ",
]  # fmt: skip
_WILD_KEYS = _KEYS + [
    "yes", "No", "1", "010", "0x1F", "1.5", "~", "null", "", "2023-06-30", "a#b", "a:b", "-x",
    "<<", "? x", "a: b", "&a x", "*a", "!!str x", "'q'", '"q"', '"a\\tb"', "[a]", "{a: 1}", "k ",
    "kind", "kind", "id", "---", "- x", "x" * 130,
    # libyaml refuses an implicit key of more than 1024 characters (up to its ':'), bytes aside
    "k" * 999, "k" * 1000, "k" * 1001, "k" * 1023, "k" * 1024, "k" * 1025, "ổ" * 400, "ổ" * 1025,
    "k" + " " * 1022, "k" + " " * 1023, "ổ" * 1000 + " " * 30,
]  # fmt: skip
_PLAIN_START = set(",[]{}#&*!|>'\"%@`")
_BREAKS = set("\n\r\x85\u2028\u2029")


def _plain_ok(text: str, flow: bool) -> bool:
    """``text`` written plain reads back as this one-line scalar (kept conservative)."""
    if not text or text != text.strip(" ") or text[0] in _PLAIN_START or "\t" in text:
        return False
    if text[0] in "?:" or text[0] == "-" and (flow or len(text) == 1 or text[1] == " "):
        return False  # "?a", ":a", "[-a]" are declined by the scanner
    if ": " in text or " #" in text or text.endswith(":") or text.startswith(("---", "...")):
        return False
    if any(not ch.isprintable() or ch in _BREAKS or ch == "\ufeff" for ch in text):
        return False
    return not (flow and any(ch in ",[]{}:#?" for ch in text))


class _Pick:
    """The random choices for one text, read from a tape of bytes drawn by hypothesis: one draw
    per text (drawing each choice is ten times slower), and hypothesis shrinks the tape towards
    zeros, which are the first option of every choice and "no" to every chance."""

    def __init__(self, tape: bytes, level: int):
        self.tape, self.at, self.level = tape, 0, level
        self.width = self.int(1, 4)  # the file's indentation step
        self.budget = 24  # entries and items left: the texts stay short

    @property
    def wild(self) -> bool:
        """Whether this choice may leave the subset: each does with the text's ``level`` (in
        percent; 0: never), so that most texts hold one or two odd things among common ones —
        a text with an odd thing at every turn is declined for the first and tests little."""
        return self.level > 0 and self.chance(self.level)

    def byte(self) -> int:
        self.at += 1
        return self.tape[self.at - 1] if self.at <= len(self.tape) else 0

    def int(self, lo: int, hi: int) -> int:
        span = hi - lo + 1
        return (
            lo
            + (self.byte() if span <= 256 else self.byte() << 16 | self.byte() << 8 | self.byte())
            % span
        )

    def one(self, options):
        return options[self.int(0, len(options) - 1)]

    def chance(self, percent: int) -> bool:
        return self.byte() * 100 // 256 >= 100 - percent

    def count(self, lo: int, hi: int) -> int:
        """How many entries or items the next mapping or sequence has."""
        n = self.int(lo, hi) if self.budget > 0 else lo
        self.budget -= n
        return n

    def step(self) -> int:
        return self.int(1, 4) if self.wild and self.chance(15) else self.width

    def text(self) -> str:
        """A scalar's text: a word of kehoach's, an odd or awkward one, a few words, a few
        characters, and (wild) anything."""
        kind = self.int(0, 9 if self.wild else 7)
        if kind < 4:
            return self.one(_WORDS + _ODD + _AWKWARD)
        if kind < 6:
            return " ".join(self.one(_WORDS) for _ in range(self.int(2, 4)))
        if kind < 8:
            return "".join(self.one(_ALPHABET) for _ in range(self.int(0, 8)))
        if kind < 9:
            return self.one(_STRANGE)
        return "".join(chr(self.int(0, 0x10FFFF)) for _ in range(self.int(0, 4)))


def _double(p: _Pick, text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append(p.one(["\\t", "\t"]) if p.wild else "\\t")
        elif ch == "/" and p.chance(30):
            out.append("\\/")
        elif p.wild and p.chance(10):
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch) & 0xFFFF:04x}")
        elif not ch.isprintable() and not p.wild:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _scalar(p: _Pick, text: str, flow: bool = False) -> str:
    """``text`` as a one-line scalar: plain where it can be (always, when wild and chosen), in
    double quotes with escapes, or in single quotes."""
    style = p.one(["plain", "plain", "double", "single"])
    if style == "plain" and (_plain_ok(text, flow) or (p.wild and "\n" not in text)):
        return text
    if style == "single" and not any(ch in _BREAKS or not ch.isprintable() for ch in text):
        return "'" + text.replace("'", "''") + "'"
    if p.wild and p.chance(5):
        return "'" + text.replace("'", "''") + "'"  # perhaps a multi-line single-quoted scalar
    return _double(p, text)


def _tail(p: _Pick, comment: bool = True) -> str:
    """What may end a line after a value: spaces, a comment."""
    out = p.one(["", "", " ", "   "])
    if comment and p.chance(20):
        out += p.one([" # ", " #", "  # "]) + p.one(["ghi chú", "c", "#x", "a: b", "- x", ""])
    return out


def _gaps(p: _Pick, ind: int) -> list[str]:
    """Blank lines (perhaps with spaces) and comment lines before an entry at ``ind``."""
    out: list[str] = []
    while p.chance(20):
        if p.chance(50):
            out.append(" " * p.int(0, ind + 6 if p.wild else ind))
        else:
            pad = " " * p.int(0, ind + 6 if p.wild else ind)
            out.append(pad + p.one(["#", "# ", "#  "]) + p.one(["Ghi chú: x", "- a", "a: b", ""]))
    return out


def _flow(p: _Pick, depth: int = 0) -> str:
    """A one-line flow sequence or mapping of scalars (and perhaps of flow collections)."""
    is_map = p.chance(30)
    items: list[str] = []
    for n in range(p.int(0, 4)):
        if depth < 3 and p.chance(10):
            item = _flow(p, depth + 1)
        elif p.wild and p.chance(5):
            item = p.one(["", "a: b", "&x a", "*x", "!!str a", "? a", "- a", "a\n b", "'a' b"])
        else:
            item = _scalar(p, p.text(), flow=True)
        if is_map:
            key = p.one(_WILD_KEYS if p.wild and p.chance(30) else _KEYS)
            key = key if p.wild else f"{key}{n}"  # no duplicate key in the subset
            item = (
                key + p.one([": ", ": ", ":  ", " : "] + ([":", ": \t"] if p.wild else [])) + item
            )
        items.append(item)
    inner = p.one([", ", ",", " , ", ",  "]).join(items)
    if items and p.wild and p.chance(10):
        inner += ","
    if p.chance(20):
        inner = " " + inner + " "
    return ("{" + inner + "}") if is_map else ("[" + inner + "]")


def _block(p: _Pick, col: int) -> tuple[str, list[str]]:
    """A block scalar owned by a key or dash at column ``col``: its indicator, its lines."""
    kinds = ["|", "|-", ">", ">-"]
    if p.wild:
        kinds += ["|+", ">+", "|2", ">1-", "|-1", "> 2"]
    kind = p.one(kinds)
    ind = col + p.int(1, 4)
    pad = " " * ind
    lines: list[str] = []
    if p.wild and p.chance(15):
        lines.append(" " * p.int(0, ind + 2))  # a leading blank line
    for n in range(p.int(1, 3)):
        if n:
            for _ in range(p.int(1, 2)):  # blank lines between paragraphs
                lines.append(" " * p.int(0, ind + 3 if p.wild else ind))
        for k in range(p.int(1, 3)):
            line = p.one(_WORDS + ["cụ thể: như sau", "a #b", "- a", "[x]", "'q'", "k: v"])
            if k and (p.wild or kind.startswith("|")) and p.chance(15):
                line = " " * p.int(1, 3) + line  # more indented
            if p.wild and p.chance(10):
                line = p.one(["# not a comment", "\tx", "x\ty", "x\u2028y", "---", "..."])
            line += p.one(["", "", " ", "  "])  # trailing spaces: content
            lines.append(pad + line)
    for _ in range(p.int(0, 2)):  # blank lines after
        lines.append(" " * p.int(0, ind + 3 if p.wild else ind))
    return kind, lines


def _value(p: _Pick, col: int, depth: int, in_seq: bool) -> tuple[str, list[str]]:
    """A value after ``key:`` or ``-`` at column ``col``: what ends that line, the lines after."""
    kinds = ["scalar", "scalar", "scalar", "empty", "block", "flow"]
    if depth < 4 and p.budget > 0:
        kinds += ["map", "map", "seq", "seq"]
    kind = p.one(kinds)
    if kind == "scalar":
        return " " + _scalar(p, p.text()) + _tail(p), []
    if kind == "empty":
        return _tail(p), []
    if kind == "flow":
        return " " + _flow(p) + _tail(p), []
    if kind == "block":
        indicator, lines = _block(p, col)
        return " " + indicator + _tail(p), lines
    if kind == "map":
        return _tail(p), _mapping(p, col + p.step(), depth + 1)
    at = col if not in_seq and p.chance(50) else col + p.step()  # the sequence at the key's indent
    return _tail(p), _sequence(p, at, depth + 1)


def _mapping(p: _Pick, ind: int, depth: int, inline: bool = False) -> list[str]:
    out: list[str] = []
    used: set[str] = set()
    for n in range(p.count(1, 5)):
        key = p.one(_WILD_KEYS if p.wild and p.chance(20) else _KEYS)
        if key in used and not p.wild:
            key = f"{key}{n}"
        used.add(key)
        if n or not inline:
            out += _gaps(p, ind)
        colon = ":" if not p.wild or not p.chance(5) else p.one([" :", ":\t", "::"])
        end, lines = _value(p, ind, depth, in_seq=False)
        out.append(" " * ind + key + colon + end)
        out += lines
    return out


def _sequence(p: _Pick, ind: int, depth: int) -> list[str]:
    out: list[str] = []
    pad = " " * ind
    for _ in range(p.count(1, 4)):
        out += _gaps(p, ind)
        kind = p.one(["value", "value", "inline", "inline"] + (["nested"] if p.wild else []))
        if kind == "inline" and depth < 4 and p.budget > 0:  # "- key: v" and the entries below it
            col = ind + 1 + p.int(1, 3)
            lines = _mapping(p, col, depth + 1, inline=True)
            out.append(pad + "-" + lines[0][ind + 1 :])
            out += lines[1:]
        elif kind == "nested" and depth < 4 and p.budget > 0:  # "- - a"
            lines = _sequence(p, ind + 2, depth + 1)
            out.append(pad + "-" + lines[0][ind + 1 :])
            out += lines[1:]
        else:
            end, lines = _value(p, ind, depth, in_seq=True)
            spaces = " " * p.int(0, 2) if end.startswith(" ") else ""
            out.append(pad + "-" + spaces + end)
            out += lines
    return out


_TAPE = st.binary(min_size=200, max_size=1200)


def _document(p: _Pick) -> str:
    lines: list[str] = []
    if p.chance(30):
        lines.append("# yaml-language-server: $schema=../../../schemas/plan.schema.json")
    if p.chance(25):
        lines.append(p.one(["---", "--- # c", "---  "]))
    if p.wild and p.chance(10):
        lines = [p.one(["%YAML 1.1", "%YAML 1.2", "%TAG !e! tag:e,2000:", "\ufeff# c"]), "---"]
    if p.wild and p.chance(10):
        lines += _sequence(p, 0, 0)
    elif p.wild and p.chance(5):
        lines.append(_scalar(p, p.text()))
    else:
        lines += _mapping(p, 0, 0)
    lines += _gaps(p, 0)
    text = "\n".join(lines) + "\n"
    if p.wild and p.chance(15):
        text = p.one([text[:-1], text + "...\n", text + "---\nb: 1\n", text.replace("\n", "\r\n")])
    return text


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tape=_TAPE, level=st.sampled_from([1, 3, 10, 30, 100]))
def test_texts_shaped_like_kehoach_files_read_the_same(tape, level):
    """Kehoach-shaped texts, a ``level`` percent of their choices odd (1: one odd thing here and
    there, 100: odd at every turn): read the same by ``lines``, ``load_events`` and the Python
    loop, or declined."""
    _same(_document(_Pick(tape, level)), python=True)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tape=_TAPE)
def test_texts_in_the_subset_are_read_by_the_fast_path(tape):
    """Texts made only of what the scanner reads are valid YAML (the generator is sound) and are
    read by ``lines``, not declined: a text it declines is shrunk to the rule it misses."""
    text = _document(_Pick(tape, level=0))
    assert _outcome(_c().load_events, text)[0] == "data", f"the generator is wrong: {text!r}"
    assert _same(text)[0] == "data", f"declined by lines: {text!r}"


@settings(max_examples=200, deadline=None)
@given(
    length=st.integers(990, 1040),
    char=st.sampled_from(["k", "ổ", "𝔸"]),
    spaces=st.integers(0, 40),
    where=st.sampled_from(
        ["{K: v}\n", "k: {K: v}\n", "k: {a: b, K: v}\n", "- {K: v}\n", "k: [{K: v}]\n", "K: v\n",
         "- K: v\n", "k:\n  K: v\n", "k:\n- K: v\n", "k: [K]\n", "k: K\n"]
    ),
)  # fmt: skip
def test_keys_about_as_long_as_libyaml_allows(length, char, spaces, where):
    """libyaml refuses an implicit key of more than 1,024 characters up to its ':' (spaces before
    it included): a block or flow key near that length, in characters of one to four bytes."""
    key = char * (length - spaces) + " " * spaces
    _same(where.replace("K", key, 1))


# ---------------------------------------------------------------- random edits of real files
def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _bench_texts() -> tuple[str, ...]:
    """Texts of generated bench files (orgs, a program, plans), made in memory."""
    bench = _bench_module()
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
def test_real_files_with_small_edits_read_the_same(data):
    corpus = _corpus()
    text = corpus[data.draw(st.integers(0, len(corpus) - 1), label="file")]
    _same(_mutate(data, text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_edited_line_in_a_small_piece_reads_the_same(data):
    """The same edits on a window of a few lines of a real file: a short text, so that the edit
    is likely to change what the text means rather than be lost in a long file."""
    corpus = _corpus()
    lines = corpus[data.draw(st.integers(0, len(corpus) - 1), label="file")].split("\n")
    start = data.draw(st.integers(0, len(lines) - 1))
    piece = "\n".join(lines[start : start + data.draw(st.integers(1, 8))]) + "\n"
    _same(_mutate(data, piece))
    _same(piece)


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
def test_lines_in_any_order_and_indent_read_the_same(lines):
    """Lines of the shapes the scanner knows, in any order at any indent: most of these texts are
    errors or mean something unexpected — where the scanner's idea of indentation may part from
    libyaml's."""
    _same(
        "".join(" " * ind + line.replace("k", key, 1) + end + "\n" for ind, line, key, end in lines)
    )


# ---------------------------------------------------------------- the fast path is the one used
def test_every_example_file_is_read_by_the_fast_path():
    texts = _example_texts()
    assert len(texts) >= 15
    declined = [name for name, text in texts if _same(text)[0] != "data"]
    assert not declined, f"declined by lines: {declined}"


def test_generated_bench_files_are_read_by_the_fast_path():
    declined = [text[:300] for text in _bench_texts() if _same(text)[0] != "data"]
    assert not declined, f"{len(declined)} declined by lines, beginning with: {declined}"


def test_many_bench_plans_are_read_by_the_fast_path():
    bench = _bench_module()
    gen = bench.Generator(5)
    gen.make_orgs()
    declined = []
    for k in range(120):
        text = bench.dump(["Kế hoạch"], gen.plan(k)[1])
        if _same(text)[0] != "data":
            declined.append(text)
    assert not declined, f"{len(declined)} of 120 declined, the first: {declined[:1]}"


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
    assert _same(text, python=True)[0] == "data", f"declined by lines: {text!r}"


@pytest.mark.parametrize("text", EITHER)
def test_declined_or_read_the_same(text):
    _same(text, python=True)


@pytest.mark.parametrize("text", REFUSED)
def test_what_libyaml_refuses_the_scanner_declines(text):
    assert _outcome(_c().load_events, text)[0] == "gave up", repr(text)
    assert _same(text, python=True)[0] != "data"


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
    assert _outcome(_c().load_events, text)[0] == "gave up", repr(text)
    _same(text)
