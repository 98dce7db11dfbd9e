"""A program that asks each party for its own annual plan (``perparty_data``), each test a finding
of a tester's 2027–2029 cycle played through git: whose plan a program activity goes to, the work
a later plan or another party's plan carries on, the default file of each party's draft, and whose
the plan deadlines are in ``due`` and ``who``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from perparty_data import (
    HOI_THI_DONE,
    HOI_THI_LINK,
    PROGRAM_FILE,
    PROGRAM_ID,
    hoi_thi,
    kho,
    mo_hinh,
    perparty_repo,
    plan_file,
    warned,
    write_plan,
)


def _without_plan_items(root) -> None:
    """The program asking for no plan of any party (its ``kind: plan`` items left out)."""
    program = root / f"programs/{PROGRAM_ID}.yaml"
    text = program.read_text(encoding="utf-8")
    kept = [
        line
        for line in text.splitlines(keepends=True)
        if not line.startswith(("    - {id: kh-", "       start: 2027", "       year_offset"))
    ]
    program.write_text("".join(kept), encoding="utf-8")


def test_due_lists_a_party_s_own_plan_not_the_others(cli, tmp_path, monkeypatch):
    """``due --party skhcn`` lists the Sở's plans (2027: overdue, none written; 2028), not the
    Tỉnh Đoàn's and the Liên hiệp Hội's as the Sở's work under Phối hợp: each party drafts and
    issues its own (before: the other two were listed with the Sở as a supporter)."""
    kho(tmp_path, monkeypatch)
    res = cli("due", "--party", "skhcn", "--today", "2027-12-01", "--within", "40d", "-f", "json")
    assert res.exit_code == 0, res.output
    plans = [i for i in json.loads(res.stdout)["items"] if i["kind"] == "plan"]
    assert [(i["title"], i["support"]) for i in plans] == [
        ("Kế hoạch năm 2027 của Sở KH&CN", []),
        ("Kế hoạch năm 2028 của Sở KH&CN", []),
    ]
    # everyone's: each party's own plan, each with no supporter
    res = cli("due", "--today", "2027-12-01", "--within", "40d", "-f", "json")
    plans = [i for i in json.loads(res.stdout)["items"] if i["kind"] == "plan"]
    assert sorted((i["title"], tuple(i["support"])) for i in plans) == [
        (f"Kế hoạch năm {year} của {name}", ())
        for year in (2027, 2028)
        for name in ("Liên hiệp Hội", "Sở KH&CN", "Tỉnh Đoàn")
    ]


def test_who_gives_a_party_its_own_plan_only(cli, tmp_path, monkeypatch):
    """``who --party skhcn``: the Sở leads its own plan of each year; the others' plans are not
    its work "phối hợp" (before: three plan entries of each year, two as a supporter)."""
    kho(tmp_path, monkeypatch)
    res = cli("who", "--party", "skhcn", "-f", "json")
    assert res.exit_code == 0, res.output
    reviews = json.loads(res.stdout)["parties"][0]["reviews"]
    plans = [(r["title"], r["role"], r["others"]) for r in reviews if r["kind"] == "plan"]
    assert plans == [
        ("Kế hoạch năm 2027", "lead", []),
        ("Kế hoạch năm tiếp theo", "lead", []),
    ]


def test_a_plan_asked_of_one_party_still_concerns_the_others(cli, tmp_path, monkeypatch):
    """One ``kind: plan`` item with a ``lead`` (the Tỉnh Đoàn drafts the plan of the year for
    all): the others still take part in it, as before."""
    root = kho(tmp_path, monkeypatch)
    _without_plan_items(root)
    program = root / f"programs/{PROGRAM_ID}.yaml"
    text = program.read_text(encoding="utf-8").replace(
        "  schedule:\n",
        "  schedule:\n    - {id: kh, kind: plan, lead: td, every: year, year_offset: -1, month: 12}\n",
    )
    program.write_text(text, encoding="utf-8")
    res = cli("due", "--party", "skhcn", "--today", "2027-12-01", "--within", "40d", "-f", "json")
    assert res.exit_code == 0, res.output
    plans = [i for i in json.loads(res.stdout)["items"] if i["kind"] == "plan"]
    assert plans and {(i["lead"], tuple(i["support"])) for i in plans} == {("td", ("skhcn", "lhh"))}


def test_each_party_s_draft_has_its_own_default_file(cli, tmp_path, monkeypatch):
    """``new plan --issuer skhcn`` after the Tỉnh Đoàn's: a file of its own, named after the Sở
    (before: the default name was the Tỉnh Đoàn's file, and the command stopped with "đã có")."""
    root = kho(tmp_path, monkeypatch)
    args = ("new", "plan", "--program", PROGRAM_ID, "--year", "2027")
    for party in ("td", "skhcn"):
        res = cli(*args, "--issuer", party)
        assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (root / "plans/2027").iterdir()) == [
        f"kh-2027-{PROGRAM_ID}-skhcn.yaml",
        f"kh-2027-{PROGRAM_ID}-td.yaml",
    ]
    # the same party again: its own file is there, never overwritten
    res = cli(*args, "--issuer", "skhcn")
    assert res.exit_code == 2 and "đã có" in res.output, res.output


def test_a_single_plan_of_the_year_keeps_its_name(cli, tmp_path, monkeypatch):
    """A program asking for no party's own plan: ``new plan`` without ``--issuer`` writes
    ``kh-<year>-<program>.yaml`` as before; a second plan of the year by another party (``--issuer``,
    or the default issuer once another party's plan is there) is named after its issuers."""
    root = kho(tmp_path, monkeypatch)
    _without_plan_items(root)
    args = ("new", "plan", "--program", PROGRAM_ID)
    res = cli(*args, "--year", "2027")
    assert res.exit_code == 0, res.output
    assert (root / f"plans/2027/kh-2027-{PROGRAM_ID}.yaml").exists()
    res = cli(*args, "--year", "2028", "--issuer", "skhcn")
    assert res.exit_code == 0, res.output
    assert (root / f"plans/2028/kh-2028-{PROGRAM_ID}-skhcn.yaml").exists()
    res = cli(*args, "--year", "2028")  # the Tỉnh Đoàn's (last year's issuer): not the Sở's file
    assert res.exit_code == 0, res.output
    assert (root / f"plans/2028/kh-2028-{PROGRAM_ID}-td.yaml").exists()


def _linked(root, year: int, party: str) -> list[str]:
    """The ids of the activities of ``party``'s draft of ``year`` that carry out the program's."""
    text = (root / plan_file(year, party)).read_text(encoding="utf-8")
    acts = yaml.safe_load(text)["contents"]["activities"]
    return [a["id"] for a in acts if a.get("carried_from", {}).get("program") == PROGRAM_ID]


def _draft(cli, year: int, party: str):
    Path(plan_file(year, party)).parent.mkdir(parents=True, exist_ok=True)
    res = cli("new", "plan", "-p", PROGRAM_ID, "-y", str(year), "--issuer", party, "-o",
              plan_file(year, party))  # fmt: skip
    assert res.exit_code == 0, res.output
    return " ".join(res.output.split())


def test_a_program_activity_goes_to_its_lead_s_own_plan(cli, tmp_path, monkeypatch):
    """Each party drafts its own 2027 plan, the Tỉnh Đoàn first: each program activity is in the
    plan of the party that leads it — the co-led tọa đàm and hội thi in their lead's, the triển
    lãm and the model never in a supporter's. Before, the Tỉnh Đoàn's draft took every activity it
    took part in, and the Sở's and the Liên hiệp Hội's drafts lost theirs without a word."""
    root = kho(tmp_path, monkeypatch)
    notes = {party: _draft(cli, 2027, party) for party in ("td", "skhcn", "lhh")}
    assert _linked(root, 2027, "td") == ["chuyen-muc", "tap-huan"]
    assert _linked(root, 2027, "skhcn") == ["toa-dam", "trien-lam"]
    assert _linked(root, 2027, "lhh") == ["hoi-thi", "mo-hinh"]
    # the Tỉnh Đoàn's note names what it left to the others' own plans
    assert (
        "4 hoạt động chương trình ghi cho năm 2027 do bên khác chủ trì thuộc kế hoạch của bên ấy, "
        'không chép vào đây (kế hoạch của Sở KH&CN: "Tọa đàm "Tuổi trẻ với khoa học và công '
        'nghệ"", "Triển lãm sản phẩm sáng tạo"; kế hoạch của Liên hiệp Hội: "Hội thi Sáng tạo kỹ '
        'thuật", "Xây dựng mô hình thanh niên ứng dụng khoa học kỹ thuật")'
    ) in notes["td"], notes["td"]
    assert warned("KH431") == []


def test_what_another_plan_holds_is_named_with_its_file(cli, tmp_path, monkeypatch):
    """The Tỉnh Đoàn's 2027 plan carries out the Sở's triển lãm (written so before, or by hand):
    the Sở's draft does not copy it again, and its note says which activity and which file
    (before: the activity was left out with no word of it)."""
    root = kho(tmp_path, monkeypatch)
    write_plan(root, 2027, "td", TRIEN_LAM_TD)
    notes = _draft(cli, 2027, "skhcn")
    assert _linked(root, 2027, "skhcn") == ["toa-dam"]
    assert (
        "Không chép lại 1 hoạt động mà kế hoạch đã có của năm đã chuyển tiếp, thực hiện hay lặp lại "
        '(mỗi việc một lần): "Triển lãm sản phẩm sáng tạo" (plans/2027/kh-2027-td.yaml).'
    ) in notes, notes


TRIEN_LAM_TD = f"""\
    - id: trien-lam
      title: Triển lãm sản phẩm sáng tạo
      area: sang-tao
      lead: skhcn
      support: [td, lhh]
      time: 2027-11
      status: planned
      carried_from: {{program: {PROGRAM_ID}, activity: trien-lam}}
"""


@pytest.mark.parametrize(
    ("status", "how"),
    [("in_progress", "chưa hoàn thành đến hết năm 2027"), ("done", "đã hoàn thành")],
)
def test_work_an_earlier_plan_carried_out_is_not_copied_again(
    cli, tmp_path, monkeypatch, status, how
):
    """The Liên hiệp Hội's 2027 plan carries out the program's three-year model. The Tỉnh Đoàn's
    2028 draft (the program asks for no party's own plan here: any plan may carry out any
    activity) does not copy it from the program again — still going on, the Liên hiệp Hội's 2028
    plan carries it over; done, it is done — and says so, naming the plan. Before, it was copied
    (``carried_from: {program: …}``) beside the Liên hiệp Hội's copy: two models, counted twice,
    and ``validate`` silent."""
    root = kho(tmp_path, monkeypatch, today="2027-12-10")
    _without_plan_items(root)
    write_plan(root, 2027, "lhh", mo_hinh(status))
    notes = _draft(cli, 2028, "td")
    assert "mo-hinh" not in _linked(root, 2028, "td")
    assert (
        "Không chép từ chương trình 1 hoạt động mà kế hoạch năm trước đã thực hiện (mỗi việc một "
        "lần; việc chưa hoàn thành do kế hoạch năm 2028 của bên ấy chuyển tiếp): "
        f'"Xây dựng mô hình thanh niên ứng dụng khoa học kỹ thuật" (plans/2027/kh-2027-lhh.yaml: '
        f"{how})."
    ) in notes, notes
    if status == "in_progress":  # the Liên hiệp Hội's own draft carries it over, once
        _draft(cli, 2028, "lhh")
        acts = yaml.safe_load((root / plan_file(2028, "lhh")).read_text(encoding="utf-8"))
        carried = [a["carried_from"] for a in acts["contents"]["activities"] if "carried_from" in a]
        assert {"plan": "kh-2027-lhh", "activity": "mo-hinh"} in carried
    assert warned("KH431") == []


def test_a_copy_of_work_another_plan_of_the_year_carries_on_is_not_carried_over(
    cli, tmp_path, monkeypatch
):
    """2028 as the tester left it: the Tỉnh Đoàn's plan and the Liên hiệp Hội's both hold the
    model (KH431). The Liên hiệp Hội drafts 2029 first and carries its copy over; the Tỉnh Đoàn's
    draft does not carry over its own copy as well — one model, in one plan — and names what it
    left and where (before: both copies went on into 2029, counted twice again)."""
    root = kho(tmp_path, monkeypatch, today="2028-12-20")
    write_plan(root, 2027, "lhh", mo_hinh())
    write_plan(root, 2028, "td", mo_hinh())
    write_plan(root, 2028, "lhh", mo_hinh(link="plan: kh-2027-lhh"))
    _draft(cli, 2029, "lhh")
    notes = _draft(cli, 2029, "td")
    text = (root / plan_file(2029, "td")).read_text(encoding="utf-8")
    assert "mo-hinh" not in [a["id"] for a in yaml.safe_load(text)["contents"]["activities"]]
    assert (
        '(mỗi việc một lần): "Xây dựng mô hình thanh niên ứng dụng khoa học kỹ thuật" '
        "(plans/2029/kh-2029-lhh.yaml)."
    ) in notes, notes
    assert [p.path for p in warned("KH431") if "/2029/" in p.path] == []


def test_another_party_s_yearly_activity_is_not_repeated(cli, tmp_path, monkeypatch):
    """2028: the Tỉnh Đoàn's plan carried out the yearly hội thi and it was done. 2029: the Liên
    hiệp Hội's plan carries out the program's hội thi; the Tỉnh Đoàn's draft does not repeat it
    (before: "lặp lại", an activity of the program's id without ``carried_from``, which KH429 then
    asked to link — into KH431)."""
    root = kho(tmp_path, monkeypatch, today="2028-12-20")
    write_plan(root, 2028, "td", hoi_thi(2028, HOI_THI_DONE + HOI_THI_LINK))
    _draft(cli, 2029, "lhh")
    assert "hoi-thi" in _linked(root, 2029, "lhh")
    notes = _draft(cli, 2029, "td")
    text = (root / plan_file(2029, "td")).read_text(encoding="utf-8")
    assert "hoi-thi" not in [a["id"] for a in yaml.safe_load(text)["contents"]["activities"]]
    assert "Lặp lại" not in notes, notes
    assert warned("KH429") == [] and warned("KH431") == []


def test_the_program_says_each_party_s_plan_in_one_line(tmp_path):
    """Three ``kind: plan`` items alike but for their ``lead`` (each party its own plan) are one
    line of the printed program, naming the parties — before, three lines the same but for the
    chair. Items that differ otherwise (the first year's plans, due in February) stay apart."""
    from helpers import texts, view

    root = perparty_repo(tmp_path)
    lines = [t for t in texts(view(root / PROGRAM_FILE)) if t.startswith("- Kế hoạch năm")]
    assert lines == [
        "- Kế hoạch năm 2027: tháng 2 năm 2027; mỗi bên một kế hoạch: Tỉnh Đoàn, Sở KH&CN, "
        "Liên hiệp Hội.",
        "- Kế hoạch năm tiếp theo: tháng 12 hằng năm (cho kế hoạch năm sau), từ năm 2027; mỗi "
        "bên một kế hoạch: Tỉnh Đoàn, Sở KH&CN, Liên hiệp Hội.",
    ], lines
