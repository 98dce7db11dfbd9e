"""JSON Schema errors (jsonschema's ``ValidationError``) as positioned, Vietnamese problems: one
message per kind of error, the JSON path kept so that the line and column are found later, quoted
values cut short."""

from __future__ import annotations

import re

from .io.positions import KEY
from .problem import Problem
from .viet import close_matches, unaccented
from .vocab import json_path_text, quoted

_TYPES_VI = {
    "object": "ánh xạ (khóa: giá trị)",
    "array": "danh sách",
    "string": "chuỗi",
    "integer": "số nguyên",
    "number": "số thập phân",
    "boolean": "true/false",
    "null": "để trống",
}
_PATTERN_HELP = {
    "date": "không phải ngày dạng YYYY-MM-DD (ví dụ 2021-02-05)",
    "time": "không phải mốc thời gian hợp lệ (ví dụ 2021-06-30, 2021-06, 2021-Q2, 2021-H1, 2021, "
    "2021-03..2021-06, ongoing)",
    "id": "không phải mã hợp lệ: mã chỉ gồm chữ thường không dấu, số, '.', '-', '_' "
    "(ví dụ tinhdoan-bt)",
}


def _show(value: object) -> str:
    try:
        text = _show_value(value)
    except (TypeError, ValueError):
        text = repr(value)
    return _short(text)


def _show_value(value: object) -> str:
    """``value`` as JSON (``json`` imported only when a message shows a value)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _short(text: str, limit: int = 80) -> str:
    """A quoted value cut to ``limit`` characters: a message stays readable."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def problem(path: str, code: str, json_path: tuple, message: str) -> Problem:
    return Problem(path, 0, 0, code, "error", message, tuple(json_path))


def _where(json_path) -> str:
    return _short(json_path_text(json_path), 120) or "gốc tệp"


def _in(json_path) -> str:
    return f"trong {_where(json_path)}" if json_path else "ở gốc tệp"


def _type_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _pattern_kind(schema: dict) -> str:
    pattern = schema.get("pattern", "")
    if "Q[1-4]" in pattern:
        return "time"
    if pattern.startswith("^\\d{4}-\\d{2}-\\d{2}"):
        return "date"
    if pattern.startswith("^[a-z0-9]"):
        return "id"
    return ""


_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def _unaccented(value: str) -> str:
    """'; có phải "skhcn-ld"?' for an id typed with Vietnamese letters or capitals ('skhcn-lđ',
    'TinhDoan-BT') that is an id once written plainly; '' otherwise."""
    plain = unaccented(value)
    return (
        f'; có phải "{plain}"?' if plain != value and len(plain) >= 5 and _ID.match(plain) else ""
    )


def _as_printed(value: str, kind: str) -> str:
    """'; có phải "2027-Q3"?' for a time or date typed as documents print it ('Quý III/2027',
    '15/01/2027', 'Tháng 3 – 5/2027'), read as ``kehoach import`` reads it; '' when it is not
    read for sure (a day of a time, not a date; words around it)."""
    from .timephrase import read_time  # only for a value already wrong

    got = read_time(value)
    if not got.exact or got.value is None or got.value == value:
        return ""
    if kind == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", got.value):
        return ""
    return f'; có phải "{got.value}"?'


def to_problems(err, path: str) -> list[Problem]:
    found = _to_problems(err, path)
    if "propertyNames" in err.absolute_schema_path and isinstance(err.instance, str):
        # a key that is no valid name (``support_units: {Sở: …}``): at that key, not at the
        # mapping's first line
        at = (*err.absolute_path, err.instance, KEY)
        found = [Problem(p.path, p.line, p.col, p.code, p.level, p.message, at) for p in found]
    return found


def _to_problems(err, path: str) -> list[Problem]:
    jp = tuple(err.absolute_path)
    v, inst, sch = err.validator, err.instance, err.schema
    if v == "required":
        # jsonschema yields one error per missing key, each carrying the whole list
        missing = [k for k in err.validator_value if not isinstance(inst, dict) or k not in inst]
        named = [k for k in missing if err.message.startswith(repr(k))] or missing[:1]
        return [problem(path, "KH201", jp, f'Thiếu khóa bắt buộc "{k}" {_in(jp)}') for k in named]
    if v == "additionalProperties" and isinstance(inst, dict):
        allowed = list(sch.get("properties", {}))
        out = []
        for k in inst:
            if k not in allowed:
                near = close_matches(str(k), allowed, n=1, cutoff=0.6)
                split = _split_value(inst, k, allowed)
                hint = (
                    split
                    or (f'; có phải "{near[0]}"?' if near else "")
                    or f"; các khóa được phép: {', '.join(allowed)}"
                )
                out.append(
                    problem(
                        path,
                        "KH202",
                        jp + (k, KEY),
                        f'Khóa "{_short(str(k), 40)}" không hợp lệ {_in(jp)}{hint}',
                    )
                )
        return out
    if v == "type":
        want = (
            err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        )
        names = " hoặc ".join(_TYPES_VI.get(t) or str(t) for t in want)
        hint = ""
        if "string" in want and isinstance(inst, dict):
            hint = (
                "; câu có dấu ': ' hoặc mở đầu bằng '{' bị YAML đọc thành ánh xạ, hãy đặt cả giá trị "
                'trong nháy kép, ví dụ: - "… cụ thể như sau:"'
            )
        elif "string" in want and isinstance(inst, list) and _is_lead(jp):
            hint = _one_lead(inst, jp)
        elif "string" in want and isinstance(inst, list):
            hint = "; giá trị mở đầu bằng '[' bị YAML đọc thành danh sách, hãy đặt cả giá trị trong nháy kép"
        elif "array" in want and isinstance(inst, str):
            hint = "; viết thành danh sách, mỗi dòng bắt đầu bằng '- '"
        return [
            problem(
                path,
                "KH203",
                jp,
                f"Sai kiểu ở {_where(jp)}: cần {names}, nhận được {_TYPES_VI[_type_of(inst)]}{hint}",
            )
        ]
    if v in ("enum", "const"):
        allowed = err.validator_value if v == "enum" else [err.validator_value]
        shown = ", ".join(_show_value(a) for a in allowed)
        return [
            problem(
                path,
                "KH204",
                jp,
                f"Giá trị {_show(inst)} không được phép ở {_where(jp)}; chọn một trong: {shown}",
            )
        ]
    if v == "pattern" and err.validator_value == "\\S":  # a text of spaces only
        if inst == "":
            return []  # said once, by minLength
        return [problem(path, "KH206", jp, f"Giá trị ở {_where(jp)} không được để trống")]
    if v == "pattern":
        help_text = _PATTERN_HELP.get(_pattern_kind(sch), f"không khớp mẫu {err.validator_value}")
        if _is_lead(jp) and isinstance(inst, str) and "," in inst:
            ids = [part.strip(" []\"'") for part in inst.split(",")]
            help_text += _one_lead([i for i in ids if i], jp)
        elif _pattern_kind(sch) == "id" and isinstance(inst, str):
            help_text += _unaccented(inst)
        elif _pattern_kind(sch) in ("time", "date") and isinstance(inst, str):
            help_text += _as_printed(inst, _pattern_kind(sch))
        return [
            problem(
                path, "KH205", jp, f"Giá trị {quoted(_short(str(inst)))} ở {_where(jp)} {help_text}"
            )
        ]
    if v in ("anyOf", "oneOf"):
        return _alternatives(err, path, jp)
    messages = {
        "minItems": f"Danh sách {_where(jp)} cần ít nhất {err.validator_value} phần tử",
        "uniqueItems": f"Danh sách {_where(jp)} có phần tử trùng nhau",
        "minimum": f"Giá trị ở {_where(jp)} phải từ {err.validator_value} trở lên",
        "maximum": f"Giá trị ở {_where(jp)} không được lớn hơn {err.validator_value}",
        "minLength": f"Giá trị ở {_where(jp)} không được để trống",
    }
    return [
        problem(path, "KH206", jp, messages.get(v, f"Không hợp lệ ở {_where(jp)}: {err.message}"))
    ]


def _split_value(inst: dict, key: object, allowed: list) -> str:
    """The hint for a key that is a piece of the value before it, cut at a comma of a mapping on
    one line (``{item: Hội thi, cuộc thi, amount: 1000}``: YAML reads "cuộc thi" as a key without
    value): quote the whole value. "" when ``key`` is not such a piece."""
    if inst.get(key) is not None or not isinstance(key, str) or " " not in key.strip():
        return ""
    keys = list(inst)
    at = keys.index(key)
    start = at
    while start > 0 and keys[start - 1] not in allowed and inst[keys[start - 1]] is None:
        start -= 1
    owner = keys[start - 1] if start > 0 else None
    if owner not in allowed or not isinstance(inst[owner], str):
        return ""
    end = at
    while end + 1 < len(keys) and keys[end + 1] not in allowed and inst[keys[end + 1]] is None:
        end += 1
    whole = ", ".join([inst[owner], *map(str, keys[start : end + 1])])
    return (
        f"; dấu phẩy trong giá trị của {owner} viết trên một dòng {{…}} đã tách nó ra thành khóa: "
        f'đặt cả giá trị trong nháy kép, {owner}: "{_short(whole, 60)}"'
    )


def _is_lead(json_path: tuple) -> bool:
    """``json_path`` is the lead unit of an activity or a schedule item (``lead``)."""
    return bool(json_path) and json_path[-1] == "lead"


def _one_lead(ids: list, json_path: tuple) -> str:
    """The hint for several units written as the lead: one lead unit (chủ trì), the others
    leading with it (``co_leads``) or supporting (phối hợp)."""
    names = [str(i) for i in ids if isinstance(i, str | int)]
    if "schedule" in json_path:
        return "; mỗi mục lịch chỉ có một đơn vị chủ trì (`lead`), ghi một mã tổ chức"
    rest = ", ".join(names[1:])
    example = f": `lead: {names[0]}` và `co_leads: [{rest}]`" if len(names) >= 2 else ""
    return (
        "; `lead` là một đơn vị chủ trì: các đơn vị cùng chủ trì ghi ở `co_leads`"
        f"{example}; đơn vị phối hợp ghi ở `support`"
    )


def _alternatives(err, path: str, jp: tuple) -> list[Problem]:
    subs = list(err.context or [])
    if subs and all(s.validator == "required" for s in subs):
        keys = ", ".join(f'"{s.validator_value[0]}"' for s in subs)
        return [problem(path, "KH201", jp, f"Cần ít nhất một trong các khóa {keys} {_in(jp)}")]
    relevant = [s for s in subs if s.validator != "type" and not s.validator.endswith("Of")]
    if relevant:
        # the branch whose type matched: report its own (deepest) error
        best = max(relevant, key=lambda s: len(s.absolute_path))
        return to_problems(best, path)
    types = []
    for s in subs:
        want = s.validator_value if s.validator == "type" else None
        if isinstance(want, str):
            types.append(want)
    if types:
        names = " hoặc ".join(dict.fromkeys(_TYPES_VI.get(t, t) for t in types))
        return [
            problem(
                path,
                "KH203",
                jp,
                f"Sai kiểu ở {_where(jp)}: cần {names}, nhận được {_TYPES_VI[_type_of(err.instance)]}",
            )
        ]
    return [problem(path, "KH206", jp, f"Không hợp lệ ở {_where(jp)}")]
