"""Benchmark of ``kehoach import``: an office's archive of a hundred Word documents in seconds.

    .venv/bin/python bench/import_bench.py --docs 100 --repeat 3

Generates a seeded repository (``bench/generate.py``), renders its first N plans to .docx with
kehoach's renderer into a folder, then imports the folder into the repository, each measurement
``--repeat`` times with the median kept:

a. ``run_import`` in this process (wall and CPU time);
b. the command ``kehoach import DIR -o OUT --repo ROOT`` in a new process (wall, and CPU of the
   child processes), which also writes the drafts.

Checks that no document failed and prints a Markdown report (also written with ``--output``).
Timings never appear in the tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _render_all(root: Path, folder: Path, count: int) -> int:
    from kehoach.render import render
    from kehoach.validate import run_validate

    result = run_validate([str(root)], use_cache=False, need_repo=True)
    plans = sorted((d for d in result.repo.documents if d.kind == "plan"), key=lambda d: d.path)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for doc in plans[:count]:
        data = render(doc, result.repo, "docx")
        (folder / f"{doc.id}.docx").write_bytes(data)
        total += len(data)
    return total


def _in_process(folder: Path, root: Path) -> tuple[float, float, object]:
    from kehoach.exchange.importer import run_import

    wall, cpu = time.perf_counter(), time.process_time()
    result = run_import([str(folder)], output=str(root / "nhap"), repo_root=str(root))
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _command(folder: Path, root: Path, out: Path) -> tuple[float, float]:
    kehoach = Path(sys.executable).with_name("kehoach")
    cmd = [str(kehoach), "import", str(folder), "-o", str(out), "--repo", str(root)]
    before = _cpu_children()
    wall = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, check=False)
    wall = time.perf_counter() - wall
    if proc.returncode != 0:
        raise SystemExit(
            f"kehoach import failed ({proc.returncode}): {proc.stderr.decode()[-800:]}"
        )
    return wall, _cpu_children() - before


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--output", type=Path)
    args = ap.parse_args()
    os.environ["KEHOACH_NO_CACHE"] = "1"
    with tempfile.TemporaryDirectory(prefix="kehoach-import-bench-") as tmp:
        root = Path(tmp) / "kho"
        generate(root, args.docs, seed=args.seed)
        folder = Path(tmp) / "word"
        size = _render_all(root, folder, args.docs)
        n = len(list(folder.glob("*.docx")))
        runs_a, runs_b = [], []
        result = None
        for i in range(args.repeat):
            runs_a.append(_in_process(folder, root))
            result = runs_a[-1][2]
            out = Path(tmp) / f"out-{i}"
            runs_b.append(_command(folder, root, out))
            shutil.rmtree(out, ignore_errors=True)
        failed = result.count("failed") if result else n
        todos = sum(f.todos for f in result.files) if result else 0
        a_wall = statistics.median(r[0] for r in runs_a)
        a_cpu = statistics.median(r[1] for r in runs_a)
        b_wall = statistics.median(r[0] for r in runs_b)
        b_cpu = statistics.median(r[1] for r in runs_b)
    report = "\n".join(
        [
            f"Máy: {platform.processor() or platform.machine()}, {os.cpu_count()} lõi, "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}.",
            f"Dữ liệu: {n} kế hoạch .docx do kehoach xuất ({size / n / 1024:.1f} KB/tệp), "
            f"seed {args.seed}; mỗi phép đo {args.repeat} lần, lấy trung vị.",
            "",
            "| Phép đo | Thời gian thực (s) | CPU (s) | Mỗi văn bản (ms) |",
            "|---|---:|---:|---:|",
            f"| a. `run_import` trong tiến trình ({n} tệp) | {a_wall:.2f} | {a_cpu:.2f} | {1000 * a_wall / n:.0f} |",
            (
                f"| b. lệnh `kehoach import` (tiến trình mới, ghi bản nháp) | {b_wall:.2f} | "
                f"{b_cpu:.2f} | {1000 * b_wall / n:.0f} |"
            ),
            "",
            f"Không nhập được: {failed} tệp; chỗ TODO trong các bản nháp: {todos}.",
        ]
    )
    print(report)
    if args.output:
        args.output.write_text(report + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
