"""The source lines ``due`` and ``who`` learn (``io.cachelines.LineTable``): kept only for the
bytes they were found in, only for the files of the last run, and a table of the wrong shape is
passed over (the lines are found in the files again), never an error."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from agenda_data import agenda_repo
from kehoach import __version__
from kehoach.io import cache, lines
from kehoach.io.cachelines import LineTable
from kehoach.output import Style
from kehoach.who import run_who
from kehoach.who.formats import FORMATS


def test_a_table_gives_lines_only_for_the_bytes_they_were_found_in(tmp_path):
    path = str(tmp_path / "lines.marshal")
    table = LineTable(path, "env")
    index = {("contents", "activities"): (7, 12)}
    table.put("/repo/a.yaml", "d1", index)
    table.put("/repo/gone.yaml", "d2", {})
    table.save({"/repo/a.yaml"})
    again = LineTable(path, "env")
    assert again.get("/repo/a.yaml", "d1") == index
    assert again.get("/repo/a.yaml", "d-edited") is None
    assert again.get("/repo/gone.yaml", "d2") is None  # not a file of the last run
    assert LineTable(path, "other environment").get("/repo/a.yaml", "d1") is None
    assert LineTable(None, "env").get("/repo/a.yaml", "d1") is None  # no cache


@pytest.mark.parametrize(
    "row",
    [
        "not a row",
        ("d1",),
        ("d1", "not an index"),
        ("d1", {"contents": (7,)}),
        ("d1", {("contents", "activities"): 7}),
        ("d1", {("contents", "activities"): ("7", 12)}),
        ("d1", {("contents", "activities"): (7.0,)}),
    ],
)
def test_a_row_of_the_wrong_shape_is_passed_over(tmp_path, row):
    path = tmp_path / "lines.marshal"
    path.write_bytes(
        marshal.dumps({"version": __version__, "env": "env", "files": {"/repo/a.yaml": row}})
    )
    assert LineTable(str(path), "env").get("/repo/a.yaml", "d1") is None


def _who() -> str:
    return FORMATS["json"].write(run_who(None), Style())


def test_who_with_a_broken_or_planted_table_prints_the_same(tmp_path, monkeypatch):
    root = agenda_repo(tmp_path / "agenda")
    monkeypatch.chdir(root)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    cache.cache_dir.cache_clear()
    expected = _who()  # learns
    tables = sorted((tmp_path / "cache").glob("lines-*.marshal"))
    assert tables, "who keeps the lines it found"
    saved = marshal.loads(tables[0].read_bytes())
    assert saved["files"] and all(Path(k).is_file() for k in saved["files"])

    def failing(path, *args, **kwargs):
        raise AssertionError(f"{path} read again")

    with monkeypatch.context() as m:
        m.setattr(lines, "read_bytes", failing)
        assert _who() == expected  # from the table
    for broken in (
        b"\x00 not marshal",
        marshal.dumps([1, 2]),
        marshal.dumps({**saved, "files": [1]}),
        marshal.dumps(
            {**saved, "files": {k: ("other bytes", v[1]) for k, v in saved["files"].items()}}
        ),
    ):
        tables[0].write_bytes(broken)
        assert _who() == expected  # passed over: found in the files again
    # lines of the right shape for the right bytes are believed (the table is kehoach's own, in a
    # private folder, as every cache file): the table is what gives them
    planted = {
        k: (v[0], {("contents", "activities"): (99999,) * 50}) for k, v in saved["files"].items()
    }
    tables[0].write_bytes(marshal.dumps({**saved, "files": planted}))
    assert '"line": 99999' in _who()
