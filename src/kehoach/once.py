"""``once``: a function computed once per process for each set of arguments, as
``functools.cache`` — without importing ``functools``, whose import (``collections``, ``types``…)
costs ~2 ms of the ~20 ms a remembered answer takes (``answers``); the modules of that path use
this one. Computed once too: ``cached``, an attribute of an object worked out on first use
(``functools.cached_property`` without its lock), and ``LazyPattern``, a pattern compiled on
first use."""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's, without importing typing
if TYPE_CHECKING:
    import re
    from collections.abc import Callable


def once(function: Callable) -> Callable:
    """``function`` remembered by its (hashable, positional) arguments; ``.cache_clear()``
    forgets. An exception is not remembered."""
    saved: dict = {}

    def remembered(*args):
        try:
            return saved[args]
        except KeyError:
            value = saved[args] = function(*args)
            return value

    remembered.cache_clear = saved.clear  # type: ignore[attr-defined]
    remembered.__wrapped__ = function  # type: ignore[attr-defined]
    remembered.__name__ = function.__name__
    remembered.__qualname__ = function.__qualname__
    remembered.__doc__ = function.__doc__
    return remembered


class _Cached:
    """``functools.cached_property`` without its lock: Python 3.11's takes one on every first
    look-up (the ids of a thousand documents, looked up once in every ``validate``: ~0.5 ms more).
    The value is a function of the object alone, so two threads working it out at once is
    harmless (Python 3.12 dropped the lock too). A non-data descriptor, as cached_property: the
    value is kept in the object's ``__dict__`` under the same name, so that later look-ups find it
    there without calling anything."""

    def __init__(self, function: Callable) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


if TYPE_CHECKING:
    from functools import cached_property as cached
else:
    cached = _Cached


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time it is used (``search``,
    ``finditer``…): a module whose patterns most runs never need (the text scan says so first; a
    one-file ``validate`` never writes a DOCX) does not compile them in every run. The methods a
    pattern is used through are its own (a call; any other attribute is looked up on the compiled
    pattern): not a failed look-up and ``__getattr__`` on every use, which would cost a pattern
    used in a loop more than it saves."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        compiled = self._compiled
        if compiled is None:
            import re

            compiled = self._compiled = re.compile(*self._args)
        return compiled

    def match(self, *args):
        return (self._compiled or self.compiled()).match(*args)

    def fullmatch(self, *args):
        return (self._compiled or self.compiled()).fullmatch(*args)

    def search(self, *args):
        return (self._compiled or self.compiled()).search(*args)

    def finditer(self, *args):
        return (self._compiled or self.compiled()).finditer(*args)

    def findall(self, *args):
        return (self._compiled or self.compiled()).findall(*args)

    def sub(self, *args):
        return (self._compiled or self.compiled()).sub(*args)

    def subn(self, *args):
        return (self._compiled or self.compiled()).subn(*args)

    def split(self, *args):
        return (self._compiled or self.compiled()).split(*args)

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)
