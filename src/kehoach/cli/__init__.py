"""Command-line entry point. ``--version`` answers before anything heavy is imported; every other
command goes through the typer app, and ``KehoachError`` is caught here, once."""

from __future__ import annotations

import os
import sys

from .. import __version__


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        sys.stdout.write(f"kehoach {__version__}\n")
        return 0
    from ..errors import EXIT_USAGE, KehoachError
    from .app import app

    try:
        app(args=args, prog_name="kehoach")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KehoachError as exc:
        _error(exc.message, exc.hint)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("KEHOACH_DEBUG"):
            raise
        _error(
            f"Lỗi nội bộ của kehoach ({type(exc).__name__}: {exc}). "
            "Chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi cho nhóm phát triển."
        )
        return EXIT_USAGE
    return 0


def _error(message: str, hint: str | None = None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(f"[bold red]Lỗi:[/] {escape(message)}")
    if hint:
        console.print(f"[dim]{escape(hint)}[/]")


def run() -> None:  # console_scripts may call main() and use its return value
    sys.exit(main())
