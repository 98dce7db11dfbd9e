"""The cross-document checks unpack the activity lists of a slim document (``validate``: packed
apart, ``model.tails``) only where they look at its activities, and find what they find on the
full documents. Those that read only the activities carrying work out or over (``carried_from``:
KH426, KH431, KH433, KH450) unpack no plan none of whose activities carries work; KH424, only a
plan that reaches past its program's end."""

from __future__ import annotations

import yaml
from test_check_focus import _carry_over
from test_check_split import _grouped, _run

from helpers import ORGS, bench_generate, build_tree
from kehoach import checks
from kehoach.load import open_session
from kehoach.model import Repository
from kehoach.model.tails import carries

CARRYING = ("KH426", "KH431", "KH433", "KH450")


def test_the_checks_of_carried_work_unpack_no_plan_that_carries_nothing(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    bench_generate(root, 30, seed=3)
    earlier, _ = _carry_over(root)  # two plans carry activities over from ``earlier``
    monkeypatch.chdir(root)
    loaded = open_session(None, use_cache=False, jobs=1).load(checks=True, slim=True)
    repo = loaded.repo
    carrying = {
        d.path
        for d in repo.documents
        if d.path in repo.tails and carries(d.data, repo.tails[d.path])
    }
    assert len(carrying) == 2 and len(repo.tails) > 20
    unpacked = _counting(monkeypatch)
    full = open_session(None, use_cache=False, jobs=1).load(checks=True).repo
    assert not full.tails
    for code in CARRYING:
        check = checks.REGISTRY[code]
        unpacked.clear()
        found = _run(check, repo)
        assert set(unpacked) <= carrying | {earlier}, code  # KH426 reads the ids of ``earlier``
        assert _grouped(found) == _grouped(_run(check, full)), code
        if code == "KH426":
            assert found  # an activity that is not there: the check did look
    unpacked.clear()
    _run(checks.REGISTRY["KH416"], repo)  # a check of every activity's area unpacks every plan
    assert len(set(unpacked)) > 20


def test_the_plan_past_its_program_is_the_only_one_unpacked(tmp_path, monkeypatch):
    """KH424 looks at the activities of a plan only when the plan reaches past the end of its
    program: the deadlines after it."""
    root = tmp_path / "repo"
    bench_generate(root, 30, seed=3)
    late = next(
        p for p in sorted((root / "plans").rglob("*.yaml")) if "ref: ctph-" in p.read_text("utf-8")
    )
    text = late.read_text("utf-8")
    year = next(line for line in text.splitlines() if line.startswith("year: "))
    late.write_text(text.replace(year + "\n", "period: 2025-07..2026-06\n", 1), "utf-8")
    monkeypatch.chdir(root)
    loaded = open_session(None, use_cache=False, jobs=1).load(checks=True, slim=True)
    unpacked = _counting(monkeypatch)
    found = _run(checks.REGISTRY["KH424"], loaded.repo)
    shown = str(late.relative_to(root))
    assert found and {p.path for p in found} == {shown}
    assert set(unpacked) == {shown}
    full = open_session(None, use_cache=False, jobs=1).load(checks=True).repo
    assert _grouped(found) == _grouped(_run(checks.REGISTRY["KH424"], full))


def _counting(monkeypatch) -> list[str]:
    """The display paths of the documents whose activity lists are unpacked from now on."""
    unpacked: list[str] = []
    whole = Repository.whole

    def counted(self, doc):
        if doc.path in self.tails:  # its activities packed apart: unpacked here
            unpacked.append(doc.path)
        return whole(self, doc)

    monkeypatch.setattr(Repository, "whole", counted)
    return unpacked


def test_a_plan_is_unpacked_for_kh429_only_when_it_may_hold_an_id_of_its_program(
    tmp_path, monkeypatch
):
    """KH429 (a plan's activity with the id of an activity of the program it cites, not linked to
    it) unpacks a plan only when its packed bytes hold one of those ids."""
    root = tmp_path / "repo"
    bench_generate(root, 30, seed=3)
    plans = sorted((root / "plans").rglob("*.yaml"))
    late = plans[3]
    data = yaml.safe_load(late.read_text("utf-8"))
    ref = next(b["ref"] for b in data["bases"] if str(b.get("ref")).startswith("ctph-"))
    # the program's first area holds an activity; the plan's first activity has its id
    program = root / "programs" / f"{ref}.yaml"
    cited = yaml.safe_load(program.read_text("utf-8"))
    lead = data["contents"]["activities"][0]["lead"]
    cited["areas"][0]["activities"] = [{"id": "mo-hinh-mau", "title": "Mô hình", "lead": lead}]
    program.write_text(yaml.safe_dump(cited, allow_unicode=True, sort_keys=False), "utf-8")
    data["contents"]["activities"][0]["id"] = "mo-hinh-mau"
    late.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    monkeypatch.chdir(root)
    loaded = open_session(None, use_cache=False, jobs=1).load(checks=True, slim=True)
    unpacked = _counting(monkeypatch)
    found = _run(checks.REGISTRY["KH429"], loaded.repo)
    shown = str(late.relative_to(root))
    assert {p.path for p in found} == {shown}
    plans_unpacked = {p for p in unpacked if p.startswith("plans/")}
    assert shown in plans_unpacked and len(plans_unpacked) < len(plans) // 2
    full = open_session(None, use_cache=False, jobs=1).load(checks=True).repo
    assert _grouped(found) == _grouped(_run(checks.REGISTRY["KH429"], full))


def test_over_many_documents_each_program_s_areas_are_its_own(tmp_path, monkeypatch):
    """Over more slim documents than ``WHOLE_KEPT`` (100,000 plans), each whole document is let
    go after its look and its identity given to the next: KH416 keeps what it worked out of a
    program by its path, not by the object (found by a fuzzer: six valid programs, each
    reported against another's areas)."""
    from kehoach.model import repository

    files = {
        "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
        "orgs.yaml": ORGS,
    }
    for n in range(1, 7):
        files[f"programs/p{n}.yaml"] = (
            f"kind: program\nid: p{n}\nparties: [td, skhcn]\ndate: 2021-12-30\n"
            "period: {from: 2021, to: 2025}\ntitle: Chương trình phối hợp\nareas:\n"
            f"  - id: area{n}\n    title: Tuyên truyền\n    activities:\n"
            f"      - {{id: x, title: Hội thi, lead: td, time: 2022-Q2, area: area{n}}}\n"
            "signers:\n  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: PHÓ BÍ "
            "THƯ, name: Nguyễn Văn A}\n  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ "
            "GIÁM ĐỐC, name: Trần Thị B}\nrecipients:\n  archive: [VT]\n"
        )
    build_tree(tmp_path / "repo", files)
    monkeypatch.chdir(tmp_path / "repo")
    monkeypatch.setattr(repository, "WHOLE_KEPT", 0)
    loaded = open_session(None, use_cache=False, jobs=1).load(checks=True, slim=True)
    assert len(loaded.repo.tails) == 6
    assert _run(checks.REGISTRY["KH416"], loaded.repo) == []
