"""Work done in a forked child while this process goes on (``io.cache``: a cold run of a large
repository writes its cache shards there while the cross-document checks run here, on the other
core). The child shares this process's memory as it was at the fork, writes only files, and ends
with ``os._exit``: nothing buffered here (standard output…) is written twice, no exit handler runs
twice. The caller waits for it with ``Child.succeeded`` and does the work itself when it failed."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable


class Child:
    """A forked child doing one piece of work."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def succeeded(self) -> bool:
        """Wait for the child: True when its work ran to the end."""
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return False
        return os.waitstatus_to_exitcode(status) == 0


def start(work: Callable[[], None]) -> Child | None:
    """Run ``work()`` in a forked child; None where no child can be had (no ``fork`` on this
    platform, or the system refuses one): the caller then does the work itself."""
    if not hasattr(os, "fork"):
        return None
    for stream in (sys.stdout, sys.stderr):  # what is buffered now is written once, here
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid != 0:
        return Child(pid)
    code = 1
    try:  # the child: the work, then out without running anything of the parent's
        work()
        code = 0
    except BaseException:  # noqa: BLE001 - the parent does the work again and reports what fails
        pass
    finally:
        os._exit(code)
