"""An org id or a register book that does not exist: the message suggests only near ids, else
lists what there is, in words (never a bare '""')."""

import pytest

from helpers import EXAMPLES
from kehoach.errors import KehoachError
from kehoach.load import load
from kehoach.register.run import run_register


def test_an_org_id_far_from_every_other_lists_them_and_a_near_one_is_suggested():
    repo = load([str(EXAMPLES)]).repo
    with pytest.raises(KehoachError) as far:
        repo.require_org("khong-co")
    assert far.value.hint.startswith("Các mã có trong orgs.yaml: ")  # not "Có phải: dhqg-hcm?"
    with pytest.raises(KehoachError) as near:
        repo.require_org("tinhdoan-b")
    assert near.value.hint.startswith("Có phải: tinhdoan-bt")


def test_an_unknown_book_names_the_common_one_in_words(monkeypatch):
    monkeypatch.chdir(EXAMPLES)
    with pytest.raises(KehoachError) as exc:
        run_register(None, 2023, "tinhdoan-bt", "xyz")
    assert exc.value.hint == "Các sổ: sổ chung (không ghi --book)."
