"""``kehoach validate`` through the CLI: formats, exit codes, repository context, cache."""

from __future__ import annotations

import json
import os

from typer.testing import CliRunner

from helpers import EXAMPLES, PLAN, ROOT, build_tree
from kehoach.cli.app import app

runner = CliRunner()


def invoke(*args, cwd=None):
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        return runner.invoke(app, list(args))
    finally:
        os.chdir(old)


def test_examples_are_clean():
    result = invoke("validate", "--format", "parsable", str(EXAMPLES))
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_examples_from_inside_the_repository():
    result = invoke("validate", cwd=EXAMPLES)
    assert result.exit_code == 0
    assert "Đã kiểm tra 17 tệp: không có lỗi." in result.stdout


def _broken(repo):
    path = repo / "plans" / "2022" / "kh.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("lead: td", "lead: tdx"), encoding="utf-8"
    )
    return path


def test_text_format_groups_by_file(repo):
    _broken(repo)
    result = invoke("validate", cwd=repo)
    assert result.exit_code == 1
    assert "plans/2022/kh.yaml" in result.stdout
    assert (
        '  10:13    lỗi       KH401  Không có tổ chức "tdx" trong orgs.yaml; có phải "td"?'
        in result.stdout
    )
    assert "Đã kiểm tra 3 tệp: 1 lỗi, 0 cảnh báo." in result.stdout


def test_json_format(repo):
    _broken(repo)
    result = invoke("validate", "--format", "json", cwd=repo)
    doc = json.loads(result.stdout)
    assert doc["summary"] == {"files": 3, "errors": 1, "warnings": 0}
    assert doc["problems"][0] == {
        "path": "plans/2022/kh.yaml",
        "line": 10,
        "col": 13,
        "level": "error",
        "code": "KH401",
        "message": 'Không có tổ chức "tdx" trong orgs.yaml; có phải "td"?',
    }


def test_github_format_escapes(repo):
    _broken(repo)
    result = invoke("validate", "--format", "github", cwd=repo)
    assert result.stdout.startswith(
        "::error file=plans/2022/kh.yaml,line=10,col=13,title=KH401::Không có"
    )


def test_single_file_uses_the_whole_repository(repo):
    """A plan citing a program resolves it even when only the plan is validated (pre-commit)."""
    build_tree(
        repo,
        {
            "programs/ctph.yaml": (
                ROOT / "tests/cases/valid-program-and-plan/programs/ctph.yaml"
            ).read_text(encoding="utf-8")
        },
    )
    plan = repo / "plans" / "2022" / "kh.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ),
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "parsable", str(plan))
    assert result.exit_code == 0, result.stdout


def test_only_asked_files_and_their_dependents_are_reported(repo):
    _broken(repo)
    other = repo / "plans" / "2022" / "kh-khac.yaml"
    other.write_text(
        (repo / "plans" / "2022" / "kh.yaml")
        .read_text(encoding="utf-8")
        .replace("lead: tdx", "lead: td")
        .replace("date: 2022-01-10", "date: 2022-01-11"),
        encoding="utf-8",
    )
    result = invoke("validate", "--format", "parsable", str(other))
    assert result.exit_code == 0 and result.stdout == ""  # nothing depends on that plan
    # every document names orgs: asked about orgs.yaml, the broken plan is reported too
    result = invoke("validate", "--format", "parsable", str(repo / "orgs.yaml"))
    assert result.exit_code == 1 and "plans/2022/kh.yaml" in result.stdout


def test_a_plan_asked_for_reports_the_plans_carrying_its_activities_over(repo):
    """Editing a plan reports, in the later plan that carries one of its activities over
    (``carried_from``), the activity that is no longer there (KH426): ``validate FILE`` as the
    pre-commit hook runs it, on a warm cache."""
    later = repo / "plans" / "2023" / "kh.yaml"
    later.parent.mkdir()
    later.write_text(
        PLAN.replace("kind: plan\n", "kind: plan\nid: kh-2023\n")
        .replace("date: 2022-01-10", "date: 2023-01-10")
        .replace("year: 2022", "year: 2023")
        .replace(
            "time: 2022-Q2\n", "time: 2023-Q2\n      carried_from: {plan: kh, activity: a1}\n"
        ),
        encoding="utf-8",
    )
    assert invoke("validate", "--format", "parsable", cwd=repo).exit_code == 0
    earlier = repo / "plans" / "2022" / "kh.yaml"
    earlier.write_text(
        earlier.read_text(encoding="utf-8").replace("id: a1", "id: a2"), encoding="utf-8"
    )
    result = invoke("validate", "--format", "parsable", str(earlier), cwd=repo)
    assert "plans/2023/kh.yaml" in result.stdout and "KH426" in result.stdout, result.stdout


def test_a_plan_asked_for_reports_a_program_carrying_its_activity_over(repo):
    """A program area's activity may carry one over from a plan too (``carried_from``): editing
    the plan reports KH426 in the program."""
    program = repo / "programs" / "ct.yaml"
    program.parent.mkdir()
    program.write_text(
        "kind: program\nid: ct\nparties: [td, skhcn]\ndate: 2022-01-01\n"
        "title: Chương trình thử\nperiod: {from: 2022, to: 2024}\nareas:\n"
        "  - id: nd\n    title: Nội dung\n    activities:\n      - id: b1\n"
        "        title: Hội thi\n        lead: td\n        time: 2023\n"
        "        carried_from: {plan: kh, activity: a1}\n"
        "signers:\n  - {org: td, title: BÍ THƯ, name: Nguyễn Văn A}\n"
        "  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn B}\n"
        "recipients: {archive: [VT]}\n",
        encoding="utf-8",
    )
    before = invoke("validate", "--format", "parsable", cwd=repo)
    assert before.exit_code == 0 and "KH426" not in before.stdout, before.stdout
    earlier = repo / "plans" / "2022" / "kh.yaml"
    earlier.write_text(
        earlier.read_text(encoding="utf-8").replace("id: a1", "id: a2"), encoding="utf-8"
    )
    result = invoke("validate", "--format", "parsable", str(earlier), cwd=repo)
    assert "programs/ct.yaml" in result.stdout and "KH426" in result.stdout, result.stdout


def test_warnings_fail_only_with_strict(repo):
    plan = repo / "plans" / "2022" / "kh.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "time: 2022-Q2\n", "time: 2022-Q2\n      done_date: 2022-05-02\n"
        ),
        encoding="utf-8",
    )
    assert invoke("validate", cwd=repo).exit_code == 0
    assert invoke("validate", "--strict", cwd=repo).exit_code == 1


def test_cache_is_invalidated_by_an_edit(repo):
    first = invoke("validate", "--format", "parsable", cwd=repo)
    assert first.exit_code == 0
    second = invoke("validate", "--format", "parsable", cwd=repo)
    assert second.stdout == first.stdout
    path = _broken(repo)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    third = invoke("validate", "--format", "parsable", cwd=repo)
    assert third.exit_code == 1 and "KH401" in third.stdout


def test_disabled_checks(repo):
    _broken(repo)
    (repo / "kehoach.yaml").write_text(
        "kind: settings\nchecks:\n  disable: [KH401]\n", encoding="utf-8"
    )
    assert invoke("validate", cwd=repo).exit_code == 0


def test_checks_page_is_up_to_date():
    result = invoke("checks", "--format", "md")
    assert result.stdout == (ROOT / "docs" / "checks.md").read_text(encoding="utf-8"), (
        "run: kehoach checks --format md > docs/checks.md"
    )


def test_every_command_has_help_with_an_example():
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert command.help and "Ví dụ: kehoach" in command.help, name


def test_version_fast_path(capsys):
    from kehoach import __version__
    from kehoach.cli import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"kehoach {__version__}\n"


def test_named_files_outside_the_documents_are_skipped(repo):
    """pre-commit passes every staged YAML file; configuration files are not plan documents."""
    build_tree(repo, {".pre-commit-config.yaml": "repos: []\n", "templates/x.yaml": "a: 1\n"})
    result = invoke(
        "validate",
        "--format",
        "parsable",
        str(repo / ".pre-commit-config.yaml"),
        str(repo / "templates" / "x.yaml"),
        str(repo / "plans" / "2022" / "kh.yaml"),
    )
    assert result.exit_code == 0, result.stdout
    assert "Đã kiểm tra" not in result.stdout


def test_exclude_setting_is_honoured(repo):
    """`exclude` globs (relative to the root) skip files when walking the repository, when
    validating a subfolder, and when a file is named on the command line (pre-commit)."""
    build_tree(
        repo, {"drafts/nhap.yaml": "title: nháp chưa có kind\n", "plans/drafts/x.yaml": "- list\n"}
    )
    assert invoke("validate", cwd=repo).exit_code == 1
    (repo / "kehoach.yaml").write_text(
        "kind: settings\nexclude: ['drafts/*', 'plans/drafts/*']\n", encoding="utf-8"
    )
    assert invoke("validate", "--format", "parsable", cwd=repo).stdout == ""
    assert invoke("validate", "--format", "parsable", str(repo / "plans")).stdout == ""
    named = invoke("validate", "--format", "parsable", str(repo / "drafts" / "nhap.yaml"))
    assert named.exit_code == 0 and named.stdout == ""
