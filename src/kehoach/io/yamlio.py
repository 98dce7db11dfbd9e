"""Read a YAML file safely and fast.

Bytes are checked before parsing (size, binary, UTF-16/32, invalid UTF-8) and every failure becomes
a positioned ``Problem``, never an exception. Parsing uses libyaml (``CSafeLoader``) with the
timestamp resolver removed, so dates stay strings and are checked later with their position.
Aliases are allowed but their expanded size is bounded, so a "billion laughs" file cannot exhaust
memory in the checks that walk the data.
"""

from __future__ import annotations

import os
import stat

from ..problem import Problem
from . import limits, yamlfast
from .walk import not_regular

# ``yaml`` (PyYAML), the composing loader (``yamlload``) and the words of a file that cannot be
# read (``yamlerrors``) are imported where a file needs them: an unusual file, a mistake. A run
# whose every file the one pass reads (``yamlfast``) never imports them (~8 ms).


class Loaded:
    """A parsed file: its text (for positions and text checks) and data, or the problems that
    stopped it. (A plain class, not a ``dataclass``: see ``loadfiles.LoadedFile``.)"""

    def __init__(
        self,
        path: str,
        text: str | None = None,
        data: object = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.problems: list[Problem] = [] if problems is None else problems

    @property
    def ok(self) -> bool:
        return self.text is not None and not any(p.level == "error" for p in self.problems)


def _errors():
    from . import yamlerrors

    return yamlerrors


def _problem(path: str, code: str, message: str, line: int = 1, col: int = 1) -> Problem:
    return _errors().problem(path, code, message, line, col)


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    col = len(data[start:offset].decode("utf-8", "replace")) + 1
    return line, col


def without_bom(raw: bytes) -> bytes:
    """``raw`` without a UTF-8 byte order mark: the bytes ``decode`` decodes."""
    return raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw


def decode(path: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Bytes → text, or a positioned problem explaining why not."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[:4] in (
        b"\x00\x00\xfe\xff",
        b"\xff\xfe\x00\x00",
    ):
        enc = "UTF-32" if raw[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00") else "UTF-16"
        return None, [
            _problem(path, "KH102", f"Tệp được lưu bằng bảng mã {enc}; hãy lưu lại bằng UTF-8")
        ]
    if b"\x00" in raw[:8192]:
        wide = _errors().utf16_without_bom(raw)
        if wide is not None:
            return None, [
                _problem(path, "KH102", f"Tệp được lưu bằng bảng mã {wide}; hãy lưu lại bằng UTF-8")
            ]
        return None, [_problem(path, "KH103", "Tệp nhị phân, không phải văn bản YAML")]
    raw = without_bom(raw)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw, exc.start)
        guess = ""
        try:
            raw.decode("cp1258")
            guess = " (có thể là Windows-1258 hoặc TCVN3)"
        except UnicodeDecodeError:
            pass
        msg = f"Tệp không phải UTF-8{guess}: byte 0x{raw[exc.start]:02X} không hợp lệ; hãy lưu lại bằng UTF-8"
        return None, [_problem(path, "KH102", msg, line, col)]


def parse(path: str, text: str, utf8: bytes | None = None, marks: list | None = None) -> Loaded:
    """Text → data; syntax errors, alias bombs and duplicate keys become problems (``utf8``: the
    bytes ``text`` was decoded from, when in hand; ``marks``: filled with the lines of sequence
    items when the C line scanner read the text, else left empty: see ``yamlfast.load``).

    Built in one pass from the parser's events (``yamlfast``); a file with anything unusual in it
    (an error, an anchor, a tag, a duplicate key…) is parsed again by the composing loader, whose
    rules decide what it means (``parse_composed``)."""
    try:
        data = yamlfast.load(text, utf8, marks)
    except yamlfast.Unusual:  # ``marks`` left empty: the line scanner did not build the data
        return parse_composed(path, text)
    out = Loaded(path, text, data)
    _shape(out)
    return out


def parse_composed(path: str, text: str) -> Loaded:
    """``parse`` through the node graph (``yamlload.Loader``): every rule for unusual files."""
    import yaml

    from .yamlload import AliasBomb, Loader, Refused

    out = Loaded(path, text)
    try:
        loader = Loader(text)
    except UnicodeEncodeError as exc:  # a lone surrogate: text that did not come from decode()
        line, col = text.count("\n", 0, exc.start) + 1, exc.start - text.rfind("\n", 0, exc.start)
        out.problems.append(_problem(path, "KH102", "Văn bản có ký tự không hợp lệ", line, col))
        return out
    loader.check_aliases = "*" in text and "&" in text
    try:
        out.data = loader.get_single_data()
    except (Refused, yaml.YAMLError, AliasBomb, RecursionError) as exc:
        out.problems.append(_errors().syntax_problem(path, text, exc))
        return out
    finally:
        loader.dispose()
    for key, mark in loader.duplicates:
        out.problems.append(
            _problem(
                path,
                "KH106",
                f'Khóa "{key}" bị lặp; giá trị sau ghi đè giá trị trước',
                mark.line + 1,
                mark.column + 1,
            )
        )
    _shape(out)
    return out


_LAST_NFC: list = [None, True]  # the last text asked of ``is_nfc``, and its answer


def is_nfc(text: str) -> bool:
    """``text`` is precomposed Unicode (NFC): a scan of the whole text (~12 µs for a plan), asked
    by the loader of every file. The text check KH301 asks it again of the same string when the
    one pass of the text checks found a character that may not be NFC (and of every file when the
    C extension is not built): answered from the first time."""
    if _LAST_NFC[0] is text:
        return _LAST_NFC[1]
    import unicodedata

    answer = text.isascii() or unicodedata.is_normalized("NFC", text)
    _LAST_NFC[0], _LAST_NFC[1] = text, answer
    return answer


def _nfc(out: Loaded) -> None:
    """The strings of a file written (partly) in decomposed Unicode (NFD), keys and values, made
    precomposed (NFC) in place: every command reads "thường xuyên" as it is meant, whatever the
    editor saved, and prints NFC. The text is kept as written (KH301 reports it, positions count
    its characters). Lists and mappings stay the same objects (the line marks know them by id).
    Two keys of a mapping that differ only so (the same words, decomposed in one) are one key:
    the later value wins, as YAML says of a key written twice, and KH106 says so."""
    text = out.text
    if text is None or is_nfc(text):
        return
    import unicodedata

    normalize = unicodedata.normalize
    seen: set[int] = set()
    stack = [out.data]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = normalize("NFC", item)
                elif isinstance(item, dict | list):
                    stack.append(item)
        elif isinstance(node, dict):
            items = [
                (normalize("NFC", k) if isinstance(k, str) else k, k, v) for k, v in node.items()
            ]
            node.clear()
            for key, raw, value in items:
                if isinstance(value, str):
                    value = normalize("NFC", value)
                elif isinstance(value, dict | list):
                    stack.append(value)
                if key in node:
                    _same_key(out, key, raw)
                node[key] = value
    if isinstance(out.data, str):
        out.data = normalize("NFC", out.data)


def _same_key(out: Loaded, key: str, raw: str) -> None:
    """KH106 for ``raw``, a key written after another that reads the same once both are NFC."""
    text = out.text or ""
    at = text.find(raw)
    line, col = (1, 1) if at < 0 else (text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at))
    out.problems.append(
        _problem(
            out.path,
            "KH106",
            f'Khóa "{key}" bị lặp (cùng chữ, một lần viết ở dạng Unicode tổ hợp); '
            "giá trị sau ghi đè giá trị trước",
            line,
            col,
        )
    )


def _shape(out: Loaded) -> None:
    """A file must hold one mapping (its strings NFC: ``_nfc``)."""
    _nfc(out)
    path = out.path
    if out.data is None:
        out.problems.append(_problem(path, "KH107", "Tệp rỗng: không có nội dung YAML"))
    elif not isinstance(out.data, dict):
        kind = "danh sách" if isinstance(out.data, list) else "một giá trị đơn"
        out.problems.append(
            _problem(path, "KH108", f"Tệp phải là một ánh xạ (khóa: giá trị), không phải {kind}")
        )


def read(path: str) -> Loaded:
    """Read and parse one file; never raises for the file's content or accessibility, never
    blocks: only a regular file is read (a FIFO, a device or ``/dev/stdin`` named ``*.yaml`` is
    refused without reading a byte)."""
    raw, problem = read_bytes(path)
    if raw is None:
        return Loaded(path, problems=[_problem(path, "KH104", problem)])
    text, problems = decode(path, raw)
    if text is None:
        return Loaded(path, problems=problems)
    return parse(path, text)


def read_bytes(path: str) -> tuple[bytes | None, str]:
    """The bytes of a regular file of at most ``limits.MAX_BYTES``, or None and the reason
    (Vietnamese)."""
    max_bytes = limits.MAX_BYTES
    try:
        # O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of waiting
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return None, f"Không đọc được tệp: {exc.strerror}"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, f"Không đọc được tệp: {not_regular(st.st_mode)}; tệp bị bỏ qua"
        if st.st_size > max_bytes:
            return None, _errors().too_large(st.st_size, max_bytes)
        chunks, left = [], max_bytes + 1
        size = min(left, st.st_size + 1)  # the whole file at once; a buffer of its size, not 1 MB
        while left > 0:
            chunk = os.read(fd, size)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
            if len(chunks) == 1 and len(chunk) == st.st_size < size:
                break  # all the size said, and no byte more: no further call only to hear so
            size = min(left, 1 << 16)
        raw = b"".join(chunks)
    except OSError as exc:
        return None, f"Không đọc được tệp: {exc.strerror}"
    finally:
        os.close(fd)
    if len(raw) > max_bytes:  # grew while being read
        return None, _errors().too_large(None, max_bytes)
    return raw, ""
