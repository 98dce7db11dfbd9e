"""``due --strict`` and ``who --strict`` exit 1 on every error ``validate`` reports in the files
asked for — the repository checks (KH404 a number used twice, KH401 an unknown org, KH417 no
``orgs.yaml``) as well as unreadable files — and the warning line counts them as ``validate``
does; the fast path of ``due`` says the same, with or without the cache. Without ``--strict`` the
count is ``validate``'s when its previous run still holds, else what the command's own loading
saw (it does not run every check for the daily agenda)."""

from __future__ import annotations

import pytest

from cycle_data import PLAN_FILE, apply, build_cycle
from kehoach.cli import fast_due
from kehoach.io import cache

TODAY = ["--today", "2024-06-01"]


def _duplicate_number(root) -> None:
    (root / "plans/2024/kh-2024-ban-sao.yaml").write_text(
        (root / PLAN_FILE).read_text(encoding="utf-8"), encoding="utf-8"
    )


def _unknown_org(root) -> None:
    apply(root, PLAN_FILE, [("lead: skhcn-ld", "lead: hoisv-ld")])


def _no_orgs(root) -> None:
    (root / "orgs.yaml").unlink()


@pytest.fixture
def kho(tmp_path, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    monkeypatch.chdir(root)
    return root


def _errors(cli) -> int:
    res = cli("validate", "--format", "parsable")
    return sum(" error " in line for line in res.stdout.splitlines())


@pytest.mark.parametrize(
    ("damage", "code"),
    [(_duplicate_number, "KH404"), (_unknown_org, "KH401"), (_no_orgs, "KH417")],
)
def test_strict_counts_the_repository_checks(kho, cli, capsys, monkeypatch, damage, code):
    assert cli("due", *TODAY, "--strict").exit_code == 0
    assert cli("who", "--strict").exit_code == 0
    damage(kho)
    assert code in cli("validate", "--format", "parsable").stdout
    n = _errors(cli)
    warning = f"Cảnh báo: kho có {n} lỗi kiểm tra"
    for cached in (True, False):
        if not cached:
            monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
            cache.cache_dir.cache_clear()
        due = cli("due", *TODAY, "--strict")
        assert due.exit_code == 1 and warning in due.stderr, due.stderr
        assert cli("due", *TODAY).exit_code == 0  # without --strict: listed, warned
        who = cli("who", "--strict")
        assert who.exit_code == 1 and warning in who.stderr, who.stderr
        capsys.readouterr()
        assert fast_due.run([*TODAY, "--strict"]) == 1
        assert warning in capsys.readouterr().err


def test_without_strict_the_agenda_does_not_run_the_checks(kho, cli, monkeypatch):
    """No current ``validate`` run: ``due``/``who`` say what their loading saw (no error here: a
    number used twice is a repository check) and run no check; after ``validate``, its count."""
    from kehoach.validate import run as validate_run

    _duplicate_number(kho)
    calls = []
    real = validate_run.run_validate
    monkeypatch.setattr(
        validate_run, "run_validate", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    due = cli("due", *TODAY)
    assert due.exit_code == 0 and "Cảnh báo" not in due.stderr
    assert "Cảnh báo" not in cli("who").stderr
    assert calls == []
    n = _errors(cli)  # validate runs: its answer holds for the next due and who
    assert f"Cảnh báo: kho có {n} lỗi kiểm tra" in cli("due", *TODAY).stderr
    assert f"Cảnh báo: kho có {n} lỗi kiểm tra" in cli("who").stderr


def test_site_and_export_say_what_their_loading_saw(kho, cli, tmp_path):
    """Their count is of the files that could not be read or failed their schema: said so, not
    as every check's count (which validate may find higher)."""
    _duplicate_number(kho)  # a repository check: not in their count
    plan = kho / PLAN_FILE
    plan.write_text(plan.read_text(encoding="utf-8").replace("kind: plan", "kind: plan\nyear: x"),
                    encoding="utf-8")  # fmt: skip
    site = cli("site", "-o", str(tmp_path / "trang"))
    export = cli("export", "-o", str(tmp_path / "bang.xlsx"))
    for result in (site, export):
        assert "Cảnh báo: có 1 lỗi đọc tệp hoặc lược đồ" in result.stderr, result.stderr
        assert "kho có" not in result.stderr
