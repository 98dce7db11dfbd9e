"""The findings of the cross-document checks remembered (``validate.crossmemo``, issue 14): an
edit that changes nothing those checks read is answered from them — positions found again in the
edited text —, any change to what they read runs them again, and what is printed is what a run
without any cache prints."""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

import pytest

from helpers import EXAMPLES, MISSING_BASIS, numbered_plan, uncached, written_old
from kehoach import checks
from kehoach.model import Document, Repository
from kehoach.validate import crossmemo


@pytest.fixture
def runs(monkeypatch) -> list[int]:
    """How many times the cross-document checks ran from now on."""
    calls: list[int] = []
    real = checks.run_cross_checks
    monkeypatch.setattr(
        checks, "run_cross_checks", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    return calls


def test_an_edit_the_cross_checks_do_not_read_is_answered_from_their_findings(
    cli, two, monkeypatch, runs
):
    first = cli("validate", "-f", "parsable")
    assert first.exit_code == 1 and "kh-2.yaml:7:" in first.stdout and "KH402" in first.stdout
    assert runs == [1]
    # the plan with the finding: a comment above it moves it one line down, a title reworded
    edited = "# soạn lại\n" + numbered_plan(2, MISSING_BASIS).replace("Hội thi", "Hội thi cấp tỉnh")
    written_old(two / "plans/kh-2.yaml", edited)
    again = cli("validate", "-f", "parsable")
    assert runs == [1]  # not run again
    assert again.exit_code == 1 and "kh-2.yaml:8:" in again.stdout
    assert again.stdout == uncached(cli, monkeypatch, "validate", "-f", "parsable").stdout


def test_a_change_to_what_they_read_runs_them_and_an_earlier_state_is_remembered(
    cli, two, monkeypatch, runs
):
    first = cli("validate", "-f", "parsable")
    written_old(two / "plans/kh-2.yaml", numbered_plan(2))  # the basis removed: KH402 gone
    fixed = cli("validate", "-f", "parsable")
    assert runs == [1, 1] and fixed.exit_code == 0 and "KH402" not in fixed.stdout
    written_old(
        two / "plans/kh-2.yaml", numbered_plan(2, MISSING_BASIS)
    )  # put back: as the first run read
    back = cli("validate", "-f", "parsable")
    assert runs == [1, 1] and back.stdout == first.stdout


def test_a_time_changed_in_an_activity_list_is_a_change_they_read(cli, two, runs):
    cli("validate", "-f", "parsable")
    written_old(two / "plans/kh-1.yaml", numbered_plan(1).replace("time: 2022-Q2", "time: 2022-Q3"))
    cli("validate", "-f", "parsable")
    # the time (KH424) is packed apart with the activities (``model.tails``): their bytes are hashed
    assert runs == [1, 1]


def test_turning_a_check_off_is_another_key(cli, two, runs):
    cli("validate", "-f", "parsable")
    written_old(
        two / "kehoach.yaml", "kind: settings\nplace: Bình Thuận\nchecks:\n  disable: [KH402]\n"
    )
    off = cli("validate", "-f", "parsable")
    assert off.exit_code == 0 and "KH402" not in off.stdout and runs == [1, 1]


def test_a_damaged_file_of_findings_is_ignored(cli, two, runs):
    first = cli("validate", "-f", "parsable")
    (memo,) = Path(os.environ["KEHOACH_CACHE_DIR"]).glob("cross-*.marshal")
    memo.write_bytes(b"\x00 not marshal")
    written_old(two / "plans/kh-1.yaml", numbered_plan(1).replace("Hội thi", "Hội thi cấp tỉnh"))
    assert cli("validate", "-f", "parsable").stdout == first.stdout
    assert runs == [1, 1]  # run again, and remembered again
    written_old(two / "plans/kh-1.yaml", numbered_plan(1).replace("Hội thi", "Hội thi cấp huyện"))
    assert cli("validate", "-f", "parsable").stdout == first.stdout and runs == [1, 1]


def test_without_a_cache_nothing_is_remembered(cli, two, monkeypatch, runs):
    uncached(cli, monkeypatch, "validate", "-f", "parsable")
    assert not list(Path(os.environ["KEHOACH_CACHE_DIR"]).glob("cross-*"))
    assert runs == [1]


def test_progress_written_into_the_examples_is_answered_from_the_findings(
    cli, tmp_path, monkeypatch, runs
):
    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    monkeypatch.chdir(root)
    cli("validate", "-f", "parsable")
    plan = root / "plans/2022/kh-2022-tinhdoan-bt.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "status: in_progress" in text
    written_old(plan, text.replace("status: in_progress", "status: done", 1))
    again = cli("validate", "-f", "parsable")
    assert runs == [1]
    assert again.stdout == uncached(cli, monkeypatch, "validate", "-f", "parsable").stdout


# ---- the key itself -------------------------------------------------------------------------


def _repo(**change) -> Repository:
    docs = [
        Document("plans/a.yaml", "plan", {"id": "a", "year": 2022, "bases": [{"ref": "p"}]}),
        Document("programs/p.yaml", "program", {"id": "p", "parties": ["td", "skhcn"]}),
    ]
    parts = {
        "settings": {"place": "Bình Thuận"},
        "orgs": {"td": {"name": "Tỉnh Đoàn"}},
        "documents": docs,
        "tails": {"plans/a.yaml": b"tail-a"},
    }
    parts.update(change)
    return Repository(Path("/r"), **parts)  # type: ignore[arg-type]


def _doc(path: str, data: dict, partial: bool = False) -> Document:
    return Document(path, "plan", data, partial)


VARIANTS = {
    "settings": {"settings": {"place": "Bình Định"}},
    "orgs": {"orgs": {"td": {"name": "Thành Đoàn"}}},
    "data": {"documents": [_doc("plans/a.yaml", {"id": "a", "year": 2023}), _repo().documents[1]]},
    "order": {"documents": list(reversed(_repo().documents))},
    "partial": {
        "documents": [
            _doc("plans/a.yaml", {"id": "a", "year": 2022, "bases": [{"ref": "p"}]}, True),
            _repo().documents[1],
        ]
    },
    "tail": {"tails": {"plans/a.yaml": b"tail-b"}},
    "tail moved": {"tails": {"programs/p.yaml": b"tail-a"}},
    "invalid ids": {"invalid_ids": {"kh-hong"}},
    "unreadable": {"unreadable": {"kh-hong": "plans/kh-hong.yaml"}},
}


@pytest.mark.parametrize("name", VARIANTS)
def test_the_key_changes_with_each_thing_the_checks_read(name):
    assert crossmemo.key(_repo(**VARIANTS[name]), (), None) != crossmemo.key(_repo(), (), None)


def test_the_key_changes_with_the_codes_turned_off_and_the_documents_examined():
    keys = {
        crossmemo.key(_repo(), (), None),
        crossmemo.key(_repo(), ("KH402",), None),
        crossmemo.key(_repo(), (), frozenset({"plans/a.yaml"})),
    }
    assert len(keys) == 3 and None not in keys


def test_equal_values_give_the_same_key_whatever_objects_they_share():
    shared = "Bình Thuận"
    one = _repo(settings={"place": shared, "short": shared})
    other = _repo(settings={"place": "".join(["Bình ", "Thuận"]), "short": "Bình Thuận"[:]})
    assert crossmemo.key(one, (), None) == crossmemo.key(other, (), None)


def test_a_value_marshal_cannot_hold_gives_no_key():
    assert crossmemo.key(_repo(settings={"place": object()}), (), None) is None


def test_files_asked_for_run_the_checks_on_them_alone_and_remember_nothing(cli, two, runs):
    """``validate FILE`` (pre-commit, an editor): the checks look at that file alone, cheaper
    than hashing every document for a key."""
    first = cli("validate", "-f", "parsable", "plans/kh-2.yaml")
    assert "KH402" in first.stdout
    assert not list(Path(os.environ["KEHOACH_CACHE_DIR"]).glob("cross-*"))
    written_old(two / "plans/kh-2.yaml", "# soạn lại\n" + numbered_plan(2, MISSING_BASIS))
    assert "kh-2.yaml:8:" in cli("validate", "-f", "parsable", "plans/kh-2.yaml").stdout
    assert runs == [1, 1]


def test_a_caller_needing_the_documents_whole_remembers_nothing(two, runs):
    """``render``, ``register``: the documents are whole, a key would hash all their data."""
    from kehoach.validate.run import run_validate

    result = run_validate(None, need_repo=True)
    assert [p.code for p in result.problems] == ["KH402"] and runs == [1]
    assert not list(Path(os.environ["KEHOACH_CACHE_DIR"]).glob("cross-*"))


def test_a_document_whose_file_did_not_change_is_not_hashed_again():
    """The hash of each document is kept beside its file's content hash: a later run hashes
    again only the documents whose file changed (and one whose hash was kept under another
    content hash is hashed anew)."""
    repo = _repo()
    contents = {"plans/a.yaml": "c-a", "programs/p.yaml": "c-p"}
    made: dict = {}
    first = crossmemo.key(repo, (), None, contents, None, made)
    assert set(made) == set(contents) and first == crossmemo.key(repo, (), None)
    # a kept hash is taken as it is: a made-up one for "plans/a.yaml" changes the key
    known = {**made, "plans/a.yaml": ("c-a", "0" * 32)}
    assert crossmemo.key(repo, (), None, contents, known) != first
    # …unless the file's content hash is another: then the document is hashed again
    assert crossmemo.key(repo, (), None, {**contents, "plans/a.yaml": "c-a2"}, known) == first


def test_kept_document_hashes_of_the_wrong_shape_are_ignored(cli, two, runs):
    first = cli("validate", "-f", "parsable")
    (memo,) = Path(os.environ["KEHOACH_CACHE_DIR"]).glob("cross-*.marshal")
    saved = marshal.loads(memo.read_bytes())
    assert set(saved["docs"]) == {"plans/kh-1.yaml", "plans/kh-2.yaml"}
    saved["docs"] = {path: ("x", 1) for path in saved["docs"]}  # damaged
    memo.write_bytes(marshal.dumps(saved))
    written_old(two / "plans/kh-1.yaml", numbered_plan(1).replace("Hội thi", "Hội thi cấp tỉnh"))
    assert cli("validate", "-f", "parsable").stdout == first.stdout and runs == [1]
    # the hashes are kept again, right: the file edited with its new content hash
    docs = marshal.loads(memo.read_bytes())["docs"]
    assert all(type(d) is str and len(d) == 32 for _, d in docs.values())
