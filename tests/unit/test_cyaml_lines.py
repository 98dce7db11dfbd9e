"""The line scanner of the C YAML loader (``_cyaml.lines``, the fast path of ``_cyaml.load``) reads
the subset of YAML kehoach files are made of exactly as the libyaml-event loader
(``_cyaml.load_events``) reads it, and declines (returns ``NotImplemented``) everything else: it
never accepts a text libyaml rejects, never reads one differently (``helpers.read_alike``).

Here: texts rendered from kehoach-shaped data with random choices of layout (indentation,
sequences at the key's indent, "- key: v", block scalars, flow collections, quotes, comments, blank
lines, trailing spaces, scalars that look like ints, dates or null). Random edits of real files:
``test_cyaml_lines_edits.py``; the tricky rules by hand: ``test_cyaml_lines_cases.py``."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import cyaml, load_outcome, read_alike

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
def test_texts_shaped_like_kehoach_files_read_theread_alike(tape, level):
    """Kehoach-shaped texts, a ``level`` percent of their choices odd (1: one odd thing here and
    there, 100: odd at every turn): read the same by ``lines``, ``load_events`` and the Python
    loop, or declined."""
    read_alike(_document(_Pick(tape, level)), python=True)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tape=_TAPE)
def test_texts_in_the_subset_are_read_by_the_fast_path(tape):
    """Texts made only of what the scanner reads are valid YAML (the generator is sound) and are
    read by ``lines``, not declined: a text it declines is shrunk to the rule it misses."""
    text = _document(_Pick(tape, level=0))
    assert load_outcome(cyaml().load_events, text)[0] == "data", f"the generator is wrong: {text!r}"
    assert read_alike(text)[0] == "data", f"declined by lines: {text!r}"


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
    read_alike(where.replace("K", key, 1))


def test_an_empty_key_in_a_flow_sequence_is_read_either_way():
    """'[?]' (an empty explicit key in a flow sequence): the system's libyaml 0.2.5 refuses it, the
    one in PyYAML reads it: the C loader gives up and the text is read by the slow path, the same
    data the Python loop gives (found by the property test above)."""
    from kehoach.io import yamlio

    text = 'kind: "010"\nkind1: [aaaaaa, ?]\n'
    read_alike(text, python=True)
    assert yamlio.parse("x.yaml", text).data == {"kind": "010", "kind1": ["aaaaaa", {"": None}]}
