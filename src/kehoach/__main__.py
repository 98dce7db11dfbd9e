"""``python -m kehoach``: the same command as ``kehoach`` (where the script is not on PATH)."""

from kehoach.cli import run

run()
