"""One error root for "cannot continue" situations; caught once in the CLI."""

from __future__ import annotations

EXIT_USAGE = 2


class KehoachError(Exception):
    """A user-facing error (Vietnamese message) that stops the command with exit code 2."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
