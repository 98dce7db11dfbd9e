"""Reading the text around a YAML syntax error: what the user most likely typed (a quote closed
too early or never, a line indented under a value, a bracket left open) and where that mistake
is, as (Vietnamese hint, offset). ``yamlerrors`` chooses among them."""

from __future__ import annotations

import re

import yaml

QUOTE_IT = "hãy đặt cả giá trị trong nháy kép"
TAB = "có ký tự tab; YAML chỉ thụt lề và cách bằng dấu cách"
INDENT = "thụt lề không khớp với các khóa phía trên"
KEY_LINE = re.compile(r"^[ \t]*(?:- +)?[\w.-]+:(?:[ \t]|$)")
# the lines git writes around a merge conflict, at column 1: "<<<<<<< HEAD", "||||||| base"
# (diff3 style), "=======", ">>>>>>> branch"
CONFLICT = re.compile(r"^(?:\ufeff)?(?:[<>|]{7}(?:[ \t][^\r\n]*)?|={7})\r?$", re.MULTILINE)
_SAME = re.compile(r"^(?:\ufeff)?(<{7}|>{7}|\|{7}|={7})")


def line_col(text: str, index: int) -> tuple[int, int]:
    if index < 0:
        return 1, 1
    index = min(index, len(text))
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def conflict_marker(text: str) -> tuple[int, str] | None:
    """(line, the line as written, shortened) of the first git merge conflict marker of ``text``,
    or None. A line of seven '<', '>' or '|' must be the same sign seven times."""
    for match in CONFLICT.finditer(text):
        shown = match.group().lstrip("\ufeff").rstrip("\r")
        if _SAME.match(shown):
            line = text.count("\n", 0, match.start()) + 1
            return line, shown if len(shown) <= 40 else shown[:39] + "…"
    return None


def conflict_starts(text: str) -> list[int]:
    """The lines of every '<<<<<<<' marker of ``text``: where each git merge conflict begins."""
    return [
        text.count("\n", 0, m.start()) + 1
        for m in CONFLICT.finditer(text)
        if m.group().lstrip("\ufeff").startswith("<<<<<<<")
    ]


def char(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


def unclosed(text: str, start: int) -> str:
    quote = char(text, start) or '"'
    return (
        f"chuỗi mở bằng dấu nháy {quote} ở đây không được đóng (thiếu dấu {quote} ở cuối giá trị)"
    )


def runaway_quote(text: str, at: int) -> tuple[str, int] | None:
    """A quoted value the parser closed too late (an unclosed quote swallowing the lines after
    it) or too early (a quote inside quotes), judged from the last scalar before ``at``."""
    scalar = last_scalar(text, at)
    if scalar is None or scalar.style not in ('"', "'"):
        return None
    start, end = scalar.start_mark.index, scalar.end_mark.index
    inner = text[start + 1 : end - 1].split("\n")
    if len(inner) > 1 and any(KEY_LINE.match(line) for line in inner[1:]):
        return unclosed(text, start) + " nên nuốt cả các dòng sau nó", start
    between = text[end:at]
    if scalar.start_mark.line == scalar.end_mark.line and "\n" not in between and at > end - 1:
        quote = scalar.style
        other = "'" if quote == '"' else '"'
        return (
            f"sau dấu nháy {quote} đóng chuỗi còn chữ (dấu nháy {quote} lồng trong chuỗi?); "
            f"đặt cả giá trị trong nháy {other}, như {other}Hội thi {quote}Sáng tạo{quote}{other}, "
            f"hoặc bỏ dấu nháy ở đầu giá trị",
            end - 1,
        )
    return None


def last_scalar(text: str, at: int):
    """The last scalar token ending at or before offset ``at`` (scanning stops at the error)."""
    return last_token(text, at, (yaml.ScalarToken,))


def last_token(text: str, at: int, kinds: tuple = (yaml.Token,)):
    """The last token of ``kinds`` ending at or before offset ``at`` (scanning stops at the
    error)."""
    if at < 0:
        return None
    last = None
    scanner = yaml.CSafeLoader(text)
    try:
        while True:
            token = scanner.get_token()
            if token is None or token.start_mark.index >= at:
                break
            if isinstance(token, kinds) and token.end_mark.index <= at:
                last = token
    except yaml.YAMLError:
        pass
    finally:
        scanner.dispose()
    return last


def colon(text: str, at: int) -> tuple[str, int]:
    """``key: value`` where a value was expected: a line indented under a value, or ': ' inside a
    sentence."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start : text.find("\n", at) if "\n" in text[at:] else len(text)]
    indent = len(line) - len(line.lstrip(" "))
    previous = text[: max(0, line_start - 1)].rstrip("\n").rsplit("\n", 1)[-1]
    # the keys of a list item start after its dash: '    - id: x' holds keys at column 6
    if (
        KEY_LINE.match(line)
        and previous.strip()
        and indent > len(previous) - len(previous.lstrip(" -"))
    ):
        return (
            "dòng này thụt lề sâu hơn dòng trên nên bị đọc là phần tiếp theo của giá trị dòng trên; "
            "hãy thụt lề thẳng hàng với các khóa cùng cấp",
            line_start + indent,
        )
    return (
        "câu có ': ' (dấu hai chấm và dấu cách) trong giá trị phải đặt trong nháy kép, như \"Kế hoạch: Hội thi\"",
        at,
    )


def closed_sign(sign: str) -> str:
    return {"{": "}", "[": "]"}[sign]


def block_end(text: str, at: int, ctx: int) -> tuple[str, int]:
    found = char(text, at)
    if found and found in "]}":
        return f"dấu '{found}' thừa (không có dấu mở tương ứng)", at
    closed = last_token(text, at, (yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken))
    if closed is not None and closed.end_mark.line == line_col(text, at)[0] - 1:
        sign, what = (
            ("{", "ánh xạ") if isinstance(closed, yaml.FlowMappingEndToken) else ("[", "danh sách")
        )
        return (
            f"giá trị mở đầu bằng '{sign}' bị YAML đọc là một {what} đến dấu '{closed_sign(sign)}', còn "
            f"chữ sau nó; {QUOTE_IT}",
            at,
        )
    line, col = line_col(text, ctx)
    return f"{INDENT} (khối bắt đầu ở dòng {line}, cột {col})", at


def unclosed_flow(
    text: str, open_: str, close: str, what: str, at: int, ctx: int
) -> tuple[str, int]:
    line, col = line_col(text, at)
    return (
        f"{what} mở bằng '{open_}' ở đây chưa đóng bằng '{close}' hoặc thiếu dấu ',' giữa các phần tử "
        f"(bộ phân tích dừng ở dòng {line}, cột {col}); nếu dấu ngoặc là chữ, {QUOTE_IT}",
        ctx if ctx >= 0 else at,
    )


_KEY_LINE = re.compile(r"^( *)[^\s#:-][^:#]*:(?:\s|$)")


def key_misaligned(text: str, at: int) -> tuple[str, int] | None:
    """A key line indented otherwise than the keys of its mapping above it (five spaces where
    they have six): the message and where, or None when the line at ``at`` is no key line."""
    lines = text.split("\n")
    n = line_col(text, at)[0] - 1
    if not 0 <= n < len(lines):
        return None
    own = _KEY_LINE.match(lines[n])
    if own is None:
        return None
    for prev in reversed(lines[:n]):
        m = _KEY_LINE.match(prev) or re.match(r"^( *)- [^\s#:][^:#]*:(?:\s|$)", prev)
        if m is None:
            continue
        want = len(m.group(1)) + (2 if prev.lstrip().startswith("- ") else 0)
        have = len(own.group(1))
        if want == have:
            return None
        return (
            f"khóa ở dòng {n + 1} thụt lề {have} dấu cách, các khóa cùng cấp ở trên thụt {want}: "
            "hãy thẳng hàng với chúng",
            text.find(lines[n].lstrip(), at - line_col(text, at)[1] + 1),
        )
    return None
