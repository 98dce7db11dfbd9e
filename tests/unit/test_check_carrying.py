"""The checks that read only the activities carrying work out or over (``carried_from``: KH426,
KH431, KH433, KH450) skip, in a slim repository (``validate``: activity lists packed apart,
``model.tails``), every plan none of whose activities carries work — they unpack none of them —
and find what they find on the full documents."""

from __future__ import annotations

from test_check_focus import _carry_over
from test_check_split import _grouped, _run

from helpers import bench_generate
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
    carrying = {path for path, tail in repo.tails.items() if carries(tail)}
    assert len(carrying) == 2 and len(repo.tails) > 20
    unpacked: list[str] = []
    whole = Repository.whole

    def counted(self, doc):
        if doc.path in self.tails:  # its activities packed apart: unpacked here
            unpacked.append(doc.path)
        return whole(self, doc)

    monkeypatch.setattr(Repository, "whole", counted)
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
    _run(checks.REGISTRY["KH424"], repo)  # a check of every activity unpacks every plan
    assert len(set(unpacked)) > 20
