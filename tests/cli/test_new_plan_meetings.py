"""The meetings and reviews ``kehoach new plan`` lists in a party's plan (``reviews.items``, printed
by ``render``): only those of the program that concern the plan's issuers in the plan's year, with
the year of each annual plan named, none before the program was signed — as a tester's 2027–2029
cycle of three parties found them (each plan listed the other parties' plans, its own deadline,
"Kế hoạch năm tiếp theo" three times without a year, a meeting before the program's date)."""

from __future__ import annotations

import yaml

from helpers import ORGS_QNG, build_tree, run
from kehoach.draft.meetings import schedule_lines

PROGRAM_ID = "ctph-2027-2029"

PROGRAM = """\
kind: program
number: 1
date: 2027-01-15
title: Phối hợp phát huy vai trò của tuổi trẻ trong khoa học và công nghệ giai đoạn 2027 – 2029
parties: [td, skhcn, lhh]
period: {from: 2027, to: 2029}
areas:
  - {id: tuyen-truyen, title: Tuyên truyền}
reviews:
  schedule:
    - {id: giao-ban, kind: meeting, title: Giao ban công tác phối hợp, every: quarter, month: 1,
       day: 1, lead: td}
    - {id: so-ket-nam, kind: interim, title: Sơ kết hằng năm, every: year, month: 11,
       rotation: [td, skhcn, lhh]}
    - {id: kh-dau-td, kind: plan, title: Kế hoạch năm 2027, lead: td, every: year, month: 2,
       start: 2027, until: 2027}
    - {id: kh-dau-so, kind: plan, title: Kế hoạch năm 2027, lead: skhcn, every: year, month: 2,
       start: 2027, until: 2027}
    - {id: kh-dau-lhh, kind: plan, title: Kế hoạch năm 2027, lead: lhh, every: year, month: 2,
       start: 2027, until: 2027}
    - {id: kh-td, kind: plan, title: Kế hoạch năm tiếp theo, lead: td, every: year,
       year_offset: -1, month: 12, start: 2028}
    - {id: kh-so, kind: plan, title: Kế hoạch năm tiếp theo, lead: skhcn, every: year,
       year_offset: -1, month: 12, start: 2028}
    - {id: kh-lhh, kind: plan, title: Kế hoạch năm tiếp theo, lead: lhh, every: year,
       year_offset: -1, month: 12, start: 2028}
    - {id: tong-ket, kind: final, title: Tổng kết Chương trình, time: 2029-12, lead: td}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Võ Văn Lâm}
  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn Minh}
  - {org: lhh, authority: TM., for: BAN THƯỜNG TRỰC, title: CHỦ TỊCH, name: Nguyễn Đức Thắng}
recipients:
  archive: [VT]
"""


def _root(tmp_path):
    return build_tree(
        tmp_path / "kho",
        {
            "kehoach.yaml": "kind: settings\nplace: Quảng Ngãi\n",
            "orgs.yaml": ORGS_QNG,
            f"programs/{PROGRAM_ID}.yaml": PROGRAM,
        },
    )


def _drafted(cli, root, year: int, issuer: str) -> list[str]:
    out = root / f"kh-{year}-{issuer}.yaml"
    res = cli("new", "plan", "-p", PROGRAM_ID, "-y", str(year), "--issuer", issuer, "-o", str(out))
    assert res.exit_code == 0, res.output
    return yaml.safe_load(out.read_text(encoding="utf-8"))["reviews"]["items"]


def test_a_party_s_plan_lists_what_concerns_it_in_its_year(cli, tmp_path, monkeypatch):
    root = _root(tmp_path)
    monkeypatch.chdir(root)
    # 01/01/2027 is moved to 04/01/2027, before the program was signed (15/01/2027): not listed;
    # the three plans of 2027 (this one among them) are not its business; next year's plan is its
    # own only, with its year
    assert _drafted(cli, root, 2027, "td") == [
        "Ngày 01/4/2027: Giao ban công tác phối hợp (Tỉnh Đoàn chủ trì)",
        "Ngày 01/7/2027: Giao ban công tác phối hợp (Tỉnh Đoàn chủ trì)",
        "Ngày 01/10/2027: Giao ban công tác phối hợp (Tỉnh Đoàn chủ trì)",
        "Tháng 11/2027: Sơ kết hằng năm (Tỉnh Đoàn chủ trì)",
        "Tháng 12/2027: Kế hoạch năm tiếp theo (năm 2028, Tỉnh Đoàn chủ trì)",
    ]
    # the Sở's plan of 2028: the joint meetings and the sơ kết it chairs, its own 2029 plan
    lines = _drafted(cli, root, 2028, "skhcn")
    assert lines[-2:] == [
        "Tháng 11/2028: Sơ kết hằng năm (Sở KH&CN chủ trì)",
        "Tháng 12/2028: Kế hoạch năm tiếp theo (năm 2029, Sở KH&CN chủ trì)",
    ]
    assert len(lines) == 6 and all("Giao ban" in line for line in lines[:4])
    # the last year: no plan of a year after the program; the final review
    assert _drafted(cli, root, 2029, "lhh")[-2:] == [
        "Tháng 11/2029: Sơ kết hằng năm (Liên hiệp Hội chủ trì)",
        "Tháng 12/2029: Tổng kết Chương trình (Tỉnh Đoàn chủ trì)",
    ]
    assert not [p for p in run([str(root)], use_cache=False).problems if p.level == "error"]


def test_a_joint_plan_lists_the_plans_of_each_of_its_issuers(tmp_path):
    repo = run([str(_root(tmp_path))], use_cache=False).repo
    lines = schedule_lines(repo, repo.by_id(PROGRAM_ID), 2027, ["td", "skhcn", "lhh"])
    assert [line for line in lines if "Kế hoạch" in line] == [
        "Tháng 12/2027: Kế hoạch năm tiếp theo (năm 2028, Tỉnh Đoàn chủ trì)",
        "Tháng 12/2027: Kế hoạch năm tiếp theo (năm 2028, Sở KH&CN chủ trì)",
        "Tháng 12/2027: Kế hoạch năm tiếp theo (năm 2028, Liên hiệp Hội chủ trì)",
    ]
