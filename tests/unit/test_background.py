"""Work done in a forked child (``io.background``): the parent learns whether it ran to the end,
the child's exit writes nothing the parent had buffered, and the changed cache shards of a cold
run are written there while the run goes on — or here when the child failed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from helpers import ORGS, PLAN, build_tree
from kehoach import loadfiles
from kehoach.io import background, cachedir, cachesave


def test_the_parent_learns_whether_the_work_ran_to_the_end(tmp_path):
    done = tmp_path / "done"
    child = background.start(lambda: done.write_text("xong", encoding="utf-8"))
    assert child is not None and child.succeeded()
    assert done.read_text(encoding="utf-8") == "xong"

    def fails() -> None:
        raise OSError("đĩa đầy")

    failing = background.start(fails)
    assert failing is not None and not failing.succeeded()


def test_what_the_parent_had_buffered_is_written_once(capfd):
    sys.stdout.write("trước khi tách")  # buffered, not yet flushed
    child = background.start(lambda: None)
    assert child is not None and child.succeeded()
    sys.stdout.flush()
    assert capfd.readouterr().out.count("trước khi tách") == 1


def _repo(tmp_path, monkeypatch, plans: int) -> Path:
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS}
    for n in range(plans):
        files[f"plans/kh-{n:02d}.yaml"] = PLAN.replace(
            "title: Kế hoạch thử", f"id: kh-{n:02d}\ntitle: Kế hoạch thử số {n}"
        )
    root = build_tree(tmp_path / "repo", files)
    monkeypatch.setattr(cachedir, "RACY_NS", 0)
    old = time.time_ns() - 3600 * 10**9
    for path in root.rglob("*.yaml"):
        os.utime(path, ns=(old, old))
    monkeypatch.chdir(root)
    return root


def _dies(work) -> background.Child:
    """A child that ends before doing anything."""
    pid = os.fork()
    if pid == 0:
        os._exit(3)
    return background.Child(pid)


def _parsed(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = loadfiles.read_bytes
    monkeypatch.setattr(loadfiles, "read_bytes", lambda p: reads.append(p) or real(p))
    return reads


def test_a_cold_run_writes_its_shards_in_a_child_and_the_next_run_reads_them(
    cli, tmp_path, monkeypatch
):
    _repo(tmp_path, monkeypatch, 30)
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 4)  # 30 files: about 28 shards changed
    started = []
    real = background.start
    monkeypatch.setattr(background, "start", lambda work: started.append(1) or real(work))
    first = cli("validate", "-f", "parsable")
    assert first.exit_code == 0 and started == [1]
    reads = _parsed(monkeypatch)
    again = cli("validate", "--no-cache")  # not remembered: every file read again
    assert again.exit_code == 0 and len(reads) == 32
    reads.clear()
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 10**6)
    (tmp_path / "repo" / "kehoach.yaml").write_text("kind: settings\n# sửa\n", encoding="utf-8")
    third = cli("validate", "-f", "parsable")  # every plan from the shards the child wrote
    assert third.stdout == first.stdout
    assert [Path(p).name for p in reads] == ["kehoach.yaml"]


def test_shards_a_failed_child_did_not_write_are_written_here(cli, tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, 30)
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 4)

    monkeypatch.setattr(background, "start", _dies)
    first = cli("validate", "-f", "parsable")
    assert first.exit_code == 0
    reads = _parsed(monkeypatch)
    (tmp_path / "repo" / "kehoach.yaml").write_text("kind: settings\n# sửa\n", encoding="utf-8")
    again = cli("validate", "-f", "parsable")
    assert again.stdout == first.stdout
    assert [Path(p).name for p in reads] == ["kehoach.yaml"]


@pytest.mark.parametrize("command", [("due", "--format", "json"), ("who",)], ids=["due", "who"])
def test_due_and_who_write_their_shards_in_a_child_while_they_work(
    cli, tmp_path, monkeypatch, command
):
    """``due`` and ``who`` cold: the cache is written by a child while they work."""
    _repo(tmp_path, monkeypatch, 30)
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 4)  # 30 files: about 28 shards changed
    started = []
    real = background.start
    monkeypatch.setattr(background, "start", lambda work: started.append(1) or real(work))
    first = cli(*command)
    # the command's own load only: it does not run validate's checks (without --strict)
    assert first.exit_code == 0 and started == [1], first.output
    reads = _parsed(monkeypatch)
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 10**6)
    (tmp_path / "repo" / "kehoach.yaml").write_text("kind: settings\n# sửa\n", encoding="utf-8")
    again = cli(*command)  # every plan from the shards the child wrote
    assert again.stdout == first.stdout
    assert [Path(p).name for p in reads] == ["kehoach.yaml"]


def test_a_command_stopped_after_loading_still_writes_what_a_failed_child_did_not(
    cli, tmp_path, monkeypatch
):
    """``who`` stopped while it works on the loaded repository (here made to fail there): the
    shards the child did not write (it died) are written here all the same."""
    from kehoach.errors import KehoachError
    from kehoach.who import run as who_run

    _repo(tmp_path, monkeypatch, 30)
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 4)

    def stops(*args, **kwargs):
        raise KehoachError("dừng giữa chừng")

    monkeypatch.setattr(background, "start", _dies)
    with monkeypatch.context() as m:
        m.setattr(who_run, "responsibilities", stops)
        first = cli("who")
    assert first.exit_code == 2 and "dừng giữa chừng" in first.output
    reads = _parsed(monkeypatch)
    monkeypatch.setattr(cachesave, "BACKGROUND_SHARDS", 10**6)
    (tmp_path / "repo" / "kehoach.yaml").write_text("kind: settings\n# sửa\n", encoding="utf-8")
    assert cli("who", "--format", "json").exit_code == 0
    assert [Path(p).name for p in reads] == ["kehoach.yaml"]


@pytest.mark.parametrize("command", ["due", "who"])
def test_an_unknown_party_is_refused_before_any_document_is_read(
    cli, tmp_path, monkeypatch, command
):
    """``due`` and ``who`` check ``--party`` against ``orgs.yaml`` as soon as it and
    ``kehoach.yaml`` are loaded, first: a mistyped party is refused before any document is read."""
    _repo(tmp_path, monkeypatch, 30)
    reads = _parsed(monkeypatch)
    first = cli(command, "--party", "khong-co-to-chuc-nay")
    assert first.exit_code == 2 and "khong-co-to-chuc-nay" in first.output
    assert sorted(Path(p).name for p in reads) == ["kehoach.yaml", "orgs.yaml"]
