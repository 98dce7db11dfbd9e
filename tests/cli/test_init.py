"""``kehoach init``: the skeleton, refusal of non-empty folders, never overwriting, git init."""

from __future__ import annotations

import json
import shlex

import pytest
import yaml
from typer.testing import CliRunner

from helpers import run
from kehoach.cli.app import app
from kehoach.errors import KehoachError
from kehoach.init.run import SKELETON, scaffold

runner = CliRunner()


def cli(*args: str) -> tuple[int, str]:
    """Exit code and output, with KehoachError mapped to exit 2 as ``kehoach.cli.main`` does."""
    result = runner.invoke(app, list(args))
    if isinstance(result.exception, KehoachError):
        return 2, result.output + result.exception.message
    return result.exit_code, result.output


EXPECTED = {
    "kehoach.yaml",
    "orgs.yaml",
    "README.md",
    ".gitignore",
    ".pre-commit-config.yaml",
    ".vscode/settings.json",
    "programs/.gitkeep",
    "plans/.gitkeep",
}


@pytest.mark.external
def test_init_creates_a_repository_that_validates(tmp_path):
    target = tmp_path / "kho"
    result = runner.invoke(app, ["init", str(target)])
    assert result.exit_code == 0, result.output
    made = {
        p.relative_to(target).as_posix()
        for p in target.rglob("*")
        if p.is_file() and ".git/" not in p.as_posix()
    }
    assert EXPECTED <= made
    assert (target / "programs").is_dir() and (target / "plans").is_dir()
    checked = run([str(target)], use_cache=False)
    assert checked.problems == []
    assert checked.repo.settings.get("kind") == "settings"
    assert len(checked.repo.orgs) == 2
    assert (target / ".git").is_dir()
    assert "git init" in result.output


def test_init_files_content(tmp_path):
    scaffold(tmp_path / "k", git=False)
    k = tmp_path / "k"
    settings = json.loads((k / ".vscode/settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]
    globs = {g for value in schemas.values() for g in value}
    assert {"kehoach.yaml", "orgs.yaml", "programs/**/*.yaml", "plans/**/*.yaml"} <= globs
    for path in schemas:  # relative to the repository: every clone's editor finds them
        assert path.startswith("./schemas/") and (k / path).is_file()
    assert (
        (k / "orgs.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=schemas/orgs.schema.json")
    )
    config = yaml.safe_load((k / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hook = config["repos"][0]["hooks"][0]
    assert hook["id"] == "kehoach-validate" and "kehoach validate" in hook["entry"]
    ignored = (k / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.docx" in ignored and "*.pdf" in ignored and "out/" in ignored
    readme = (k / "README.md").read_text(encoding="utf-8")
    for command in ("kehoach new plan", "kehoach validate", "kehoach render", "kehoach due"):
        assert command in readme
    assert not (k / ".git").exists()


def test_init_refuses_non_empty_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    code, output = cli("init", str(tmp_path))
    assert code == 2 and "không trống" in output
    assert not (tmp_path / "orgs.yaml").exists()


def test_init_force_never_overwrites(tmp_path):
    (tmp_path / "orgs.yaml").write_text(
        "kind: orgs\norgs: [{id: a, name: A, header: A, code: A, system: state}]\n",
        encoding="utf-8",
    )
    before = (tmp_path / "orgs.yaml").read_bytes()
    result = runner.invoke(app, ["init", str(tmp_path), "--force", "--no-git"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "orgs.yaml").read_bytes() == before
    assert "bỏ qua orgs.yaml" in result.output
    assert (tmp_path / "kehoach.yaml").is_file()


def test_init_force_over_a_complete_repository_creates_nothing_and_says_so(tmp_path):
    assert runner.invoke(app, ["init", str(tmp_path), "--no-git"]).exit_code == 0
    again = runner.invoke(app, ["init", str(tmp_path), "--force", "--no-git"])
    assert again.exit_code == 0
    assert "đã đủ tệp; không tạo thêm gì" in again.output and "Đã tạo kho" not in again.output


def test_init_target_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    assert cli("init", str(tmp_path / "f"))[0] == 2


def test_skeleton_ships_inside_the_package():
    # the wheel packs src/kehoach whole, so the skeleton is in it
    assert SKELETON.is_dir() and "src/kehoach/init/skeleton" in SKELETON.as_posix()
    for name in ("kehoach.yaml", "orgs.yaml", "README.md", "gitignore", "pre-commit-config.yaml"):
        assert (SKELETON / name).is_file()


@pytest.mark.parametrize("name", ["kehoach.yaml", "orgs.yaml", "pre-commit-config.yaml"])
def test_skeleton_yaml_parses(name):
    assert isinstance(yaml.safe_load((SKELETON / name).read_text(encoding="utf-8")), dict)


def test_every_command_of_the_readme_runs_in_a_fresh_repository(tmp_path, monkeypatch, capsys):
    """Each command of the README's code blocks, as written (its placeholders filled with the
    files the commands before it made), in a fresh repository, at a terminal: none fails."""
    from kehoach.cli import main

    scaffold(tmp_path / "k", git=False)
    k = tmp_path / "k"
    monkeypatch.chdir(k)
    monkeypatch.setenv("KEHOACH_TODAY", "2026-07-15")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)  # binary output refused, as for a user
    readme = (k / "README.md").read_text(encoding="utf-8")
    commands = [line.strip() for line in readme.splitlines() if line.startswith("    kehoach ")]
    assert len(commands) >= 6
    for command in commands:
        programs = sorted(p.stem for p in (k / "programs").glob("*.yaml"))
        plans = sorted(p.stem for p in (k / "plans").glob("*/*.yaml"))
        filled = command.replace("<mã chương trình>", programs[0] if programs else "?")
        filled = filled.replace("<tệp>", plans[0] if plans else "?")
        assert "<" not in filled, command
        code = main(shlex.split(filled)[1:])
        assert code == 0, (command, capsys.readouterr().err)
    made = {p.name for p in k.iterdir()}
    assert {"bao-cao-2026-H1.docx"} <= made
