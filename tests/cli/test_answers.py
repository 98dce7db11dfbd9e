"""Remembered answers (issue 14): ``validate``, ``due`` and ``who`` asked again with nothing changed
are answered by writing back the bytes of the same run (``answers``, ``cli.memo``), through
``kehoach.cli.main`` as the console script runs it. A hit prints exactly what a run without any
cache prints; the memo is never used once anything that can change the answer changed."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import kehoach.cli
from helpers import EXAMPLES, PLAN
from kehoach import answerfile, answers, cachekey
from kehoach.cli import main
from kehoach.due.formats import FORMATS as DUE_FORMATS
from kehoach.io import cache, cachedir
from kehoach.validate.formats import FORMATS as VALIDATE_FORMATS
from kehoach.who.formats import FORMATS as WHO_FORMATS

TODAY = ["--today", "2023-06-30"]
BROKEN = "kind: plan\nyear: hai-nghìn\n"  # fails its schema: validate 1, due and who warn
RUNS = (
    [("validate", "-f", fmt) for fmt in VALIDATE_FORMATS]
    + [("due", "-f", fmt, "--all", *TODAY) for fmt in DUE_FORMATS if fmt != "ics"]
    + [("who", "-f", fmt) for fmt in WHO_FORMATS]
)
PLAN_2023 = "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
BEFORE, AFTER = "time: 2023-08..2023-09", "time: 2023-07..2023-09"  # same size


@pytest.fixture
def fresh_examples(tmp_path, monkeypatch):
    """A copy of examples/ (and a broken plan), just written: every file racy."""
    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    (root / "plans/2022/broken.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def at_examples(fresh_examples, monkeypatch):
    """The same, with no racy window: files are told apart by their stamps alone (a racy file is
    also compared by content, which would hide a key that forgot the stamps)."""
    monkeypatch.setattr(cachedir, "RACY_NS", 0)
    return fresh_examples


@pytest.fixture
def dispatched(monkeypatch) -> list[list[str]]:
    """The command lines really run (not answered from memory)."""
    calls: list[list[str]] = []
    real = kehoach.cli._dispatch

    def spy(args: list[str]) -> int:
        calls.append(list(args))
        return real(args)

    monkeypatch.setattr(kehoach.cli, "_dispatch", spy)
    return calls


def _run(capsysbinary, *args: str) -> tuple[int, bytes, bytes]:
    capsysbinary.readouterr()
    code = main(list(args))
    out = capsysbinary.readouterr()
    return code, out.out, out.err


def _uncached(capsysbinary, monkeypatch, *args: str) -> tuple[int, bytes, bytes]:
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    cache.cache_dir.cache_clear()
    try:
        return _run(capsysbinary, *args)
    finally:
        monkeypatch.delenv("KEHOACH_NO_CACHE")
        cache.cache_dir.cache_clear()


def _answers() -> list[Path]:
    return sorted(Path(os.environ["KEHOACH_CACHE_DIR"]).glob(f"{answerfile.PREFIX}*"))


def _key(argv: list[str], paths: list[str]) -> str | None:
    asked = answers.question(argv, paths)
    return None if asked is None else asked.key


def _coarse_stamp(path) -> tuple:
    """A file system whose stamp is only the modification time and size (coarse clocks, no change
    time, no inode): an edit keeping both leaves the stamp as it was."""
    st = cache.stamp(path)
    return (st[0], st[1], 0, 0)


# -- a hit prints what a run without cache prints ------------------------------------------------


@pytest.mark.parametrize("args", RUNS, ids=lambda a: "-".join(a[:3]))
def test_a_hit_prints_the_bytes_and_code_of_a_run_without_cache(
    args, at_examples, capsysbinary, monkeypatch, dispatched
):
    reference = _uncached(capsysbinary, monkeypatch, *args)
    assert reference[0] in (0, 1) and reference[1]
    assert _run(capsysbinary, *args) == reference  # a miss: run, remembered
    assert len(_answers()) == 1
    dispatched.clear()
    assert _run(capsysbinary, *args) == reference  # a hit
    assert dispatched == []


@pytest.mark.parametrize("args", [RUNS[1], RUNS[-1]], ids=lambda a: "-".join(a[:3]))
def test_a_hit_right_after_a_checkout(args, fresh_examples, capsysbinary, monkeypatch, dispatched):
    """Every file racy: checked by content too, and still answered from memory."""
    reference = _uncached(capsysbinary, monkeypatch, *args)
    assert _run(capsysbinary, *args) == reference
    dispatched.clear()
    assert _run(capsysbinary, *args) == reference
    assert dispatched == []


def test_after_a_checkout_a_hit_hashes_the_files_once(fresh_examples, capsysbinary, monkeypatch):
    """Stored right after a checkout (every file racy), the answer is found later by hashing every
    file — once: that hit stores it again, and the hits after it hash nothing."""
    reference = _run(capsysbinary, "validate")
    later = time.time_ns() + 10 * cachedir.RACY_NS
    monkeypatch.setattr(answers.time, "time_ns", lambda: later)
    hashed = []
    real = answers._content
    monkeypatch.setattr(answers, "_content", lambda p: hashed.append(p) or real(p))
    assert _run(capsysbinary, "validate") == reference
    assert len(hashed) == len(list(fresh_examples.rglob("*.yaml")))
    hashed.clear()
    assert _run(capsysbinary, "validate") == reference
    assert hashed == []


def test_errors_and_warnings_on_stderr_are_remembered_too(
    at_examples, capsysbinary, monkeypatch, dispatched
):
    reference = _uncached(capsysbinary, monkeypatch, "due", *TODAY)
    assert reference[0] == 0 and "Cảnh báo".encode() in reference[2]
    failing = _uncached(capsysbinary, monkeypatch, "validate", "--strict")
    assert failing[0] == 1
    for args, expected in ((("due", *TODAY), reference), (("validate", "--strict"), failing)):
        _run(capsysbinary, *args)
        dispatched.clear()
        assert _run(capsysbinary, *args) == expected
        assert dispatched == []


def test_one_file_and_the_whole_repository_are_remembered_side_by_side(
    at_examples, capsysbinary, dispatched
):
    one = ("validate", "-f", "parsable", "plans/2022/broken.yaml")
    whole = ("validate", "-f", "parsable")
    first = [_run(capsysbinary, *one), _run(capsysbinary, *whole)]
    dispatched.clear()
    assert [_run(capsysbinary, *one), _run(capsysbinary, *whole)] == first
    assert dispatched == []


# -- the memo is not used once anything that changes the answer changed --------------------------


def _miss_after(change, capsysbinary, monkeypatch, dispatched, args=("due", "-f", "json", *TODAY)):
    """Remember ``args``; ``change()``; the next run is really run and prints what a run without
    cache prints."""
    _run(capsysbinary, *args)
    dispatched.clear()
    _run(capsysbinary, *args)
    assert dispatched == []  # remembered
    run_args = change() or args
    reference = _uncached(capsysbinary, monkeypatch, *run_args)
    dispatched.clear()
    assert _run(capsysbinary, *run_args) == reference
    assert dispatched == [list(run_args)]
    return reference


def test_a_racy_edit_keeping_size_and_modification_time(
    at_examples, capsysbinary, monkeypatch, dispatched
):
    monkeypatch.setattr(answers, "stamp", _coarse_stamp)
    plan = at_examples / PLAN_2023
    soon = time.time_ns() + 3_600_000_000_000  # racy in every run below, however slow
    os.utime(plan, ns=(soon, soon))
    args = ("due", "-f", "json", "--all", *TODAY)
    before = _uncached(capsysbinary, monkeypatch, *args)

    def edit() -> None:
        stamp = _coarse_stamp(plan)
        text = plan.read_text(encoding="utf-8")
        plan.write_text(text.replace(BEFORE, AFTER), encoding="utf-8")
        os.utime(plan, ns=(soon, soon))
        assert _coarse_stamp(plan) == stamp

    after = _miss_after(edit, capsysbinary, monkeypatch, dispatched, args)
    assert after != before  # the edit shows


def test_an_ordinary_edit(at_examples, capsysbinary, monkeypatch, dispatched):
    plan = at_examples / PLAN_2023

    def edit() -> None:
        plan.write_text(plan.read_text(encoding="utf-8").replace(BEFORE, AFTER), encoding="utf-8")

    _miss_after(edit, capsysbinary, monkeypatch, dispatched)


def test_a_file_added(at_examples, capsysbinary, monkeypatch, dispatched):
    def add() -> None:
        (at_examples / "plans/2022/another.yaml").write_text(BROKEN, encoding="utf-8")

    _miss_after(add, capsysbinary, monkeypatch, dispatched, ("validate", "-f", "parsable"))


def test_a_file_removed(at_examples, capsysbinary, monkeypatch, dispatched):
    def remove() -> None:
        (at_examples / "plans/2022/broken.yaml").unlink()

    _miss_after(remove, capsysbinary, monkeypatch, dispatched, ("validate", "-f", "parsable"))


def test_exclude_in_kehoach_yaml_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    settings = at_examples / "kehoach.yaml"

    def exclude() -> None:
        text = settings.read_text(encoding="utf-8")
        settings.write_text(text + "exclude:\n  - plans/2022/broken.yaml\n", encoding="utf-8")

    after = _miss_after(exclude, capsysbinary, monkeypatch, dispatched, ("validate",))
    assert after[0] == 0  # the broken plan is left out now


def test_today_option_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    _miss_after(
        lambda: ("due", "-f", "json", "--today", "2023-07-31"),
        capsysbinary,
        monkeypatch,
        dispatched,
    )


def test_kehoach_today_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    monkeypatch.setenv("KEHOACH_TODAY", "2023-06-30")
    _miss_after(
        lambda: monkeypatch.setenv("KEHOACH_TODAY", "2023-09-30"),
        capsysbinary,
        monkeypatch,
        dispatched,
        ("due", "-f", "json"),
    )


def test_the_day_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    monkeypatch.setattr(answers, "today", lambda: "2031-01-01")
    _miss_after(
        lambda: monkeypatch.setattr(answers, "today", lambda: "2031-01-02"),
        capsysbinary,
        monkeypatch,
        dispatched,
        ("due", "-f", "json"),
    )


def test_arguments_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    _miss_after(lambda: ("due", "-f", "csv", *TODAY), capsysbinary, monkeypatch, dispatched)


def test_working_directory_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    def elsewhere() -> None:
        monkeypatch.chdir(at_examples / "plans")  # the same repository, the same words

    args = ("validate", "-f", "parsable")
    reference = _miss_after(elsewhere, capsysbinary, monkeypatch, dispatched, args)
    assert b"\n2022/broken.yaml:" in b"\n" + reference[1]  # paths are shown relative to cwd


def test_environment_key_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    def new_holidays() -> None:
        monkeypatch.setattr(cachekey, "_holidays_stamp", lambda: [("version.py", 1, 2, 3)])
        cachekey.environment_key.cache_clear()

    try:
        _miss_after(new_holidays, capsysbinary, monkeypatch, dispatched)
    finally:
        cachekey.environment_key.cache_clear()


def test_an_output_variable_changed(at_examples, capsysbinary, monkeypatch, dispatched):
    _miss_after(lambda: monkeypatch.setenv("NO_COLOR", "1"), capsysbinary, monkeypatch, dispatched)


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--no-cache"),
        ("due", "-f", "json", "-o", "due.json", *TODAY),
        ("who", "--output=who.md", "-f", "md"),
        ("due", "--format", "ics", "--all", "-o", "-", *TODAY),
        ("due", "--format=ics", "--all", *TODAY),
    ],
    ids=["no-cache", "output-file", "output-file-eq", "ics", "ics-eq"],
)
def test_runs_never_remembered(args, at_examples, capsysbinary, dispatched):
    for _ in range(2):
        assert _run(capsysbinary, *args)[0] in (0, 1)
    assert len(dispatched) == 2
    assert _answers() == []


def test_kehoach_no_cache_turns_it_off(at_examples, capsysbinary, monkeypatch, dispatched):
    for _ in range(2):
        _uncached(capsysbinary, monkeypatch, "who")
    assert len(dispatched) == 2
    assert _answers() == []


@pytest.mark.parametrize("racy", [False, True])
def test_a_file_changed_during_the_run_is_not_answered_by_its_old_content(
    fresh_examples, capsysbinary, monkeypatch, dispatched, racy
):
    """Racy when the question was asked (just checked out): its content is hashed then and again
    after the run, and the answer is not stored. Not racy: the edit gives it another stamp, so the
    answer stored under the question's key (the old stamp) is never found again."""
    if not racy:
        monkeypatch.setattr(cachedir, "RACY_NS", 0)
    plan = fresh_examples / PLAN_2023
    real = kehoach.cli._dispatch

    def edit_while_running(args: list[str]) -> int:
        code = real(args)
        plan.write_text(plan.read_text(encoding="utf-8").replace(BEFORE, AFTER), encoding="utf-8")
        return code

    monkeypatch.setattr(kehoach.cli, "_dispatch", edit_while_running)
    _run(capsysbinary, "due", "-f", "json", *TODAY)
    assert len(_answers()) == (0 if racy else 1)  # stored under the old stamps, when not racy
    monkeypatch.setattr(kehoach.cli, "_dispatch", real)
    reference = _uncached(capsysbinary, monkeypatch, "due", "-f", "json", *TODAY)
    dispatched.clear()
    assert _run(capsysbinary, "due", "-f", "json", *TODAY) == reference
    assert len(dispatched) == 1  # run on the new content, not answered from memory
    assert _run(capsysbinary, "due", "-f", "json", *TODAY) == reference
    assert len(dispatched) == 1  # remembered now


def test_usage_errors_are_not_remembered(at_examples, capsysbinary):
    code, _, err = _run(capsysbinary, "due", "--today", "hôm qua")
    assert code == 2 and b"--today" in err
    assert _answers() == []


# -- no key for anything unusual ----------------------------------------------------------------


def test_no_key_for_unusual_paths(at_examples, tmp_path):
    assert _key(["validate"], []) is not None
    assert _key(["validate", "nowhere.yaml"], ["nowhere.yaml"]) is None
    link = at_examples / "plans/link.yaml"
    link.symlink_to(at_examples / PLAN_2023)
    assert _key(["validate", str(link)], [str(link)]) is None  # named
    assert _key(["validate"], []) is None  # met by the walk
    link.unlink()
    (at_examples / "plans/bad\nname.yaml").write_text(PLAN, encoding="utf-8")
    assert _key(["validate"], []) is None
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "kh.yaml").write_text(PLAN, encoding="utf-8")
    assert _key(["validate", str(lone)], [str(lone)]) is None  # no repository


def test_the_key_covers_named_folders_the_walk_leaves_out(at_examples):
    templates = at_examples / "templates"
    templates.mkdir()
    (templates / "a.yaml").write_text(PLAN, encoding="utf-8")
    before = _key(["validate", "templates"], ["templates"])
    (templates / "b.yaml").write_text(PLAN, encoding="utf-8")
    assert _key(["validate", "templates"], ["templates"]) != before


def test_an_answer_too_large_to_keep_is_printed_but_not_remembered(
    at_examples, capsysbinary, monkeypatch, dispatched
):
    args = ("who", "-f", "json")
    reference = _uncached(capsysbinary, monkeypatch, *args)
    monkeypatch.setattr(answerfile, "MAX_ANSWER_BYTES", len(reference[1]) - 1)
    assert _run(capsysbinary, *args) == reference
    assert _answers() == []
    monkeypatch.setattr(answerfile, "MAX_ANSWER_BYTES", len(reference[1]))
    assert _run(capsysbinary, *args) == reference
    assert len(_answers()) == 1


def test_a_broken_installation_is_said_not_raised(at_examples, capsysbinary, monkeypatch):
    """The key of an answer reads the installed schemas: when they are missing, the command
    says so like any other error (exit 2, no traceback), the memo is simply not used."""
    from kehoach import resources
    from kehoach.errors import KehoachError

    def missing(name):
        raise KehoachError(f"Không tìm thấy thư mục {name} của kehoach; cài đặt bị hỏng?")

    monkeypatch.setattr(resources, "_folder", missing)
    cachekey.environment_key.cache_clear()
    try:
        code, out, err = _run(capsysbinary, "validate")
    finally:
        cachekey.environment_key.cache_clear()
    assert code == 2
    assert "Không tìm thấy thư mục schemas của kehoach" in err.decode()
    assert b"Traceback" not in err


# -- a miss: the command takes the walk and the stamps the look-up made (``io.seen``) ------------


def test_a_miss_walks_and_stamps_the_repository_once(at_examples, capsysbinary, monkeypatch):
    from kehoach import stamps
    from kehoach.io import walk

    walks, stamped = [], []
    real_walk, real_stamp = walk.yaml_files, stamps.stamp
    monkeypatch.setattr(walk, "yaml_files", lambda *a, **k: walks.append(a) or real_walk(*a, **k))
    monkeypatch.setattr(stamps, "stamp", lambda p: stamped.append(p) or real_stamp(p))
    reference = _uncached(capsysbinary, monkeypatch, "validate", "-f", "parsable")
    walks.clear()
    stamped.clear()
    assert _run(capsysbinary, "validate", "-f", "parsable") == reference
    assert len(walks) == 1  # the look-up's only: the answer is stored under its key
    assert stamped == []  # every file was stamped by the look-up
    assert _run(capsysbinary, "validate", "-f", "parsable") == reference  # remembered


def test_a_file_edited_after_the_look_up_stamped_it_is_read_again_next_time(
    at_examples, capsysbinary, monkeypatch
):
    """The run reads the file after the look-up stamped it: the content it caches is kept under
    the older stamp, which the edit changed, so the next run reads the file again."""
    import kehoach.load

    real = kehoach.load.stamp_files

    def edited_meanwhile(*args, **kwargs):
        path = at_examples / PLAN_2023
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace("\nkind: plan\n", "\nkind: plan\nid: x-sua\n"), encoding="utf-8"
        )
        return real(*args, **kwargs)

    monkeypatch.setattr(kehoach.load, "stamp_files", edited_meanwhile)
    _run(capsysbinary, "due", "-f", "json", "--all", *TODAY)
    monkeypatch.setattr(kehoach.load, "stamp_files", real)
    again = _run(capsysbinary, "due", "-f", "json", "--all", *TODAY)
    assert b'"x-sua"' in again[1]
    assert again == _uncached(capsysbinary, monkeypatch, "due", "-f", "json", "--all", *TODAY)
