"""Which plans carry out a program (``model.links``): the index of citing plans, built once per
repository, gives what reading every plan for every program gives."""

from __future__ import annotations

from pathlib import Path

from kehoach.model import Document, Repository, links


def _plan(doc_id: str, *refs: str, kind: str = "plan") -> Document:
    return Document(f"{doc_id}.yaml", kind, {"id": doc_id, "bases": [{"ref": r} for r in refs]})


def _by_reading_every_plan(repo: Repository, program_id: str) -> list[Document]:
    return [
        d
        for d in repo.documents
        if d.kind == "plan" and d.id != program_id and links.cites(d, program_id)
    ]


def test_citing_plans_are_those_that_cite_in_repository_order():
    docs = [
        _plan("ct-a", kind="program"),
        _plan("kh-1", "ct-a", "ct-a"),  # cited twice: listed once
        _plan("kh-2", "ct-b"),
        _plan("kh-3", "ct-b", "ct-a"),
        _plan("kh-self", "kh-self"),  # a plan citing itself is not its own plan
        _plan("qd-1", "ct-a", kind="decision"),  # only plans carry a program out
    ]
    repo = Repository(Path("."), documents=docs)
    for program_id in ("ct-a", "ct-b", "kh-self", "missing"):
        assert links.plans_citing(repo, program_id) == _by_reading_every_plan(repo, program_id)
    assert [d.id for d in links.plans_citing(repo, "ct-a")] == ["kh-1", "kh-3"]
    assert links.plans_citing(repo, "kh-self") == []


def test_each_repository_has_its_own_index():
    full = Repository(Path("."), documents=[_plan("kh-1", "ct-a"), _plan("kh-2", "ct-a")])
    assert len(links.plans_citing(full, "ct-a")) == 2
    full.documents[1].partial = True
    complete = full.complete()  # a new repository: not the index of the first one
    assert [d.id for d in links.plans_citing(complete, "ct-a")] == ["kh-1"]


def test_a_repository_with_other_documents_is_made_anew():
    """``with_documents`` (``complete``, ``issue``): the same files, other documents, the
    indexes made of the old ones left behind."""
    first, second = _plan("kh-1", "ct-a"), _plan("kh-2", "ct-a")
    repo = Repository(Path("."), settings={"a": 1}, orgs={"o": {}}, documents=[first])
    repo.invalid_ids.add("kh-9")
    assert repo.by_id("kh-1") is first
    repo.focus = frozenset({"x"})
    other = repo.with_documents([second])
    assert other.documents == [second] and repo.documents == [first]
    assert (other.settings, other.orgs, other.invalid_ids) == ({"a": 1}, {"o": {}}, {"kh-9"})
    assert other.by_id("kh-1") is None and other.by_id("kh-2") is second
    assert other.focus is None and other.derived == {}
