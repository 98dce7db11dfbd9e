"""The words of a YAML file that cannot be read: libyaml's and PyYAML's errors as positioned,
Vietnamese problems (KH101 syntax, KH105 bounds). ``yamlio.parse`` hands every parsing failure to
``syntax_problem``; the wording lives here alone."""

from __future__ import annotations

import yaml

from ..problem import Problem
from .yamlload import MAX_EXPANDED_NODES, AliasBomb, Refused

# libyaml's messages, in Vietnamese
_SYNTAX_HINTS = {
    "could not find expected ':'": "thiếu dấu ':' sau khóa",
    "mapping values are not allowed here": "không được có ':' ở đây (thiếu dấu cách sau ':' hoặc thụt lề sai?)",
    "mapping values are not allowed in this context": "không được có ': ' ở đây (câu có dấu ':' phải đặt trong nháy)",
    "did not find expected key": "thụt lề không khớp với các khóa phía trên",
    "did not find expected '-' indicator": "thiếu dấu '-' của phần tử danh sách",
    "found character '\\t' that cannot start any token": "có ký tự tab; YAML chỉ thụt lề bằng dấu cách",
    "found a tab character that violates indentation": "có ký tự tab; YAML chỉ thụt lề bằng dấu cách",
    "found a tab character where an indentation space is expected": "có ký tự tab; YAML chỉ thụt lề bằng dấu cách",
    "found unexpected end of stream": "tệp kết thúc giữa chừng (thiếu dấu nháy đóng?)",
    "found undefined alias": "dùng bí danh (*) chưa được định nghĩa",
    "found unknown escape character": "ký tự thoát không hợp lệ trong chuỗi có nháy kép",
    "expected <document start>, but found '<block mapping start>'": "có nội dung lạ trước khối chính",
    "found duplicate anchor": "trùng tên neo (&)",
    "did not find expected node content": "thiếu giá trị",
    "did not find expected ',' or ']'": "thiếu dấu ',' hoặc ']'",
    "did not find expected ',' or '}'": "thiếu dấu ',' hoặc '}'",
    "found unexpected ':'": "dấu ':' không đúng chỗ",
    "exceeded maximum nesting depth": "cấu trúc lồng nhau quá sâu (libyaml cho tối đa 1.000 mức)",
}


def problem(path: str, code: str, message: str, line: int = 1, col: int = 1) -> Problem:
    return Problem(path, line, col, code, "error", message)


def syntax_problem(path: str, text: str, exc: BaseException) -> Problem:
    """The problem of a parsing failure ``exc`` of ``text``, at its position."""
    if isinstance(exc, Refused):
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return problem(path, "KH101", exc.vi[:1].upper() + exc.vi[1:], line, col)
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        detail = (exc.problem or "").strip()
        hint = _SYNTAX_HINTS.get(detail, detail)
        if detail.startswith("could not determine a constructor for the tag"):
            hint = f"thẻ YAML {detail.rsplit(' ', 1)[-1]} không được hỗ trợ"
        elif detail == "found unhashable key":
            hint = "khóa không hợp lệ (khóa phải là chuỗi, không phải danh sách hay ánh xạ)"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
            hint = "có ký tự tab; YAML chỉ thụt lề và cách bằng dấu cách"
        message = f"Lỗi cú pháp YAML: {hint}" + (f" ({detail})" if hint != detail else "")
        return problem(path, "KH101", message, line, col)
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
    return problem(path, "KH101", f"Lỗi cú pháp YAML: {exc}", line, col)
