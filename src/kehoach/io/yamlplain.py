"""What an untagged plain scalar means — ``2023`` an int, ``true`` a bool, ``2023-06-30`` a string —
decided as PyYAML's safe loader decides it, without importing ``yaml`` (the package imports every
part of itself: ~8 ms of every run, most of it compiling one regular expression).

``RESOLVERS`` is PyYAML's table of implicit resolvers (``yaml.resolver.Resolver``), copied pattern
for pattern, without the timestamp resolver (kehoach keeps dates as written:
``yamlload.Loader``); ``construct`` is ``SafeConstructor``'s for the four tags they give. A test
keeps both equal to the installed PyYAML's (``tests/unit/test_yaml_plain.py``). The one pass
(``yamlfast``) and the C loader (``_cyaml.c``) call ``plain``; the composing loader
(``yamlload``), for unusual files, is PyYAML's own.
"""

from __future__ import annotations

import re

STR = "tag:yaml.org,2002:str"
_BOOL, _INT, _FLOAT, _NULL = (
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:null",
)
_BOOL_RX = re.compile(
    """^(?:yes|Yes|YES|no|No|NO
                    |true|True|TRUE|false|False|FALSE
                    |on|On|ON|off|Off|OFF)$""",
    re.X,
)
_FLOAT_RX = re.compile(
    """^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*
                    |[-+]?\\.(?:inf|Inf|INF)
                    |\\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT_RX = re.compile(
    """^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$""",
    re.X,
)
_MERGE_RX = re.compile("^(?:<<)$")
_NULL_RX = re.compile(
    """^(?: ~
                    |null|Null|NULL
                    | )$""",
    re.X,
)
_VALUE_RX = re.compile("^(?:=)$")
_YAML_RX = re.compile("^(?:!|&|\\*)$")


def _table() -> dict[str, list[tuple[str, re.Pattern]]]:
    table: dict[str, list[tuple[str, re.Pattern]]] = {}
    for tag, rx, firsts in (  # in PyYAML's order of registration (the first match wins)
        (_BOOL, _BOOL_RX, "yYnNtTfFoO"),
        (_FLOAT, _FLOAT_RX, "-+0123456789."),
        (_INT, _INT_RX, "-+0123456789"),
        ("tag:yaml.org,2002:merge", _MERGE_RX, "<"),
        (_NULL, _NULL_RX, ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:value", _VALUE_RX, "="),
        ("tag:yaml.org,2002:yaml", _YAML_RX, "!&*"),
    ):
        for first in firsts:
            table.setdefault(first, []).append((tag, rx))
    return table


RESOLVERS = _table()
# ``resolvable_lengths()``, written out: working it out parses the seven patterns again (~0.6 ms
# of every run that reads a file); a test keeps the two equal, and equal to PyYAML's
LENGTHS: dict[str, int] = {
    **dict.fromkeys("yYnNtTfFoO", 6),
    **dict.fromkeys("-+0123456789.", -1),
    "<": 3,
    "~": 5,
    "=": 2,
    **dict.fromkeys("!&*", 2),
}
RESOLVED: dict[str, str] = {}  # plain scalar → its tag; bounded (shared with ``yamlload``)
_BOOLS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}


def resolve(value: str) -> str:
    """The tag of the plain scalar ``value`` (``Resolver.resolve`` for an implicit scalar)."""
    tag = RESOLVED.get(value)
    if tag is None:
        tag = STR
        for candidate, rx in RESOLVERS.get(value[:1], ()):
            if rx.match(value):
                tag = candidate
                break
        if len(RESOLVED) < 65536:
            RESOLVED[value] = tag
    return tag


class NotPlain(Exception):
    """A plain scalar of a tag the one pass leaves to the composing loader (``<<``, ``=``…)."""


def construct(tag: str, value: str):
    """The value of ``value`` resolved to ``tag`` (``SafeConstructor.construct_yaml_*``)."""
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _BOOLS[value.lower()]
    if tag == _INT:
        return _int(value)
    if tag == _FLOAT:
        return _float(value)
    raise NotPlain(tag)


def _sign(value: str) -> tuple[int, str]:
    sign = -1 if value[0] == "-" else +1
    return sign, value[1:] if value[0] in "+-" else value


def _int(value: str) -> int:
    sign, value = _sign(value.replace("_", ""))
    if value == "0":
        return 0
    if value.startswith("0b"):
        return sign * int(value[2:], 2)
    if value.startswith("0x"):
        return sign * int(value[2:], 16)
    if value[0] == "0":
        return sign * int(value, 8)
    if ":" in value:
        return sign * _base60(value, int)
    return sign * int(value)


def _base60(value: str, number):
    """``190:20:30`` read in base 60, each part made a ``number`` (``int``, ``float``), summed
    from the last as PyYAML sums them."""
    total, base = number(0), 1
    for part in reversed(value.split(":")):
        total += number(part) * base
        base *= 60
    return total


_INF = 1e300
while _INF != _INF * _INF:  # PyYAML's infinity, computed the same way
    _INF *= _INF


def _float(value: str) -> float:
    sign, value = _sign(value.replace("_", "").lower())
    if value == ".inf":
        return sign * _INF
    if value == ".nan":
        return -_INF / _INF  # PyYAML's nan_value
    if ":" in value:
        return sign * _base60(value, float)
    return sign * float(value)


def printable(value):
    """``value``, unless it is an int with more digits than Python writes in decimal (4,300):
    written in octal or hexadecimal (``0o…``, ``0x…``), such an int is built without complaint but
    breaks whatever prints it later (a message, a document) — ``ValueError`` as for a decimal one."""
    if type(value) is int and value.bit_length() > 14_000:  # 4,214 decimal digits or more
        str(value)  # ValueError beyond the limit
    return value


def resolvable_lengths() -> dict[str, int] | None:
    """For each first character the implicit resolvers key on, the longest plain scalar (in
    characters) one of them can match, from the width of their patterns (-1: no bound: ints,
    floats): a longer plain scalar is a string without asking them ("Tổ chức…" starts like "True"
    but no boolean is that long). ``None`` when a resolver keys on something else than one ASCII
    character (the C loader could not be used). The C loader is given ``LENGTHS``, the same."""
    from re import _parser  # type: ignore[attr-defined]  # the regex parser: widths of patterns

    widths: dict[tuple, int] = {}  # 7 patterns for 30 first characters: each read once
    out: dict[str, int] = {}
    for first, resolvers in RESOLVERS.items():
        if not isinstance(first, str) or len(first) > 1 or not first.isascii():
            return None
        if not first:
            continue  # the empty scalar: always resolved (null)
        longest = 0
        for _tag, rx in resolvers:
            key = (rx.pattern, rx.flags)
            if key not in widths:
                try:
                    widths[key] = _parser.parse(rx.pattern, rx.flags).getwidth()[1]
                except Exception:  # noqa: BLE001 - a pattern the private parser cannot read
                    widths[key] = _parser.MAXREPEAT
            longest = max(longest, widths[key] + 1)  # "$" also matches before a final line break
        out[first] = longest if longest < 1_000_000 else -1
    return out
