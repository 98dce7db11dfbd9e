"""A program that asks each party for its own annual plan (``perparty_data``), each test a finding
of a tester's 2027–2029 cycle played through git: whose plan a program activity goes to, the work
a later plan or another party's plan carries on, the default file of each party's draft, and whose
the plan deadlines are in ``due`` and ``who``."""

from __future__ import annotations

import json

from perparty_data import PROGRAM_ID, perparty_repo


def _kho(tmp_path, monkeypatch, today: str = "2027-01-20"):
    root = perparty_repo(tmp_path / "kho")
    monkeypatch.chdir(root)
    monkeypatch.setenv("KEHOACH_TODAY", today)
    return root


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
    _kho(tmp_path, monkeypatch)
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
    _kho(tmp_path, monkeypatch)
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
    root = _kho(tmp_path, monkeypatch)
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
    root = _kho(tmp_path, monkeypatch)
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
    root = _kho(tmp_path, monkeypatch)
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
