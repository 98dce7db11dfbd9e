"""Replace a file atomically: write a temporary file in the same folder, then rename it.

Temporary files are named ``.kehoach-<pid>-….tmp``. One left behind by a process that was killed
(``SIGKILL``, a power cut) is removed by the next process that writes into the same folder, once
its own process is gone (each process looks once per folder: a cold run writes hundreds of cache
files into one); ``SIGTERM`` and ``SIGHUP`` end a write cleanly (see ``signals``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import time
from collections.abc import Iterable

from ..once import LazyPattern

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    import re

PREFIX = ".kehoach-"
STALE_SECONDS = 60
_OWNED = LazyPattern(r"^\.kehoach-(\d+)-.*\.tmp$")  # compiled when a leftover is met
_SWEPT: set[str] = set()  # folders this process has looked in for leftovers


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def alive(pid: int) -> bool:
    """A process ``pid`` exists (on this machine)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def stale(name: str, path: str, pattern: re.Pattern | LazyPattern = _OWNED) -> bool:
    """A leftover of a process that is gone, older than a minute."""
    m = pattern.match(name)
    if not m or int(m.group(1)) == os.getpid() or alive(int(m.group(1))):
        return False
    try:
        return time.time() - os.lstat(path).st_mtime > STALE_SECONDS
    except OSError:
        return False


def sweep(folder: str) -> None:
    """Remove the temporary files killed processes left in ``folder``."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith(PREFIX) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        path = os.path.join(folder, name)
        if stale(name, path):
            with contextlib.suppress(OSError):
                os.unlink(path)


@contextlib.contextmanager
def signals():
    """While the block runs, ``SIGTERM`` and ``SIGHUP`` raise ``SystemExit`` (exit code 128 + the
    signal), so that ``finally`` blocks remove temporary files. Only in the main thread (elsewhere
    ``signal.signal`` refuses: the defaults stay)."""
    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s]
    previous = {}

    def stop(signum, frame):
        raise SystemExit(128 + signum)

    try:
        for sig in wanted:
            previous[sig] = signal.signal(sig, stop)
    except (ValueError, OSError):  # not allowed here (not the main thread): leave the defaults
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(sig, handler)
        previous.clear()
    try:
        yield
    finally:
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(sig, handler)


_FLAGS = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
)


def temporary(folder: str) -> tuple[int, str]:
    """A new private (0600) file in ``folder``, named for this process (a leftover of a killed
    process is swept: ``sweep``), and its path: as ``tempfile.mkstemp`` makes it, without importing
    ``tempfile`` (``shutil``, ``random``…: ~2 ms of every run that writes its cache)."""
    for _ in range(100):
        path = os.path.join(folder, f"{PREFIX}{os.getpid()}-{os.urandom(6).hex()}.tmp")
        try:
            return os.open(path, _FLAGS, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no temporary name left in {folder}")


def _mode(path: str) -> int:
    """The permissions the new file gets: those of the file it replaces (a file kept 0640 stays
    so), else what a plain ``open()`` would give (the temporary file is made 0600)."""
    try:
        st = os.stat(path)
    except OSError:
        return 0o666 & ~_umask()
    return st.st_mode & 0o7777 if stat.S_ISREG(st.st_mode) else 0o666 & ~_umask()


def write_atomic(path: str, data: bytes | Iterable[bytes]) -> None:
    """Atomically replace ``path`` with ``data`` (bytes, or pieces written as they come);
    ``OSError`` when it cannot."""
    folder = os.path.dirname(os.path.abspath(path))
    if folder not in _SWEPT:
        sweep(folder)
        _SWEPT.add(folder)
    with signals():
        fd, tmp = temporary(folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                if isinstance(data, bytes | bytearray):
                    fh.write(data)
                else:
                    for piece in data:
                        fh.write(piece)
            os.chmod(tmp, _mode(path))
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
