"""The fast path of ``kehoach validate`` (``cli.fast``, issue 14): without typer it prints exactly
what the typer command prints, exits with the same code, and is never answered from a stale
cache."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from helpers import PLAN
from kehoach.cli import fast, main
from kehoach.io import cache

BAD = PLAN.replace("lead: td", "lead: xx")  # an unknown org: KH401, same size as PLAN
WARNED = PLAN.replace("title: Hội thi", "title: TODO Hội thi")  # a placeholder: KH418, a warning


@pytest.fixture
def at_repo(repo, monkeypatch):
    monkeypatch.chdir(repo)
    return repo


def _both(cli, capsys, args: list[str]) -> None:
    """Run ``validate args`` through the fast path and through typer: same output, same code."""
    assert fast.parse(args) is not None  # the fast path takes these options
    capsys.readouterr()
    code = main(["validate", *args])
    out = capsys.readouterr()
    typer_run = cli("validate", *args)
    assert (code, out.out) == (typer_run.exit_code, typer_run.stdout)


@pytest.mark.parametrize("fmt", ["text", "parsable", "json", "github"])
@pytest.mark.parametrize("content", [PLAN, BAD, WARNED])
def test_fast_path_prints_what_the_typer_command_prints(cli, capsys, at_repo, fmt, content):
    (at_repo / "plans/2022/kh.yaml").write_text(content, encoding="utf-8")
    for args in (
        ["--format", fmt],
        [f"--format={fmt}", "plans/2022/kh.yaml"],
        ["-f", fmt, "--strict", "plans/2022/kh.yaml", "orgs.yaml"],
        ["-f", fmt, "--no-cache", "."],
    ):
        _both(cli, capsys, args)  # cold, then
        _both(cli, capsys, args)  # answered from the cache


def test_fast_path_writes_the_same_file(cli, capsys, at_repo, tmp_path):
    (at_repo / "plans/2022/kh.yaml").write_text(BAD, encoding="utf-8")
    assert main(["validate", "-f", "json", "-o", str(tmp_path / "a.json")]) == 1
    assert cli("validate", "-f", "json", "-o", str(tmp_path / "b.json")).exit_code == 1
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-h"],
        ["--format", "xml"],
        ["--bogus"],
        ["-f"],
        ["-o", ""],
        ["--", "x.yaml"],
    ],
)
def test_anything_else_is_left_to_typer(args):
    assert fast.parse(args) is None


def test_errors_are_reported_by_typer_in_its_words(cli, capsys, at_repo):
    code = main(["validate", "-f", "parsable", "khong-co.yaml"])  # no such file
    err = capsys.readouterr().err
    typer_run = cli("validate", "-f", "parsable", "khong-co.yaml")
    assert code == typer_run.exit_code == 2
    assert err.strip() == typer_run.stderr.strip() != ""


def test_one_file_edited_keeping_size_and_mtime_is_not_answered_from_the_cache(capsys, at_repo):
    plan = at_repo / "plans/2022/kh.yaml"
    assert main(["validate", "-f", "parsable", "plans/2022/kh.yaml"]) == 0
    assert main(["validate", "-f", "parsable", "plans/2022/kh.yaml"]) == 0  # from the cache
    st = plan.stat()
    plan.write_text(BAD, encoding="utf-8")
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns))  # a coarse clock: mtime unchanged
    capsys.readouterr()
    assert main(["validate", "-f", "parsable", "plans/2022/kh.yaml"]) == 1
    assert "KH401" in capsys.readouterr().out


def test_recent_runs_are_kept_each_under_its_key(at_repo, monkeypatch):
    """The whole repository and one file, alternately (an editor and a hook): each is answered
    from its own record, nothing loaded again."""
    assert main(["validate", "-f", "parsable"]) == 0
    assert main(["validate", "-f", "parsable", "plans/2022/kh.yaml"]) == 0
    loads = []
    monkeypatch.setattr(cache.ValidationCache, "_shard", lambda self, n: loads.append(n) or {})
    for args in ([], ["plans/2022/kh.yaml"], []):
        assert main(["validate", "-f", "parsable", *args]) == 0
    assert loads == []


@pytest.mark.parametrize("fmt", [[], ["-f", "parsable"]])  # the default text, as a hook runs it
def test_the_fast_path_imports_neither_typer_nor_rich(at_repo, fmt):
    code = (
        f"import sys; from kehoach.cli import main; code = main(['validate', *{fmt!r}]);"
        "print(code, sorted(m for m in ('typer', 'rich', 'jinja2', 'click') if m in sys.modules))"
    )
    for _ in range(2):  # cold, then answered from the cache
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
        ).stdout
        assert out.split("\n")[-2] == "0 []"


def test_outside_a_repository_both_paths_say_so(cli, capsys, tmp_path, monkeypatch):
    """No kehoach.yaml or orgs.yaml around the file: both paths name the folder taken as the root
    on stderr, cold and answered from the cache."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kh.yaml").write_text(PLAN, encoding="utf-8")
    for _ in range(2):
        capsys.readouterr()
        code = main(["validate", "-f", "parsable", "kh.yaml"])
        out = capsys.readouterr()
        typer_run = cli("validate", "-f", "parsable", "kh.yaml")
        assert (code, out.out) == (typer_run.exit_code, typer_run.stdout)
        assert "Lưu ý:" in out.err and out.err.strip() == typer_run.stderr.strip()
