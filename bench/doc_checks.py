"""CPU time of the per-document repository checks (``checks.run_document_checks``), the part of a
cold ``validate`` that runs once per file where it is loaded (issue 14).

    .venv/bin/python bench/doc_checks.py [--repo /tmp/r10k] [--repeat 5] [--src OTHER/src ...]

Loads the repository once (one process, no cache), keeps its documents and the context of the
checks (``kehoach.yaml``, ``orgs.yaml``) in a pickle, then, in fresh processes, times the checks
over every document: each ``--src`` (a source tree, e.g. a snapshot of an earlier commit made
with ``git archive``) and this tree, runs alternating, CPU time (user + system) of the loop only,
median and range. Also checks that every tree finds the same problems (code, message, JSON path,
order). Results go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"

PREPARE = r"""
import os, pickle, sys
from kehoach.load import open_session
from kehoach.model import Repository
loaded = open_session(None, use_cache=False, jobs=1).load()
checked = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
context = Repository.from_files(
    loaded.scope.root, [f for f in loaded.files if f.kind in ("settings", "orgs")], partial=True
)
with open(sys.argv[1], "wb") as out:
    pickle.dump((context, checked.documents), out, protocol=pickle.HIGHEST_PROTOCOL)
"""

MEASURE = r"""
import pickle, resource, sys
from kehoach import checks
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
with open(sys.argv[1], "rb") as f:
    context, docs = pickle.load(f)
start = cpu()
found = [checks.run_document_checks(context, d) for d in docs]
spent = cpu() - start
with open(sys.argv[2], "wb") as out:
    pickle.dump(
        (spent, [[(p.path, p.code, p.level, p.message, p.json_path) for p in f] for f in found]),
        out,
    )
"""


def _run(src: Path, script: str, *args: str, cwd: Path | None = None) -> None:
    env = dict(os.environ, PYTHONPATH=str(src), KEHOACH_JOBS="1")
    subprocess.run([sys.executable, "-c", script, *args], check=True, env=env, cwd=cwd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=Path("/tmp/r10k"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--src", type=Path, action="append", default=[], help="other source tree")
    args = parser.parse_args()
    trees = [*args.src, SRC]
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs.pickle"
        env_cache = tempfile.mkdtemp(dir=tmp)
        os.environ["KEHOACH_CACHE_DIR"] = env_cache
        _run(SRC, PREPARE, str(docs), cwd=args.repo)
        times: dict[Path, list[float]] = {t: [] for t in trees}
        found: dict[Path, object] = {}
        for _ in range(args.repeat):
            for tree in trees:
                result = Path(tmp) / "result.pickle"
                _run(tree, MEASURE, str(docs), str(result))
                with open(result, "rb") as f:
                    spent, problems = pickle.load(f)
                times[tree].append(spent)
                found.setdefault(tree, problems)
        with open(docs, "rb") as f:
            count = len(pickle.load(f)[1])
    for tree in trees:
        t = times[tree]
        same = "same problems" if found[tree] == found[SRC] else "DIFFERENT PROBLEMS"
        print(
            f"{tree}: {statistics.median(t):.3f} s CPU median ({min(t):.3f}-{max(t):.3f}), "
            f"{statistics.median(t) / count * 1000:.4f} ms per document, {count} documents, "
            f"{sum(map(len, found[tree]))} problems, {same}"
        )


if __name__ == "__main__":
    main()
