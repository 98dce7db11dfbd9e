"""Where a warm ``kehoach due`` spends its CPU time, phase by phase (issue 14, item 3).

    .venv/bin/python bench/due_phases.py --files 1000 --repeat 5

Generates the seeded repository (``bench/generate.py``) into a temporary folder, fills a fresh
cache with one ``kehoach validate``, then runs the phases of ``due.run.run_due`` in separate
processes (each a warm run: the cache already holds every file) and prints the median CPU time
(user + system) of each: importing the typer CLI, loading (finding and stamping the files,
the per-file cache entries, the ``Repository``), collecting the items, selecting the window,
finding the source lines, writing the default table. Compare with ``bench/run.py`` (b: ``validate`` warm).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

PHASES = r"""
import io, json, time
from datetime import date
t = time.process_time
marks = [t()]
import kehoach.cli.app  # noqa: F401  (what every typer command imports)
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
                query.today)
marks.append(t())
chosen = select(items, query)
marks.append(t())
LineFinder().fill(chosen)
marks.append(t())
result = DueResult(chosen, loaded.repo, query, 0, [], window_meta(query), alarm_days(loaded.repo))
FORMATS["table"].write(result, Style())
marks.append(t())
print(json.dumps([b - a for a, b in zip(marks, marks[1:])] + [len(items), len(chosen)]))
"""
NAMES = [
    "nạp CLI (typer)",
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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kehoach-due-") as tmp:
        root, cache = Path(tmp) / "repo", Path(tmp) / "cache"
        generate(root, args.files, args.seed)
        env = {**os.environ, "KEHOACH_CACHE_DIR": str(cache)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users have compiled modules
        kehoach = str(Path(sys.executable).with_name("kehoach"))
        subprocess.run([kehoach, "validate", "."], cwd=root, env=env, capture_output=True)
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, "-c", PHASES], cwd=root, env=env, capture_output=True, check=True
            )
            runs.append(json.loads(out.stdout.decode("utf-8").splitlines()[-1]))
    medians = [statistics.median(r[i] for r in runs) for i in range(len(NAMES))]
    print(f"{runs[0][-2]} việc, {runs[0][-1]} việc trong khoảng; {args.repeat} lần, trung vị CPU\n")
    print("| Giai đoạn (`due` ấm) | CPU (s) |\n|---|---:|")
    for name, value in zip(NAMES, medians, strict=True):
        print(f"| {name} | {value:.3f} |")
    print(f"| **tổng** | **{sum(medians):.3f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
