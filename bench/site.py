"""Build the overview site (``kehoach site``) and the progress workbook (``kehoach export``) from a
generated repository and measure them beside ``kehoach validate`` in the same run.

    .venv/bin/python bench/site.py --files 1000 [--repeat 3] [--data bench/data]

Also checks the result, so a fast but wrong build does not pass: every local link of every page
resolves, every activity of the repository is a bar of its year's timeline, the workbook has one
row per activity. Prints a Markdown table (for docs/performance.md) on stdout.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent / "kehoach"


def run(cmd: list[str], cwd: Path, cache: str) -> tuple[float, float]:
    """Wall and CPU seconds (children) of one command."""
    env = {**os.environ, "KEHOACH_CACHE_DIR": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.links.append(v)


def check_site(site: Path) -> tuple[int, int]:
    pages = list(site.rglob("*.html"))
    links = 0
    for page in pages:
        p = _Links()
        p.feed(page.read_text(encoding="utf-8"))
        for link in p.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                sys.exit(f"{page}: link leaves the folder: {link}")
            target = (page.parent / unquote(parts.path)) if parts.path else page
            if not target.is_file():
                sys.exit(f"{page}: broken link {link}")
            links += 1
    return len(pages), links


def check_bars(root: Path, site: Path) -> int:
    sys.path.insert(0, str(HERE.parent / "src"))
    from kehoach.load import load
    from kehoach.model import navigate

    repo = load([str(root)]).repo
    wanted = sum(1 for doc in repo.documents for _ in navigate.activities(doc))
    drawn = sum(
        p.read_text(encoding="utf-8").count('class="bar"')
        for p in (site / "dong-thoi-gian").glob("[0-9]*.svg")
    )
    if drawn < wanted:  # an activity spanning two years is drawn in both
        sys.exit(f"timelines draw {drawn} bars for {wanted} activities")
    return wanted


def main() -> int:
    ap = argparse.ArgumentParser(description="Đo kehoach site và export trên kho sinh ra.")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", default=str(HERE / "data"))
    args = ap.parse_args()
    root = Path(args.data) / f"site-{args.files}"
    if not root.exists():
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate.py"),
                str(root),
                "--files",
                str(args.files),
                "--seed",
                str(args.seed),
            ],
            check=True,
            capture_output=True,
        )
    work = Path(tempfile.mkdtemp(prefix="kehoach-site-bench-"))
    rows: dict[str, list[tuple[float, float]]] = {"validate": [], "site": [], "export": []}
    try:
        for i in range(args.repeat):
            cache = str(work / f"cache-{i}")  # cold every round
            rows["validate"].append(
                run([str(BIN), "validate", "--format", "parsable", "."], root, cache)
            )
            out = work / f"site-{i}"
            rows["site"].append(
                run([str(BIN), "site", "-o", str(out), "--today", "2023-06-30"], root, cache)
            )
            xlsx = work / f"tien-do-{i}.xlsx"
            rows["export"].append(
                run([str(BIN), "export", "-o", str(xlsx), "--today", "2023-06-30"], root, cache)
            )
        site = work / "site-0"
        pages, links = check_site(site)
        activities = check_bars(root, site)
        import openpyxl

        sheet = openpyxl.load_workbook(work / "tien-do-0.xlsx", read_only=True)["Hoạt động"]
        if sheet.max_row - 1 != activities:
            sys.exit(f"the workbook has {sheet.max_row - 1} rows for {activities} activities")
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def med(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    base = med([c for _, c in rows["validate"]])
    print(
        f"Kho: {args.files} kế hoạch (seed {args.seed}); {activities} hoạt động; {args.repeat} lượt, trung vị.\n"
    )
    print("| Lệnh | Thời gian thực (s) | CPU (s) | CPU so với validate nguội |")
    print("|---|---:|---:|---:|")
    for name, label in (
        ("validate", "`kehoach validate` nguội"),
        ("site", "`kehoach site` (bộ đệm được validate làm ấm)"),
        ("export", "`kehoach export --to xlsx`"),
    ):
        wall, cpu = med([w for w, _ in rows[name]]), med([c for _, c in rows[name]])
        print(f"| {label} | {wall:.2f} | {cpu:.2f} | {cpu / base:.1f}× |")
    print(f"\nTrang: {pages} tệp HTML, {links} liên kết nội bộ đều mở được; {size:.0f} MB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
