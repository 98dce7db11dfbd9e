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


def test_the_years_of_several_plan_items_are_one_list(tmp_path):
    """A first year's plan asked for by its own item (``new program`` writes one: due the month
    after signing) and the later years' by another: a missing first year is found from the later
    years' plans, at the item that asks for it."""
    items = (
        "    - {id: ke-hoach-dau, kind: plan, every: year, month: 2, start: 2026, until: 2026}\n"
        "    - {id: ke-hoach, kind: plan, every: year, year_offset: -1, month: 12, start: 2027}\n"
    )
    program = PROGRAM.replace("    - {id: ke-hoach, kind: plan, every: year, month: 1}\n", items)
    assert program != PROGRAM
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": program}
    files.update({f"plans/kh-{y}.yaml": plan(y) for y in (2027, 2028)})
    found = [p for p in run([str(build_tree(tmp_path, files))], use_cache=False).problems]
    assert [(p.code, p.line, p.message) for p in found if p.code == "KH419"] == [
        (
            "KH419",
            11,  # the first item: the one asking for 2026
            "Chương trình thiếu kế hoạch thực hiện năm 2026 (đã có kế hoạch các năm 2027, 2028)",
        )
    ]
