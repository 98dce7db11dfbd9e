"""The per-document checks skip a document when its facts (``checks.facts``, one pass over its
data) show they cannot find anything in it. The facts must be conservative: run with facts that
skip nothing — every check walks every document as it did before the facts — the problems are
exactly the same (code, level, message, JSON path, order), on generated documents full of
mistakes (hypothesis) and on the bench generator's plans."""

from __future__ import annotations

import functools
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES, bench_generate
from kehoach import checks
from kehoach.checks import facts
from kehoach.load import open_session
from kehoach.model import Document, Repository, navigate


def _skip_nothing(self: facts.Facts, doc: Document) -> None:
    """Facts that send every check to its own walk of the document (what every check did before
    the facts), and the activities' budgets added up as ``budget_mismatch`` did."""
    self.doc = doc
    self.org_names = {object()}  # never all known
    self.dates_real = self.times_valid = self.done_plain = self.ids_unique = False
    self.issued, self.window = navigate.issued(doc), navigate.window(doc)
    self.span = (date.min, date.max)
    self.first_deadline = self.first_done = date.min
    self.has_table = self.has_fixed_day = self.has_rotation = True
    self.acts_budget = sum(
        a["budget"] for _, a in navigate.activities(doc) if isinstance(a.get("budget"), int)
    )


def _found(problems) -> list:
    return [(p.path, p.code, p.level, p.message, p.json_path) for p in problems]


def _both(context: Repository, docs: list[Document], monkeypatch) -> tuple[list, list]:
    """The problems of the per-document checks (one document at a time, then all of them in one
    repository) with the facts, and with facts that skip nothing."""

    def run() -> list:
        fresh = [Document(d.path, d.kind, d.data, d.partial) for d in docs]
        out = [_found(checks.run_document_checks(context, d)) for d in fresh]
        whole = Repository.alone(context, fresh[0]) if fresh else context
        whole.documents = fresh
        return out + [_found(checks.run_repo_checks(whole, per_document=True))]

    fast = run()
    with monkeypatch.context() as m:
        m.setattr(facts.Facts, "__init__", _skip_nothing)
        slow = run()
    return fast, slow


@functools.cache
def _context() -> Repository:
    loaded = open_session([str(EXAMPLES)], use_cache=False, jobs=1).load()
    root = [f for f in loaded.files if f.kind in ("settings", "orgs")]
    return Repository.from_files(loaded.scope.root, root, partial=True)


ORG = st.sampled_from(["tinhdoan-bt", "skhcn-bt", "tinhdoan-dt", "khong-co", "skhcn-b", 5, None])
TIME = st.sampled_from(
    [
        2021,
        "2021",
        "2021-Q1",
        "2021-q2",
        "2021-H2",
        "2021-06",
        "2021-06-30",
        "2021-02-30",
        "2021-13",
        "2021-Q5",
        "2021-Q3..2021-Q1",
        "2021-03..2021-Q3",
        "2020-12-15..2021-01-15",
        "2021-06-30..2021-02-30",
        "2022-Q1",
        "2020",
        "2024-09-02",
        "2021-09-04",
        "2021-01-01",
        "ongoing",
        "thường xuyên",
        " 2021-05-05 ",
        "",
        "năm nay",
        None,
        True,
    ]
)
DATE = st.sampled_from(
    ["2021-03-15", "2021-02-30", "2022-13-01", "2021-12-31", "2020-06-01", "2021-07", 2021]
)
ITEM_ID = st.sampled_from(["a", "b", "c", None, 1])


def _maybe(key: str, value: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.just({}), value.map(lambda v: {key: v}))


def _record(**fields: st.SearchStrategy) -> st.SearchStrategy:
    parts = [_maybe(k, v) for k, v in fields.items()]
    return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})


ACTIVITY = _record(
    id=ITEM_ID,
    lead=ORG,
    support=st.lists(ORG, max_size=3),
    time=TIME,
    done_date=DATE,
    status=st.sampled_from(["done", "in_progress", "cancelled", "planned"]),
    budget=st.sampled_from([0, 1_000_000, 50_000_000, True, "nhiều"]),
    area=st.sampled_from(["nckh", "khong-co"]),
)
SCHEDULE = _record(
    id=ITEM_ID,
    kind=st.sampled_from(["review", "final", "plan", "meeting"]),
    time=TIME,
    lead=ORG,
    rotation=st.one_of(st.lists(ORG, max_size=3), ORG),
    title=st.sampled_from(["Sơ kết", ""]),
)
TABLE = _record(
    columns=st.sampled_from([["A", "B"], ["A"], "A"]),
    rows=st.lists(st.sampled_from([["x", "y"], ["x"], [], "x"]), max_size=3),
)
SECTION = st.recursive(
    _record(org=ORG, table=TABLE, title=st.just("Mục")),
    lambda inner: st.tuples(_record(org=ORG, table=TABLE), st.lists(inner, max_size=2)).map(
        lambda t: {**t[0], "sections": t[1]}
    ),
    max_leaves=4,
)
SIGNER = _record(
    org=ORG,
    authority=st.sampled_from(["KT.", "TM.", "TL.", ""]),
    title=st.sampled_from(["PHÓ BÍ THƯ", "BÍ THƯ"]),
    **{"for": st.sampled_from(["BAN THƯỜNG VỤ", "GIÁM ĐỐC"])},
)
BASE = _record(
    date=DATE,
    ref=st.sampled_from(["ctph-2021-2025-tinhdoan-skhcn-bt", "khong-co"]),
    number=st.sampled_from(["5/KH-UBND", "05/KH-UBND", 7, "93-KL/TW"]),
    text=st.sampled_from(["Căn cứ Kế hoạch số 5/KH-TĐTN", "Căn cứ"]),
)
PERIOD = st.one_of(
    TIME,
    _record(**{"from": TIME, "to": TIME}),
    st.fixed_dictionaries({"from": TIME, "to": TIME, "extra": st.just(1)}),
)


@st.composite
def documents(draw) -> Document:
    kind = draw(st.sampled_from(["plan", "program", "plan", "rules"]))
    acts = st.lists(ACTIVITY, max_size=5)
    data: dict = draw(
        _record(
            date=DATE,
            year=st.sampled_from([2021, 2022, "năm nay"]),
            period=PERIOD,
            signers=st.lists(SIGNER, max_size=3),
            bases=st.lists(BASE, max_size=2),
            reviews=_record(schedule=st.lists(SCHEDULE, max_size=3)),
            purpose=SECTION,
            implementation=SECTION,
            extra_sections=st.lists(SECTION, max_size=2),
            duties=st.lists(_record(org=ORG), max_size=2),
            focal=st.lists(_record(org=ORG), max_size=2),
            budget=_record(
                total=st.sampled_from([0, 1_000_000, 100_000_000]),
                lines=st.lists(_record(amount=st.sampled_from([1_000_000, 5, "x"])), max_size=2),
            ),
            recipients=st.just({"archive": ["VT"]}),
        )
    )
    data["issuers" if kind != "program" else "parties"] = draw(st.lists(ORG, max_size=3))
    if kind == "program":
        areas = _record(id=ITEM_ID, activities=acts)
        data["areas"] = draw(st.lists(st.one_of(areas, st.just("x")), max_size=3))
    else:
        data["contents"] = draw(
            _record(activities=st.lists(st.one_of(ACTIVITY, st.just("x")), max_size=5))
            | _record(sections=st.lists(SECTION, max_size=2))
        )
    return Document(f"plans/{kind}.yaml", kind, data, partial=draw(st.booleans()))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(), min_size=1, max_size=3))
def test_facts_skip_no_problem_on_generated_documents(docs):
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, slow = _both(_context(), docs, monkeypatch)
    assert fast == slow


def test_facts_skip_no_problem_on_the_bench_plans(tmp_path, monkeypatch):
    bench_generate(tmp_path / "repo", 60, 3)
    monkeypatch.chdir(tmp_path / "repo")
    loaded = open_session(None, use_cache=False, jobs=1).load()
    repo = Repository.from_files(loaded.scope.root, loaded.files, partial=True)
    context = Repository.from_files(
        loaded.scope.root, [f for f in loaded.files if f.kind in ("settings", "orgs")], partial=True
    )
    # a mistake in each of seven plans, each found by a check that a fact lets skip the others
    docs = [
        d
        for d in repo.documents
        if len((d.data.get("contents") or {}).get("activities") or []) >= 3 and d.data.get("bases")
    ][:7] + repo.documents
    acts = [d.data["contents"]["activities"] for d in docs[:7]]
    acts[0][0]["lead"], acts[0][1]["time"] = "khong-co", "2031-Q1"
    acts[0][2]["done_date"] = "2000-01-02"
    docs[1].data["date"] = "2023-02-30"
    acts[2][1]["id"] = acts[2][0]["id"]
    acts[3][0]["support"] = ["tinhdoan-hg", "khong-co"]
    acts[4][0]["time"] = "2023-02-30"
    docs[5].data["reviews"] = {"schedule": [{"kind": "final", "time": "2023-02-29"}]}
    docs[6].data["bases"][0]["date"] = "2020-02-30"
    fast, slow = _both(context, docs, monkeypatch)
    assert fast == slow
    assert {p[1] for found in fast for p in found} >= {"KH401", "KH405", "KH406", "KH413"}
    assert all(fast[:7]), fast[:7]  # each mutated plan has its problem


def test_facts_are_gathered_once_per_document_and_repository():
    doc = Document("plans/a.yaml", "plan", {"contents": {"activities": [{"time": "2021"}]}})
    one, other = Repository.alone(_context(), doc), Repository.alone(_context(), doc)
    assert facts.facts(one, doc) is facts.facts(one, doc)
    assert facts.facts(other, doc) is not facts.facts(one, doc)  # a repository of its own
