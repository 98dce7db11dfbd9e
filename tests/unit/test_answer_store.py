"""Remembered answers (issue 14), the parts below the command line: which runs qualify
(``cli.memo``'s option tables, kept equal to the typer commands'), the tee that records what a run
writes, and the store (``answers``: one small file per key, least recently used removed, racy
files compared by content, damaged files ignored). Through ``kehoach.cli.main``:
``tests/cli/test_answers.py``."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from kehoach import answerfile, answers
from kehoach.cli import memo
from kehoach.io import cache


def _answers() -> list[Path]:
    return sorted(Path(os.environ["KEHOACH_CACHE_DIR"]).glob(f"{answerfile.PREFIX}*"))


# -- the option tables are the commands' options -------------------------------------------------


def test_the_option_tables_are_the_typer_commands_options():
    import click
    import typer.main

    from kehoach.cli.app import app

    group = typer.main.get_command(app)
    for name in memo.VALUES:
        command = group.get_command(click.Context(group), name)  # built on first use
        assert command is not None, name
        values, flags = set(), set()
        for param in command.params:
            if param.param_type_name != "option":
                continue
            names = set(param.opts) | set(param.secondary_opts)
            (flags if param.is_flag else values).update(names)
        assert memo.VALUES[name] == values, name
        assert memo.FLAGS[name] == flags, name


@pytest.mark.parametrize(
    ("args", "paths"),
    [
        (["-f", "json", "a.yaml", "--strict"], ["a.yaml"]),
        (["--format=json", "-o", "-", "plans", "b"], ["plans", "b"]),
        (["--output=-"], []),
        (["--format", "text", "--help"], None),
        (["--unknown"], None),
        (["-fjson"], None),
        (["--", "a.yaml"], None),
        (["-o"], None),
        (["-o", "out.txt"], None),
        (["--no-cache"], None),
        ([""], None),
    ],
)
def test_positional_paths(args, paths):
    assert memo.positional("validate", args) == paths


def test_due_options_with_values_are_not_taken_for_paths():
    args = ["--within", "3m", "-p", "td", "--kind", "activity", "-k", "plan", "--all", "x"]
    assert memo.positional("due", args) == ["x"]
    assert memo.positional("who", ["--within", "3m"]) is None  # not an option of who


# -- the tee and the store ------------------------------------------------------------------------


def test_the_tee_forwards_everything_and_records_bytes(tmp_path):
    import io

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", write_through=True)
    record = memo.Recorder(100)
    tee = memo.Tee(stream, record)
    tee.write("Kế hoạch ")
    tee.flush()
    tee.buffer.write(b"\x00bytes")
    tee.writelines(["\n", "đ"])
    assert (tee.encoding, tee.isatty(), tee.errors) == ("utf-8", False, "strict")
    assert record.value() == raw.getvalue() == "Kế hoạch \x00bytes\nđ".encode()
    tee.write("x" * 100)  # over the limit: forwarded, no longer recorded
    assert record.value() is None and raw.getvalue().endswith(b"x" * 100)


def _stored(key: str, out: bytes = b"out", code: int = 0) -> None:
    answerfile.store(answers.Question(key, [], 0), out, b"", code)


def _found(key: str, asked: answers.Question | None = None):
    """(stdout, stderr, code) remembered for ``key`` (or ``asked``), or None."""
    found = answerfile.lookup(asked or answers.Question(key, [], 0))
    if found is None:
        return None
    with found:
        return found.out(), found.err, found.code


def test_only_the_most_recently_used_answers_are_kept(monkeypatch):
    folder = os.environ["KEHOACH_CACHE_DIR"]
    for i in range(answerfile.KEEP + 5):
        _stored(f"k{i}")
        path = os.path.join(folder, f"{answerfile.PREFIX}k{i}{answerfile.SUFFIX}")
        os.utime(path, ns=(i * 10**9, i * 10**9))
    assert _found("k4") is None  # removed: among the oldest
    assert _found("k5") == (b"out", b"", 0)  # used: now the most recent
    _stored("new", b"", 1)
    assert _found("k5") is not None and _found("k6") is None
    assert len(_answers()) == answerfile.KEEP


@pytest.mark.parametrize(
    "saved",
    [b"", b"not marshal", None, {"version": "0", "key": "k", "out": b"", "err": b"", "code": 0}],
)
def test_a_damaged_answer_is_ignored(saved):
    import marshal

    path = os.path.join(os.environ["KEHOACH_CACHE_DIR"], f"{answerfile.PREFIX}k{answerfile.SUFFIX}")
    with open(path, "wb") as fh:
        fh.write(saved if isinstance(saved, bytes) else marshal.dumps(saved))
    assert _found("k") is None
    _stored("k", b"x", 2)  # a usage error: never answered from memory
    assert _found("k") is None


def _answer_path(key: str = "k") -> str:
    return os.path.join(
        os.environ["KEHOACH_CACHE_DIR"], f"{answerfile.PREFIX}{key}{answerfile.SUFFIX}"
    )


def _head_length(data: bytes) -> bytes:
    """The answer file ``data`` with its head said to be much longer than it is."""
    at = len(answerfile.MAGIC)
    return data[:at] + (1 << 30).to_bytes(4, "little") + data[at + 4 :]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-1],  # cut short: the head says more than the file holds
        lambda data: data + b"x",  # longer than the head accounts for
        lambda data: b"KHANSW\x00\x02" + data[8:],  # another format
        _head_length,
        lambda data: data[:12] + b"\xff" + data[13:],  # the head is not marshal data
    ],
    ids=["short", "long", "magic", "head-length", "head"],
)
def test_an_answer_file_its_head_does_not_account_for_is_ignored(damage):
    _stored("k", b"the agenda\n" * 1000)
    with open(_answer_path(), "rb") as fh:
        data = fh.read()
    with open(_answer_path(), "wb") as fh:
        fh.write(damage(data))
    assert _found("k") is None


def test_answers_of_the_earlier_format_are_removed(monkeypatch):
    old = os.path.join(os.environ["KEHOACH_CACHE_DIR"], f"{answerfile.PREFIX}k.marshal")
    with open(old, "wb") as fh:
        fh.write(b"old")
    _stored("new")
    assert not os.path.exists(old) and _found("new") == (b"out", b"", 0)


OUT = bytes(range(256)) * 5000  # 1.28 MB: more than a pipe holds, more than one piece


@pytest.fixture
def sent(monkeypatch) -> list[int]:
    """The number of bytes each ``os.sendfile`` call copied."""
    calls: list[int] = []
    real = os.sendfile

    def counting(out_fd, in_fd, offset, count):
        n = real(out_fd, in_fd, offset, count)
        calls.append(n)
        return n

    monkeypatch.setattr(answerfile.os, "sendfile", counting)
    return calls


def _written_back(stream) -> None:
    _stored("k", OUT)
    with answerfile.lookup(answers.Question("k", [], 0)) as found:
        assert (found.size, found.err, found.code) == (len(OUT), b"", 0)
        found.write_out(stream)


def test_a_remembered_output_is_copied_to_a_file_by_the_kernel(tmp_path, sent):
    with open(tmp_path / "out", "wb") as fh:
        fh.write(b"before:")
        _written_back(fh)
    assert (tmp_path / "out").read_bytes() == b"before:" + OUT
    assert sum(sent) == len(OUT)


def test_a_remembered_output_is_copied_into_a_pipe(sent):
    import threading

    read_end, write_end = os.pipe()
    got: list[bytes] = []

    def read() -> None:
        with os.fdopen(read_end, "rb") as fh:
            got.append(fh.read())

    reader = threading.Thread(target=read)
    reader.start()
    with os.fdopen(write_end, "wb") as fh:
        _written_back(fh)
    reader.join(timeout=30)
    assert got == [OUT] and sum(sent) == len(OUT)


def test_a_remembered_output_is_written_where_the_kernel_cannot_copy(monkeypatch, sent):
    import io

    buffer = io.BytesIO()  # no file descriptor: read and written in pieces
    _written_back(buffer)
    assert buffer.getvalue() == OUT and sent == []

    def refused(*args):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(answerfile.os, "sendfile", refused)
    read_end, write_end = os.pipe()
    os.close(read_end)
    with open(os.devnull, "wb") as fh:  # refused by sendfile: the same bytes, by hand
        _written_back(fh)
    with pytest.raises(BrokenPipeError), os.fdopen(write_end, "wb") as fh:
        _written_back(fh)  # a closed pipe is said, as a write says it


def test_a_racy_file_is_checked_by_content_against_what_it_was_when_stored(tmp_path):
    """Stored while the file was racy: later (no longer racy now), its content is still compared
    with the content it had when the answer was stored."""
    plan = tmp_path / "kh.yaml"
    plan.write_text("a: 1\n", encoding="utf-8")
    st = cache.stamp(plan)
    stored = answers.Question("k", [(str(plan), st)], st[0])  # racy when stamped
    assert stored.racy
    answerfile.store(stored, b"one", b"", 0)
    later = answers.Question("k", [(str(plan), st)], st[0] + 10 * 2_000_000_000)
    assert not later.racy
    assert _found("k", later) == (b"one", b"", 0)
    plan.write_text("a: 2\n", encoding="utf-8")  # same size; the stamp given is the old one
    assert _found("k", later) is None


def test_an_answer_found_by_hashing_files_racy_no_longer_is_stored_again(tmp_path, monkeypatch):
    """Stored while every file was racy (a clone, then at once a run), each later look-up would
    hash every file: the first that finds it stores it again as of its own stamping, and the ones
    after it hash nothing (an edit since changes a stamp, and so the key)."""
    plan = tmp_path / "kh.yaml"
    plan.write_text("a: 1\n", encoding="utf-8")
    st = cache.stamp(plan)
    answerfile.store(answers.Question("k", [(str(plan), st)], st[0]), b"one", b"", 0)
    later = answers.Question("k", [(str(plan), st)], st[0] + 10 * 2_000_000_000)
    found = answerfile.lookup(later)
    with found:
        assert found.stale
        answerfile.refresh(later, found)
    hashed = []
    real = answers._content
    monkeypatch.setattr(answers, "_content", lambda p: hashed.append(p) or real(p))
    again = answers.Question("k", [(str(plan), st)], st[0] + 11 * 2_000_000_000)
    found = answerfile.lookup(again)
    with found:
        assert not found.stale and (found.out(), found.code) == (b"one", 0)
    assert hashed == []


def test_an_answer_still_racy_is_not_stored_again(tmp_path, monkeypatch):
    plan = tmp_path / "kh.yaml"
    plan.write_text("a: 1\n", encoding="utf-8")
    st = cache.stamp(plan)
    asked = answers.Question("k", [(str(plan), st)], st[0])
    answerfile.store(asked, b"one", b"", 0)
    monkeypatch.setattr(answerfile, "store", lambda *a: pytest.fail("stored again"))
    found = answerfile.lookup(asked)
    with found:
        assert not found.stale
        answerfile.refresh(asked, found)


def test_a_fifo_in_place_of_a_racy_file_is_not_waited_on(tmp_path):
    """Stamped as a regular file, replaced by a FIFO before its content is hashed: no hang."""
    fifo = tmp_path / "kh.yaml"
    os.mkfifo(fifo)
    asked = answers.Question("k", [(str(fifo), (time.time_ns(), 1, 1, time.time_ns()))], 0)
    assert asked.racy == {str(fifo): "not a regular file"}
