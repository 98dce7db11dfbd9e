"""Where a warm ``kehoach due`` (or ``who``) spends its CPU time, phase by phase (issue 14).

    .venv/bin/python bench/due_phases.py --files 1000 --repeat 5 [--who] [--cold]

Generates the seeded repository (``bench/generate.py``) into a temporary folder, fills a fresh
cache with one ``kehoach validate``, then runs the phases of ``due.run.run_due`` in separate
processes (each a warm run: the cache already holds every file) and prints the median CPU time
(user + system) of each: importing the typer CLI and building the command, loading (finding
and stamping the files, the per-file cache entries, the ``Repository``), collecting the items
(only those the window lists), selecting the window, finding the source lines, writing the
default table to a file. ``--who``: the phases of ``who`` (its responsibilities, source lines,
table). ``--cold``: every run with a fresh cache (the load then counts the worker processes
too). Compare with ``bench/run.py`` (a, b: ``validate`` cold and warm).
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
import io, json, resource, time
from datetime import date
from functools import partial
def t():
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
marks = [t()]
from kehoach.cli.app import build_command
build_command("due", "due:due", "")  # what ``kehoach due`` imports and builds
from kehoach.due.filters import admits
from kehoach.due.filters import select
from kehoach.due.formats import FORMATS
from kehoach.due.items import collect
from kehoach.due.run import DueOptions, DueResult, alarm_days, build_query, window_meta
from kehoach.io.lines import LineFinder
from kehoach.load import load
from kehoach.model.schedule import work_calendar
from kehoach.output import Style
marks.append(t())
loaded = load(None)
marks.append(t())
query = build_query(DueOptions(date(2023, 6, 30)), loaded.repo)
items = collect(loaded.repo, loaded.target_documents(), work_calendar(loaded.repo.settings),
                query.today, partial(admits, query))
marks.append(t())
chosen = select(items, query)
marks.append(t())
LineFinder().fill(chosen)
marks.append(t())
result = DueResult(chosen, loaded.repo, query, 0, [], window_meta(query), alarm_days(loaded.repo))
"".join(FORMATS["table"].stream(result, Style()))
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
from kehoach.load import load
from kehoach.output import Style
from kehoach.who.formats import FORMATS
from kehoach.who.run import WhoResult, responsibilities
marks.append(t())
loaded = load(None)
marks.append(t())
fill, lines.LineFinder.fill = lines.LineFinder.fill, lambda self, items: None
parties = responsibilities(loaded.repo, loaded.target_documents())
lines.LineFinder.fill = fill
marks.append(t())
entries = [e for p in parties for _, _, group in p.groups() for e in group]
lines.LineFinder().fill(entries)
marks.append(t())
result = WhoResult(parties, {o: loaded.repo.org_name(o) for o in loaded.repo.orgs}, 0)
"".join(FORMATS["table"].stream(result, Style()))
marks.append(t())
print(json.dumps([b - a for a, b in zip(marks, marks[1:])] + [len(entries), len(parties)]))
"""
WHO_NAMES = [
    "nạp CLI (typer), dựng lệnh",
    "load (tìm và lấy dấu tệp, đọc bộ đệm từng tệp, dựng Repository)",
    "trách nhiệm từng bên (responsibilities)",
    "tìm dòng nguồn",
    "viết bảng",
]
NAMES = [
    "nạp CLI (typer), dựng lệnh",
    "load (tìm và lấy dấu tệp, đọc bộ đệm từng tệp, dựng Repository)",
    "dựng việc (collect)",
    "lọc theo khoảng (select)",
    "tìm dòng nguồn",
    "viết bảng",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--who", action="store_true", help="the phases of `kehoach who`")
    ap.add_argument("--cold", action="store_true", help="a fresh cache for every run")
    args = ap.parse_args()
    script, names = (WHO_PHASES, WHO_NAMES) if args.who else (PHASES, NAMES)
    with tempfile.TemporaryDirectory(prefix="kehoach-due-") as tmp:
        root, cache = Path(tmp) / "repo", Path(tmp) / "cache"
        generate(root, args.files, args.seed)
        env = {**os.environ, "KEHOACH_CACHE_DIR": str(cache)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have compiled modules
        kehoach = str(Path(sys.executable).with_name("kehoach"))
        subprocess.run([kehoach, "validate", "."], cwd=root, env=env, capture_output=True)
        runs = []
        for _ in range(args.repeat):
            if args.cold:
                shutil.rmtree(cache, ignore_errors=True)
            out = subprocess.run(
                [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, check=True
            )
            runs.append(json.loads(out.stdout.decode("utf-8").splitlines()[-1]))
    medians = [statistics.median(r[i] for r in runs) for i in range(len(names))]
    state = "nguội" if args.cold else "ấm"
    if args.who:
        print(
            f"{runs[0][-2]} mục trách nhiệm, {runs[0][-1]} bên; {args.repeat} lần, trung vị CPU\n"
        )
        print(f"| Giai đoạn (`who` {state}) | CPU (s) |\n|---|---:|")
    else:
        print(
            f"{runs[0][-2]} việc dựng, {runs[0][-1]} việc trong khoảng; {args.repeat} lần, trung vị CPU\n"
        )
        print(f"| Giai đoạn (`due` {state}) | CPU (s) |\n|---|---:|")
    for name, value in zip(names, medians, strict=True):
        print(f"| {name} | {value:.3f} |")
    print(f"| **tổng** | **{sum(medians):.3f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
