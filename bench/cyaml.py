"""The C YAML loader (``io/_cyaml.c``) against the Python loop over PyYAML's parser.

    .venv/bin/python bench/cyaml.py [--files 1000] [--repeat 7] [--data bench/data]

Generates the bench repository (``bench/generate.py``, seed 7) and measures, alternating in each
round (the machine is shared: medians, CPU time is the number to compare):

- ``yamlfast.load`` over every YAML file of the repository, in this process: the C function
  (``_cyaml.load``) and the Python loop (``yamlfast._load``), CPU time (``process_time``); both
  must give the same data for every file;
- ``kehoach validate`` cold (a fresh ``KEHOACH_CACHE_DIR`` every run), with the C loader and with
  ``KEHOACH_NO_C_YAML=1``: wall and CPU seconds (user + sys of the whole process tree).

Prints a Markdown table for docs/performance.md. Exit code 1 when the extension is not built or
is stale (``make setup``; Debian: ``apt-get install libyaml-dev``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent / "kehoach"

sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

SWITCHES = ("KEHOACH_NO_CACHE", "KEHOACH_NO_C_YAML", "KEHOACH_NO_YAML_LINES")


def validate(root: Path, off: str | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (children) of one cold ``kehoach validate``; ``off``: the variable
    (of ``SWITCHES``) set to turn something off for this run."""
    cache = tempfile.mkdtemp(prefix="kehoach-bench-cyaml-")
    env = {**os.environ, "KEHOACH_CACHE_DIR": cache}
    for name in SWITCHES:
        env.pop(name, None)
    if off:
        env[off] = "1"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    cmd = [str(BIN), "validate", "--format", "parsable", "."]
    proc = subprocess.run(cmd, cwd=root, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(cache, ignore_errors=True)
    if proc.returncode != 0 or proc.stdout.strip():
        sys.exit(
            f"validate: exit {proc.returncode}\n{(proc.stdout + proc.stderr).decode()[-2000:]}"
        )
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def loads(texts: list[str], load) -> float:
    start = time.process_time()
    for text in texts:
        load(text)
    return time.process_time() - start


def _range(values: list[float]) -> str:
    return f"{min(values):.3f}–{max(values):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", type=Path, default=HERE / "data")
    args = ap.parse_args()
    from kehoach.io import yamlfast

    c_load = yamlfast._accelerator()
    if c_load is None:
        sys.exit("bộ đọc YAML bằng C chưa dựng hoặc đã cũ: cài libyaml-dev rồi chạy `make setup`")
    root = args.data / f"cyaml-{args.files}-s{args.seed}"
    shutil.rmtree(root, ignore_errors=True)
    generate(root, args.files, args.seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.yaml"))]
    for text in texts:
        if repr(c_load(text)) != repr(yamlfast._load(text)):
            sys.exit("C and Python give different data")
    load_c, load_py, val_c, val_py = [], [], [], []
    validate(root), validate(root, "KEHOACH_NO_C_YAML")  # bytecode written, files in the page cache
    for r in range(args.repeat):
        print(f"lượt {r + 1}/{args.repeat}", file=sys.stderr)
        load_c.append(loads(texts, c_load))
        load_py.append(loads(texts, yamlfast._load))
        val_c.append(validate(root))
        val_py.append(validate(root, "KEHOACH_NO_C_YAML"))
    med = statistics.median
    print(
        f"Máy: {os.cpu_count()} lõi, tải {os.getloadavg()[0]:.1f}; {args.repeat} lượt xen kẽ, trung vị."
    )
    print(f"Dữ liệu: {len(texts)} tệp YAML ({args.files} kế hoạch, seed {args.seed}).\n")
    print("| Phép đo | C | Python | C nhanh hơn |")
    print("|---|---:|---:|---:|")
    lc, lp = med(load_c), med(load_py)
    print(
        f"| `yamlfast.load`, mọi tệp, CPU (s) | {lc:.3f} ({_range(load_c)}) "
        f"| {lp:.3f} ({_range(load_py)}) | {lp / lc:.2f}× |"
    )
    for i, what in ((1, "CPU"), (0, "thời gian thực")):
        c, p = [v[i] for v in val_c], [v[i] for v in val_py]
        print(
            f"| `kehoach validate` nguội, {what} (s) | {med(c):.3f} ({_range(c)}) "
            f"| {med(p):.3f} ({_range(p)}) | {med(p) / med(c):.2f}× (−{(1 - med(c) / med(p)) * 100:.0f}%) |"
        )


if __name__ == "__main__":
    main()
