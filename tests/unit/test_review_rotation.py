"""Parties that take turns to chair a meeting or a review (``rotation``, "Các bên luân phiên chủ
trì theo thứ tự: …"): the turn passes at each occurrence, counted over the document's whole
period; ``due`` and ``who`` give each occurrence its chair, the document prints the order as such
documents say it, ``new plan`` goes on with the turns, ``validate`` checks the parties (KH401,
KH432). Before, a schedule item had one ``lead``: a rotation could not be written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from helpers import load, run, texts, view
from kehoach.due.items import collect
from kehoach.model.schedule import work_calendar
from kehoach.who.entries import count_words
from kehoach.who.run import responsibilities
from rotation_data import rotation_repo as _repo


def _items(path: Path) -> dict:
    doc, repo = load(path)
    found = collect(repo, [doc], work_calendar(repo.settings))
    return {i.item_id: i for i in found if i.kind != "activity"}


def test_due_gives_each_occurrence_the_party_whose_turn_it_is(tmp_path):
    items = _items(_repo(tmp_path))
    yearly = [items[f"so-ket.{y}"] for y in range(2026, 2031)]
    assert [i.lead for i in yearly] == ["td", "skhcn", "lhh", "td", "skhcn"]
    # the others attend: the parties of the program, in their order
    assert [i.support for i in yearly[:2]] == [["lhh", "skhcn"], ["lhh", "td"]]
    halves = [items[f"giao-ban.{y}-H{h}"] for y in (2026, 2027) for h in (1, 2)]
    assert [i.lead for i in halves] == ["skhcn", "td", "skhcn", "td"]


def test_the_turns_count_from_the_first_occurrence_of_the_period(tmp_path):
    """A rotation that starts later (``start``) starts with its first party; the turns are
    the same whatever part of the period a command lists."""
    path = _repo(
        tmp_path,
        "    - {id: hop, kind: meeting, every: year, month: 6, start: 2028, rotation: [lhh, td]}\n",
    )
    from kehoach.model.turns import chaired_occurrences

    doc, repo = load(path)
    chairs = [
        (occ.date.year, chair)
        for p, _, occ, chair in chaired_occurrences(doc, work_calendar(repo.settings))
        if p[-1] == 2
    ]
    assert chairs == [(2028, "lhh"), (2029, "td"), (2030, "lhh")]
    later = collect(repo, [doc], work_calendar(repo.settings), latest=date(2030, 12, 31))
    assert {i.item_id: i.lead for i in later if i.item_id.startswith("hop.")} == {
        "hop.2028": "lhh",
        "hop.2029": "td",
        "hop.2030": "lhh",
    }


def test_who_lists_each_partys_turns_and_the_others(tmp_path):
    path = _repo(tmp_path)
    result = run([str(path.parent.parent)], use_cache=False)
    parties = {p.org: p for p in responsibilities(result.repo, result.repo.documents)}
    skhcn = [(e.title, e.role, e.dates, e.others) for e in parties["skhcn"].reviews]
    so_ket = [r for r in skhcn if r[0] == "Sơ kết hằng năm"]
    assert so_ket == [
        ("Sơ kết hằng năm", "lead", [date(2027, 12, 31), date(2030, 12, 31)], ["lhh", "td"]),
        (
            "Sơ kết hằng năm",
            "member",
            [date(2026, 12, 31), date(2028, 12, 29), date(2029, 12, 31)],
            ["td", "lhh"],
        ),
    ]
    lead = parties["skhcn"].reviews[0]
    assert lead.time == "hằng năm, luân phiên: 31/12/2027, 31/12/2030"
    # lhh is in no turn of the meeting: it attends every one, under both chairs
    [meeting] = [e for e in parties["lhh"].reviews if e.title == "Họp giao ban"]
    assert meeting.role == "member" and meeting.others == ["skhcn", "td"]
    assert len(meeting.dates) == 10
    # one piece of work in two rows (its turns, the others')
    assert count_words(parties["skhcn"].reviews) == "2 việc, 4 dòng"


def test_the_document_says_the_order_as_documents_do(tmp_path):
    path = _repo(
        tmp_path,
        "    - {id: hop, kind: meeting, title: Họp chuyên đề, every: year, month: 6, "
        "rotation: [lhh, td, skhcn]}\n",
    )
    lines = texts(view(path))
    assert (
        "- Sơ kết hằng năm: tháng 12 hằng năm; các bên luân phiên chủ trì theo thứ tự: "
        "Tỉnh Đoàn, Sở KH&CN, Liên hiệp Hội." in lines
    )
    # some of the parties: no "các bên"; two of them
    assert (
        "- Họp giao ban: tháng 6 và tháng 12 hằng năm; luân phiên chủ trì theo thứ tự: "
        "Sở KH&CN, Tỉnh Đoàn." in lines
    )
    assert any(t.startswith("- Họp chuyên đề: tháng 6 hằng năm; các bên luân phiên") for t in lines)


@pytest.mark.parametrize(
    ("entry", "code", "where"),
    [
        # an org orgs.yaml does not have: KH401, as any org id
        ("{id: x, kind: meeting, every: year, rotation: [td, lhhx]}", "KH401", ("rotation", 1)),
        # an org that is not a party of the program
        ("{id: x, kind: meeting, every: year, rotation: [td, ubnd]}", "KH432", ("rotation", 1)),
        # a lead beside the turns: the turns win, the lead is said to be left out
        ("{id: x, kind: meeting, every: year, lead: td, rotation: [td, lhh]}", "KH432", ("lead",)),
        # a plan asked of each party: no turns
        ("{id: x, kind: plan, every: year, rotation: [td, lhh]}", "KH432", ("rotation",)),
        # one party twice: the schema
        ("{id: x, kind: meeting, every: year, rotation: [td, td]}", "KH206", ("rotation",)),
    ],
)
def test_validate_checks_the_parties_that_take_turns(tmp_path, entry, code, where):
    path = _repo(tmp_path, f"    - {entry}\n")
    found = [
        p
        for p in run([str(path)], use_cache=False).problems
        if p.json_path[:3] == ("reviews", "schedule", 2)
    ]
    assert [(p.code, p.json_path[3:]) for p in found] == [(code, where)], found
    assert all(p.line > 0 for p in found)
