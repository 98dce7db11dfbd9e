"""What every generated schema validator calls (``schemacode``: the code of ``kehoach._validators``
and of a validator built at run time imports these): one copy, not one per generated module."""

from __future__ import annotations


class Fail(Exception):
    """A branch of an anyOf that does not hold."""


def freeze(x):
    """``x`` as a hashable value, as fastjsonschema compares items for uniqueItems."""
    if isinstance(x, str):
        return x
    if hasattr(x, "items"):
        return frozenset(dict((k, freeze(v)) for k, v in x.items()).items())
    if isinstance(x, (dict, list)):
        return tuple(freeze(v) for v in x)
    return (bool, x) if isinstance(x, bool) else x


def matches(pattern, memo, text):
    """``pattern`` matches ``text`` (remembered: the same ids and dates recur in every file)."""
    if pattern.search(text) is None:
        return False
    if len(memo) < 4096:
        memo.add(text)
    return True


def unique(items):
    """No two of ``items`` are equal as fastjsonschema compares them (``freeze``)."""
    seen = set()
    for x in items:
        key = freeze(x)
        if key in seen:
            return False
        seen.add(key)
    return True
