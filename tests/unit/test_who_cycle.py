"""``kehoach who`` over a three-party program cycle (``tri_cycle_data``), each test a finding of a
tester's 2026–2030 cycle, fixed: a recurrence held once said to be yearly, and a piece of work
counted once per copy of it."""

from __future__ import annotations

import re
from datetime import date

from helpers import run
from kehoach.who.entries import work_count
from kehoach.who.run import responsibilities
from tri_cycle_data import tri_repo


def _lhh(tmp_path):
    result = run([str(tri_repo(tmp_path / "kho"))], use_cache=False)
    (lhh,) = responsibilities(result.repo, result.repo.documents, "lhh")
    return lhh


def test_a_recurrence_held_once_is_not_said_to_recur(tmp_path):
    times = {e.title: e.time for e in _lhh(tmp_path).reviews}
    # every: year, start 2026, until 2026: one day (28/02/2026 is a Saturday)
    assert times["Xây dựng kế hoạch năm 2026"] == "27/02/2026"
    assert times["Sơ kết hằng năm"].startswith("hằng năm: 31/12/2026, 31/12/2027, ")


def test_a_piece_of_work_counts_once_in_who(tmp_path, cli, monkeypatch):
    lhh = _lhh(tmp_path)
    # six lines: the program's model and its 2026 and 2027 copies, the 2026 and 2027 copies of
    # the communication work, the 2026 contest — three pieces of work, as due lists them
    assert len(lhh.supports) == 6 and work_count(lhh.supports) == 3
    monkeypatch.chdir(tmp_path / "kho")
    table = cli("who", "--party", "lhh", "-o", "-")
    assert table.exit_code == 0 and "  Phối hợp (3 việc, 6 dòng)\n" in table.stdout
    md = cli("who", "--party", "lhh", "--format", "md", "-o", "-")
    assert md.exit_code == 0 and "### Phối hợp (3 việc, 6 dòng)\n" in md.stdout


def test_the_site_counts_a_piece_of_work_once(tmp_path, monkeypatch):
    from kehoach.site.data import gather
    from kehoach.site.entities import parties_index, party_page

    monkeypatch.chdir(tri_repo(tmp_path / "kho"))
    data = gather(None, date(2027, 1, 5))
    lhh = next(p for p in data.parties if p.org == "lhh")
    row = re.search(r'<tr><td><a href="lhh.html">.*?</tr>', parties_index(data)).group(0)
    assert re.findall(r'class="num">(\d+)<', row)[:2] == ["0", "3"]  # leads, supports
    assert "<h2>Phối hợp (3)</h2>" in party_page(lhh, data)


def test_the_timeline_shows_carried_work_as_its_copy_stands(tmp_path, monkeypatch):
    """The 2026 plan's "mo-hinh", open at the end of 2026, was carried over to 2027 and done there
    (25/9/2027): on the program's chart it is done, and the 2026 bar, past its time, is not
    overdue (before: "quá hạn" while ``due`` lists nothing)."""
    from kehoach.load import load
    from kehoach.site.timeline import program_timeline

    root = tri_repo(tmp_path / "kho")
    repo = load([str(root)]).repo
    program = next(d for d in repo.documents if d.kind == "program")
    chart = program_timeline(repo, program, date(2027, 10, 5))
    assert chart is not None
    bars = {(b.doc_id, b.act_id): b for b in chart.bars}
    assert bars[("kh-2026", "mo-hinh")].carried and bars[("kh-2026", "mo-hinh")].status == "done"
    assert not bars[("kh-2026", "mo-hinh")].overdue(date(2027, 10, 5))
    assert bars[("ctph-2026-2030", "mo-hinh")].status == "done"
    earlier = program_timeline(repo, program, date(2027, 3, 1))
    assert earlier is not None
    bar = next(b for b in earlier.bars if (b.doc_id, b.act_id) == ("kh-2026", "mo-hinh"))
    assert bar.carried and bar.status == "in_progress" and not bar.overdue(date(2027, 3, 1))
