"""Mutation fuzzing of every command over every document kind (issue 9, "make it a habit").

A copy of ``examples/`` is mutated one file at a time — structurally (the parsed data: values of
the wrong type, removed or unknown keys, hostile strings, odd dates, times, ids and references)
and byte-wise (the text: flipped, inserted or removed bytes, duplicated or swapped lines, tags,
aliases, tabs) — and every command runs on it in-process: ``validate``; ``render`` of the mutated
document (or of a plan, when ``orgs.yaml`` or ``kehoach.yaml`` was mutated) to docx, txt, html and
md; ``due`` in every format; ``who`` in every format; ``report`` (md, docx); ``issue --next
--dry-run`` of the mutated document; ``register`` (csv, docx); ``export`` then ``update --dry-run``;
``timeline`` (svg, md); ``new plan``; ``site``.

The property: every command succeeds (exit 0) or reports positioned problems (exit 1) or a clear
message (exit 2) — never an exception escaping the command (an internal error), never a hang, and
never an answer the cache made stale: ``validate`` with the cache — through the typer command and
through ``kehoach.cli.main``, where a remembered answer may be written back, and after an edit of
another file, when every other file comes from the cache — says exactly what a run without it
says; after that edit, so do ``due``, ``who`` and ``render`` (``stale_checked``). The files are
loaded by forked helpers too (``engage_helpers``), a few per batch.

``python bench/fuzz.py --minutes 30 --seed 1`` runs until the time is up and writes, for each new
kind of failure (command, exception, place in the code), a reproducer folder under
``bench/fuzz-failures/``: the repository as mutated, ``commands.sh`` and ``failure.txt``.
``tests/cli/test_fuzz.py`` runs the same engine with a small budget under hypothesis.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = "2023-06-15"
TIMEOUT = 30  # seconds per command: more is a hang
POSITIONED = re.compile(r"^.+:\d+:\d+: (error|warning|info) KH\d{3} .+$")

# -- mutations ------------------------------------------------------------------------------------

HOSTILE_STRINGS = [
    "",
    " ",
    "TODO",
    "\u0000",
    "a\u0001b",
    "\u0008",
    "\u000c",
    "\ufffe",
    "\u202e ngược",
    "\u200b",
    "Ke\u0302\u0301 hoa\u0323ch",  # NFD
    "KÕ ho¹ch",  # TCVN3 damage
    "Káº¿ hoáº¡ch",  # double UTF-8
    "<w:t>]]></w:t>&amp;",
    "{{ 7 * 7 }}",
    "{% raw %}",
    "\\",
    "'\"",
    "a" * 5000,
    "x\n" * 200,
    "ongoing",
    "2021-02-30",
    "0000-01-01",
    "9999-12-31",
    "2021-13",
    "2021-Q5",
    "2022-Q3..2021-Q1",
    "2021..2021",
    "2021-H0",
    "skhcn-x",
    "../../etc/passwd",
    "a b",
    "Ø",
    "KT.",
    "TM.",
    "1e9999",
]
HOSTILE_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2**63,
    10**50,
    -(10**30),
    1.5,
    float("nan"),
    float("inf"),
    [],
    {},
    [None],
    [[]],
    {"": None},
    {"x": {"y": {"z": [1, "a", None]}}},
    ["td", "td"],
    [1, 2, 3],
]
TEXT_SNIPPETS = [
    "!!binary aGk=",
    "!!timestamp x",
    "!!int x",
    "!!set {a, b}",
    "!!omap [{a: 1}]",
    "!foo bar",
    "&a [x]",
    "*a",
    "<<: {x: 1}",
    "\t",
    '"\\x01"',
    '"\\uFFFE"',
    "[",
    "{",
    "'",
    '"',
    ": :",
    "- - -",
    "? [a]",
    "%YAML 1.1",
    "---",
    "...",
    "9" * 5000,
    "yes",
    "~",
    "0x1F",
    "010",
    "25.000.000",
    "2021-02-30",
    "# TODO",
]


def _paths(node, path=()):
    """Every (path, value) of a parsed document, depth first."""
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, path + (i,))


def _set(root, path, value):
    node = root
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


def _get(root, path):
    for step in path:
        root = root[step]
    return root


HOSTILE_INTS = [0, 1, -1, 2, 12, 1900, 2020, 2099, 9999, 10000, 2**31, 2**63, 10**18, 10**50]
# values the schema lets through for a key of this name, chosen to be odd (the pattern is met, the
# meaning is not): what reaches due, who, report and render
TIMES = [
    "0001",
    "9999",
    "9999-Q4",
    "0001-01-01",
    "2021-02-29",
    "2024-02-29",
    "2021-04-31",
    "2021-00",
    "2021-12-00",
    "2022-Q3..2021-Q1",
    "2021-H2..2021-H1",
    "0001-01-01..9999-12-31",
    "2021..2021",
    "2023-12-31..2024-01-01",
    "ongoing",
    "thường xuyên",
    "2023-Q2",
    "2023-06-15",
]
KEY_POOLS = {
    "time": TIMES,
    "date": ["0001-01-01", "9999-12-31", "2021-02-30", "2023-06-15", "2000-01-01"],
    "done_date": ["0001-01-01", "9999-12-31", "2021-02-30", "2023-06-15"],
    "from": TIMES,
    "to": TIMES,
    "start": [0, 1, 2021, 9999, 2**40],
    "until": [0, 1, 2021, 9999, 2**40],
    "year": [0, 1, 2021, 2023, 9999, 2**40],
    "month": [0, 1, 12, 13, 2**40],
    "every": ["month", "quarter", "half", "year"],
    "number": [0, 1, 10**30, "01", "x"],
    "amount": [0, 1, 10**30, 10**80],
    "budget": [0, 1, 10**30],
    "total": [0, 1, 10**30, 10**80],
    "status": ["planned", "in_progress", "done", "cancelled"],
    "kind": ["meeting", "interim", "final", "plan"],
    "authority": ["TM.", "KT.", "Q.", "TL.", "TUQ.", ""],
    "purpose": ["b/c", "t/h", "p/h", "đ/b", ""],
    "system": ["state", "doan", "party", "association"],
    "lead": ["tinhdoan-bt", "skhcn-bt", "khong-co", "a" * 300],
    "org": ["tinhdoan-bt", "skhcn-bt", "khong-co"],
    "ref": ["ctph-2021-2025-tinhdoan-skhcn-bt", "kh-2022-tinhdoan-bt", "khong-co"],
    "id": ["ctph-2021-2025-tinhdoan-skhcn-bt", "kh-2022-tinhdoan-bt", "a", "x" * 300],
    "area": ["khoi-nghiep", "khong-co"],
}


def _same_type(rng: random.Random, data, original):
    """A hostile value of the original's type: what the schema lets through reaches the commands."""
    if isinstance(original, bool):
        return not original
    if isinstance(original, int):
        return rng.choice(HOSTILE_INTS)
    if isinstance(original, str):
        same = [v for _, v in _paths(data) if isinstance(v, str)]
        return rng.choice(HOSTILE_STRINGS + same[:50])
    if isinstance(original, list):
        items = copy.deepcopy(original)
        choice = rng.choice(["empty", "reverse", "double", "one", "drop"])
        if choice == "empty" or not items:
            return []
        if choice == "reverse":
            return items[::-1]
        if choice == "double":
            return items + copy.deepcopy(items)
        if choice == "one":
            return items[:1]
        del items[rng.randrange(len(items))]
        return items
    if isinstance(original, dict):
        items = copy.deepcopy(original)
        if items:
            del items[rng.choice(list(items))]
        return items
    return None


def _hostile_value(rng: random.Random, data, original=None, key=None):
    pool = KEY_POOLS.get(key) if isinstance(key, str) else None
    if pool and rng.random() < 0.6:
        return copy.deepcopy(rng.choice(pool))
    roll = rng.random()
    if roll < 0.6:
        return _same_type(rng, data, original)
    if roll < 0.75:
        return rng.choice(HOSTILE_STRINGS)
    if roll < 0.9:
        return copy.deepcopy(rng.choice(HOSTILE_VALUES))
    # a value from elsewhere in the same document (an org id, a date, a list…)
    return copy.deepcopy(rng.choice(list(_paths(data)))[1])


def mutate_data(rng: random.Random, data: dict) -> str:
    """Change ``data`` in place; returns what was done."""
    spots = [p for p, _ in _paths(data) if p]
    if not spots:
        data["x"] = 1
        return "added x"
    path = rng.choice(spots)
    parent = _get(data, path[:-1])
    action = rng.choice(["replace", "replace", "replace", "delete", "unknown-key", "duplicate"])
    if action == "delete":
        del parent[path[-1]]
    elif action == "unknown-key" and isinstance(parent, dict):
        parent[rng.choice(["budjet", "tittle", "x", "id", "kind", "year"])] = _hostile_value(
            rng, data
        )
    elif action == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[path[-1]]))
    else:
        _set(data, path, _hostile_value(rng, data, parent[path[-1]], path[-1]))
    return f"{action} {'.'.join(map(str, path))}"


def mutate_text(rng: random.Random, text: str) -> str:
    """A byte-wise or line-wise change of ``text``."""
    lines = text.split("\n")
    action = rng.choice(["snippet", "snippet", "line", "swap", "bytes", "delete", "indent"])
    i = rng.randrange(len(lines))
    if action == "snippet":
        line = lines[i]
        cut = rng.randrange(len(line) + 1)
        lines[i] = line[:cut] + rng.choice(TEXT_SNIPPETS) + line[cut:]
    elif action == "line":
        lines.insert(i, lines[rng.randrange(len(lines))])
    elif action == "swap":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif action == "delete":
        del lines[i : i + rng.randint(1, 5)]
    elif action == "indent":
        lines[i] = " " * rng.choice([1, 2, 3, 8]) + lines[i]
    else:
        raw = bytearray("\n".join(lines).encode("utf-8", "surrogateescape"))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(raw) + 1)
            raw[at:at] = bytes([rng.randrange(256)])
        return raw.decode("utf-8", "surrogateescape")
    return "\n".join(lines)


class _Dumper(yaml.SafeDumper):
    pass


def _dump(data) -> str:
    try:
        return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    except Exception:  # noqa: BLE001 - whatever PyYAML cannot write
        return yaml.dump({"kind": "plan"}, Dumper=_Dumper)


def mutate_file(rng: random.Random, path: Path) -> str:
    """Mutate one file of the repository in place, structurally or byte-wise."""
    raw = path.read_bytes()
    text = raw.decode("utf-8", "surrogateescape")
    if rng.random() < 0.55:
        try:
            data = yaml.safe_load(text)
        except Exception:  # noqa: BLE001 - PyYAML itself fails on some broken files (!!timestamp x)
            data = None  # a file an earlier mutation broke: change its text instead
        if isinstance(data, dict):
            what = mutate_data(rng, data)
            path.write_text(_dump(data), encoding="utf-8")
            return f"data: {what}"
    new = mutate_text(rng, text)
    path.write_bytes(new.encode("utf-8", "surrogateescape"))
    return "text"


# -- commands ---------------------------------------------------------------------------------------


def commands(mutated: str, program: str = "ctph-2021-2025-tinhdoan-skhcn-bt") -> list[list[str]]:
    """Every command the property covers, for a repository where ``mutated`` changed."""
    target = mutated if "/" in mutated else "plans/2022/kh-2022-tinhdoan-bt.yaml"
    out = [["validate", "-f", "parsable"]]
    for fmt in ("docx", "txt", "html", "md"):
        out.append(["render", target, "--to", fmt, "-o", f"out.{fmt}"])
    for fmt in ("table", "json", "csv", "ics"):
        out.append(["due", "--today", TODAY, "--all", "-f", fmt, "-o", f"due.{fmt}"])
    out.append(["due", "--today", TODAY, "--within", "3m"])
    for fmt in ("table", "md", "json"):
        out.append(["who", "-f", fmt])
    out.append(["report", program, "--period", "2022", "--today", TODAY])
    out.append(["report", program, "--period", "2022", "--to", "docx", "-o", "bc.docx"])
    out.append(["issue", target, "--next", "--dry-run"])
    for fmt in ("csv", "docx"):
        out.append(["register", "--year", "2023", "--to", fmt, "-o", f"so.{fmt}"])
    out.append(["export", "--to", "xlsx", "-o", "tien-do.xlsx", "--force", "--today", TODAY])
    out.append(["update", "--from", "tien-do.xlsx", "--dry-run"])
    out.append(["timeline", "--program", program, "-f", "svg", "--today", TODAY])
    out.append(["timeline", "--year", "2023", "-f", "md", "--today", TODAY])
    out.append(["new", "plan", "--program", program, "--year", "2024", "-o", "new-plan.yaml"])
    out.append(["site", "-o", "site", "--today", TODAY])
    return out


@dataclass
class Failure:
    signature: str
    command: list[str]
    detail: str


@dataclass
class Outcome:
    failures: list[Failure] = field(default_factory=list)
    runs: int = 0


class Hang(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: int):
    def fire(signum, frame):
        raise Hang(f"no answer after {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _signature(args: list[str], exc: BaseException) -> str:
    import kehoach

    # frames of the package itself (not of a checkout that happens to be called "kehoach")
    package = str(Path(kehoach.__file__).resolve().parent) + os.sep
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if str(Path(f.filename).resolve()).startswith(package)] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{args[0]}-{type(exc).__name__}-{where}".replace("/", "_")


def run_one(repo: Path, args: list[str], outcome: Outcome) -> str:
    """Run one command in-process in ``repo``; record a failure of the property."""
    from typer.testing import CliRunner

    from kehoach.cli.app import app

    outcome.runs += 1
    cwd = os.getcwd()
    os.chdir(repo)
    try:
        with _deadline(TIMEOUT):
            result = CliRunner().invoke(app, args)
    except Hang as exc:
        outcome.failures.append(Failure(f"{args[0]}-hang", args, str(exc)))
        return ""
    finally:
        os.chdir(cwd)
    exc = result.exception
    if isinstance(exc, Hang):  # raised inside the command, caught by the runner
        outcome.failures.append(Failure(f"{args[0]}-hang", args, str(exc)))
        return ""
    if exc is not None and not isinstance(exc, SystemExit):
        detail = "".join(traceback.format_exception(exc))
        outcome.failures.append(Failure(_signature(args, exc), args, detail))
        return ""
    output = result.output
    if result.exit_code > 128:  # the harness itself was interrupted (SIGTERM, SIGHUP): stop
        raise SystemExit(result.exit_code)
    if result.exit_code not in (0, 1, 2) or "Lỗi nội bộ" in output:
        outcome.failures.append(Failure(f"{args[0]}-exit-{result.exit_code}", args, output))
    elif result.exit_code == 2 and not result.stderr.strip():
        outcome.failures.append(Failure(f"{args[0]}-silent-exit-2", args, output))
    elif args[0] == "validate" and result.exit_code == 1:
        bad = [line for line in result.stdout.splitlines() if not POSITIONED.match(line)]
        if bad or not result.stdout.strip():
            outcome.failures.append(Failure("validate-unpositioned", args, result.stdout))
    return result.stdout


def check_repository(
    repo: Path, mutated: str, outcome: Outcome, rng: random.Random | None = None
) -> None:
    """Run the commands on ``repo`` — every one, or with ``rng`` ``validate`` and one other —;
    ``validate`` with and without the cache must agree."""
    cmds = commands(mutated)
    chosen = cmds if rng is None else [cmds[0], rng.choice(cmds[1:])]
    for args in chosen:
        run_one(repo, args, outcome)
    # after the commands, some of which write files into the repository (new plan, export)
    warm = run_one(repo, ["validate", "-f", "parsable"], outcome)
    cold = run_one(repo, ["validate", "-f", "parsable", "--no-cache"], outcome)
    if cold != warm:
        outcome.failures.append(
            Failure("validate-stale-cache", ["validate"], f"with cache:\n{warm}\nwithout:\n{cold}")
        )
    # an edit of another file: every other file comes from the cache, as the runs above (in this
    # process and in forked helpers, ``engage_helpers``) cached it, and must say what it said
    # (and what due, who and render print from the cache: a stale cache must not print old data
    # into a document someone signs)
    other = next(f for f in files_of(repo) if f != mutated and f.startswith("plans/"))
    kept = (repo / other).read_bytes()
    (repo / other).write_bytes(kept + b"\n# fuzz: another file edited\n")
    try:
        for args in stale_checked(mutated):
            edited = run_one(repo, args, outcome)
            fresh = run_uncached(repo, args, outcome)
            if edited != fresh:
                outcome.failures.append(
                    Failure(
                        f"{args[0]}-stale-after-edit",
                        args,
                        f"{other} edited; with cache:\n{edited}\nwithout:\n{fresh}",
                    )
                )
    finally:
        (repo / other).write_bytes(kept)
    # the console script's way in (``kehoach.cli.main``), where a remembered answer may be written
    # back: twice, the second run answered from memory when nothing changed
    for _ in range(2):
        remembered = run_main(repo, ["validate", "-f", "parsable"])
        if remembered != cold:
            outcome.failures.append(
                Failure(
                    "validate-stale-answer",
                    ["validate"],
                    f"remembered:\n{remembered}\nwithout cache:\n{cold}",
                )
            )
            break


def stale_checked(mutated: str) -> list[list[str]]:
    """The runs compared with and without the cache after an edit of another file: everything
    they print comes from the files' cache entries (whole data, parts, slim views, lines)."""
    target = mutated if mutated.startswith("plans/") else "plans/2022/kh-2022-tinhdoan-bt.yaml"
    return [
        ["validate", "-f", "parsable"],
        ["due", "--today", TODAY, "--all", "-f", "json"],
        ["due", "--today", TODAY, "--within", "3m"],
        ["who", "-f", "json"],
        ["render", target, "--to", "txt", "-o", "-"],
    ]


def run_uncached(repo: Path, args: list[str], outcome: Outcome) -> str:
    """``run_one`` with the cache turned off (``KEHOACH_NO_CACHE``)."""
    from kehoach.io import cache

    os.environ["KEHOACH_NO_CACHE"] = "1"
    cache.cache_dir.cache_clear()
    try:
        return run_one(repo, args, outcome)
    finally:
        del os.environ["KEHOACH_NO_CACHE"]
        cache.cache_dir.cache_clear()


def engage_helpers() -> None:
    """Load even the examples' twenty files in forked helpers too, a few per batch
    (``loadmany``): what a helper loaded, and how it was cached, is fuzzed as well."""
    from kehoach import loadmany

    loadmany.PARALLEL_MIN_FILES, loadmany.BATCH = 4, 3
    os.environ["KEHOACH_JOBS"] = "2"


def run_main(repo: Path, args: list[str]) -> str:
    """Standard output of ``kehoach.cli.main(args)`` run in ``repo``, as the console script runs it
    (the ``cli`` runner of the tests goes through typer only)."""
    import io

    from kehoach.cli import main

    cwd, streams = os.getcwd(), (sys.stdout, sys.stderr)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)
    os.chdir(repo)
    sys.stdout, sys.stderr = out, err
    try:
        with _deadline(TIMEOUT):
            main(list(args))
    except Hang:
        return "(no answer)"
    finally:
        sys.stdout, sys.stderr = streams
        os.chdir(cwd)
    return out.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]


def fresh_repository(folder: Path) -> Path:
    repo = folder / "repo"
    if repo.exists():
        shutil.rmtree(repo)
    shutil.copytree(EXAMPLES, repo)
    return repo


def files_of(repo: Path) -> list[str]:
    return sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*.yaml"))


def write_reproducer(out: Path, repo: Path, failure: Failure, what: str) -> Path:
    folder = out / failure.signature
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(
        repo,
        folder / "repo",
        ignore=shutil.ignore_patterns("out.*", "due.*", "bc.*", "so.*", "site"),
    )
    (folder / "commands.sh").write_text(
        "cd repo\nkehoach " + " ".join(failure.command) + "\n", encoding="utf-8"
    )
    (folder / "failure.txt").write_text(f"{what}\n\n{failure.detail}", encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--mutants", type=int, default=0, help="stop after N mutants (0: time)")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "fuzz-failures")
    parser.add_argument("--all-commands", action="store_true", help="every command per mutant")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    end = time.monotonic() + args.minutes * 60
    seen: set[str] = set()
    outcome = Outcome()
    mutants = 0
    with tempfile.TemporaryDirectory(prefix="kehoach-fuzz-") as tmp:
        os.environ["KEHOACH_CACHE_DIR"] = os.path.join(tmp, "cache")
        os.makedirs(os.environ["KEHOACH_CACHE_DIR"], mode=0o700)
        engage_helpers()
        repo = fresh_repository(Path(tmp))
        files = files_of(repo)
        while time.monotonic() < end and (not args.mutants or mutants < args.mutants):
            if mutants % 25 == 0:
                repo = fresh_repository(Path(tmp))
            target = rng.choice(files)
            before = (repo / target).read_bytes()
            what = f"{target}: {mutate_file(rng, repo / target)}"
            known = len(outcome.failures)
            check_repository(repo, target, outcome, None if args.all_commands else rng)
            for failure in outcome.failures[known:]:
                if failure.signature not in seen:
                    seen.add(failure.signature)
                    where = write_reproducer(args.out, repo, failure, what)
                    print(f"NEW {failure.signature} ({what}) -> {where}", file=sys.stderr)
            if rng.random() < 0.7:
                (repo / target).write_bytes(before)  # else mutations pile up
            mutants += 1
    print(
        f"{mutants} mutants, {outcome.runs} command runs, {len(outcome.failures)} failures, "
        f"{len(seen)} distinct (seed {args.seed})"
    )
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
