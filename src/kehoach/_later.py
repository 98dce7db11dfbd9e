"""``inspect`` imported when it is first used, not when ``dataclasses`` is imported.

``dataclasses`` imports ``inspect`` at its top, and ``inspect`` imports ``ast``, ``dis``,
``tokenize``, ``linecache``…: about 5.5 ms of CPU, 6 % of the editor's one-file ``validate``
(docs/performance.md). ``dataclasses`` only calls it to write the docstring of a class that has
none (``inspect.signature``), and every record kehoach builds on its paths has one.

``defer_inspect`` (called by the command line, ``cli.main``: a program that imports kehoach as a
library keeps its ``inspect`` as it is) puts a stand-in module under the name
``inspect`` while the real one is not imported yet. The first attribute anyone asks of the
stand-in imports the real module, puts it in its place in ``sys.modules`` and answers from it; so
do later questions to the stand-in (a module that imported it meanwhile keeps it). Whatever asks
for ``inspect`` gets the same functions; only a run that never asks never imports it.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # as typing's, without importing typing
if TYPE_CHECKING:
    from types import ModuleType as _Module
else:
    _Module = type(sys)  # types.ModuleType, without importing types

__all__ = ["defer_inspect"]


class _Later(_Module):
    """The stand-in: every attribute from the real ``inspect``, imported on first use."""

    def __getattr__(self, name: str):
        return getattr(_real(self), name)


def _real(stand_in: object):
    if sys.modules.get("inspect") is stand_in:
        del sys.modules["inspect"]
    import importlib

    return importlib.import_module("inspect")


def defer_inspect() -> None:
    """Put the stand-in under ``inspect`` unless the real module is imported already."""
    if "inspect" not in sys.modules:
        sys.modules["inspect"] = _Later("inspect")
