"""Parties taking turns to chair (``rotation``) through the commands: ``due`` names the chair of
each occurrence whatever window it lists, ``who`` each party's turns, ``new plan`` lists the
program's meetings of the year with their chairs and goes on with the turns of last year's plan."""

from __future__ import annotations

import json

import yaml

from helpers import build_tree, run
from rotation_data import rotation_repo

PLAN_2026 = """\
kind: plan
issuers: [td, skhcn]
date: 2026-01-10
year: 2026
title: Thực hiện Chương trình phối hợp năm 2026
bases:
  - ref: ctph
contents:
  activities:
    - {id: hoi-thi, title: Hội thi sáng tạo, lead: td, support: [skhcn], time: 2026-Q3}
reviews:
  schedule:
    - {id: hop-btc, kind: meeting, title: Họp Ban Tổ chức, every: quarter, rotation: [td, skhcn]}
    - {id: so-ket, kind: interim, title: Sơ kết Hội thi, time: 2026-11, rotation: [skhcn, td]}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn B}
recipients:
  groups:
    - {items: [Như trên]}
  archive: [VT]
"""


def test_due_names_the_chair_of_each_occurrence(tmp_path, monkeypatch, cli):
    root = rotation_repo(tmp_path).parent.parent
    monkeypatch.chdir(root)
    # a window in the middle of the period: the turns still count from its start
    out = cli("due", "--all", "--from", "2028-01-01", "--to", "2028-12-31", "-f", "json")
    assert out.exit_code == 0, out.output
    got = [(i["title"], i["lead"], i["support"]) for i in json.loads(out.output)["items"]]
    assert got == [
        ("Họp giao ban (6 tháng đầu năm 2028)", "skhcn", ["lhh", "td"]),
        ("Sơ kết hằng năm (năm 2028)", "lhh", ["td", "skhcn"]),
        ("Họp giao ban (6 tháng cuối năm 2028)", "td", ["lhh", "skhcn"]),
    ]
    # the plain table: the chair in the Chủ trì column
    out = cli("due", "--all", "--from", "2028-12-01", "--to", "2028-12-31", "-k", "interim")
    row = next(ln for ln in out.output.splitlines() if "Sơ kết hằng năm (năm 2028)" in ln)
    assert "Liên hiệp Hội  Tỉnh Đoàn" in row, out.output


def test_who_says_the_turns(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(rotation_repo(tmp_path).parent.parent)
    out = cli("who", "-p", "lhh", "-f", "md")
    assert out.exit_code == 0, out.output
    assert "### Họp, sơ kết, tổng kết (2 việc, 3 dòng)" in out.output
    assert "Sơ kết (chủ trì); hằng năm, luân phiên: 29/12/2028" in out.output
    assert "Họp (tham dự); 6 tháng một lần, luân phiên: 30/6/2026" in out.output


def test_new_plan_goes_on_with_the_turns(tmp_path, monkeypatch, cli):
    root = rotation_repo(tmp_path).parent.parent
    build_tree(root, {"plans/2026/kh-2026.yaml": PLAN_2026})
    monkeypatch.chdir(root)
    out = cli("new", "plan", "--program", "ctph", "--year", "2027", "-o", "kh-2027.yaml")
    assert out.exit_code == 0, out.output
    data = yaml.safe_load((root / "kh-2027.yaml").read_text(encoding="utf-8"))
    # the program's meetings of 2027, each with the party whose turn it is
    assert data["reviews"]["items"] == [
        "Tháng 6/2027: Họp giao ban (Sở KH&CN chủ trì)",
        "Tháng 12/2027: Sơ kết hằng năm (Sở KH&CN chủ trì)",
        "Tháng 12/2027: Họp giao ban (Tỉnh Đoàn chủ trì)",
    ]
    # last year's four quarterly meetings: Tỉnh Đoàn's turn again; its one sơ kết was Sở
    # KH&CN's: Tỉnh Đoàn's turn now
    turns = {e["id"]: e["rotation"] for e in data["reviews"]["schedule"]}
    assert turns == {"hop-btc": ["td", "skhcn"], "so-ket": ["td", "skhcn"]}
    assert [p for p in run([str(root)]).problems if p.level == "error"] == []
