"""One error root for "cannot continue" situations; caught once in the CLI."""

from __future__ import annotations

EXIT_DATA = 1
EXIT_USAGE = 2


class KehoachError(Exception):
    """A user-facing error (Vietnamese message) that stops the command with exit code 2."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


class DataError(KehoachError):
    """What was asked is refused by the repository's data (a number already used, a document
    already issued under another number): exit code 1, as for errors in the data."""

    exit_code = EXIT_DATA
