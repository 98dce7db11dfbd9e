"""Standard modules imported when they are first used, not when another standard module imports
them for a use the command line never makes.

- ``inspect``: ``dataclasses`` imports it at its top, and ``inspect`` imports ``ast``, ``dis``,
  ``tokenize``, ``linecache``…: about 5.5 ms of CPU, 6 % of the editor's one-file ``validate``
  (docs/performance.md). ``dataclasses`` only calls it to write the docstring of a class that has
  none (``inspect.signature``), and every record kehoach builds on its paths has one.
- ``urllib.parse``: ``pathlib`` imports its ``quote_from_bytes`` at its top (for ``as_uri``), and
  ``urllib.parse`` imports ``ipaddress``: about 2 ms. The stand-in's ``quote_from_bytes`` is a
  function that imports the real module when it is called.

``defer`` (called by the command line, ``cli.main``: a program that imports kehoach as a library
keeps its modules as they are) puts a stand-in module under each name while the real one is not
imported yet. The first attribute anyone asks of a stand-in (but ``quote_from_bytes``) imports the
real module, puts it in its place in ``sys.modules`` and answers from it; so do later questions to
the stand-in (a module that imported it meanwhile keeps it). Whatever asks gets the same
functions; only a run that never asks never imports them.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # as typing's, without importing typing
if TYPE_CHECKING:
    from types import ModuleType as _Module
else:
    _Module = type(sys)  # types.ModuleType, without importing types

__all__ = ["defer", "defer_inspect"]

LATER = ("inspect", "urllib.parse")


class _Later(_Module):
    """The stand-in: every attribute from the real module, imported on first use."""

    def __getattr__(self, name: str):
        if name == "__path__":  # asked by every ``from … import``: neither module is a package
            raise AttributeError(name)
        return getattr(_real(self), name)


def _real(stand_in: _Later):
    name = stand_in.__name__
    if sys.modules.get(name) is stand_in:
        del sys.modules[name]
    import importlib

    return importlib.import_module(name)


def _quote_from_bytes(*args, **kwargs):
    """``urllib.parse.quote_from_bytes``, the real module imported on the first call."""
    import urllib.parse

    parse = sys.modules["urllib.parse"]
    real = _real(parse) if isinstance(parse, _Later) else urllib.parse
    return real.quote_from_bytes(*args, **kwargs)


def defer() -> None:
    """Put a stand-in under each of ``LATER`` whose real module is not imported yet."""
    for name in LATER:
        if name in sys.modules:
            continue
        stand_in = _Later(name)
        sys.modules[name] = stand_in
        if name == "urllib.parse":
            stand_in.quote_from_bytes = _quote_from_bytes  # type: ignore[attr-defined]
            import urllib  # the package (empty): ``urllib.parse`` is found through it too

            urllib.parse = stand_in


defer_inspect = defer  # the name the first version had
