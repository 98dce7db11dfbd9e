"""``kehoach who`` over a three-party program cycle (``tri_cycle_data``), each test a finding of a
tester's 2026–2030 cycle, fixed: a recurrence held once said to be yearly, a piece of work
counted once per copy of it, and an activity carried on by several plans said to be carried on by
one of them only."""

from __future__ import annotations

import csv
import io
import json
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


# the Tỉnh Đoàn's own 2027 plan, beside the joint one: it carries over the 2026 communication work
# as the joint 2027 plan does (KH431 warns of it), and carries out the program's model in 2027
# (the program's "mo-hinh" runs 2026..2027; the joint 2026 plan carried it out in 2026)
PLAN_2027_TD = """\
kind: plan
number: 3
date: 2027-01-30
issuers: [td]
year: 2027
title: Kế hoạch của Tỉnh Đoàn thực hiện Chương trình phối hợp năm 2027
bases:
  - ref: ctph-2026-2030
contents:
  activities:
    - id: tuyen-truyen
      title: Tuyên truyền trên trang thông tin điện tử của Tỉnh Đoàn
      area: tuyen-truyen
      lead: td
      time: ongoing
      status: in_progress
      carried_from: {plan: kh-2026, activity: tuyen-truyen}
    - id: mo-hinh-doan-vien
      title: Nhân rộng mô hình trình diễn trong đoàn viên
      area: chuyen-giao
      lead: td
      support: [skhcn]
      time: 2027-Q3
      carried_from: {program: ctph-2026-2030, activity: mo-hinh}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Võ Văn Lâm}
recipients:
  groups:
    - {purpose: b/c, items: [UBND tỉnh]}
  archive: [VP Tỉnh Đoàn]
"""

JOINT_2026, JOINT_2027, TD_2027 = (
    "plans/2026/kh-2026.yaml",
    "plans/2027/kh-2027.yaml",
    "plans/2027/kh-2027-td.yaml",
)


def _two_plans(tmp_path):
    root = tri_repo(tmp_path / "kho")
    (root / TD_2027).write_text(PLAN_2027_TD, encoding="utf-8")
    return root


def test_every_plan_carrying_an_activity_on_is_named(tmp_path, monkeypatch):
    """The program's model is carried out by the joint 2026 plan and the Tỉnh Đoàn's 2027 plan,
    the 2026 communication work carried over by both 2027 plans: ``who`` named one plan of each
    (whichever was loaded first). Every one now, by year then path."""
    monkeypatch.chdir(_two_plans(tmp_path))
    result = run(None, use_cache=False)
    (skhcn,) = responsibilities(result.repo, result.repo.documents, "skhcn")
    lead = {(e.doc_id, e.key): e for e in skhcn.leads}
    model = lead[("ctph-2026-2030", "mo-hinh")]
    assert model.carried_to == [JOINT_2026, TD_2027]
    assert model.status == f"thực hiện trong {JOINT_2026} và {TD_2027}"
    talk = next(e for e in skhcn.supports if (e.doc_id, e.key) == ("kh-2026", "tuyen-truyen"))
    assert talk.carried_to == [TD_2027, JOINT_2027]  # one year: by path
    assert talk.status == f"chuyển tiếp sang {TD_2027} và {JOINT_2027}"


def test_the_plans_are_named_by_year_then_path():
    from kehoach.model.carry import carriers

    found = [(2028, "plans/a.yaml"), (2027, "plans/z.yaml"), (2027, "plans/b.yaml")]
    assert carriers([*found, found[0]]) == ["plans/b.yaml", "plans/z.yaml", "plans/a.yaml"]


def test_every_format_of_who_names_every_plan(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(_two_plans(tmp_path))
    said = f"thực hiện trong {JOINT_2026} và {TD_2027}"
    # the program asked for alone (its carriers are not among the files asked for), and the whole
    # repository (each plan's links taken as it is loaded)
    for paths in (["programs"], []):
        out = cli("who", *paths, "--party", "skhcn", "-f", "json", "-o", "-")
        assert out.exit_code == 0, out.output
        (party,) = json.loads(out.stdout)["parties"]
        (model,) = [e for e in party["leads"] if e["document"] == "ctph-2026-2030"]
        assert model["carried_to_all"] == [JOINT_2026, TD_2027]
        assert model["carried_to"] == JOINT_2026  # the first, a path as before
        assert model["status_vi"] == said
    table = cli("who", "--party", "skhcn", "-o", "-")
    assert table.exit_code == 0, table.output
    assert said in _detail_cell(table.stdout, "programs/ctph-2026-2030.yaml:13"), table.stdout
    md = cli("who", "--party", "skhcn", "-f", "md", "-o", "-")
    assert md.exit_code == 0 and said in md.stdout, md.stdout
    sheet = cli("who", "--party", "skhcn", "-f", "csv", "-o", "-")
    assert sheet.exit_code == 0, sheet.output
    rows = list(csv.DictReader(io.StringIO(sheet.stdout.lstrip("\ufeff"))))
    (row,) = [r for r in rows if r["document"] == "ctph-2026-2030" and r["role"] == "leads"]
    assert row["status"] == said


def _detail_cell(table: str, source: str) -> str:
    """The words of the "Chi tiết" cell of the table's row from ``source``, wrapped in its column."""
    lines = table.splitlines()
    start = next(i for i, line in enumerate(lines) if line.rstrip().endswith(source))
    head = next(line for line in reversed(lines[:start]) if line.startswith("Nội dung "))
    left, right = head.index("Chi tiết"), head.index("Nguồn")
    cell = [lines[start][left:right]]
    for line in lines[start + 1 :]:
        if line[:left].strip():
            break  # the next row
        cell.append(line[left:right])
    return " ".join(" ".join(cell).split())
