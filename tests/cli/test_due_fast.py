"""The fast path of ``kehoach due`` (``cli.fast_due``, issue 14): without typer it prints exactly
what the typer command prints, on standard output and standard error, and exits with the same
code; whatever it does not read goes to the typer command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kehoach.cli import fast_due


def _both(cli, capsysbinary, args: list[str]) -> None:
    """The same bytes (CSV's CRLF included) on both streams, the same exit code."""
    assert fast_due.parse(args) is not None  # the fast path takes these options
    capsysbinary.readouterr()
    code = fast_due.run(args)
    out = capsysbinary.readouterr()
    typer_run = cli("due", *args)
    assert (code, out.out, out.err) == (
        typer_run.exit_code,
        typer_run.stdout_bytes,
        typer_run.stderr_bytes,
    )


CASES = [
    ["--today", "2023-09-20"],
    [".", "--today=2023-09-20", "--within", "3m", "-f", "json"],
    ["--today", "2023-09-20", "-k", "activity,plan", "--kind", "meeting", "--format", "csv"],
    ["--today", "2024-03-01", "--overdue", "--fail-on-overdue"],
    ["--today", "2023-01-01", "--all", "-p", "tinhdoan-bt", "--format=ics"],
    ["plans", "--today", "2023-06-01", "--from", "2023-05-01", "--to", "2023-12-31", "-w", "1m"],
    ["--today", "2023-09-20", "--strict", "-o", "-", "--within", "2w", "--within", "8w"],
]


@pytest.mark.parametrize("args", CASES)
def test_fast_path_prints_what_the_typer_command_prints(cli, capsysbinary, at_examples, args):
    _both(cli, capsysbinary, args)


def test_a_repository_with_errors_warns_the_same(cli, capsysbinary, at_examples):
    plan = next((at_examples / "plans").rglob("*.yaml"))
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("kind: plan", "kind: plan\nyear: x"), encoding="utf-8")
    for args in (["--today", "2023-09-20"], ["--today", "2023-09-20", "--strict", "-f", "json"]):
        _both(cli, capsysbinary, args)
    # --strict ran validate: its count holds for the next run
    assert "Cảnh báo: kho có 1 lỗi kiểm tra" in cli("due", "--today", "2023-09-20").stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-w3m"],
        ["--format", "nope"],
        ["--within", "-3d"],
        ["--today"],
        ["--unknown"],
    ],
)
def test_what_the_fast_path_does_not_read_goes_to_typer(args):
    assert fast_due.parse(args) is None


@pytest.mark.parametrize(
    "args", [["--today", "2023-02-30"], ["--party", "nobody"], ["-k", "nothing"]]
)
def test_an_error_to_report_is_left_to_typer_with_nothing_written(capsys, at_examples, args):
    assert fast_due.run(args) is None
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", "")


def test_the_fast_path_imports_neither_typer_nor_rich(at_examples):
    code = (
        "import sys; from kehoach.cli import main;"
        "c = main(['due', '--today', '2023-09-20', '-f', 'json']);"
        "print(c, sorted(m for m in ('typer', 'rich', 'click') if m in sys.modules), file=sys.stderr)"
    )
    env_run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=at_examples,
        capture_output=True,
        encoding="utf-8",
        env={"KEHOACH_NO_CACHE": "1", "PATH": "/usr/bin:/bin"},
    )
    assert env_run.stderr.strip().splitlines()[-1] == "0 []"
    assert env_run.stdout.startswith("{")


def test_every_option_of_the_typer_command_is_read():
    """The fast path's tables are ``cli.memo``'s for ``due``, which a test keeps equal to the
    typer command's parameters: an option added to the command cannot slip past either."""
    from kehoach.cli import memo

    for option in memo.VALUES["due"]:
        value = "json" if option in ("--format", "-f") else "x"
        assert fast_due.parse([option, value]) is not None, option
    for option in memo.FLAGS["due"]:
        assert fast_due.parse([option]) is not None, option
