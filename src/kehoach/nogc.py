"""The cyclic garbage collector paused while a run builds many objects that hold no cycle.

Stamping 100,000 files, making their entries, loading them: each builds hundreds of thousands of
tuples, strings and records that reference nothing back. Reference counts free them as ever; the
collector's generational passes would only walk them again and again while they grow (at 100,000
files, half the time of stamping them). Cycles made meanwhile are collected once it runs again.
"""

from __future__ import annotations

import gc

# no other import: ``answers`` pauses it on the path of a remembered answer, which must start fast


class paused:  # noqa: N801 - used as a function: ``with paused(): ...``
    """The collector off inside the ``with`` block (as it was again after it: nested blocks, or a
    collector already off, are left as they are)."""

    __slots__ = ("was",)

    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was:
            gc.enable()
