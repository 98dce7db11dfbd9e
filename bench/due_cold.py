"""``kehoach due`` cold against ``kehoach validate`` cold, on CPU time (issue 14, item 3).

    .venv/bin/python bench/due_cold.py REPO --repeat 9 [--code NAME=SRC …] [--jobs N]

Runs, round after round, ``kehoach validate --format parsable .`` and ``kehoach due . --today
2023-06-30`` (the command lines of measures a and f of ``bench/run.py``) in ``REPO``, each with a
fresh ``KEHOACH_CACHE_DIR`` (cold: every file read, checked and cached again), and prints the
median CPU time (user + system of the process and its children, from ``wait4``) of each command
and the ratio due / validate. With ``--code NAME=SRC`` (repeatable) both commands run on that
copy of the source instead of the installed one (``PYTHONPATH=SRC``: a snapshot of the
repository's ``src/``, its built ``_cyaml`` extension included, next to its ``schemas/`` and
``templates/``), every copy in every round, so that old and new code are measured under the same
load from other processes. The order of the commands turns every round. Each run's
output is checked to be the same bytes for every code (a change must not change what is printed).

With ``--edited``, each run is the one after one file changed instead of a cold one: the
repository is copied, a cache is filled for each code (``validate``, then ``due``), then every
round one plan gets a new comment line at its end and each command runs with a copy of its code's
filled cache: every other file comes from the cache, the remembered answers do not hold.

With ``--who``, ``kehoach who .`` is measured in place of ``due``. Where each command's CPU goes,
phase by phase on its own path: ``bench/due_phases.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTRY = "import sys; from kehoach.cli import run; sys.argv[0] = 'kehoach'; sys.exit(run())"
COMMANDS = {
    "validate": ["validate", "--format", "parsable", "."],
    "due": ["due", ".", "--today", "2023-06-30"],
}


def run_once(
    repo: Path, args: list[str], src: str | None, jobs: str | None, filled: Path | None = None
) -> tuple[float, str]:
    """CPU seconds (user + system, children included) and the SHA-256 of stdout of one cold run
    (with ``filled``: a run with a copy of that cache)."""
    with tempfile.TemporaryDirectory(prefix="kh-due-cold-") as cache:
        if filled is not None:
            shutil.copytree(filled, cache, dirs_exist_ok=True)
        env = dict(os.environ, KEHOACH_CACHE_DIR=cache)
        if src:
            env["PYTHONPATH"] = src
        if jobs:
            env["KEHOACH_JOBS"] = jobs
        with tempfile.TemporaryFile() as out:
            proc = subprocess.Popen(
                [sys.executable, "-c", ENTRY, *args],
                cwd=repo,
                env=env,
                stdout=out,
                stderr=None,
            )
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode not in (0, 1):
                sys.exit(f"{' '.join(args)}: mã thoát {proc.returncode}")
            out.seek(0)
            digest = hashlib.sha256(out.read()).hexdigest()
    return usage.ru_utime + usage.ru_stime, digest


def main() -> int:
    ap = argparse.ArgumentParser(description="due nguội so với validate nguội, theo CPU.")
    ap.add_argument("repo", type=Path, help="kho đo (bench/generate.py --files 1000 --seed 7)")
    ap.add_argument("--repeat", type=int, default=9, help="số lượt, lấy trung vị (mặc định 9)")
    ap.add_argument(
        "--code",
        action="append",
        default=[],
        metavar="TÊN=SRC",
        help="đo bản mã ở SRC (PYTHONPATH) thay cho bản đã cài; lặp lại để so nhiều bản, xen kẽ",
    )
    ap.add_argument("--jobs", help="KEHOACH_JOBS cho mọi lần chạy (mặc định: như kehoach tự chọn)")
    ap.add_argument(
        "--edited",
        action="store_true",
        help="đo lần chạy sau khi sửa một tệp (bộ nhớ đệm giữ mọi tệp khác) thay cho lần nguội",
    )
    ap.add_argument(
        "--who",
        action="store_true",
        help="đo `kehoach who .` thay cho `due` (cùng cách: nguội, hoặc sau khi sửa một tệp)",
    )
    args = ap.parse_args()
    codes: list[tuple[str, str | None]] = [
        (name, src) for name, _, src in (c.partition("=") for c in args.code)
    ] or [("cài đặt", None)]
    if args.who:
        del COMMANDS["due"]
        COMMANDS["who"] = ["who", "."]
    other = next(c for c in COMMANDS if c != "validate")
    with tempfile.TemporaryDirectory(prefix="kh-due-edited-") as work:
        repo, filled, edited = args.repo, {}, None
        if args.edited:
            repo = Path(work) / "repo"
            shutil.copytree(args.repo, repo)
            # files changed within 2 s of being read are "racy" (``io.cachedir.RACY_NS``): hashed
            # again by every run. Filled later, the caches trust every file by its stamp.
            time.sleep(2.5)
            edited = next(iter(sorted(repo.glob("plans/**/*.yaml"))))
            for name, src in codes:
                filled[name] = Path(work) / f"cache-{name}"
                for cmd in COMMANDS:
                    fill(repo, COMMANDS[cmd], src, args.jobs, filled[name])
        cpu = measure(args, codes, repo, filled, edited)
    when = "sau khi sửa một tệp" if args.edited else "nguội"
    print(f"| Mã | `validate` {when}, CPU (s) | `{other}` {when}, CPU (s) | {other} / validate |")
    print("|---|---:|---:|---:|")
    for name, _ in codes:
        v, d = (statistics.median(cpu[(name, c)]) for c in ("validate", other))
        spread = {c: f"{min(cpu[(name, c)]):.2f}–{max(cpu[(name, c)]):.2f}" for c in COMMANDS}
        print(
            f"| {name} | {v:.3f} ({spread['validate']}) | {d:.3f} ({spread[other]}) "
            f"| {d / v:.2f}× |"
        )
    same = all(len(d) == 1 for d in cpu.digests.values())
    print(f"\nKết quả in ra giống hệt nhau giữa các bản mã: {'có' if same else 'KHÔNG'}")
    return 0 if same else 1


class Samples(dict):
    """CPU seconds by (code, command), and the digests of what each command printed."""

    def __init__(self) -> None:
        super().__init__()
        self.digests: dict[str, set[str]] = {c: set() for c in COMMANDS}


def fill(repo: Path, args: list[str], src: str | None, jobs: str | None, cache: Path) -> None:
    """Run a command with ``cache`` as its cache folder (filled, kept)."""
    env = dict(os.environ, KEHOACH_CACHE_DIR=str(cache))
    if src:
        env["PYTHONPATH"] = src
    if jobs:
        env["KEHOACH_JOBS"] = jobs
    subprocess.run(
        [sys.executable, "-c", ENTRY, *args], cwd=repo, env=env, stdout=subprocess.DEVNULL
    )


def measure(args, codes, repo: Path, filled: dict, edited: Path | None) -> Samples:
    cpu = Samples()
    runs = [(name, src, cmd) for name, src in codes for cmd in COMMANDS]
    for i in range(args.repeat):
        if edited is not None:  # a new comment line: the same data, new bytes and stamp
            with open(edited, "a", encoding="utf-8") as f:
                f.write(f"# lượt {i + 1}\n")
        order = runs[i % len(runs) :] + runs[: i % len(runs)]
        for name, src, cmd in order:
            seconds, digest = run_once(repo, COMMANDS[cmd], src, args.jobs, filled.get(name))
            cpu.setdefault((name, cmd), []).append(seconds)
            cpu.digests[cmd].add(digest)
        print(f"lượt {i + 1}/{args.repeat}", file=sys.stderr, flush=True)
    return cpu


if __name__ == "__main__":
    sys.exit(main())
