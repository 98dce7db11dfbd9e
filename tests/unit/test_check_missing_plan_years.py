"""KH419 names the years in the grammar of their number: "năm 2028", "các năm 2027, 2028"."""

from helpers import ORGS, build_tree, run

PROGRAM = """\
kind: program
id: ctph
date: 2025-12-20
title: Chương trình thử
parties: [td, skhcn]
period: {from: 2026, to: 2028}
areas:
  - {id: a, title: Nội dung A}
reviews:
  schedule:
    - {id: ke-hoach, kind: plan, every: year, month: 1}
signers:
  - {org: td, title: BÍ THƯ}
  - {org: skhcn, title: GIÁM ĐỐC}
recipients: {groups: [{purpose: b/c, items: [TW Đoàn]}], archive: [VT]}
"""


def plan(year: int) -> str:
    return f"""\
kind: plan
issuers: [td]
year: {year}
title: Kế hoạch năm {year}
bases: [{{ref: ctph}}]
signers: [{{org: td, title: BÍ THƯ}}]
recipients: {{groups: [{{purpose: b/c, items: [TW Đoàn]}}], archive: [VT]}}
"""


def _kh419(tmp_path, years: list[int]) -> list[str]:
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": PROGRAM}
    files.update({f"plans/kh-{y}.yaml": plan(y) for y in years})
    root = build_tree(tmp_path, files)
    return [p.message for p in run([str(root)], use_cache=False).problems if p.code == "KH419"]


def test_one_year_covered_several_missing(tmp_path):
    assert _kh419(tmp_path, [2028]) == [
        "Chương trình thiếu kế hoạch thực hiện các năm 2026, 2027 (đã có kế hoạch năm 2028)"
    ]


def test_one_year_missing_several_covered(tmp_path):
    assert _kh419(tmp_path, [2026, 2028]) == [
        "Chương trình thiếu kế hoạch thực hiện năm 2027 (đã có kế hoạch các năm 2026, 2028)"
    ]
