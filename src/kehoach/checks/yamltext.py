"""Checks on what YAML silently reads differently from what the user wrote (KH306, KH307, KH308):
words after ` #` dropped as a comment, a `&name` at the start of a value taken as an anchor, the
lines of a git merge conflict taken into a quoted value.

They look at libyaml's tokens or events, and only in files where a quick look at the text finds a candidate,
so files without one cost a regular-expression search (and import no ``yaml``)."""

from __future__ import annotations

import re

from ..once import LazyPattern
from ..problem import Level, Problem
from .registry import register

MAX_PER_FILE = 20


def _one_space_comment(text: str) -> bool:
    """Some '#' follows words after exactly one space: the only shape of an inline comment that
    is a candidate (str.find: files without one cost next to nothing)."""
    at = text.find(" #")
    while at > 0:
        if not text[at - 1].isspace() and text[at - 1] != "#":
            return True
        at = text.find(" #", at + 2)
    return False


def _anchor_at_value_start(text: str) -> bool:
    """Some '&' starts a value (after 'key: ', '- ', '[', '{', ',' or at a line's start), where
    YAML reads it as an anchor; a '&' inside words (`Sở KH&CN`, `Ban TNCN &ĐT`) is text."""
    at = text.find("&")
    while at >= 0:
        before = text[text.rfind("\n", 0, at) + 1 : at].rstrip(" \t")
        if not before or before.endswith((":", "-", "[", "{", ",")):
            return True
        at = text.find("&", at + 1)
    return False


def _read(text: str, events: bool) -> tuple[list, bool]:
    """libyaml's tokens (or, with ``events``, its parser's events) of ``text`` up to the first
    syntax error (reported as KH101), and whether there was none."""
    import yaml  # here: only a file with a candidate is read again

    out = []
    loader = yaml.CSafeLoader(text)
    step = loader.get_event if events else loader.get_token
    try:
        while (item := step()) is not None:
            out.append(item)
    except yaml.YAMLError:
        return out, False
    finally:
        loader.dispose()
    return out, True


def _tokens(text: str) -> list:
    """libyaml's tokens of ``text``, up to the first syntax error."""
    return _read(text, events=False)[0]


def _values(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, value) of every scalar libyaml's parser reads in ``text``; None when it
    meets a syntax error."""
    import yaml

    events, parsed = _read(text, events=True)
    if not parsed:
        return None
    return [
        (e.start_mark.index, e.end_mark.index, e.value)
        for e in events
        if isinstance(e, yaml.ScalarEvent) and e.start_mark is not None and e.end_mark is not None
    ]


def _prose(value: str) -> bool:
    """Words people write, not an id, a number or a date: two words or more, or one with a
    Vietnamese letter."""
    return any(ch.isalpha() for ch in value) and (
        " " in value.strip() or any(ch.isalpha() and not ch.isascii() for ch in value)
    )


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 60 else value[:60] + "…"


def _at(
    path: str, text: str, index: int, code: str, message: str, level: Level = "warning"
) -> Problem:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return Problem(path, line, col, code, level, message)


@register("KH306", "comment-in-value", level="warning", scope="text")
def comment_in_value(path: str, text: str) -> list[Problem]:
    """Một giá trị viết không có nháy bị cắt ở ` #`: YAML coi `#` sau một dấu cách là bắt đầu chú
    thích và bỏ phần sau nó, nên `title: Tọa đàm # số 1` chỉ còn "Tọa đàm". Kiểm tra báo khi chữ
    (không phải mã, số hay ngày) đứng ngay trước ` #` với đúng một dấu cách. Nếu phần sau `#` là chữ
    của giá trị, đặt cả giá trị trong nháy kép: `title: "Tọa đàm # số 1"`; nếu là chú thích, cách
    hai dấu cách trước `#` (`name: Nguyễn Văn An  # minh họa`). Dòng chú thích riêng không bị báo."""
    if not _one_space_comment(text):
        return []
    import yaml  # here: only a file with a candidate is scanned

    out = []
    for token in _tokens(text):
        if not isinstance(token, yaml.ScalarToken) or not token.plain:
            continue
        end = token.end_mark.index
        if text[end : end + 2] != " #" or not _prose(token.value):
            continue
        line_end = text.find("\n", end)
        dropped = text[end + 2 : line_end if line_end >= 0 else len(text)].strip()
        if dropped.startswith("TODO"):
            continue  # a stand-in still to be replaced: KH418's
        out.append(
            _at(
                path,
                text,
                end + 1,
                "KH306",
                f'Giá trị "{_short(token.value)}" bị cắt ở " #": YAML bỏ "# {_short(dropped)}" như '
                f"một chú thích; nếu là chữ, hãy đặt cả giá trị trong nháy kép; nếu là chú thích, "
                f"cách hai dấu cách trước '#'",
            )
        )
        if len(out) >= MAX_PER_FILE:
            break
    return out


@register("KH307", "unused-anchor", level="warning", scope="text")
def unused_anchor(path: str, text: str) -> list[Problem]:
    """Một giá trị bắt đầu bằng `&tên` (ví dụ `title: &KHCN Hội thi sáng tạo`): YAML hiểu `&KHCN`
    là một neo (anchor, để dùng lại bằng `*KHCN`) và bỏ nó khỏi giá trị, nên tiêu đề chỉ còn "Hội thi
    sáng tạo". Kiểm tra báo mọi neo được đặt mà không được dùng ở đâu. Nếu `&` là chữ, đặt cả giá
    trị trong nháy kép: `title: "&KHCN Hội thi sáng tạo"`. Dấu `&` giữa câu (`Sở KH&CN`,
    `Hội thi & Triển lãm`) là chữ bình thường, không bị báo."""
    if not _anchor_at_value_start(text):
        return []
    import yaml  # here: only a file with a candidate is scanned

    tokens = _tokens(text)
    used = {t.value for t in tokens if isinstance(t, yaml.AliasToken)}
    out = []
    for i, token in enumerate(tokens):
        if not isinstance(token, yaml.AnchorToken) or token.value in used:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        kept = (
            f' (giá trị chỉ còn "{_short(following.value)}")'
            if isinstance(following, yaml.ScalarToken)
            else ""
        )
        out.append(
            _at(
                path,
                text,
                token.start_mark.index,
                "KH307",
                f"'&{token.value}' ở đầu giá trị là neo YAML không được dùng, nên bị bỏ khỏi giá trị"
                f"{kept}; nếu '&' là chữ, hãy đặt cả giá trị trong nháy kép",
            )
        )
        if len(out) >= MAX_PER_FILE:
            break
    return out


# a line git writes around a merge conflict: seven '<', '>' or '|' (alone, or then a space and the
# branch), or seven '=' alone (``io.yamlhints.CONFLICT``, which names one that breaks the syntax)
_CONFLICT = LazyPattern(r"^(?:([<>|])\1{6}(?:[ \t][^\r\n]*)?|={7})\r?$", re.M)


@register("KH308", "merge-conflict", level="error", scope="text")
def merge_conflict(path: str, text: str) -> list[Problem]:
    """Còn dòng đánh dấu xung đột hợp nhất của git (`<<<<<<< HEAD`, `=======`, `>>>>>>> nhánh`) mà
    YAML vẫn đọc được tệp: dòng ấy nằm trong một giá trị viết trong nháy kép hay trong ngoặc `[…]`
    trải nhiều dòng, nên thành chữ của giá trị (`"Kế hoạch ======= Chương trình"`) và sẽ được in
    vào văn bản. Giữ lại phần đúng giữa các dòng đánh dấu, xóa các dòng ấy rồi lưu tệp (hoặc dùng
    `git mergetool`). Tệp có lỗi này không được các lệnh khác dùng cho đến khi sửa. Khi dòng đánh
    dấu làm YAML không đọc được tệp, lỗi là KH101 (lỗi cú pháp), ở dòng đánh dấu đầu tiên."""
    markers = list(_CONFLICT.finditer(text))
    if not markers:
        return []
    values = _values(text)
    if values is None:
        return []  # a syntax error: KH101, which names a marker line before it as a conflict
    out = []
    named: set[int] = set()  # one problem per value: at its first marker line
    for m in markers:
        at = next((i for i, (start, end, _) in enumerate(values) if start < m.start() < end), None)
        if at is None or at in named:
            continue
        named.add(at)
        inside = values[at][2]
        shown = m.group().rstrip("\r")
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        p = _at(
            path,
            text,
            m.start(),
            "KH308",
            f"Xung đột hợp nhất git chưa giải quyết: dòng '{shown}' nằm trong giá trị "
            f"\"{_short(inside)}\"; giữ lại phần đúng giữa '<<<<<<<', '=======' và "
            "'>>>>>>>', xóa các dòng đánh dấu rồi lưu tệp (hoặc dùng `git mergetool`)",
            "error",
        )
        out.append(p)
        if len(out) >= MAX_PER_FILE:
            break
    return out
