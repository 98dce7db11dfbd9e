"""The tests of one JSON Schema's value keywords as Python expressions over a variable — type,
enum, minLength, pattern, minimum/maximum, minItems/maxItems/uniqueItems, required, no additional
properties — for the validator source ``schemacode`` writes. Constants (enum sets, compiled
patterns) are named by the caller's ``const``."""

from __future__ import annotations

from collections.abc import Callable

from .once import LazyPattern

DOLLAR = LazyPattern(r"(?<!\\)\$")  # fastjsonschema's: an unescaped $ ends only at the very end
_TYPES = {
    "string": "isinstance({v}, str)",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, (list, tuple))",
    "boolean": "isinstance({v}, bool)",
    "null": "{v} is None",
    "integer": "(isinstance({v}, int) and not isinstance({v}, bool)"
    " or isinstance({v}, float) and {v}.is_integer())",
    # YAML numbers are int or float (no Decimal: ``decimal`` costs every run ~1 ms to import)
    "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
}
_NUMBER = _TYPES["number"]


class Unsupported(Exception):
    """The schema uses something this generator does not compile."""


def set_source(values) -> str:
    """The source of a frozenset of ``values``, always written in the same order."""
    return f"frozenset({sorted(values)!r})"


def value_tests(s: dict, v: str, const: Callable[..., str]) -> list[str]:
    """The expressions that must all hold for ``v`` against the value keywords of ``s``."""
    out: list[str] = []
    kind = s.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not kinds or any(k not in _TYPES for k in kinds):
            raise Unsupported(f"type {kind!r}")
        tests = [_TYPES[k].format(v=v) for k in kinds]
        out.append(tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")")
    if "enum" in s:
        values = s["enum"]
        if not isinstance(values, list) or not all(isinstance(x, str) for x in values):
            raise Unsupported("enum")
        choices = const(set_source(values), "frozenset[str]")
        out.append(f"isinstance({v}, str) and {v} in {choices}")
    string = kind == "string"
    if "minLength" in s:
        test = f"len({v}) >= {int(s['minLength'])}"
        out.append(test if string else f"(not isinstance({v}, str) or {test})")
    if "pattern" in s:
        fixed = DOLLAR.sub(r"\\Z", s["pattern"])
        regex = const(f"re.compile({fixed!r})")
        memo = const(f"set()  # strings {regex} matched", "set[str]")
        test = f"({v} in {memo} or _matches({regex}, {memo}, {v}))"
        out.append(test if string else f"(not isinstance({v}, str) or {test})")
    numeric = kind in ("integer", "number")
    for key, op in (("minimum", ">="), ("maximum", "<=")):
        if key in s:
            bound = s[key]
            if not isinstance(bound, (int, float)) or isinstance(bound, bool):
                raise Unsupported(key)
            test = f"{v} {op} {bound!r}"
            out.append(test if numeric else f"(not {_NUMBER.format(v=v)} or {test})")
    array = kind == "array"
    for key in ("minItems", "maxItems", "uniqueItems"):
        if key in s:
            if key == "minItems":
                test = f"len({v}) >= {int(s[key])}"
            elif key == "maxItems":
                test = f"len({v}) <= {int(s[key])}"
            elif s[key] is True:
                test = f"_unique({v})"
            else:
                continue
            out.append(test if array else f"(not isinstance({v}, (list, tuple)) or {test})")
    mapping = kind == "object"
    if s.get("required"):
        test = " and ".join(f"{k!r} in {v}" for k in s["required"])
        out.append(f"({test})" if mapping else f"(not isinstance({v}, dict) or ({test}))")
    if s.get("additionalProperties", True) is not True:
        test = f"not {v}"  # no properties: no key allowed
        out.append(test if mapping else f"(not isinstance({v}, dict) or {test})")
    return out
