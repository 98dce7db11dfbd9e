"""Output files (issue 9, item 14): devices and pipes written through, never replaced (as root
too); read-only files and folders that take no file refused before any work, with the reason;
temporary files and LibreOffice folders cleaned up on signals and by the next run."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.io import atomic, emit
from kehoach.output import json_chunks
from kehoach.render import pdf

KEHOACH = Path(sys.executable).with_name("kehoach")
PLAN = "plans/2022/kh.yaml"


@pytest.fixture
def at_repo(repo, monkeypatch):
    monkeypatch.chdir(repo)
    return repo


def _run(*args, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, **kw.pop("env", {})}
    return subprocess.run(
        [str(KEHOACH), *args], capture_output=True, timeout=120, env=env, check=False, **kw
    )


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


def test_dash_o_dev_null_as_root(at_repo):
    before = os.stat("/dev/null")
    for args in (["render", PLAN, "--to", "txt"], ["due", "--today", "2022-03-01", "-f", "json"]):
        out = _run(*args, "-o", "/dev/null", cwd=at_repo)
        assert out.returncode == 0, out.stderr.decode()
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert not list(Path("/dev").glob(".kehoach-*"))


def test_dash_o_dev_stdout(at_repo):
    out = _run("render", PLAN, "--to", "txt", "-o", "/dev/stdout", cwd=at_repo)
    assert out.returncode == 0, out.stderr.decode()
    assert "KẾ HOẠCH" in out.stdout.decode("utf-8")


def test_read_only_output_file(cli, at_repo):
    target = at_repo / "kh.txt"
    target.write_text("bản cũ", encoding="utf-8")
    target.chmod(0o444)
    out = cli("render", PLAN, "--to", "txt", "-o", "kh.txt")
    assert out.exit_code == 2
    assert "chỉ đọc (read-only)" in out.stderr
    assert target.read_text(encoding="utf-8") == "bản cũ"


def test_pdf_into_a_folder_that_takes_no_file(cli, at_repo, monkeypatch):
    """Root passes every permission check: the folder is tried, and before LibreOffice runs."""
    (at_repo / "ro").mkdir()
    real = emit.temporary  # how the probe (and the atomic write) makes its file

    def refuse(folder):
        if Path(folder).name == "ro":
            raise OSError(30, "Read-only file system")
        return real(folder)

    monkeypatch.setattr(emit, "temporary", refuse)
    monkeypatch.setattr(pdf, "convert", lambda *a, **k: pytest.fail("converted for nothing"))
    out = cli("render", PLAN, "--to", "pdf", "-o", "ro/kh.pdf")
    assert out.exit_code == 2
    assert "Không ghi được vào thư mục ro: Read-only file system" in out.stderr


def test_read_only_pdf_target_is_refused_before_conversion(cli, at_repo, monkeypatch):
    (at_repo / "kh.pdf").write_bytes(b"%PDF")
    (at_repo / "kh.pdf").chmod(0o444)
    monkeypatch.setattr(pdf, "convert", lambda *a, **k: pytest.fail("converted for nothing"))
    out = cli("render", PLAN, "--to", "pdf", "-o", "kh.pdf")
    assert out.exit_code == 2 and "chỉ đọc" in out.stderr


def test_sigkill_in_the_write_window_then_the_next_write(tmp_path):
    script = (
        "import os, time\n"
        "os.replace = lambda *a: time.sleep(60)\n"
        "from kehoach.io.atomic import write_atomic\n"
        f"write_atomic({str(tmp_path / 'out.txt')!r}, b'x' * 1000)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        for _ in range(600):
            left = list(tmp_path.glob(".kehoach-*.tmp"))
            if left:
                break
            time.sleep(0.05)
        assert left, "the writer never reached its write window"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert left[0].exists()  # what SIGKILL leaves
    old = time.time() - 3600
    os.utime(left[0], (old, old))
    atomic.write_atomic(str(tmp_path / "other.txt"), b"y")  # the next write into the folder
    assert not left[0].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt"]


def test_a_process_looks_for_leftovers_once_per_folder(tmp_path, monkeypatch):
    """A cold run writes hundreds of cache files into one folder: the folder is listed once, at
    the first write, and a leftover of a killed process is removed then."""
    leftover = tmp_path / f".kehoach-{_dead_pid()}-abc.tmp"
    leftover.write_bytes(b"")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    listed = []
    real = os.listdir
    monkeypatch.setattr(atomic.os, "listdir", lambda folder: listed.append(folder) or real(folder))
    for n in range(20):
        atomic.write_atomic(str(tmp_path / f"shard-{n}.marshal"), b"x")
    assert not leftover.exists()
    assert listed == [str(tmp_path)]


def test_leftover_of_a_live_process_is_kept(tmp_path):
    mine = tmp_path / f".kehoach-{os.getppid()}-abc.tmp"
    mine.write_bytes(b"")
    old = time.time() - 3600
    os.utime(mine, (old, old))
    atomic.write_atomic(str(tmp_path / "x.txt"), b"x")
    assert mine.exists()


def test_sigterm_during_pdf_conversion(at_repo, tmp_path):
    """LibreOffice is stopped and the private profile folder removed."""
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexec sleep 60\n", encoding="utf-8")
    fake.chmod(0o755)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    proc = subprocess.Popen(
        [str(KEHOACH), "render", PLAN, "--to", "pdf", "-o", "kh.pdf"],
        cwd=at_repo,
        env={**os.environ, "KEHOACH_SOFFICE": str(fake), "TMPDIR": str(tmpdir)},
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            if list(tmpdir.glob("kehoach-pdf-*/*.docx")):
                break
            time.sleep(0.05)
        time.sleep(0.2)  # LibreOffice (the fake) has started
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 128 + signal.SIGTERM
    assert list(tmpdir.iterdir()) == []
    assert not (at_repo / "kh.pdf").exists()


def test_pdf_folder_left_by_a_killed_process(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = tmp_path / f"kehoach-pdf-{_dead_pid()}-abc"
    (dead / "profile").mkdir(parents=True)
    live = tmp_path / f"kehoach-pdf-{os.getppid()}-def"
    live.mkdir()
    old = time.time() - 3600
    for path in (dead, live):
        os.utime(path, (old, old))
    pdf.sweep()
    assert not dead.exists() and live.exists()


# -- streamed outputs are the same text as a whole one --------------------------------------------


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(_JSON, st.booleans())
def test_streamed_json_is_the_same_text(value, lazy):
    """Lists given as iterators (records made when written) print as json.dumps prints lists."""
    shaped = value
    if lazy and isinstance(value, dict):
        shaped = {k: iter(v) if isinstance(v, list) else v for k, v in value.items()}
    assert "".join(json_chunks(shaped)) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_title_like_a_spreadsheet_formula_in_csv(cli, at_repo):
    plan = at_repo / PLAN
    text = plan.read_text(encoding="utf-8").replace(
        "title: Hội thi", 'title: \'=HYPERLINK("http://x";"Hội thi")\''
    )
    plan.write_text(text, encoding="utf-8")
    out = cli("due", "--today", "2022-03-01", "--all", "-f", "csv")
    assert out.exit_code == 0, out.output
    assert "'=HYPERLINK" in out.stdout and ",=HYPERLINK" not in out.stdout


# the reader of the output goes away (``kehoach due | head``): every path that writes standard
# output — typer's, the fast paths of validate and due, a remembered answer written back
GONE_READER_RUNS = (
    ("due", "--today", "2022-03-01", "--all"),
    ("due", "--today", "2022-03-01", "--all", "-f", "json"),
    ("validate", "-f", "json"),
    ("who",),
    ("render", PLAN, "--to", "txt", "-o", "-"),
)


def _to_gone_reader(args, cwd, *, stderr_too=False) -> subprocess.CompletedProcess:
    """Run kehoach with standard output a pipe whose reading end is already closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [str(KEHOACH), *args],
            stdout=write_end,
            stderr=write_end if stderr_too else subprocess.PIPE,
            cwd=cwd,
            env=dict(os.environ),  # as ``_run`` gives it (the process's own may differ: a key)
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", GONE_READER_RUNS, ids=" ".join)
def test_a_reader_that_went_away_is_not_a_defect(at_repo, args):
    whole = _run(*args, cwd=at_repo, env={"KEHOACH_NO_CACHE": "1"})
    assert whole.stdout, "the run must write something for its reader to miss"
    # the runs below share the test's cache folder (conftest)
    for stderr_too in (False, True, False):  # a miss, then (nothing remembered) a miss again
        gone = _to_gone_reader(args, at_repo, stderr_too=stderr_too)
        assert gone.returncode == 1
        if not stderr_too:
            assert gone.stderr == b"", gone.stderr.decode()  # no traceback, no "Lỗi nội bộ"
    # nothing of a run whose reader went away was remembered: the next run prints it all
    again = _run(*args, cwd=at_repo)
    assert (again.returncode, again.stdout) == (whole.returncode, whole.stdout)
    # a remembered answer written back to a reader that went away (the hit path)
    gone = _to_gone_reader(args, at_repo)
    assert (gone.returncode, gone.stderr) == (1, b""), gone.stderr.decode()
    again = _run(*args, cwd=at_repo)
    assert (again.returncode, again.stdout) == (whole.returncode, whole.stdout)


LEAVE = """
import atexit, sys
from kehoach.cli import leave
atexit.register(lambda: open(sys.argv[1], "w", encoding="utf-8").write("ran"))
sys.stdout = open(1, "w", buffering=65536, encoding="utf-8", closefd=False)
sys.stdout.write("kế hoạch, no line end")  # still in the buffer
leave(int(sys.argv[2]))
"""


@pytest.mark.parametrize("code", [0, 1, 3])
def test_leave_runs_the_exit_functions_and_flushes_before_it_exits(tmp_path, code):
    """``kehoach.cli.leave`` ends the process without the interpreter's teardown: what must
    happen at exit still happens (``atexit``, buffered output), and the exit code is kept."""
    marker = tmp_path / "atexit"
    done = subprocess.run(
        [sys.executable, "-c", LEAVE, str(marker), str(code)], capture_output=True, timeout=60
    )
    assert done.returncode == code, done.stderr.decode()
    assert done.stdout.decode() == "kế hoạch, no line end" and done.stderr == b""
    assert marker.read_text(encoding="utf-8") == "ran"


def test_leave_with_a_reader_gone_is_exit_1_without_a_message(tmp_path):
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-c", LEAVE, str(tmp_path / "atexit"), "0"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (1, b"")


def test_leave_under_a_profiler_exits_the_ordinary_way(tmp_path):
    """``python -m cProfile`` writes its statistics when the program ends: under a profiler,
    ``leave`` exits the ordinary way (``os._exit`` would lose them)."""
    script = tmp_path / "run.py"
    script.write_text(LEAVE, encoding="utf-8")
    stats = tmp_path / "stats"
    done = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(stats), str(script), str(tmp_path / "x"), "3"],
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode()  # cProfile swallows SystemExit
    assert stats.stat().st_size > 0
