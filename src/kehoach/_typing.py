"""What modules on the editor's path (``validate FILE``, ``due``) take from ``typing`` at run time,
without importing ``typing``: its import costs ~2.5 ms of CPU, 2–3 % of the editor's one-file
``validate`` (docs/performance.md). A module keeps the real names for type checkers::

    TYPE_CHECKING = False  # as typing's, without importing typing
    if TYPE_CHECKING:
        from typing import NamedTuple, overload
    else:
        from kehoach._typing import NamedTuple, overload

- ``NamedTuple``: a record written in class syntax (fields annotated, defaults, methods,
  docstring) made into a ``collections.namedtuple``, as ``typing.NamedTuple`` makes it;
- ``overload``: the decorator, doing at run time what ``typing.overload``'s run-time use needs
  here (nothing: the last definition, the implementation, is the one kept);
- ``Protocol``: ``object`` — a structural type for the checker only (no ``isinstance``).
"""

from __future__ import annotations

import collections

__all__ = ["NamedTuple", "Protocol", "overload"]

_OWN = frozenset(("__annotations__", "__module__", "__qualname__", "__orig_bases__", "__dict__"))


class _Maker(type):
    """Makes ``class X(NamedTuple): ...`` a namedtuple of its annotated fields."""

    def __new__(mcs, name: str, bases: tuple, namespace: dict):
        if not bases:  # NamedTuple itself
            return super().__new__(mcs, name, bases, namespace)
        fields = list(namespace.get("__annotations__", {}))
        defaults = [namespace[f] for f in fields if f in namespace]
        if any(f not in namespace for f in fields[len(fields) - len(defaults) :]):
            raise TypeError(f"{name}: a field without a default after one with a default")
        make = collections.namedtuple  # called with names known at run time only
        made = make(name, fields, defaults=defaults, module=namespace.get("__module__"))
        made.__qualname__ = namespace.get("__qualname__", name)
        for key, value in namespace.items():
            if key not in _OWN and key not in fields:
                setattr(made, key, value)
        return made


class NamedTuple(metaclass=_Maker):
    """Base of a record written in class syntax: the class made is a ``collections.namedtuple``."""


Protocol = object


def overload(func):
    """``typing.overload`` at run time: the overloads are for the type checker only."""
    return func
