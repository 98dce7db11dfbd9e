"""Text checks on values as a clerk writes them: a value left to fill in (``TODO``), a number
written the way documents write it that YAML reads otherwise (``25.000``, ``010``). Run with the
other text checks, after the same one pass over the text (``checks.text.scan``)."""

from __future__ import annotations

import re

from ..once import LazyPattern
from ..problem import Problem
from ..vocab import quoted
from .registry import register
from .text import MAX_PER_FILE

# A YAML value (after "key:", "- ", or alone on a folded line) that starts with TODO
_PLACEHOLDER = LazyPattern(
    r"""^(?P<lead>[ \t]*(?:-[ \t]+)*(?:[A-Za-z_][\w-]*:[ \t]*)?["']?)TODO\b.*$""", re.M
)
# A value followed by a "# TODO" comment: a valid stand-in still to be replaced (time: 2026  # TODO)
_TODO_COMMENT = LazyPattern(r"^(?P<lead>[^#\n]*\S[ \t]+)#[ \t]*TODO\b:?[ \t]*(?P<what>.*)$", re.M)


@register("KH418", "placeholder", level="warning", scope="text")
def placeholder(path: str, text: str) -> list[Problem]:
    """Còn chỗ cần điền: một giá trị bắt đầu bằng `TODO` (bản nháp do `kehoach new` tạo ghi sẵn như
    vậy), ví dụ `title: "TODO: nội dung phối hợp thứ 1"`, hoặc một giá trị tạm còn ghi chú `# TODO`
    phía sau (`time: 2026  # TODO: điền thời gian`). Dòng chú thích riêng (bắt đầu bằng `#`) không bị
    báo. Điền nội dung thật trước khi trình ký; `kehoach validate --strict` coi cảnh báo này là lỗi."""
    if "TODO" not in text:
        return []
    found = []
    lines: set[int] = set()  # the lines said once already (a placeholder with a comment after it)
    for m in _PLACEHOLDER.finditer(text):
        value = _uncommented(m.group(0)[len(m.group("lead")) :], m.group("lead"))
        found.append(
            (m.start(), len(m.group("lead")) + 1, f"Chỗ cần điền: {quoted(_short(value))}")
        )
        lines.add(m.start())
    for m in _TODO_COMMENT.finditer(text):
        if m.start() in lines:
            continue
        value = m.group("lead").strip()
        what = m.group("what").strip()
        found.append(
            (
                m.start(),
                len(m.group("lead")) - len(m.group("lead").lstrip()) + 1,
                f"Chỗ cần điền: {quoted(_short(value))} còn ghi chú TODO"
                + (f" ({_short(what)})" if what else ""),
            )
        )
    out = []
    for start, col, message in sorted(found)[:MAX_PER_FILE]:
        out.append(Problem(path, text.count("\n", 0, start) + 1, col, "KH418", "warning", message))
    return out


def _uncommented(value: str, lead: str) -> str:
    """A placeholder value without the quotes around it and the comment after it
    ('"TODO: nội dung" # TODO: …' → 'TODO: nội dung')."""
    quote = lead[-1:] if lead[-1:] in ("'", '"') else ""
    if quote and quote in value:
        value = value[: value.index(quote)]
    elif " #" in value:
        value = value[: value.index(" #")]
    return value.strip().strip("\"'")


def _short(value: str) -> str:
    return value if len(value) <= 70 else value[:70] + "…"


_NUMERIC_KEYS = r"(?:number|amount|budget|total|spent|year|start)"
# 25.000 or 25.000.000 or 1,5 (thousands separators, decimals) and 010 (YAML 1.1 reads it as octal 8)
# after a colon (a literal first: the scan skips along the text in C), and then, on the same line
# just before that colon, one of the numeric keys
_BAD_VALUE = LazyPattern(
    r":[ \t]*(?P<value>\d{1,3}(?:[.,]\d{3})+|\d+[.,]\d+|0\d+)(?=[ \t]*(?:[,}\]#]|$))", re.M
)
_KEY_BEFORE = LazyPattern(rf"(?<![\w-])(?P<key>{_NUMERIC_KEYS})[ \t]*\Z")


@register("KH304", "number-format", level="error", scope="text")
def number_format(path: str, text: str) -> list[Problem]:
    """Số viết theo thói quen văn bản mà YAML hiểu sai: `amount: 25.000` (YAML đọc là 25,0 — số
    thập phân), `25.000.000` (đọc thành chữ), `number: 010` (YAML đọc là số bát phân 8). Số tiền,
    số văn bản, năm viết liền, không dấu chấm, dấu phẩy, không số 0 ở đầu: `amount: 25000000`,
    `number: 10`. Khi YAML đọc số thành chữ, lược đồ cũng báo sai kiểu ở cùng chỗ: chỉ một thông
    báo được in (KH203, kèm cách viết đúng), và tệp không được các lệnh khác dùng cho đến khi sửa."""
    out = []
    for m in _BAD_VALUE.finditer(text):
        colon = m.start()
        k = _KEY_BEFORE.search(text, text.rfind("\n", 0, colon) + 1, colon)
        if k is None:
            continue
        value, key = m.group("value"), k.group("key")
        line = text.count("\n", 0, m.start("value")) + 1
        col = m.start("value") - (text.rfind("\n", 0, m.start("value")) + 1) + 1
        if value.startswith("0") and value.isdigit():
            # the digits without their zeros, not int(): a long one has more digits than it takes
            digits = _short(value.lstrip("0") or "0")
            hint = f"bỏ số 0 ở đầu: {key}: {digits} (YAML đọc {_short(value)} là số bát phân)"
        elif not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", value):
            hint = "số tiền, số văn bản, năm phải là số nguyên"
        else:
            hint = f"viết liền, không dấu chấm hay dấu phẩy: {key}: {re.sub(r'[.,]', '', value)}"
        out.append(
            Problem(
                path, line, col, "KH304", "error", f'Số "{_short(value)}" bị YAML hiểu sai; {hint}'
            )
        )
        if len(out) >= MAX_PER_FILE:
            break
    return out
