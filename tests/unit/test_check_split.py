"""The repository checks split in two give exactly the problems of running them all together:
the per-document ones one document at a time (a repository holding the settings, the orgs and that
one document), what they find in the settings and orgs themselves once, and the cross-document
ones over the whole repository — on every golden case and on generated repositories with
mistakes injected (seeded), schema failures (partial documents) among them."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, bench_generate
from kehoach import checks
from kehoach.checks import slim
from kehoach.load import open_session
from kehoach.loadchecks import slim_down
from kehoach.model import Repository
from kehoach.problem import Problem

CASES = sorted(p for p in (ROOT / "tests" / "cases").iterdir() if (p / "expected.txt").exists())


def _loaded(root: Path, monkeypatch):
    monkeypatch.chdir(root)
    return open_session(None, use_cache=False, jobs=1).load()


def _grouped(problems) -> dict:
    """(path, code) -> the findings in the order found: what ``validate``'s stable sort keeps."""
    out: dict = {}
    for p in problems:
        out.setdefault((p.path, p.code), []).append((p.json_path, p.level, p.message))
    return out


def split_problems(loaded) -> list:
    checked = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
    context = Repository.from_files(
        loaded.scope.root, [f for f in loaded.files if f.kind in ("settings", "orgs")], partial=True
    )
    out = checks.run_context_checks(context)
    for doc in checked.documents:
        out += checks.run_document_checks(context, doc)
    return out + checks.run_cross_checks(checked)


def assert_same_split(loaded) -> None:
    whole = checks.run_repo_checks(
        Repository.from_files(loaded.scope.root, loaded.files, partial=True)
    )
    assert _grouped(split_problems(loaded)) == _grouped(whole)
    assert_same_on_slim(loaded)


def assert_same_on_slim(loaded) -> None:
    """Each cross-document check finds the same on documents slimmed down to the paths it
    declares it reads as on the full documents; so do all of them on documents slimmed down to
    what any of them reads (``checks.slim``, what ``validate`` keeps)."""
    root = loaded.scope.root
    full = Repository.from_files(root, loaded.files, partial=True)
    cross = [c for c in checks.all_checks() if c.repo_func is not None and not c.per_document]
    for check, reads in [(c, slim.tree(c.reads)) for c in cross] + [(None, None)]:
        slimmed = [copy.copy(f) for f in loaded.files]
        for f in slimmed:
            slim_down(f, reads)
        assert any(f.slim for f in slimmed) or not any(f.kind == "plan" for f in loaded.files)
        on_slim = Repository.from_files(root, slimmed, partial=True)
        for c in [check] if check is not None else cross:
            assert _grouped(_run(c, on_slim)) == _grouped(_run(c, full)), c.code


def _run(check, repo) -> list:
    seen = repo if check.code in checks.PARTIAL_SAFE else repo.complete()
    return [
        Problem(f.path, 0, 0, check.code, check.level, f.message, tuple(f.json_path))
        for f in check.repo_func(seen)
    ]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_split_checks_on_golden_cases(case, monkeypatch):
    assert_same_split(_loaded(case, monkeypatch))


def _mutate(r: random.Random, plans: list[dict], k: int) -> None:
    """One injected mistake in plan ``k`` (and sometimes another plan)."""
    data = plans[k]
    other = plans[r.randrange(len(plans))]
    acts = data.get("contents", {}).get("activities") or [{}]
    act = r.choice(acts)
    choice = r.randrange(19)
    if choice == 0:
        data["issuers"] = [*data["issuers"][:1], "to-chuc-khong-co"]
    elif choice == 1:
        act["lead"] = "khong-co"
    elif choice == 2:
        data["date"] = r.choice(["2023-02-30", "2022-13-01", "2024-02-29"])
    elif choice == 3:
        data["id"] = other.get("id", "trung-ma")
    elif choice == 4:
        data["number"], data["issuers"] = other.get("number", 3), list(other["issuers"])
        data["date"] = other["date"]
        if r.random() < 0.5:  # no date: the number belongs to the plan's year
            del data["date"]
            data.pop("period", None)
            data["year"] = int(other["date"][:4])
    elif choice == 5:
        data.setdefault("bases", []).append({"ref": r.choice(["khong-co", "kh-2023"])})
    elif choice == 6:
        data["tieu_de_sai"] = "khóa không có trong lược đồ"  # schema: partial document
    elif choice == 7:
        data["year"] = "năm nay"  # schema
    elif choice == 8:
        data.pop("date", None)
    elif choice == 9:
        data["symbol"] = r.choice(["5/KH-TĐTN", "BC-XYZ", "KH"])
    elif choice == 10:
        act["area"] = r.choice(["khong-co", "nckh"])
    elif choice == 11:
        act["time"] = r.choice(["2031-Q1", "2022-Q3..2022-Q1", "2023-02-31"])
    elif choice == 12:
        data.pop("recipients", None)
    elif choice == 13:
        data["signers"] = [{"org": data["issuers"][0], "authority": "KT.", "title": "BÍ THƯ"}]
    elif choice == 14:
        act["status"], act["done_date"] = "doing", "2021-01-01"
    elif choice == 15:
        acts.append(dict(act))  # a duplicate activity id
    elif choice == 16:
        data["budget"] = {"total": 1000, "lines": [{"item": "x", "amount": 2000}]}
    elif choice == 17:
        data.setdefault("reviews", {})["schedule"] = [{"kind": "final", "time": "2023-09-02"}]
    else:
        data["number"] = other.get("number", 1) + r.choice([0, 1, 300])
        data["date"] = r.choice([other["date"], "2024-01-03", "2023-12-30"])


def _mutated_repo(root: Path, seed: int) -> None:
    paths = bench_generate(root, 40, seed=seed)
    r = random.Random(seed)
    plans = [yaml.safe_load(p.read_text("utf-8")) for p in paths]
    for plan in plans:
        for key in ("date",):
            if key in plan:
                plan[key] = str(plan[key])
    for _ in range(25):
        _mutate(r, plans, r.randrange(len(plans)))
    first, second = plans[0], plans[1]
    if "number" in first and "date" in first:  # a number again, in a plan without a date
        second.update(number=first["number"], issuers=list(first["issuers"]))
        second.pop("date", None)
        second.pop("period", None)
        second["year"] = int(first["date"][:4])
    for path, plan in zip(paths, plans, strict=True):
        path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), "utf-8")
    orgs = yaml.safe_load((root / "orgs.yaml").read_text("utf-8"))
    if seed % 3 == 0:
        orgs["orgs"].pop(r.randrange(len(orgs["orgs"])))  # documents name an org no longer there
    if seed % 3 == 1:
        orgs["orgs"].append(dict(orgs["orgs"][0]))  # a duplicate org id
    (root / "orgs.yaml").write_text(yaml.safe_dump(orgs, allow_unicode=True), "utf-8")
    if seed % 4 == 0:
        settings = yaml.safe_load((root / "kehoach.yaml").read_text("utf-8"))
        settings["calendar"]["days_off"].append("2025-02-30")  # found in kehoach.yaml itself
        settings["numbering"] = {"registers": {"ke-hoach": ["plan", "joint_plan"]}}
        (root / "kehoach.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), "utf-8")
    if seed % 5 == 0:
        (root / "orgs.yaml").unlink()  # KH417 in every document


@pytest.mark.parametrize("seed", range(10))
def test_split_checks_on_generated_repositories_with_mistakes(seed, tmp_path, monkeypatch):
    _mutated_repo(tmp_path / "repo", seed)
    loaded = _loaded(tmp_path / "repo", monkeypatch)
    assert any(not f.schema_ok for f in loaded.files)  # partial documents take part
    problems = checks.run_repo_checks(
        Repository.from_files(loaded.scope.root, loaded.files, partial=True)
    )
    assert len({p.code for p in problems}) >= 5  # the mutations do reach the checks
    assert_same_split(loaded)


def test_every_repository_check_declares_its_scope():
    for check in checks.all_checks():
        if check.repo_func is not None:
            assert check.per_document != bool(check.reads), check.code
