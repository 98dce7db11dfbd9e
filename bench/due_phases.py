"""Where ``kehoach due`` (or ``who``, or ``validate``) spends its CPU time, phase by phase (issue 14).

    .venv/bin/python bench/due_phases.py [--files 1000 | --repo PATH] --repeat 5 \
        [--commands due,validate] [--cold]

Generates the seeded repository (``bench/generate.py``) into a temporary folder (or uses
``--repo``), fills a fresh cache with one ``kehoach validate``, then runs each command's phases in
separate processes, the commands in turn every round, and prints the median CPU time (user +
system, helper and cache-writing child processes included once reaped) of each phase. The phases
follow the command's own path — ``loading(part=…)`` cut to the command's part, the lines from
``Loaded.line_finder``, the cache and the line table written when the block ends — without the
remembered answers (``cli.memo``), so that a warm run here is the run after an edit of nothing:
every file from the cache. ``due``: importing its fast path, loading, collecting the items (only
those the window lists), selecting the window, finding the source lines, writing the default
table, writing the cache; ``who``: the same with its responsibilities; ``validate``: importing its
fast path, ``run_validate`` whole, writing the parsable output. ``--cold``: every run with a fresh
cache (the load then counts the helper processes too). Compare with ``bench/run.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

PHASES = r"""
import json, resource
from datetime import date
from functools import partial
def t():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
marks = [t()]
from kehoach.cli import fast_due  # noqa: F401  (what ``kehoach due`` imports on its fast path)
from kehoach.due.filters import Keep, latest_listed, select
from kehoach.due.formats import FORMATS
from kehoach.due.items import collect
from kehoach.due.part import AGENDA
from kehoach.due.run import DueOptions, DueResult, alarm_days, build_query, window_meta
from kehoach.due.taken import Activities
from kehoach.load import loading
from kehoach.model.schedule import work_calendar
from kehoach.output import Style
marks.append(t())
# the command's own path: each document cut to its part, its activity items built as it is loaded
taken = Activities(partial(build_query, DueOptions(date(2023, 6, 30))))
session = loading(None, part=AGENDA, taker=taken)
loaded = session.__enter__()
marks.append(t())
repo = loaded.repo
query = taken.query
items = collect(repo, loaded.target_documents(), work_calendar(repo.settings), query.today,
                Keep(query), latest_listed(query), taken.items)
marks.append(t())
chosen = select(items, query)
marks.append(t())
loaded.line_finder().fill(chosen)
marks.append(t())
result = DueResult(chosen, repo, query, 0, [], window_meta(query), alarm_days(repo))
"".join(FORMATS["table"].stream(result, Style()))
marks.append(t())
session.__exit__(None, None, None)  # the cache written (by a child on the other core) and the lines
marks.append(t())
print(json.dumps([b - a for a, b in zip(marks, marks[1:])] + [len(items), len(chosen)]))
"""
WHO_PHASES = r"""
import json, resource
def t():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
marks = [t()]
from kehoach.cli.app import build_command
build_command("who", "who:who", "")
from kehoach.io import lines
from kehoach.load import loading
from kehoach.output import Style
from kehoach.who.formats import FORMATS
from kehoach.who.part import DUTIES
from kehoach.who.run import WhoResult, responsibilities
marks.append(t())
session = loading(None, part=DUTIES)  # the command's own path: each document cut to its part
loaded = session.__enter__()
marks.append(t())
fill, lines.LineFinder.fill = lines.LineFinder.fill, lambda self, items: None
parties = responsibilities(loaded.repo, loaded.target_documents())
lines.LineFinder.fill = fill
marks.append(t())
entries = [e for p in parties for _, _, group in p.groups() for e in group]
loaded.line_finder().fill(entries)
marks.append(t())
result = WhoResult(parties, {o: loaded.repo.org_name(o) for o in loaded.repo.orgs}, 0)
"".join(FORMATS["table"].stream(result, Style()))
marks.append(t())
session.__exit__(None, None, None)
marks.append(t())
print(json.dumps([b - a for a, b in zip(marks, marks[1:])] + [len(entries), len(parties)]))
"""
VALIDATE_PHASES = r"""
import json, resource
def t():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
marks = [t()]
from kehoach.cli import fast  # noqa: F401  (what ``kehoach validate`` imports on its fast path)
from kehoach.validate.formats import FORMATS
from kehoach.validate.run import run_validate
from kehoach.output import Style
marks.append(t())
result = run_validate(None)  # load, per-document checks where loaded, cross checks, cache
marks.append(t())
fmt = FORMATS["parsable"]
out = (fmt.stream or fmt.write)(result, Style())
"".join(out) if not isinstance(out, (str, bytes)) else out
marks.append(t())
print(json.dumps([b - a for a, b in zip(marks, marks[1:])] + [len(result.problems), 0]))
"""
VALIDATE_NAMES = [
    "nạp mã của lệnh (đường nhanh)",
    "run_validate (nạp, kiểm tra theo văn bản nơi nạp, kiểm tra chéo, ghi bộ đệm)",
    "viết kết quả (parsable)",
]
WHO_NAMES = [
    "nạp CLI (typer), dựng lệnh",
    "nạp kho theo phần của lệnh (tìm, lấy dấu, đọc tệp hoặc bộ đệm, cắt phần, dựng Repository)",
    "trách nhiệm từng bên (responsibilities)",
    "tìm dòng nguồn",
    "viết bảng",
    "ghi bộ đệm và bảng dòng",
]
NAMES = [
    "nạp mã của lệnh (đường nhanh)",
    "nạp kho theo phần của lệnh (tìm, lấy dấu, đọc tệp hoặc bộ đệm, cắt phần, việc của hoạt động, dựng Repository)",
    "dựng việc còn lại (collect: họp, sơ kết, tổng kết, kế hoạch năm)",
    "lọc theo khoảng (select)",
    "tìm dòng nguồn",
    "viết bảng",
    "ghi bộ đệm và bảng dòng",
]

SCRIPTS = {
    "due": (PHASES, NAMES, "việc dựng, {} việc trong khoảng"),
    "who": (WHO_PHASES, WHO_NAMES, "mục trách nhiệm, {} bên"),
    "validate": (VALIDATE_PHASES, VALIDATE_NAMES, "vấn đề"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--repo", type=Path, help="an existing repository instead of a generated one")
    ap.add_argument(
        "--commands",
        default="due",
        help="comma-separated, among due, who, validate; measured in turn in every round",
    )
    ap.add_argument("--who", action="store_true", help="same as --commands who")
    ap.add_argument("--cold", action="store_true", help="a fresh cache for every run")
    args = ap.parse_args()
    commands = ["who"] if args.who else args.commands.split(",")
    if unknown := [c for c in commands if c not in SCRIPTS]:
        ap.error(f"lệnh không đo được: {', '.join(unknown)}")
    runs: dict[str, list[list[float]]] = {c: [] for c in commands}
    with tempfile.TemporaryDirectory(prefix="kehoach-due-") as tmp:
        root, cache = args.repo or Path(tmp) / "repo", Path(tmp) / "cache"
        if args.repo is None:
            generate(root, args.files, args.seed)
        env = {**os.environ, "KEHOACH_CACHE_DIR": str(cache)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have compiled modules
        kehoach = str(Path(sys.executable).with_name("kehoach"))
        subprocess.run([kehoach, "validate", "."], cwd=root, env=env, capture_output=True)
        for i in range(args.repeat):
            turn = commands[i % len(commands) :] + commands[: i % len(commands)]
            for command in turn:
                if args.cold:
                    shutil.rmtree(cache, ignore_errors=True)
                out = subprocess.run(
                    [sys.executable, "-c", SCRIPTS[command][0]],
                    cwd=root,
                    env=env,
                    capture_output=True,
                    check=True,
                )
                runs[command].append(json.loads(out.stdout.decode("utf-8").splitlines()[-1]))
    state = "nguội" if args.cold else "ấm"
    for command in commands:
        _, names, counted = SCRIPTS[command]
        got = runs[command]
        medians = [statistics.median(r[i] for r in got) for i in range(len(names))]
        print(f"{got[0][-2]} {counted.format(got[0][-1])}; {args.repeat} lần, trung vị CPU\n")
        print(f"| Giai đoạn (`{command}` {state}) | CPU (s) |\n|---|---:|")
        for name, value in zip(names, medians, strict=True):
            print(f"| {name} | {value:.3f} |")
        print(f"| **tổng** | **{sum(medians):.3f}** |\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
