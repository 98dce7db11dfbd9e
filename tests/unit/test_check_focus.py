"""The cross-document checks declared ``focused`` (every finding in the document they look at) find,
looking only at some documents (``validate FILE``: ``Repository.examined``), exactly the problems
that looking at all of them finds in those documents — on every golden case, the examples and
generated repositories with mistakes injected (seeded), schema failures among them; and
``validate FILE`` reports for that file what ``validate`` of the whole repository reports."""

from __future__ import annotations

import pytest
from test_check_split import CASES, _grouped, _loaded, _mutated_repo

from helpers import ROOT
from kehoach import checks
from kehoach.model import Repository
from kehoach.validate.run import run_validate

FOCUSED = [c for c in checks.all_checks() if c.focused]


def test_some_checks_are_focused_and_each_is_cross_document():
    assert {c.code for c in FOCUSED} >= {"KH402", "KH404", "KH416", "KH424", "KH440", "KH441"}
    assert all(c.repo_func is not None and c.reads and not c.per_document for c in FOCUSED)


NUMBERING = {"KH404", "KH440", "KH441"}


def assert_focus_keeps_every_finding(loaded) -> int:
    """For each document alone and for pairs of them, the focused run of every check gives the
    findings of the whole run in those documents; elsewhere, only numbering findings the whole run
    gives too (those the documents put on others of their register); the number compared."""
    repo = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
    whole = [p for p in checks.run_cross_checks(repo) if p.code in {c.code for c in FOCUSED}]
    paths = [d.path for d in repo.documents]
    groups = [frozenset([p]) for p in paths] + [
        frozenset(paths[i : i + 2]) for i in range(0, len(paths), 2)
    ]
    for focus in groups:
        got = [
            p
            for p in checks.run_cross_checks(repo, focus=focus)
            if p.code in {c.code for c in FOCUSED}
        ]
        mine = [p for p in got if p.path in focus]
        assert _grouped(mine) == _grouped([p for p in whole if p.path in focus]), sorted(focus)
        elsewhere = [p for p in got if p.path not in focus]
        assert {p.code for p in elsewhere} <= NUMBERING
        assert {(p.path, p.code, p.message) for p in elsewhere} <= {
            (p.path, p.code, p.message) for p in whole
        }
    return len(whole)


@pytest.mark.parametrize("case", [*CASES, ROOT / "examples"], ids=lambda p: p.name)
def test_focus_on_golden_cases(case, monkeypatch):
    assert_focus_keeps_every_finding(_loaded(case, monkeypatch))


@pytest.mark.parametrize("seed", range(6))
def test_focus_on_generated_repositories_with_mistakes(seed, tmp_path, monkeypatch):
    _mutated_repo(tmp_path / "repo", seed)
    assert assert_focus_keeps_every_finding(_loaded(tmp_path / "repo", monkeypatch)) > 0


@pytest.mark.parametrize("seed", [0, 1])
def test_validate_file_reports_what_the_whole_run_reports_for_it(seed, tmp_path, monkeypatch):
    _mutated_repo(tmp_path / "repo", seed)
    monkeypatch.chdir(tmp_path / "repo")
    whole = run_validate(None, use_cache=False).problems
    assert {p.code for p in whole} & {c.code for c in FOCUSED}  # the mistakes reach them
    for path in sorted({p.path for p in whole if p.path.startswith("plans/")})[:12]:
        alone = run_validate([path], use_cache=False).problems
        assert [p for p in alone if p.path == path] == [p for p in whole if p.path == path], path


def test_only_the_focused_checks_read_the_activities():
    """The documents a focused run does not examine hold their activity lists as skeletons
    (``model.tails``): no other cross-document check may read under them."""
    for check in checks.all_checks():
        if check.repo_func is not None and not check.per_document and not check.focused:
            assert not any("activities" in path for path in check.reads), check.code


def _carry_over(root) -> tuple[str, str]:
    """Plans of the generated repository at ``root`` carrying activities over (``carried_from``)
    from an earlier one: one naming an activity that is there, one naming one that is not (KH426);
    (the earlier plan's path, the id of the activity carried over)."""
    import yaml

    paths = sorted((root / "plans").rglob("*.yaml"))
    earlier, later, wrong = (yaml.safe_load(p.read_text("utf-8")) for p in paths[2:5])
    plan_id = earlier.get("id") or paths[2].stem  # without an id: the file's stem
    act = earlier["contents"]["activities"][0]
    later["contents"]["activities"][0]["carried_from"] = {
        "plan": plan_id,
        "activity": act["id"],
    }
    wrong["contents"]["activities"][-1]["carried_from"] = {"plan": plan_id, "activity": "x"}
    for path, data in zip(paths[3:5], (later, wrong), strict=True):
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return str(paths[2].relative_to(root)), act["id"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_validate_file_after_an_edit_on_a_warm_cache_reports_what_a_run_without_cache_does(
    seed, tmp_path, monkeypatch
):
    """The pre-commit and editor path: the cache warm from a whole run (every document slim, its
    activities packed apart), then one file edited and asked for alone — the problems in it and
    in its dependents are those of the same question asked without any cache; an activity id
    renamed in a plan shows in the plan that carries it over (KH426)."""
    root = tmp_path / "repo"
    _mutated_repo(root, seed)
    earlier, carried = _carry_over(root)
    monkeypatch.chdir(root)
    whole = run_validate(None).problems  # warms the cache
    assert whole == run_validate(None, use_cache=False).problems
    assert any(p.code == "KH426" for p in whole)
    documents = sorted(str(p.relative_to(root)) for p in root.rglob("*.yaml"))
    for path in [earlier, *documents[::4]]:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("# sửa\n")
        assert run_validate([path]).problems == run_validate([path], use_cache=False).problems, path
    text = (root / earlier).read_text("utf-8")
    (root / earlier).write_text(text.replace(f"id: {carried}\n", "id: doi-ten\n", 1), "utf-8")
    got = run_validate([earlier]).problems
    assert got == run_validate([earlier], use_cache=False).problems
    assert [p.code for p in got if p.path != earlier].count("KH426") == 2


def test_over_many_documents_each_is_unpacked_per_check_with_the_same_findings(
    tmp_path, monkeypatch
):
    """A repository of more slim documents than ``WHOLE_KEPT``: the checks unpack each document
    again instead of holding every whole one (100,000 plans: 300 MB) — the same problems; under
    it, each document is unpacked once for the checks."""
    from kehoach.model import repository

    unpacked: list[int] = []  # the slim document unpacked, by identity
    join = repository.join

    def counted(data, tail):
        unpacked.append(id(data))
        return join(data, tail)

    monkeypatch.setattr(repository, "join", counted)
    _mutated_repo(tmp_path / "repo", 0)
    _carry_over(tmp_path / "repo")  # plans whose activities more than one check reads
    monkeypatch.chdir(tmp_path / "repo")
    kept = run_validate(None, use_cache=False)
    once = len(unpacked)  # each document once for each repository the checks look at
    assert once
    unpacked.clear()
    monkeypatch.setattr(repository, "WHOLE_KEPT", 0)
    each = run_validate(None, use_cache=False)
    assert each.problems == kept.problems
    assert {c.code for c in FOCUSED} & {p.code for p in each.problems}
    assert len(unpacked) > once  # again for each check that looks at them


def test_a_check_that_reads_no_activity_list_unpacks_none(tmp_path, monkeypatch):
    """Over a repository too large to keep whole documents, a check whose ``reads`` name no
    activity list (KH402, KH421, KH445…) looks at each document as kept, its activity lists
    packed: fewer unpackings, the same problems as when every check unpacked every document."""
    from kehoach import checks
    from kehoach.model import repository

    unpacked: list[int] = []
    join = repository.join

    def counted(data, tail):
        unpacked.append(id(data))
        return join(data, tail)

    monkeypatch.setattr(repository, "join", counted)
    monkeypatch.setattr(repository, "WHOLE_KEPT", 0)
    _mutated_repo(tmp_path / "repo", 0)
    monkeypatch.chdir(tmp_path / "repo")
    headed = run_validate(None, use_cache=False)
    fewer = len(unpacked)
    unpacked.clear()
    monkeypatch.setattr(checks, "packed_read", lambda reads: True)  # every check unpacks
    every = run_validate(None, use_cache=False)
    assert every.problems == headed.problems
    assert {p.code for p in headed.problems} & {"KH402", "KH445"}
    slim = len(set(unpacked)) // 2 or 1  # documents unpacked, in the run's two repositories
    assert len(unpacked) - fewer >= slim  # at least one whole pass over them saved
