"""The words of a YAML file that cannot be read: libyaml's and PyYAML's errors as positioned,
Vietnamese problems (KH101 syntax, KH105 bounds). ``yamlio.parse`` hands every parsing failure to
``syntax_problem``; the wording lives here alone.

Every message says, in Vietnamese, what the user most likely typed and how to write it instead,
at the place of the mistake rather than where the parser gave up: an unclosed quote is reported
where the quote opens, a `&` or `*` at the start of a value where it stands, a missing `:` on the
line of the key. The parser's own English words follow in parentheses, for searching."""

from __future__ import annotations

import yaml

from ..problem import Problem
from . import yamlhints as hints
from .yamlhints import QUOTE_IT, TAB
from .yamlload import MAX_EXPANDED_NODES, AliasBomb, Refused

# problems whose words do not depend on the text around them
_FIXED = {
    "mapping values are not allowed here": "không được có ': ' ở đây (câu có dấu ':' phải đặt trong nháy kép)",
    "found a tab character that violates indentation": TAB,
    "found a tab character where an indentation space is expected": TAB,
    "found unexpected ':'": "dấu ':' không đúng chỗ (câu có dấu ':' phải đặt trong nháy kép)",
    "exceeded maximum nesting depth": "cấu trúc lồng nhau quá sâu (libyaml cho tối đa 1.000 mức)",
    "found an indentation indicator equal to 0": "số thụt lề sau '|' hoặc '>' phải từ 1 đến 9",
    "did not find expected hexdecimal number": (
        "mã ký tự sau '\\x', '\\u' hoặc '\\U' trong nháy kép không hợp lệ; dùng nháy đơn nếu '\\' là chữ"
    ),
    "found invalid Unicode character escape code": "mã ký tự sau '\\u' hoặc '\\U' trong nháy kép không hợp lệ",
    "found incompatible YAML document": "chỉ thị %YAML không được hỗ trợ (chỉ YAML 1.x); hãy xóa dòng này",
    "found duplicate %YAML directive": "chỉ thị %YAML bị lặp; hãy xóa dòng này",
    "found duplicate %TAG directive": "chỉ thị %TAG bị lặp; hãy xóa dòng này",
    "found unhashable key": "khóa không hợp lệ (khóa phải là chuỗi, không phải danh sách hay ánh xạ)",
    "did not find expected <document start>": (
        "có nội dung lạ sau phần chính của tệp (dòng '---' hay '...' đặt sai chỗ?)"
    ),
    "found undefined tag handle": f"'!' ở đầu giá trị là ký hiệu thẻ YAML; nếu là chữ, {QUOTE_IT}",
}


def problem(path: str, code: str, message: str, line: int = 1, col: int = 1) -> Problem:
    return Problem(path, line, col, code, "error", message)


def size_text(size: int) -> str:
    """A file size as people read it: ``850 byte``, ``12,5 KB``, ``5 MB`` (decimal comma)."""
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            value = f"{size / scale:.1f}".rstrip("0").rstrip(".")
            return f"{value.replace('.', ',')} {unit}"
    return f"{size} byte"


def too_large(size: int | None, limit: int) -> str:
    """Why a file of ``size`` bytes (None: it grew while being read) is not read."""
    if size is None:
        return f"Tệp quá lớn (hơn {size_text(limit)})"
    return f"Tệp quá lớn ({size_text(size)}; tối đa {size_text(limit)})"


def utf16_without_bom(raw: bytes) -> str | None:
    """ "UTF-16" or "UTF-32" when ``raw`` looks like that encoding saved without a byte order mark
    (the NUL bytes of ASCII letters fall at every second, or every fourth, position)."""
    sample = raw[:8192]
    if len(sample) < 4:
        return None
    for width, name in ((4, "UTF-32"), (2, "UTF-16")):
        for offset in range(width):
            lanes = [sample[i::width] for i in range(width)]
            text_lane = lanes[offset]
            others = [lane for i, lane in enumerate(lanes) if i != offset]
            if text_lane.count(0) < len(text_lane) // 20 and all(
                lane.count(0) > len(lane) * 0.6 for lane in others
            ):
                return name
    return None


def syntax_problem(path: str, text: str, exc: BaseException) -> Problem:
    """The problem of a parsing failure ``exc`` of ``text``, at its position; a git merge conflict
    left in the file (its marker lines at or before the failure) is named as such, at the first
    marker, whatever the parser said about it."""
    found = _problem(path, text, exc)
    marker = hints.conflict_marker(text)
    if marker is not None and found.code == "KH101" and marker[0] <= found.line:
        line, shown = marker
        # every conflict of the file said at once: fixing one must not reveal the next
        others = [n for n in hints.conflict_starts(text) if n != line]
        more = (
            f"; còn {len(others)} chỗ xung đột khác, ở dòng {', '.join(map(str, others))}"
            if others
            else ""
        )
        return problem(
            path,
            "KH101",
            f"Xung đột hợp nhất git chưa giải quyết (dòng '{shown}'{more}): "
            "giữ lại phần đúng giữa '<<<<<<<', '=======' và '>>>>>>>', xóa các dòng đánh dấu "
            "rồi lưu tệp (hoặc dùng `git mergetool`)",
            line,
            1,
        )
    return found


def _problem(path: str, text: str, exc: BaseException) -> Problem:
    if isinstance(exc, Refused):
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return problem(path, "KH101", exc.vi[:1].upper() + exc.vi[1:], line, col)
    if isinstance(exc, yaml.MarkedYAMLError):
        return _marked(path, text, exc)
    if isinstance(exc, AliasBomb):
        limit = f"{MAX_EXPANDED_NODES:,}".replace(",", ".")
        return problem(
            path,
            "KH105",
            f"Bí danh YAML (&/*) bung ra quá {limit} nút; tệp bị từ chối (nghi tấn công 'billion laughs')",
        )
    if isinstance(exc, yaml.reader.ReaderError):  # control characters and the like
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        return problem(
            path,
            "KH101",
            f"Ký tự điều khiển không được phép trong YAML (mã #x{exc.character:04X})",
            line,
            col,
        )
    if isinstance(exc, RecursionError):
        return problem(path, "KH105", "Cấu trúc YAML lồng nhau quá sâu")
    mark = getattr(exc, "problem_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return problem(path, "KH101", f"Lỗi cú pháp YAML ({exc})", line, col)


def syntax_message(text: str, exc: BaseException) -> str:
    """The Vietnamese words of a parsing failure, with its line and column (for messages that
    are not problems, such as an edit that would break a file)."""
    p = syntax_problem("", text, exc)
    return f"dòng {p.line}, cột {p.col}: {p.message}"


def _marked(path: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    detail = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    index = _index(text, mark)
    hint, where = _explain(text, context, detail, index, _index(text, exc.context_mark))
    if mark is not None and 0 <= index < len(text) and text[index] == "\t":
        hint, where = TAB, index
    if context.startswith(("expected a single document", "found duplicate anchor")):
        detail = context.split(";")[0]
    line, col = hints.line_col(text, where)
    message = f"Lỗi cú pháp YAML: {hint}" + (f" ({detail})" if detail else "")
    return problem(path, "KH101", message, line, col)


def _index(text: str, mark) -> int:
    """The offset in ``text`` of a parser mark (libyaml counts characters, as Python does)."""
    if mark is None:
        return -1
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 <= index <= len(text):
        return index
    start = 0
    for _ in range(mark.line):
        start = text.find("\n", start) + 1
    return start + mark.column


def _explain(text: str, context: str, detail: str, at: int, ctx: int) -> tuple[str, int]:
    """(Vietnamese hint, offset of the mistake) for libyaml's (or PyYAML's) ``context`` and
    ``detail``, the offset ``at`` where it stopped and ``ctx`` where the construct began."""
    if context == "while scanning a quoted scalar" and detail.startswith("found unexpected"):
        return hints.unclosed(text, ctx), ctx
    quoted = hints.runaway_quote(text, at)
    if quoted is not None:
        return quoted
    found = hints.char(text, at)
    if detail in _FIXED:
        return _FIXED[detail], at
    if detail == "found character that cannot start any token":
        shown = {"`": "dấu huyền '`'"}.get(found, f"'{found}'")
        return (
            f"giá trị không được bắt đầu bằng {shown} (ký tự dành riêng của YAML); {QUOTE_IT}",
            at,
        )
    if context in ("while scanning an anchor", "while scanning an alias"):
        sign, word = ("&", "neo (anchor)") if "anchor" in context else ("*", "bí danh (alias)")
        return (
            f"'{sign}' ở đầu giá trị là ký hiệu {word} của YAML, sau nó phải là tên không dấu, "
            f"không cách; nếu '{sign}' là chữ, {QUOTE_IT}",
            ctx,
        )
    if detail == "found undefined alias":
        return (
            f"'*' ở đầu giá trị là bí danh (alias) YAML trỏ tới một neo (&) không có; nếu '*' là chữ, {QUOTE_IT}",
            at,
        )
    if context.startswith("found duplicate anchor"):
        return (
            f"tên neo (&) này đã dùng ở dòng {hints.line_col(text, ctx)[0]}; "
            f"tên neo phải khác nhau (nếu '&' là chữ, {QUOTE_IT})",
            at,
        )
    if context.startswith("expected a single document"):
        return (
            "tệp có hơn một tài liệu YAML: dòng '---' ở đây mở tài liệu thứ hai; "
            "mỗi tệp chỉ chứa một văn bản, hãy xóa dòng này hoặc tách thành hai tệp",
            at,
        )
    if detail == "block sequence entries are not allowed in this context":
        return (
            "'- ' ở đây bị đọc là phần tử danh sách, mà danh sách phải bắt đầu ở dòng riêng, thụt lề "
            f"dưới khóa; nếu '- ' là chữ, {QUOTE_IT}",
            at,
        )
    if detail == "mapping keys are not allowed in this context":
        return f"'? ' ở đầu giá trị là ký hiệu khóa phức của YAML; {QUOTE_IT}", at
    if detail == "mapping values are not allowed in this context":
        return hints.colon(text, at)
    if detail == "could not find expected ':'":
        where = ctx if ctx >= 0 else at
        return (
            "dòng này thiếu dấu ':' sau khóa (hoặc thiếu dấu cách sau ':', như `title:Kế hoạch`)",
            where,
        )
    if (
        detail == "did not find expected comment or line break"
        and context == "while scanning a block scalar"
    ):
        sign = hints.char(text, ctx) or "|"
        return (
            f"'{sign}' ở đầu giá trị mở một khối văn bản nhiều dòng, sau nó phải xuống dòng; "
            f"nếu '{sign}' là chữ, {QUOTE_IT}",
            ctx,
        )
    if detail in (
        "found unknown escape character",
        "found unknown escape character while parsing a quoted scalar",
    ):
        return (
            "trong nháy kép, dấu '\\' mở một ký tự thoát và ký tự sau nó không hợp lệ; viết '\\\\' hoặc dùng nháy đơn",
            at,
        )
    if context.startswith(("while scanning a tag", "while parsing a tag")) or "tag" in detail:
        return (
            f"'!' ở đầu giá trị là ký hiệu thẻ YAML và thẻ này không hợp lệ; nếu là chữ, {QUOTE_IT}",
            ctx if ctx >= 0 else at,
        )
    if "directive" in context:
        return (
            "dòng bắt đầu bằng '%' là chỉ thị YAML không hợp lệ; nếu là chữ, hãy đặt trong nháy kép",
            ctx,
        )
    if detail in ("did not find expected key",) or detail.startswith("expected <block end>"):
        return hints.block_end(text, at, ctx)
    if detail == "did not find expected '-' indicator" or detail.startswith(
        "expected <block sequence"
    ):
        misaligned = hints.key_misaligned(text, at)  # a key, not a dash, out of line
        if misaligned is not None:
            return misaligned
        return (
            f"các dấu '- ' của một danh sách phải thẳng cột (danh sách bắt đầu ở dòng {hints.line_col(text, ctx)[0]})",
            at,
        )
    if detail.startswith(("did not find expected ',' or ']'", "expected ',' or ']'")):
        return hints.unclosed_flow(text, "[", "]", "danh sách", at, ctx)
    if detail.startswith(("did not find expected ',' or '}'", "expected ',' or '}'")):
        return hints.unclosed_flow(text, "{", "}", "ánh xạ", at, ctx)
    if detail == "did not find expected node content" or detail.startswith(
        "expected the node content"
    ):
        if found and found in "]},":
            return f"giá trị không được bắt đầu bằng '{found}'; {QUOTE_IT}", at
        return "thiếu giá trị ở đây", at
    if "flow" in context:
        return (
            f"danh sách '[…]' hoặc ánh xạ '{{…}}' viết sai; nếu dấu ngoặc là chữ, {QUOTE_IT}",
            ctx,
        )
    return "bộ phân tích YAML dừng ở đây; kiểm tra dấu nháy, dấu ':' và thụt lề", at
