"""Activities that recur (``every``: giao ban hằng quý, báo cáo hằng tháng): ``due`` reminds at the
end of each period from the one ``today`` falls in; the documents print "Hằng quý"; the progress
sheet says it; an activity done or cancelled is one item, as any other."""

from __future__ import annotations

import io
import json
from datetime import date

import docx

from helpers import ORGS, build_tree, load, run
from kehoach.due.items import collect
from kehoach.render.document import render

PLAN = """\
kind: plan
id: kh-2027
issuers: [td]
date: 2027-01-10
year: 2027
title: Kế hoạch năm 2027
contents:
  layout: table
  activities:
    - id: giao-ban
      title: Giao ban công tác phối hợp
      lead: td
      support: [skhcn]
      every: quarter
    - id: bao-cao
      title: Báo cáo tiến độ
      lead: skhcn
      time: 2027-03..2027-12
      every: month
    - id: so-ket
      title: Sơ kết 6 tháng
      lead: td
      every: half
      status: done
      done_date: 2027-12-20
    - id: hoi-thi
      title: Hội thi sáng tạo
      lead: td
      time: 2027-Q2
    - id: sinh-hoat
      title: Sinh hoạt chuyên đề
      lead: td
      time: 2027
      every: month
signers:
  - org: td
    title: BÍ THƯ
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""


def _repo(tmp_path):
    return build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS,
         "plans/kh-2027.yaml": PLAN},
    )  # fmt: skip


def _items(tmp_path, today):
    result = run([str(_repo(tmp_path))])
    assert result.errors == []
    repo = result.repo
    return [i for i in collect(repo, repo.documents, None, today) if i.kind == "activity"]


def test_each_period_from_the_one_today_falls_in(tmp_path):
    items = _items(tmp_path, date(2027, 5, 10))
    quarterly = [(i.item_id, i.date) for i in items if i.item_id.startswith("giao-ban")]
    assert quarterly == [
        ("giao-ban.2027-Q2", date(2027, 6, 30)),
        ("giao-ban.2027-Q3", date(2027, 9, 30)),
        ("giao-ban.2027-Q4", date(2027, 12, 31)),
    ]  # the plan's year: no time written
    monthly = [i for i in items if i.item_id.startswith("bao-cao")]
    assert [i.date for i in monthly][:2] == [date(2027, 5, 31), date(2027, 6, 30)]
    assert len(monthly) == 8 and monthly[-1].date == date(2027, 12, 31)
    first = monthly[0]
    assert first.title == "Báo cáo tiến độ (tháng 5/2027)"
    assert first.time_text == "Tháng 5/2027 (hằng tháng)" and first.status == "planned"
    assert first.key and first.lead == "skhcn"


def test_done_is_one_closed_item_and_a_past_end_is_overdue_once(tmp_path):
    items = _items(tmp_path, date(2028, 2, 1))
    by_id = {i.item_id: i for i in items}
    assert by_id["so-ket"].closed and by_id["so-ket"].date == date(2027, 12, 31)
    assert [i.item_id for i in items if i.item_id.startswith("giao-ban")] == ["giao-ban.2027-Q4"]
    assert not by_id["giao-ban.2027-Q4"].closed  # every period past, not done: overdue
    # as written (no day asked): every period
    assert len([i for i in _items(tmp_path, None) if i.item_id.startswith("bao-cao")]) == 10


def test_due_lists_the_periods_in_its_window(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    out = cli("due", "--today", "2027-05-10", "--within", "2m", "--format", "json")
    assert out.exit_code == 0, out.output
    titles = [i["title"] for i in json.loads(out.output)["items"]]
    assert "Giao ban công tác phối hợp (quý II/2027)" in titles
    assert "Báo cáo tiến độ (tháng 5/2027)" in titles and "Báo cáo tiến độ (tháng 6/2027)" in titles
    assert not any("quý III" in t or "tháng 8" in t for t in titles)


def test_documents_and_the_sheet_say_it_recurs(tmp_path, cli, monkeypatch):
    root = _repo(tmp_path)
    path = root / "plans/kh-2027.yaml"
    d = docx.Document(io.BytesIO(render(*load(path), "docx")))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "Hằng quý" in cells and "Hằng tháng (Tháng 3 – 12/2027)" in cells
    assert "6 tháng một lần" in cells and "Quý II/2027" in cells
    assert "Hằng tháng" in cells  # its time is the plan's year: not said again
    text = render(*load(path), "txt").decode("utf-8")
    assert "Hằng quý" in text
    monkeypatch.chdir(root)
    out = cli("export", "--today", "2027-05-10", "-o", str(tmp_path / "t.xlsx"))
    assert out.exit_code == 0, out.output
    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[0]
    rows = {r[1]: r for r in ws.iter_rows(values_only=True) if r and r[1]}
    assert "Hằng quý" in rows["giao-ban"] and "Hằng tháng (Tháng 3 – 12/2027)" in rows["bao-cao"]
    assert "Hằng tháng" in rows["sinh-hoat"]


def test_who_says_it_recurs(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    out = cli("who", "--party", "skhcn")
    assert out.exit_code == 0, out.output
    line = next(x for x in out.output.splitlines() if "Báo cáo tiến độ" in x)
    assert "hằng tháng (từ tháng 3/2027 đến tháng 12/2027)" in line
    assert "hằng quý" in next(x for x in out.output.splitlines() if "Giao ban" in x)


PROGRAM = """\
kind: program
id: ctph
date: 2026-12-20
title: Chương trình phối hợp thử
parties: [td, skhcn]
period: {from: 2027, to: 2028}
areas:
  - id: tin
    title: Thông tin khoa học
    activities:
      - id: ban-tin
        title: Phát hành bản tin
        lead: td
        every: quarter
signers:
  - org: td
    title: BÍ THƯ
  - org: skhcn
    title: GIÁM ĐỐC
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""

CARRYING = """\
kind: plan
id: kh-ctph-2027
issuers: [td]
date: 2027-01-10
year: 2027
title: Kế hoạch thực hiện chương trình năm 2027
bases:
  - ref: ctph
contents:
  activities:
    - id: ban-tin
      title: Phát hành bản tin
      area: tin
      lead: td
      time: 2027
      every: quarter
      carried_from: {program: ctph, activity: ban-tin}
signers:
  - org: td
    title: BÍ THƯ
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""


def test_a_plan_carries_out_the_program_s_periods_of_its_year_only(tmp_path):
    """The 2027 plan carries out the program's quarterly activity in 2027: its 2027 periods are
    the plan's, those of 2028 still the program's — before, the plan's copy hid every period of
    the program's activity, 2028 included."""
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS,
         "programs/ctph.yaml": PROGRAM, "plans/kh-ctph-2027.yaml": CARRYING},
    )  # fmt: skip
    result = run([str(root)])
    assert result.errors == []
    repo = result.repo
    items = [i for i in collect(repo, repo.documents, None, date(2027, 5, 10)) if i.recurs]
    by_doc = {(i.doc_id, i.date) for i in items}
    assert ("kh-ctph-2027", date(2027, 6, 30)) in by_doc
    assert ("ctph", date(2027, 6, 30)) not in by_doc  # not twice
    assert ("ctph", date(2028, 3, 31)) in by_doc and ("ctph", date(2028, 12, 31)) in by_doc


def test_a_chain_of_plans_carries_out_the_program_s_periods_of_each_year(
    tmp_path, cli, monkeypatch
):
    """Program → plan 2027 → plan 2028 (carried over from 2027, not from the program): the
    program's periods of 2028 are the 2028 plan's — before, 'Phát hành bản tin (quý I/2028)' was
    listed twice, from the program and from the plan."""
    later = (
        CARRYING.replace("id: kh-ctph-2027", "id: kh-ctph-2028")
        .replace("date: 2027-01-10", "date: 2028-01-10")
        .replace("year: 2027", "year: 2028")
        .replace("time: 2027\n", "time: 2028\n")
        .replace("{program: ctph, activity: ban-tin}", "{plan: kh-ctph-2027, activity: ban-tin}")
    )
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS,
         "programs/ctph.yaml": PROGRAM, "plans/kh-ctph-2027.yaml": CARRYING,
         "plans/kh-ctph-2028.yaml": later},
    )  # fmt: skip
    result = run([str(root)])
    assert result.errors == []
    repo = result.repo
    items = [i for i in collect(repo, repo.documents, None, date(2028, 3, 1)) if i.recurs]
    assert {(i.doc_id, i.date) for i in items if i.date.year == 2028} == {
        ("kh-ctph-2028", date(2028, m, d)) for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))
    }
    monkeypatch.chdir(root)  # the command's own path (each document taken as it is loaded)
    out = cli("due", "--today", "2028-03-01", "--within", "60d", "-f", "json")
    assert out.exit_code == 0, out.output
    items = json.loads(out.output)["items"]
    rows = [(i["document"], i["date"]) for i in items if i["kind"] == "activity"]
    assert rows.count(("kh-ctph-2028", "2028-03-31")) == 1
    assert ("ctph", "2028-03-31") not in rows


def test_all_lists_the_past_periods_as_past_never_overdue(tmp_path, cli, monkeypatch):
    """``due --all`` (the year's calendar, .ics): every period, those before today's "đã qua" as a
    meeting is — nothing records that one was done, so it is never overdue; plain ``due`` does not
    list them."""
    monkeypatch.chdir(_repo(tmp_path))
    args = ("due", "--today", "2027-05-10", "--format", "json")
    out = cli(*args, "--all", "--from", "2027-01-01", "--to", "2027-12-31")
    assert out.exit_code == 0, out.output
    items = {i["title"]: i for i in json.loads(out.output)["items"]}
    q1 = items["Giao ban công tác phối hợp (quý I/2027)"]
    assert q1["overdue"] is False
    assert "Báo cáo tiến độ (tháng 3/2027)" in items and "Báo cáo tiến độ (tháng 4/2027)" in items
    plain = cli(*args, "--within", "12m")
    titles = [i["title"] for i in json.loads(plain.output)["items"]]
    assert not any("quý I/" in t or "tháng 3/2027" in t for t in titles)
    table = cli(
        "due", "--today", "2027-05-10", "--all", "--from", "2027-01-01", "--to", "2027-06-30"
    )
    line = next(x for x in table.output.splitlines() if "(tháng 1/2027)" in x)
    assert "đã qua" in line and "quá" not in line.replace("đã qua", "")


def test_the_report_says_it_recurs(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(_repo(tmp_path))
    out = cli("report", "kh-2027", "--period", "2027", "--today", "2027-06-01", "--to", "md",
              "-o", "-")  # fmt: skip
    assert out.exit_code == 0, out.output
    assert "Giao ban công tác phối hợp (Tỉnh Đoàn Bình Thuận chủ trì; hằng quý, năm 2027)" in (
        out.stdout
    )


def test_the_outlook_of_a_program_s_year_keeps_its_recurring_work(tmp_path, cli, monkeypatch):
    """The program's 2027 report, its 2027 plan having done the quarterly bản tin: the Phương
    hướng for 2028 still lists it (before: left out, as reported on already, though it goes on
    every quarter until the program ends)."""
    done = CARRYING.replace(
        "      every: quarter\n      carried_from",
        "      every: quarter\n      status: done\n      done_date: 2027-12-20\n      carried_from",
    )
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS,
         "programs/ctph.yaml": PROGRAM, "plans/kh-ctph-2027.yaml": done},
    )  # fmt: skip
    monkeypatch.chdir(root)
    out = cli("report", "ctph", "--period", "2027", "--today", "2028-01-05", "--to", "md",
              "-o", "-")  # fmt: skip
    assert out.exit_code == 0, out.output
    outlook = out.stdout[out.stdout.index("PHƯƠNG HƯỚNG") :]
    assert "Phát hành bản tin" in outlook, outlook
