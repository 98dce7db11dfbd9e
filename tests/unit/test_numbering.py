"""Numbering (Decree 30, Art. 15): registers, years, next free number, and the checks KH404,
KH440–KH444 run on in-memory repositories."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach.checks import numbering as checks
from kehoach.checks import symbols
from kehoach.model import Document, Repository, numbering

ORGS = {
    "td": {"id": "td", "code": "TĐTN", "system": "doan", "header": "BCH TỈNH ĐOÀN"},
    "skhcn": {"id": "skhcn", "code": "SKHCN", "system": "state", "header": "SỞ KH&CN"},
}


def doc(path: str, number=None, when: str | None = None, kind="plan", issuers=("td",), **extra):
    data: dict = {"kind": kind, ("issuers" if kind == "plan" else "parties"): list(issuers)}
    if number is not None:
        data["number"] = number
    if when is not None:
        data["date"] = when
    data.update(extra)
    return Document(path, kind, data)


def repo(*docs: Document, settings_: dict | None = None) -> Repository:
    return Repository(Path("."), settings=settings_ or {}, orgs=ORGS, documents=list(docs))


def found(check, r: Repository) -> list[tuple[str, str]]:
    return [(f.path, f.message) for f in check(r)]


# -- model ----------------------------------------------------------------------------------------


def test_year_of_a_number_is_the_year_of_issue_not_the_plan_year():
    late = doc("a", 3, "2022-12-20", year=2023)
    assert numbering.slot(late, {}) == numbering.Slot("td", "", 2022)
    assert numbering.slot(doc("b", 3, None, year=2023), {}).year == 2023  # no date: a guess


def test_registers_from_settings_and_common_register():
    cfg = {"numbering": {"registers": {"ke-hoach": ["plan", "joint_plan"]}}}
    assert numbering.register_of(doc("a"), cfg) == "ke-hoach"
    assert numbering.register_of(doc("p", kind="program", issuers=("td", "skhcn")), cfg) == ""
    assert numbering.register_names(cfg) == ["ke-hoach", ""]
    assert numbering.register_names({}) == [""]


def test_joint_document_is_numbered_by_its_first_issuer():
    joint = doc("j", 4, "2022-03-01", issuers=("skhcn", "td"))
    assert numbering.slot(joint, {}).issuer == "skhcn"


def test_next_free_restarts_each_year_and_follows_the_highest():
    docs = [doc("a", 7, "2022-02-01"), doc("b", 12, "2022-05-01"), doc("c", 40, "2021-12-01")]
    assert numbering.next_free(docs, {}, numbering.Slot("td", "", 2022)) == 13
    assert numbering.next_free(docs, {}, numbering.Slot("td", "", 2023)) == 1
    assert numbering.next_free(docs, {}, numbering.Slot("skhcn", "", 2022)) == 1


def test_symbol_and_notation_follow_the_header_system():
    d = doc("a", 5, "2022-01-10", unit="BPT")
    assert numbering.symbol_text(d, ORGS, {}) == "05-KH/TĐTN-BPT"
    assert numbering.notation(d, ORGS, {}) == "KH/TĐTN-BPT"
    state = doc("s", 12, "2022-01-10", issuers=("skhcn",))
    assert numbering.symbol_text(state, ORGS, {}) == "12/KH-SKHCN"
    assert numbering.notation(doc("s", None, issuers=("skhcn",)), ORGS, {}) == "KH-SKHCN"


def test_symbol_problems():
    d = doc("j", issuers=("td", "skhcn"))
    assert numbering.symbol_problems("KH-TĐTN-SKHCN", d, ORGS, {}) == []
    assert numbering.symbol_problems("KHLT/TĐTN-SKHCN-BPT", d, ORGS, {}) == []
    assert len(numbering.symbol_problems("TB-TĐTN", d, ORGS, {})) == 2  # type, missing SKHCN
    assert "chữ số" in numbering.symbol_problems("12/KH-TĐTN-SKHCN", d, ORGS, {})[0]
    program = doc("p", kind="program", issuers=("td", "skhcn"))
    assert numbering.symbol_problems("CTPH-TĐTN-SKHCN", program, ORGS, {}) == []
    assert (
        numbering.symbol_problems("CTr-TĐTN-SKHCN", program, ORGS, {"codes": {"program": "CTr"}})
        == []
    )


# -- KH404 ----------------------------------------------------------------------------------------


def test_same_number_in_two_years_is_not_a_duplicate():
    r = repo(doc("a", 5, "2022-03-01"), doc("b", 5, "2023-03-01"))
    assert found(checks.duplicate_number, r) == []


def test_duplicate_is_reported_on_the_later_document():
    r = repo(doc("z-first", 5, "2022-01-05"), doc("a-second", 5, "2022-03-01"))
    assert [p for p, _ in found(checks.duplicate_number, r)] == ["a-second"]


def test_registers_separate_numbers():
    a, p = (
        doc("a", 5, "2022-01-10"),
        doc("p", 5, "2022-01-05", kind="program", issuers=("td", "skhcn")),
    )
    assert len(found(checks.duplicate_number, repo(a, p))) == 1
    cfg = {"numbering": {"registers": {"ctph": ["program"]}}}
    assert found(checks.duplicate_number, repo(a, p, settings_=cfg)) == []


# -- KH441: order ---------------------------------------------------------------------------------

START = date(2022, 1, 3)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=25, unique=True))
def test_order_flags_a_minimal_set(numbers):
    docs = [
        doc(f"d{i:02d}", n, (START + timedelta(days=3 * i)).isoformat())
        for i, n in enumerate(numbers)
    ]
    flagged = {p for p, _ in found(checks.number_order, repo(*docs))}
    kept = [n for d, n in zip(docs, numbers, strict=True) if d.path not in flagged]
    assert kept == sorted(kept)  # what is left is in order
    # and no smaller set would do: the kept ones are a longest increasing subsequence
    best = [1] * len(numbers)
    for i in range(len(numbers)):
        for j in range(i):
            if numbers[j] < numbers[i]:
                best[i] = max(best[i], best[j] + 1)
    assert len(kept) == max(best)


def test_order_in_date_order_is_clean_and_years_are_separate():
    r = repo(
        doc("a", 1, "2022-01-05"),
        doc("b", 9, "2022-06-05"),
        doc("c", 2, "2023-01-05"),  # a new year starts again
        doc("d", 2, "2022-06-05", issuers=("skhcn",)),  # another body
    )
    assert found(checks.number_order, r) == []


def test_order_names_the_conflicting_document():
    r = repo(doc("a", 1, "2022-01-05"), doc("b", 7, "2022-01-20"), doc("c", 3, "2022-02-01"))
    [(path, message)] = found(checks.number_order, r)
    assert path == "b"
    assert "lớn hơn số 03 ngày 01/02/2022 (c) ban hành sau" in message
    r = repo(
        doc("a", 1, "2022-01-05"),
        doc("b", 5, "2022-01-20"),
        doc("c", 6, "2022-02-01"),
        doc("d", 2, "2022-03-01"),
    )
    [(path, message)] = found(checks.number_order, r)
    assert path == "d" and "nhỏ hơn số 06 ngày 01/02/2022 (c) ban hành trước" in message


# -- KH440: restart ---------------------------------------------------------------------------------


def test_continued_numbering_is_flagged_and_a_restart_is_not():
    last = doc("last", 350, "2022-11-20")
    cont = doc("cont", 355, "2023-01-05")
    fresh = doc("fresh", 3, "2023-01-05")
    assert [p for p, _ in found(checks.number_not_restarted, repo(last, cont, fresh))] == ["cont"]


def test_a_busier_year_late_in_the_year_is_not_flagged():
    # 21 documents by 30 January against 20 by 1 February last year: a normal pace
    r = repo(doc("a", 20, "2022-02-01"), doc("b", 21, "2023-01-30"))
    assert found(checks.number_not_restarted, r) == []


def test_a_few_numbers_last_year_are_no_evidence_of_a_pace():
    """A register that gave a few numbers in a year says nothing of going on: 10 on 10/01 after
    01 (or 05) on 30/12 is a busy start; 12 on 15/03 after 10 on 30/12 keeps last year's pace
    and is flagged; so is 02 on 10/01 after 01 on 30/12 (the next number)."""
    for last, number, when, flagged in (
        (1, 10, "2023-01-10", False),
        (5, 10, "2023-01-10", False),
        (5, 12, "2023-03-15", False),
        (10, 12, "2023-03-15", True),
        (1, 2, "2023-01-10", True),
        (350, 355, "2023-01-05", True),
    ):
        r = repo(doc("a", last, "2022-12-30"), doc("b", number, when))
        got = [p for p, _ in found(checks.number_not_restarted, r)]
        assert got == (["b"] if flagged else []), (last, number, when)


def _continued_pairwise(before, docs):
    """KH440 by its definition, every pair compared: for each document, the highest (number,
    date) of the year before below its number and at least twice as far into its year."""
    out = []
    for when, number, doc_ in docs:
        day = when.timetuple().tm_yday
        hits = [(n, w, d) for w, n, d in before if n < number and day * 2 <= w.timetuple().tm_yday]
        if hits:
            out.append(((when, number, doc_), max(hits, key=lambda h: (h[0], h[1]))))
    return out


_DAYS = st.integers(min_value=0, max_value=364)
_NUMBERS = st.integers(min_value=1, max_value=40)  # few: ties of number and date are common


@settings(max_examples=300)
@given(
    st.lists(st.tuples(_DAYS, _NUMBERS), max_size=25),
    st.lists(st.tuples(_DAYS, _NUMBERS), max_size=25),
)
def test_restart_check_finds_what_comparing_every_pair_finds(older, newer):
    def year(pairs, y):
        items = [
            (date(y, 1, 1) + timedelta(days=day % (365 if y != 2024 else 366)), n, f"{y}-{i}")
            for i, (day, n) in enumerate(pairs)
        ]
        return sorted(items, key=lambda t: (t[0], t[1], t[2]))

    before, docs = year(older, 2023), year(newer, 2024)
    assert checks._continued(before, docs) == _continued_pairwise(before, docs)


# -- KH442, KH443, KH444 ----------------------------------------------------------------------------


def test_number_without_date():
    assert len(found(checks.number_without_date, repo(doc("a", 3, None, year=2022)))) == 1
    assert found(checks.number_without_date, repo(doc("a", 3, "2022-01-01"))) == []


def test_leading_zero_of_cited_numbers():
    bases = [
        {"number": "5/KH-UBND"},
        {"number": "05/KH-UBND"},
        {"number": "15/KH-UBND"},
        {"number": 7},
        {"number": "2/2020/NĐ-CP"},
        {"text": "Căn cứ Nghị quyết số 3-NQ/TU ngày 01/02/2021 và Kế hoạch số 13/KH-UBND"},
    ]
    got = [m for _, m in found(symbols.number_leading_zero, repo(doc("a", bases=bases)))]
    assert len(got) == 4
    assert any('"05/KH-UBND"' in m for m in got)
    assert any('"03-NQ/TU"' in m for m in got)
    assert any('"02/2020/NĐ-CP"' in m for m in got)


def test_symbol_mismatch_check():
    good = doc("a", symbol="KH/TĐTN-BPT")
    bad = doc("b", symbol="CV/TĐTN")
    assert [p for p, _ in found(symbols.symbol_mismatch, repo(good, bad))] == ["b"]
