"""Characters no document can hold: the values of a file, as parsed, checked for code points that
XML 1.0 (so Word) forbids and browsers do not show."""

from __future__ import annotations

from collections.abc import Iterator

from ..io.positions import KEY
from ..vocab import XML_INVALID, describe_char
from .registry import Finding, register

MAX_PER_FILE = 20


def _strings(data: object) -> Iterator[tuple[tuple, str]]:
    """Every string of ``data`` (keys included, as ``path + (key, KEY)``), aliases visited once."""
    seen: set[int] = set()
    stack: list[tuple[tuple, object]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            yield path, node
        elif isinstance(node, dict | list):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in reversed(list(items)):
                if isinstance(key, str):
                    yield path + (key, KEY), key
                stack.append((path + (key,), value))


@register("KH305", "control-character", level="error", scope="data")
def control_character(path: str, kind: str, data: object, text: str) -> Iterator[Finding]:
    """Giá trị chứa ký tự không được phép trong văn bản: ký tự điều khiển (`\\x00`–`\\x1F` trừ tab và
    xuống dòng, thường do dán từ phần mềm khác hoặc viết `"\\x01"`, `"\\b"`, `"\\f"` trong chuỗi có
    nháy kép), `U+FFFE`, `U+FFFF`. Word từ chối tệp DOCX có các ký tự này và trình duyệt không hiển
    thị chúng, nên văn bản không xuất được; thông báo nêu mã của ký tự (`U+0001`). Hãy xóa ký tự đó.
    Tệp có lỗi này không được các lệnh khác dùng, như tệp sai lược đồ."""
    if "\\" not in text:
        return  # the YAML reader refuses such characters written as they are: only escapes remain
    count = 0
    for json_path, value in _strings(data):
        m = XML_INVALID.search(value)
        if m is None:
            continue
        where = "Tên khóa" if json_path and json_path[-1] == KEY else "Giá trị"
        yield Finding(
            path,
            json_path,
            f"{where} có ký tự {describe_char(m.group(0))} không in được trong văn bản; hãy xóa nó",
        )
        count += 1
        if count >= MAX_PER_FILE:
            return
