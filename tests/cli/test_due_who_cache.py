"""``due`` and ``who`` read the repository through the same per-file cache as ``validate``
(issue 14, item 3): whatever the cache holds, every format prints the same bytes as a run
without any cache — cold, warm, and after a file changed keeping its size and modification time
(the racy case: only its content tells)."""

from __future__ import annotations

import os
import time

from kehoach import stamps
from kehoach.due.formats import FORMATS as DUE_FORMATS
from kehoach.io import cache
from kehoach.who.formats import FORMATS as WHO_FORMATS

PLAN = "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
BEFORE, AFTER = "time: 2023-08..2023-09", "time: 2023-07..2023-09"  # same size
COMMANDS = [("due", fmt, ["--all", "--today", "2023-06-30"]) for fmt in DUE_FORMATS] + [
    ("who", fmt, []) for fmt in WHO_FORMATS
]


def _outputs(cli) -> dict:
    out = {}
    for command, fmt, args in COMMANDS:
        run = cli(command, "-f", fmt, *args)
        assert run.exit_code in (0, 1), run.output
        out[command, fmt] = (run.exit_code, run.stdout_bytes)
    return out


def _uncached(cli, monkeypatch) -> dict:
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    cache.cache_dir.cache_clear()
    try:
        return _outputs(cli)
    finally:
        monkeypatch.delenv("KEHOACH_NO_CACHE")
        cache.cache_dir.cache_clear()


def _coarse_stamp(path) -> tuple:
    """A file system whose stamp is only the modification time and size (coarse clocks, no change
    time): an edit keeping both leaves the stamp as it was."""
    st = cache.stamp(path)
    return (st[0], st[1], 0, 0)


def test_due_and_who_print_the_same_bytes_cold_warm_and_after_a_racy_edit(
    cli, at_examples, monkeypatch
):
    monkeypatch.setattr(stamps, "stamp", _coarse_stamp)
    plan = at_examples / PLAN
    soon = time.time_ns() + 3_600_000_000_000  # racy in every run below, however slow
    os.utime(plan, ns=(soon, soon))
    reference = _uncached(cli, monkeypatch)
    assert all(out for _, out in reference.values())
    assert _outputs(cli) == reference  # cold: the cache is being filled
    assert _outputs(cli) == reference  # warm: answered from it

    before = _coarse_stamp(plan)
    text = plan.read_text(encoding="utf-8")
    assert text.count(BEFORE) == 1
    plan.write_text(text.replace(BEFORE, AFTER), encoding="utf-8")
    os.utime(plan, ns=(soon, soon))  # a coarse clock: mtime unchanged
    assert _coarse_stamp(plan) == before

    changed = _uncached(cli, monkeypatch)
    assert changed[("due", "json")] != reference[("due", "json")]  # the edit shows
    assert _outputs(cli) == changed  # the stale entry is not used
    assert _outputs(cli) == changed
