"""PDF of many documents: one LibreOffice process for the batch against one per document.

    .venv/bin/python bench/pdf_batch.py [--documents 20] [--repeat 3] [--data bench/data]

Generates a repository (``bench/generate.py``, seed 7) and measures, alternating in each round,
with a cache warmed by one ``validate`` first (so that what differs is the conversion):

- one document: ``kehoach render P1 --to pdf -o out/``;
- N documents one by one: N × ``kehoach render Pi --to pdf -o out/``;
- N documents in one batch: ``kehoach render P1 … PN --to pdf -o out/``.

Wall and CPU seconds (user + sys of the whole process tree, LibreOffice included), medians over
the rounds. Checks the batch's output (N PDFs, each its own document: its title in
``pdftotext``'s text), so a fast but wrong batch does not pass. Prints a Markdown table for
docs/performance.md; exit code 1 when the batch takes more than 3× one document (wall or CPU).
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
TARGET = 3.0  # the batch takes at most this many times one document

sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402


def run(cmd: list[str], cwd: Path, cache: str) -> tuple[float, float]:
    """Wall and CPU seconds (children) of one command."""
    env = {**os.environ, "KEHOACH_CACHE_DIR": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def check(out: Path, plans: list[Path]) -> None:
    """One PDF per plan, each showing its own title."""
    sys.path.insert(0, str(HERE.parent / "src"))
    from kehoach.io.yamlio import read

    for plan in plans:
        pdf = out / f"{plan.stem}.pdf"
        if not pdf.read_bytes().startswith(b"%PDF"):
            sys.exit(f"{pdf}: not a PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"], capture_output=True, check=True
            ).stdout.decode("utf-8")
            title = " ".join(read(str(plan)).data["title"].split())
            if title not in " ".join(text.split()):
                sys.exit(f"{pdf}: the title of {plan.name} is not in the PDF")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", type=Path, default=HERE / "data")
    args = ap.parse_args()
    root = fresh(args.data / f"pdf-{args.documents}")
    plans = sorted(generate(root, args.documents, args.seed))
    names = [str(p.relative_to(root)) for p in plans]
    with tempfile.TemporaryDirectory(prefix="kehoach-bench-pdf-") as tmp:
        cache, out = str(Path(tmp) / "cache"), Path(tmp) / "out"
        run([str(BIN), "validate", "--format", "parsable", "."], root, cache)  # warm the cache
        one, each, batch = [], [], []

        def render(*files: str) -> tuple[float, float]:
            return run([str(BIN), "render", *files, "--to", "pdf", "-o", f"{out}/"], root, cache)

        for r in range(args.repeat):
            print(f"round {r + 1}/{args.repeat}", file=sys.stderr)
            fresh(out)
            one.append(render(names[0]))
            fresh(out)
            times = [render(n) for n in names]
            each.append((sum(t[0] for t in times), sum(t[1] for t in times)))
            fresh(out)
            batch.append(render(*names))
            check(out, plans)
    rows = {
        "1 văn bản": one,
        f"{args.documents} văn bản, từng văn bản một (mỗi văn bản một lần LibreOffice)": each,
        f"{args.documents} văn bản, một lần `render` (một lần LibreOffice)": batch,
    }
    base = [statistics.median(v) for v in zip(*one, strict=True)]
    print(f"Máy: {os.cpu_count()} lõi; {args.repeat} lượt, trung vị.\n")
    print("| Cách xuất | Thời gian thực (s) | CPU (s) | so với 1 văn bản (thực / CPU) |")
    print("|---|---:|---:|---:|")
    for label, values in rows.items():
        wall, cpu = (statistics.median(v) for v in zip(*values, strict=True))
        print(
            f"| {label} | {wall:.2f} | {cpu:.2f} | {wall / base[0]:.1f}× / {cpu / base[1]:.1f}× |"
        )
    wall, cpu = (statistics.median(v) for v in zip(*batch, strict=True))
    ok = wall <= TARGET * base[0] and cpu <= TARGET * base[1]
    print(f"\nMục tiêu: lô ≤ {TARGET:g}× một văn bản — {'ĐẠT' if ok else 'KHÔNG ĐẠT'}.")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
