"""The line scanner of the C YAML loader (``io/_cyaml_lines.h``) against the libyaml loop alone.

    .venv/bin/python bench/lines.py [--files 1000] [--repeat 5] [--data bench/data]

Generates the bench repository (``bench/generate.py``, seed 7) and measures, alternating in each
round (the machine is shared: medians; CPU time is the number to compare):

- reading every YAML file of the repository in this process, CPU time (``process_time``):
  ``_cyaml.load`` (the line scanner, the libyaml loop for what it declines), ``_cyaml.load_events``
  (the libyaml loop alone) and PyYAML's ``CSafeLoader`` (the floor the issue names); the first two
  must give the same data for every file, and the number of files the scanner declines is shown;
- ``kehoach validate`` cold (a fresh ``KEHOACH_CACHE_DIR`` every run), with the scanner and with
  ``KEHOACH_NO_YAML_LINES=1``: wall and CPU seconds (user + sys of the whole process tree).

Prints a Markdown table for docs/performance.md. Exit code 1 when the extension is not built or
is stale (``make setup``; Debian: ``apt-get install libyaml-dev``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent / "kehoach"

sys.path.insert(0, str(HERE))
from cyaml import _range, loads, validate  # noqa: E402
from generate import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data", type=Path, default=HERE / "data")
    args = ap.parse_args()
    import yaml

    from kehoach.io import yamlfast

    if yamlfast._accelerator() is None:
        sys.exit("bộ đọc YAML bằng C chưa dựng hoặc đã cũ: cài libyaml-dev rồi chạy `make setup`")
    from kehoach.io import _cyaml  # type: ignore[attr-defined]

    root = args.data / f"lines-{args.files}-s{args.seed}"
    shutil.rmtree(root, ignore_errors=True)
    generate(root, args.files, args.seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.yaml"))]
    for text in texts:
        if repr(_cyaml.load(text)) != repr(_cyaml.load_events(text)):
            sys.exit("the line scanner and the libyaml loop give different data")
    declined = sum(_cyaml.lines(text) is NotImplemented for text in texts)

    def safe(text: str) -> object:
        return yaml.load(text, Loader=yaml.CSafeLoader)

    rows: dict[str, list] = {"lines": [], "events": [], "safe": [], "v_lines": [], "v_events": []}
    (
        validate(root),
        validate(root, "KEHOACH_NO_YAML_LINES"),
    )  # bytecode written, files in the page cache
    for r in range(args.repeat):
        print(f"lượt {r + 1}/{args.repeat}", file=sys.stderr)
        rows["lines"].append(loads(texts, _cyaml.load))
        rows["events"].append(loads(texts, _cyaml.load_events))
        rows["safe"].append(loads(texts, safe))
        rows["v_lines"].append(validate(root))
        rows["v_events"].append(validate(root, "KEHOACH_NO_YAML_LINES"))
    med = statistics.median
    print(
        f"Máy: {os.cpu_count()} lõi, tải {os.getloadavg()[0]:.1f}; {args.repeat} lượt xen kẽ, trung vị."
    )
    print(
        f"Dữ liệu: {len(texts)} tệp YAML ({args.files} kế hoạch, seed {args.seed}); "
        f"bộ quét dòng nhường lại cho libyaml {declined} tệp.\n"
    )
    print("| Phép đo | bộ quét dòng | vòng libyaml | nhanh hơn |")
    print("|---|---:|---:|---:|")
    ll, le, ls = med(rows["lines"]), med(rows["events"]), med(rows["safe"])
    print(
        f"| đọc mọi tệp, CPU (s) | {ll:.3f} ({_range(rows['lines'])}) "
        f"| {le:.3f} ({_range(rows['events'])}) | {le / ll:.2f}× |"
    )
    print(f"| đọc mọi tệp, so với `CSafeLoader` ({ls:.3f} s) | {ll / ls:.2f}× | {le / ls:.2f}× | |")
    for i, what in ((1, "CPU"), (0, "thời gian thực")):
        a, b = [v[i] for v in rows["v_lines"]], [v[i] for v in rows["v_events"]]
        print(
            f"| `kehoach validate` nguội, {what} (s) | {med(a):.3f} ({_range(a)}) "
            f"| {med(b):.3f} ({_range(b)}) | {med(b) / med(a):.2f}× (−{(1 - med(a) / med(b)) * 100:.0f}%) |"
        )


if __name__ == "__main__":
    main()
