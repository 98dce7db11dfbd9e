"""The command-line layer: one module per command; each parses its options, calls one use case
(``run_<command>``) and hands the result to a format and ``emit``. ``--version`` answers before
anything heavy is imported, and so does a ``validate``, ``due`` or ``who`` asked again with nothing
changed (``memo``: the remembered answer's bytes written back); ``KehoachError`` is caught once,
inside the app (``app``)."""

from __future__ import annotations

import os
import sys

from .. import __version__
from ..errors import EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        sys.stdout.write(f"kehoach {__version__}\n")
        return 0
    # imported here, after ``--version``: that answer imports nothing of kehoach
    from .._later import defer
    from .memo import VALUES, remembered

    defer()  # ``dataclasses``, ``pathlib`` would import modules for nothing (``_later``)

    if args[:1] and args[0] in VALUES:
        try:
            return remembered(args, _dispatch)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:  # a remembered answer written to a reader that went away
            return reader_gone()
    return _dispatch(args)


def _dispatch(args: list[str]) -> int:
    """Run the command line ``args``: its exit code; a defect is said as "Lỗi nội bộ" (exit 2)."""
    try:
        if args[:1] == ["validate"]:
            # the pre-commit and editor path: no typer, rich or other commands to import
            from .fast import run as run_fast

            code = run_fast(args[1:])
            if code is not None:
                return code
        elif args[:1] == ["due"]:
            # the agenda a script or a calendar job asks for: no typer either
            from .fast_due import run as run_fast_due

            code = run_fast_due(args[1:])
            if code is not None:
                return code
        from .app import app

        app(args=args, prog_name="kehoach")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return reader_gone()
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("KEHOACH_DEBUG"):
            raise
        from .app import report_error

        report_error(
            f"Lỗi nội bộ của kehoach ({type(exc).__name__}: {exc}). "
            "Chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi cho nhóm phát triển."
        )
        return EXIT_USAGE
    return 0


def reader_gone() -> int:
    """The reader of the output went away (``kehoach due | head``): not a defect of kehoach, and
    no one is left to read a message. Exit 1 without one, as the typer commands do (click's rule);
    standard output and error now lead to the null device, so that the flush when Python exits
    says nothing either. A run that ends so is never remembered (``memo.Recorder``)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return 1
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(null, stream.fileno())
        except (OSError, ValueError, AttributeError):  # no file behind it (a test's capture)
            pass
    os.close(null)
    return 1


def run() -> None:  # console_scripts may call main() and use its return value
    leave(main())


def leave(code: int) -> None:
    """End the process with ``code`` once what must happen at exit has happened — the ``atexit``
    functions (``weakref.finalize`` among them: temporary folders), standard output and error
    flushed — without tearing the interpreter down: freeing every object of the run one by one,
    and a last collection over them, takes ~10 % of a one-file ``validate`` (12 of 125 ms in a
    repository of 1,000 plans) and more the more a run loaded. A reader that went away is exit 1
    (``reader_gone``); anything else unusual (a flush that fails on a full disk) exits the
    ordinary way, which reports it."""
    import atexit

    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    # another Python, or a profiler or tracer around the run (``python -m cProfile``, a debugger):
    # the ordinary way, so that it writes what it gathered when the program ends
    if run_exitfuncs is None or sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)
    run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BrokenPipeError:
        os._exit(reader_gone())
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)
