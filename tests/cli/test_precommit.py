"""The pre-commit hook: this project's ``.pre-commit-hooks.yaml``, and the real ``pre-commit``
tool refusing a bad commit with ``file:line:col`` problems and accepting a good one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ORGS, PLAN, ROOT, build_tree
from kehoach.init.run import scaffold


def test_hooks_file_declares_kehoach_validate():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "kehoach-validate")
    assert hook["entry"] == "kehoach validate --format parsable"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    assert hook["always_run"] is True  # a commit that only deletes files is checked too
    files = re.compile(hook["files"])
    assert files.search("plans/2022/kh.yaml") and files.search("orgs.yml")
    assert not files.search("README.md")
    exclude = re.compile(hook["exclude"])
    assert exclude.search(".pre-commit-config.yaml") and exclude.search(".github/workflows/ci.yml")
    assert not exclude.search("plans/2022/kh.yaml")


def _kehoach() -> str:
    found = shutil.which("kehoach") or str(Path(sys.executable).parent / "kehoach")
    assert Path(found).exists(), "the kehoach command is not installed (pip install -e .)"
    return found


def _pre_commit() -> str:
    found = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    assert Path(found).exists(), (
        "pre-commit is a declared test dependency: pip install -e '.[test]'"
    )
    assert shutil.which("git"), "git is needed to test the pre-commit hook"
    return found


def _git(cwd: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def _hooked(tmp_path: Path) -> tuple[Path, dict, str]:
    """A repository made by ``kehoach init`` with git and its pre-commit hook installed, the
    scaffolded config pointed at this kehoach (offline, no PATH assumption): (repository, the
    environment to commit in, pre-commit)."""
    pre_commit = _pre_commit()
    kehoach = _kehoach()
    repo = tmp_path / "kho"
    scaffold(repo, git=True)
    config = (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    config = config.replace("entry: kehoach validate", f"entry: {kehoach} validate")
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pc-home"),
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "KEHOACH_CACHE_DIR": str(tmp_path / "cache"),
        "PATH": f"{Path(pre_commit).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("GIT_DIR", None)
    installed = subprocess.run(
        [pre_commit, "install"], cwd=repo, env=env, capture_output=True, text=True, encoding="utf-8"
    )
    assert installed.returncode == 0, installed.stderr
    return repo, env, pre_commit


@pytest.mark.external
def test_real_pre_commit_refuses_a_bad_commit_and_accepts_a_good_one(tmp_path):
    repo, env, pre_commit = _hooked(tmp_path)

    build_tree(
        repo,
        {
            "orgs.yaml": ORGS,  # overwrite the examples with the test orgs
            "plans/2022/kh.yaml": PLAN.replace("lead: td", "lead: khong-co"),
        },
    )
    _git(repo, "add", "-A", env=env)
    bad = _git(repo, "commit", "-m", "bad", env=env)
    assert bad.returncode != 0
    out = bad.stdout + bad.stderr
    assert re.search(r"plans/2022/kh\.yaml:10:13: error KH401 ", out), out
    assert _git(repo, "rev-parse", "--verify", "--quiet", "HEAD", env=env).returncode != 0

    build_tree(repo, {"plans/2022/kh.yaml": PLAN})
    _git(repo, "add", "-A", env=env)
    good = _git(repo, "commit", "-m", "good", env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "kehoach validate" in good.stdout + good.stderr
    assert _git(repo, "rev-parse", "--verify", "--quiet", "HEAD", env=env).returncode == 0


def test_validating_orgs_yaml_checks_the_documents_that_use_it(repo, cli, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "orgs.yaml").write_text(ORGS.replace("id: skhcn", "id: so-khcn"), encoding="utf-8")
    res = cli("validate", "--format", "parsable", "orgs.yaml")
    assert res.exit_code == 1
    assert re.search(r"plans/2022/kh\.yaml:\d+:\d+: error KH401 .*skhcn", res.output), res.output


def test_validating_a_program_checks_the_plans_that_cite_it(tmp_path, cli, monkeypatch):
    from cycle_data import PLAN_FILE, PROGRAM_FILE, build_cycle

    root = build_cycle(tmp_path)
    monkeypatch.chdir(root)
    program = (root / PROGRAM_FILE).read_text(encoding="utf-8")
    (root / PROGRAM_FILE).write_text(
        program.replace("  - id: sang-tao\n", "  - id: sang-tao-tre\n"), encoding="utf-8"
    )
    res = cli("validate", "--format", "parsable", PROGRAM_FILE)
    assert res.exit_code == 1
    assert f"{PLAN_FILE}:" in res.output and "KH416" in res.output, res.output
    # a renamed program: the plan whose ref no longer resolves is checked too
    (root / PROGRAM_FILE).rename(root / "programs/ctph-moi.yaml")
    res = cli("validate", "--format", "parsable", "programs/ctph-moi.yaml")
    assert res.exit_code == 1 and f"{PLAN_FILE}:" in res.output and "KH402" in res.output


def test_real_pre_commit_refuses_an_org_id_renamed_under_its_users(tmp_path):
    """Only orgs.yaml is staged; the plans that still use the old id are not: refused."""
    repo, env, pre_commit = _hooked(tmp_path)
    build_tree(repo, {"orgs.yaml": ORGS, "plans/2022/kh.yaml": PLAN})
    _git(repo, "add", "-A", env=env)
    first = _git(repo, "commit", "-m", "orgs and a plan", env=env)
    assert first.returncode == 0, first.stdout + first.stderr

    build_tree(repo, {"orgs.yaml": ORGS.replace("id: skhcn", "id: so-khcn")})
    _git(repo, "add", "orgs.yaml", env=env)
    bad = _git(repo, "commit", "-m", "rename skhcn", env=env)
    out = bad.stdout + bad.stderr
    assert bad.returncode != 0, out
    assert re.search(r"plans/2022/kh\.yaml:\d+:\d+: error KH401 ", out), out
    log = _git(repo, "log", "--oneline", env=env).stdout
    assert "rename skhcn" not in log


@pytest.mark.external
def test_real_pre_commit_refuses_deleting_a_program_its_plans_cite(tmp_path):
    """Only a deletion is staged: pre-commit passes no file (it never passes deleted ones), so a
    hook run only on the files given was skipped and the commit left every plan citing the
    program broken (KH402). The hook always runs; given no file, kehoach validates the
    repository."""
    repo, env, pre_commit = _hooked(tmp_path)
    from cycle_data import ORGS as CYCLE_ORGS
    from cycle_data import PLAN_2024, PLAN_FILE, PROGRAM, PROGRAM_FILE

    build_tree(repo, {"orgs.yaml": CYCLE_ORGS, PROGRAM_FILE: PROGRAM, PLAN_FILE: PLAN_2024})
    _git(repo, "add", "-A", env=env)
    first = _git(repo, "commit", "-m", "program and plan", env=env)
    assert first.returncode == 0, first.stdout + first.stderr

    _git(repo, "rm", "-q", PROGRAM_FILE, env=env)
    bad = _git(repo, "commit", "-m", "drop the program", env=env)
    out = bad.stdout + bad.stderr
    assert bad.returncode != 0, out
    assert re.search(rf"{re.escape(PLAN_FILE)}:\d+:\d+: error KH402 ", out), out
    assert "drop the program" not in _git(repo, "log", "--oneline", env=env).stdout
