"""CPU per file of the work every cold load does, phase by phase, and of a cold ``validate`` —
for this code and, side by side, another copy of kehoach (an older commit) to compare.

    .venv/bin/python bench/percpu.py REPO [--other SRC] [--repeat 3] [--files 0]

``REPO`` is a plan repository (``bench/generate.py --files 10000 --seed 7 --out /tmp/r10k``).
Phases, in one process (``time.process_time``, per file): discovery and stamping
(``stamps.stamp_files``), read and decode, YAML parse, text checks (``checks.run_text_checks``),
schema (``schema.validate``). Then ``kehoach validate --format parsable`` cold (a fresh
``KEHOACH_CACHE_DIR`` each run) with ``KEHOACH_JOBS=1``: CPU seconds, user + sys of the process
tree. With ``--other SRC`` (the ``src`` folder of another copy, its C extension built in place),
each round runs that copy and this one alternately (``PYTHONPATH``): the machine is shared, so
take the medians and compare CPU, not wall time. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"

PHASES = ["discover+stamp", "read+decode", "parse", "text", "schema"]

# run in a child with the copy under test first on sys.path; prints the phases as JSON
CHILD = r"""
import json, os, sys, time
limit = int(sys.argv[2])
os.chdir(sys.argv[1])
from kehoach import checks, schema, stamps
from kehoach.io.discover import classify
from kehoach.io.yamlio import decode, parse, read_bytes
t = {}
clock = time.process_time
for kind in schema.KINDS:
    schema.prepare(kind)
start = clock()
files = [str(p) for p in stamps.stamp_files(None, use_cache=False).scope.files]
t["discover+stamp"] = clock() - start
n = len(files)
if limit:
    files = files[:limit]
for key in ("read+decode", "parse", "text", "schema"):
    t[key] = 0.0
for path in files:
    a = clock()
    raw, _ = read_bytes(path)
    text, _ = decode(path, raw)
    b = clock()
    loaded = parse(path, text)
    c = clock()
    checks.run_text_checks(path, text)
    d = clock()
    kind = classify(__import__("pathlib").Path(path), loaded.data)
    if kind != "unknown":
        schema.validate(kind, loaded.data, path)
    e = clock()
    t["read+decode"] += b - a
    t["parse"] += c - b
    t["text"] += d - c
    t["schema"] += e - d
out = {k: v / (n if k == "discover+stamp" else len(files)) * 1000 for k, v in t.items()}
print(json.dumps(out))
"""


def phases(src: Path, repo: Path, files: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(src), KEHOACH_JOBS="1")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(repo), str(files)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    return json.loads(out)


def validate_cpu(src: Path, repo: Path) -> float:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, PYTHONPATH=str(src), KEHOACH_JOBS="1", KEHOACH_CACHE_DIR=cache)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [sys.executable, "-c", "import sys; from kehoach.cli import run; sys.exit(run())"]
            + ["validate", "--format", "parsable", "."],
            cwd=repo,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repo", type=Path)
    ap.add_argument("--other", type=Path, help="the src folder of the copy to compare with")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--files", type=int, default=0, help="parse only the first N files (0: all)")
    ap.add_argument("--no-validate", action="store_true", help="phases only")
    args = ap.parse_args(argv)
    copies = {"this": SRC} if args.other is None else {"other": args.other, "this": SRC}
    runs: dict[str, dict[str, list[float]]] = {name: {} for name in copies}
    for _ in range(args.repeat):
        for name, src in copies.items():
            for key, value in phases(src, args.repo, args.files).items():
                runs[name].setdefault(key, []).append(value)
            if not args.no_validate:
                runs[name].setdefault("validate", []).append(validate_cpu(src, args.repo))
    med = {name: {k: statistics.median(v) for k, v in r.items()} for name, r in runs.items()}
    names = list(copies)
    print("| Giai đoạn | " + " | ".join(names) + (" | thay đổi |" if len(names) == 2 else " |"))
    print("|---" + "|---:" * (len(names) + (1 if len(names) == 2 else 0)) + "|")
    rows = PHASES + ["per-file total"] + (["validate"] if not args.no_validate else [])
    for name in names:
        med[name]["per-file total"] = sum(med[name][k] for k in PHASES)
    for key in rows:
        unit = "s CPU" if key == "validate" else "ms/tệp"
        cells = [f"{med[n][key]:.3f}" for n in names]
        change = ""
        if len(names) == 2 and med["other"][key]:
            change = f" | {100 * (med['this'][key] / med['other'][key] - 1):+.0f} %"
        print(f"| {key} ({unit}) | " + " | ".join(cells) + change + " |")
    spread = {n: {k: (min(v), max(v)) for k, v in r.items()} for n, r in runs.items()}
    print(f"\n{args.repeat} lượt xen kẽ, trung vị; khoảng min–max: {json.dumps(spread)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
