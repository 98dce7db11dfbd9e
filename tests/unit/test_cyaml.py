"""The C one-pass YAML loader (``io/_cyaml.c``) is built, current, and returns exactly what the
Python loop (``yamlfast._load``) returns — or gives up (``Unusual``) where it gives up — for odd
scalars, any unicode, deep nesting, duplicate keys, anchors, aliases, tags, several documents and
broken text."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import canon as _canon
from kehoach.io import yamlfast

BUILD_HINT = (
    "the C YAML loader (src/kehoach/io/_cyaml.c) is not built or is stale: install libyaml-dev "
    "(apt-get install libyaml-dev) and a C compiler, then rerun `make setup`"
)
SOURCE = yamlfast.__file__.replace("yamlfast.py", "_cyaml.c")


def _c():
    load = yamlfast._accelerator()
    assert load is not None, BUILD_HINT
    return load


def _outcome(load, text: str):
    """What a loader makes of ``text``: the data or that it gave up (the Python loop gives up with
    PyYAML's errors too, not only ``Unusual``). Deeper than the C loader builds (``Deep``), what
    ``yamlfast.load`` then does: the Python loop decides."""
    try:
        data = load(text)
    except yamlfast.Deep:
        return _outcome(yamlfast._load, text)
    except Exception:  # noqa: BLE001 - parser and resolver errors: yamlfast.load words them Unusual
        return ("gave up", None)
    return ("data", _canon(data))


def _same(text: str) -> None:
    """The C loader reads ``text`` as the Python loop does, given the text or (as the loader gives
    it a file just read) the UTF-8 bytes the text was decoded from."""
    expected = _outcome(yamlfast._load, text)
    assert _outcome(_c(), text) == expected, repr(text)
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no file decodes to it
        return
    assert _outcome(lambda _: _c()(raw), text) == expected, repr(raw)


def test_the_extension_is_built_current_and_chosen():
    from kehoach.io import _cyaml  # type: ignore[attr-defined]

    sha = hashlib.blake2b(digest_size=32)
    for name in ("_cyaml.c", "_cyaml_lines.h"):  # every C source, in hatch_build.SOURCES' order
        with open(SOURCE.replace("_cyaml.c", name), "rb") as f:
            sha.update(f.read())
    assert _cyaml.SOURCE_DIGEST == sha.hexdigest() == yamlfast.source_digest(), BUILD_HINT
    assert yamlfast._LOAD is _c(), BUILD_HINT


@pytest.mark.parametrize("changed", ["_cyaml.c", "_cyaml_lines.h"])
def test_a_binary_from_another_source_is_not_used(tmp_path, changed):
    for name in yamlfast.SOURCES:
        shutil.copy(SOURCE.replace("_cyaml.c", name), tmp_path / name)
    assert yamlfast._accelerator(str(tmp_path)) is not None, BUILD_HINT
    with open(tmp_path / changed, "a", encoding="utf-8") as f:
        f.write("/* changed */\n")
    assert yamlfast._accelerator(str(tmp_path)) is None
    for name in yamlfast.SOURCES:  # no source alongside (a wheel): the binary is trusted
        (tmp_path / name).unlink()
    assert yamlfast._accelerator(str(tmp_path)) is not None


_ODD = st.sampled_from(
    [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "n", "y", "on",
        "Off", "true", "False", "0", "-0", "+1", "010", "0o17", "0x1F", "0b101", "1_000", "1:30",
        "-1:30:00", "1.5", "1e3", "1.0e+3", "-.inf", ".NaN", ".", "-", "+", "=", "<<", "<", "!",
        "&", "*", "2023-06-30", "2023-06-30T10:00:00Z", "Kế hoạch", "đ", "€", "日本", "a b",
        "9" * 40, "1" * 5000, "x" * 33, "n" * 64, "y" * 65, "0." + "5" * 70,
    ]
)  # fmt: skip
_KEYS = st.one_of(_ODD, st.text(max_size=6))
_DATA = st.recursive(
    _ODD | st.text(max_size=12) | st.integers() | st.floats() | st.booleans() | st.none(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(value=_DATA, flow=st.booleans(), width=st.sampled_from([20, 80, 10_000]))
def test_dumped_data_loads_the_same(value, flow, width):
    import yaml

    text = yaml.safe_dump(
        {"kind": "plan", "v": value}, allow_unicode=True, default_flow_style=flow, width=width
    )
    _same(text)


_PIECE = st.one_of(
    _ODD,
    st.sampled_from(
        [
            ": ",
            ":",
            "\n",
            "\n  ",
            "\n- ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ", ",
            "? ",
            "'",
            '"',
            "|\n  ",
            ">-\n  ",
            "#c",
            " #c\n",
            "&a ",
            "*a",
            "!!str ",
            "!!int ",
            "!x ",
            "! ",
            "---\n",
            "...\n",
            "--- ",
            "%YAML 1.1\n",
            "%YAML 1.2\n",
            "%YAML 2.0\n",
            "%TAG !e! tag:e,2000:\n",
            "\t",
            "\\",
            "\ufeff",
            "\x85",
            "\u2028",
            "\x00",
            "\r\n",
            "k: ",
            "k: v\n",
            "k: v\nk: w\n",
            "<<: ",
        ]
    ),  # fmt: skip
    st.text(max_size=4),
)


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(_PIECE, max_size=30))
def test_any_text_gives_what_the_python_loop_gives(pieces):
    _same("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(_KEYS, min_size=1, max_size=8), values=st.lists(_ODD, min_size=1))
def test_mappings_with_odd_keys_and_duplicates(keys, values):
    import json

    lines = [
        f"{json.dumps(k, ensure_ascii=False)}: {values[i % len(values)]}"
        for i, k in enumerate(keys)
    ]
    _same("\n".join(lines) + "\n")  # quoted keys: duplicates when two are equal
    _same("\n".join(f"{k}: {v}" for k, v in zip(keys, values, strict=False)) + "\n")  # as written


@pytest.mark.parametrize("first", [chr(c) for c in range(32, 127)])
def test_every_first_character_of_a_plain_scalar(first):
    for rest in (
        "",
        "1",
        "0",
        ".5",
        "e3",
        "rue",
        "ull",
        "es",
        "o",
        "ff",
        "N",
        " x",
        "-1-1",
        "ổ chức",
    ):
        _same(f"a: {first}{rest}\nb: [{first}{rest}]\n")


@settings(max_examples=400, deadline=None)
@given(
    word=st.sampled_from(
        ["y", "yes", "n", "No", "TRUE", "false", "on", "OFF", "null", "NULL", "~"]
    ),
    before=st.text(alphabet="nNyYtTfFoO~", max_size=3),
    after=st.text(alphabet="sSeElLuUrRnNoO~ ếổđ1", max_size=4),
)
def test_words_that_start_like_booleans_and_null(word, before, after):
    # the C loader asks the resolvers only about scalars short enough for them to match
    text = before + word + after
    _same(f"a: {text}\nb: [{text}]\n{text}: {text}\n")


@pytest.mark.parametrize("depth", [1, 50, 127, 128, 129, 998, 999, 1000, 1001, 5000])
def test_deep_nesting(depth):
    _same("[" * depth + "x" + "]" * depth)
    _same("x: " + "[" * depth + "x" + "]" * depth)
    _same("{a: " * depth + "1" + "}" * depth)
    _same("".join("  " * i + "k:\n" for i in range(depth)) + "  " * depth + "v\n")
    _same("- " * depth + "v\n")


def test_deeper_than_the_c_loader_builds_the_python_loop_decides():
    shallow, deep = "[" * 128 + "]" * 128, "[" * 129 + "]" * 129
    assert _canon(_c()(shallow)) == _canon(yamlfast._load(shallow))
    with pytest.raises(yamlfast.Deep):
        _c()(deep)
    assert _canon(yamlfast.load(deep)) == _canon(yamlfast._load(deep))  # accepted: 129 < 1000
    with pytest.raises(
        yamlfast.Unusual
    ):  # PyYAML's parser refuses it: the composing loader words it
        yamlfast.load("[" * 100_000 + "]" * 100_000)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        "---\n",
        "--- \n...\n",
        "x",
        "- 1\n- [2, {a: b}]\n",
        "a: &x 1\nb: *x\n",
        "&x a: 1\n",
        "a: !!str 1\n",
        "!!map {a: 1}\n",
        "a: !local x\n",
        "? [a]\n: 1\n",
        "? {a: 1}\n: 1\n",
        "<<: {a: 1}\n",
        '"<<": 1\n',
        "a: 1\na: 2\n",
        "a: x\na: x\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "a: [1, 2\n",
        "a: b: c\n",
        "\ta: 1\n",
        "a: '\n",
        "a: \x00\n",
        "a: \ud800\n",
        "\ufeffa: 1\n",
        "a: |\n  x\n  y\n",
        "a: >-\n  x\n  y\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: " + "9" * 5000 + "\n",
    ],
)
def test_the_cases_that_matter(text):
    _same(text)


def test_unicode_and_surrogates():
    _same("tên: Tỉnh Đoàn Bình Thuận\nghi chú: 'Kế hoạch 𝔸'\n")
    with pytest.raises(yamlfast.Unusual):
        yamlfast.load("a: \udc80\n")  # a lone surrogate cannot be encoded: the slow path words it


def test_bytes_given_with_the_text_are_what_is_read():
    """A file just read hands its bytes over (not encoded again): they are what the C loader
    reads; bytes that are not UTF-8 give up (the slow path, on the text, decides), never data."""
    assert yamlfast.load("a: 1\n", "tên: Việt\n".encode()) == {"tên": "Việt"}
    with pytest.raises(yamlfast.Unusual):
        yamlfast.load("a: x\n", b"a: \xff\n")


def test_no_object_is_leaked_when_it_gives_up_halfway():
    import tracemalloc

    texts = [
        "a: [1, {b: x, c: [y, 2]}]\na: 2\n",  # duplicate after nested containers were built
        "k: [1, {v: yes}, &x z]\n",  # anchor deep inside
        "- [1, 2, {a: [b\n",  # parser error with four open containers
        "a: {b: [1, 2]}\n---\nc: 1\n",  # a second document after a whole one
        "a: {b: [1, 2]}\n",
        # the line scanner declines after building nested containers, or reads the whole text
        "a:\n  - k: [1, {b: x}]\n    v: |\n      t\n  - x\nb: 1\nb: 2\n",  # duplicate at the end
        "a:\n  - k: [1, {b: x}]\n    v: >-\n      t\n  - 'q'\nc: &x 1\n",  # anchor at the end
        'a:\n  - k: {b: [x, "y\\\\n"]}\n    v: |\n      t\n      u\n  - x\nc:\td\n',  # a tab
        "a:\n  - k: {b: [x, \"y\"]}\n    v: |-\n      t\n\n      u\n  - x\nc: 'it''s'\n",
    ]
    load = _c()

    def run(times):
        for _ in range(times):
            for text in texts:
                try:
                    load(text)
                except yamlfast.Unusual:
                    pass

    run(10)  # the caches and the memo filled
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        run(500)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 20_000, f"{grown} bytes kept by 2,500 loads: a reference is leaked"


def test_kehoach_no_yaml_lines_leaves_the_libyaml_loop_alone(monkeypatch):
    from kehoach.io import _cyaml  # type: ignore[attr-defined]

    text = "a: [1, {b: x}]\n"
    assert _cyaml.lines(text) == {"a": [1, {"b": "x"}]}  # the scanner reads it
    monkeypatch.setenv("KEHOACH_NO_YAML_LINES", "1")
    assert yamlfast._accelerator() is _cyaml.load_events
    monkeypatch.delenv("KEHOACH_NO_YAML_LINES")
    assert yamlfast._accelerator() is _cyaml.load, BUILD_HINT


def test_kehoach_no_c_yaml_turns_it_off(monkeypatch):
    monkeypatch.setenv("KEHOACH_NO_C_YAML", "1")
    assert yamlfast._accelerator() is None
    monkeypatch.delenv("KEHOACH_NO_C_YAML")
    assert yamlfast._accelerator() is not None, BUILD_HINT


def test_a_rebuilt_extension_changes_the_cache_key(monkeypatch, tmp_path):
    """A new binary (``make setup`` after the source changed) is a new environment key."""
    import os

    from kehoach import cachekey

    fake = tmp_path / "kehoach"
    (fake / "io").mkdir(parents=True)
    (fake / "io" / "yamlfast.py").write_text("# same\n", encoding="utf-8")
    binary = fake / "io" / "_cyaml.cpython-311-x86_64-linux-gnu.so"
    binary.write_bytes(b"\x7fELF old")
    monkeypatch.setattr(cachekey, "_PACKAGE", fake)
    cachekey.environment_key.cache_clear()
    try:
        before = cachekey.environment_key()
        binary.write_bytes(b"\x7fELF rebuilt")
        os.utime(binary, ns=(1, 1))
        cachekey.environment_key.cache_clear()
        assert cachekey.environment_key() != before
    finally:
        cachekey.environment_key.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [x, 'y']\nc: |\n  l1\n\n  l2\nd: >-\n  f1\n  f2\n\n  f3\ne:\n  - k: v\n    w: \"q\"\n",
        "# c\n---\nk:\n- a # x\n- {b: c}\n",
    ],
)
def test_windows_line_breaks_read_like_libyaml(text):
    """A text saved with "\\r\\n" (Windows) is read by the line scanner, as libyaml reads it; a "\\r"
    alone is left to libyaml."""
    from kehoach.io import _cyaml  # type: ignore[attr-defined]

    _c()
    crlf = text.replace("\n", "\r\n")
    assert _cyaml.lines(crlf) is not NotImplemented
    assert _canon(_cyaml.lines(crlf)) == _canon(_cyaml.load_events(crlf)) == _canon(_c()(text))
    mixed = text.replace("\n", "\r\n", 2)
    assert _canon(_cyaml.lines(mixed)) == _canon(_cyaml.load_events(mixed))
    for lone in (text.replace("\n", "\r", 1), text.replace("\n", "\r\r\n", 1)):
        assert _cyaml.lines(lone) is NotImplemented
        _same(lone)
