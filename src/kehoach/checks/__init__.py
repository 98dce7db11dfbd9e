"""Checks: one registry (``registry``), one module per family of checks. The list below is the
whole set; a new family is a new module added to it.

- ``loading``     KH1xx, KH2xx: codes produced while reading, parsing and schema-validating
- ``text``        KH3xx: the raw text (Unicode form, legacy encodings) and its one pass (``scan``)
- ``values``      KH304, KH418: numbers YAML misreads, values left to fill in (``TODO``)
- ``yamltext``    KH306, KH307: what YAML silently reads otherwise (a comment, an anchor)
- ``flowsplit``   KH309: a sentence YAML split at its commas in a one-line list (``[…]``)
- ``characters``  KH305: characters no document can hold, in the parsed values
- ``settings``    KH207: settings checked by the rules of the commands that read them
- ``references``  what a document names exists: orgs, cited documents, areas, unique ids
- ``dates``       real dates, valid ranges, times inside the period, deadlines after issue
- ``document``    the document as an official text: signatures, Nơi nhận, budget, tables
- ``money``       amounts: what an activity spent against its own budget (KH447)
- ``recipients``  the Nơi nhận as it will print: a name split at its commas, a recipient twice
- ``numbering``   the registers of numbers: unique per body, register and year, in date order
                  (KH404, KH440–KH442)
- ``symbols``     how numbers and symbols are written: a leading zero, a symbol that fits (KH443, KH444)
- ``programs``    a program is carried out: the annual plans its schedule asks for
- ``reviews``     the schedule's chairs: a rotation the commands can follow as written (KH432)
- ``carried``     activities carried over from an earlier plan name one that is there, carried
                  once a year, with the lead the program gives it, never round in a cycle
- ``catalog``     the documentation of every check (``kehoach checks``, docs/checks.md)
- ``slim``        what the cross-document checks read of a document (``validate`` keeps only that)
- ``facts``       what the per-document checks know of a document after one pass over it: a check
                  skips a document whose facts show it cannot find anything there

A repository check is *per document* (``register(..., per_document=True)``: its findings in a
document depend only on that document, ``kehoach.yaml`` and ``orgs.yaml``; ``validate`` runs it
where the file is loaded, ``run_document_checks``) or *cross-document* (it declares the paths it
reads, ``reads=``; ``run_cross_checks``). ``run_repo_checks`` runs them all on one repository.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, Repository
from ..model.tails import packed_read
from ..problem import Problem
from ..vocab import visible
from . import (  # noqa: F401 - they register
    carried,
    carried_cycle,
    carried_lead,
    characters,
    dates,
    document,
    flowsplit,
    loading,
    money,
    numbering,
    orgnames,
    programs,
    recipients,
    references,
    reviews,
    settings,
    symbols,
    text,
    values,
    yamltext,
)
from .registry import REGISTRY, Check, Finding, register

__all__ = [
    "Check",
    "Finding",
    "register",
    "all_checks",
    "run_context_checks",
    "run_cross_checks",
    "run_data_checks",
    "run_document_checks",
    "run_repo_checks",
    "run_text_checks",
]


def all_checks() -> list[Check]:
    return [REGISTRY[c] for c in sorted(REGISTRY)]


# Checks that report only what is written (an unknown org, an impossible date, a duplicate id, a
# meeting on a day off, a cited number without its leading zero): they also run on the documents
# that fail their schema, with the failing parts removed, so that a key typo does not hide them.
# Every other check may conclude from what is *missing* or from the whole document, which a
# removed value would fake: no archive line (KH410), no date for a number (KH442: a mistyped date
# is removed), a signer or a symbol against issuers one of which was removed (KH408, KH409,
# KH444), sums that do not add up (KH411), a status removed beside a done_date (KH415), an area
# missing from a program whose areas or whose citation was removed (KH416), the authority of a
# signer (KH412), the numbers of all documents and the plans against their program (KH421, KH424,
# KH44x): it sees only the documents that pass their schema. docs/checks.md says which
# (``catalog``). The annual plans a program asks for (KH419) do see them: a plan there with an
# error (reported on it) is not a missing plan — a removed year or citation only leaves the year
# uncovered, as it was without the plan.
PARTIAL_SAFE = frozenset(
    {
        "KH401",
        "KH402",
        "KH403",
        "KH404",
        "KH405",
        "KH406",
        "KH407",
        "KH413",
        "KH414",
        "KH417",
        "KH419",
        "KH420",
        "KH422",
        "KH423",
        "KH430",
        "KH443",
        "KH447",
    }
)


def run_repo_checks(
    repo: Repository,
    disabled: Iterable[str] = (),
    *,
    per_document: bool | None = None,
    focus: frozenset[str] | None = None,
) -> list[Problem]:
    """Problems of the repository checks (positions unresolved: line 0, with a JSON path): all of
    them, or only the per-document ones (``per_document=True``) or the cross-document ones
    (``False``). With ``focus`` (display paths), only the problems in those documents are
    returned: the checks whose findings lie in the document they look at (``focused``) look only
    at those documents (the problems in them are the same) — and give, besides, the findings
    their documents may have put on others (a number they took: ``checks.numbering``)."""
    off = set(disabled)
    out: list[Problem] = []
    complete = repo.complete()
    for check in all_checks():
        if check.repo_func is None or check.code in off:
            continue
        if per_document is not None and check.per_document != per_document:
            continue
        seen = repo if check.code in PARTIAL_SAFE else complete
        within = None  # where its findings are kept: everywhere (a focused check chooses them)
        if focus is not None and check.focused:
            seen = seen.focused(focus)
        elif focus is not None:
            within = focus
        if seen.tails and not packed_read(check.reads):
            seen = seen.headed()  # it reads no activity list: none unpacked for it
        out.extend(
            _problem(check, f) for f in check.repo_func(seen) if within is None or f.path in within
        )
    return out


def _problem(check: Check, f: Finding) -> Problem:
    """A repository check's finding as a problem (position unresolved: line 0, with its JSON
    path); messages quote values, so control characters are escaped."""
    return Problem(f.path, 0, 0, check.code, check.level, visible(f.message), tuple(f.json_path))


def run_cross_checks(
    repo: Repository, disabled: Iterable[str] = (), focus: frozenset[str] | None = None
) -> list[Problem]:
    """Problems of the cross-document checks over every document of ``repo`` (``focus``: only
    those in the documents at these display paths are wanted, see ``run_repo_checks``)."""
    return run_repo_checks(repo, disabled, per_document=False, focus=focus)


def run_context_checks(context: Repository, disabled: Iterable[str] = ()) -> list[Problem]:
    """What the per-document checks find in ``kehoach.yaml`` and ``orgs.yaml`` themselves
    (``context``: a repository holding those two and no document)."""
    return run_repo_checks(context, disabled, per_document=True)


def run_document_checks(context: Repository, doc: Document) -> list[Problem]:
    """Problems of the per-document checks in ``doc`` alone, with the settings and orgs of
    ``context`` (every code: disabled ones are dropped by the caller). The context checks, plus
    this for each document, plus the cross-document checks over all of them, are the problems of
    ``run_repo_checks`` (``tests/unit/test_check_split.py``)."""
    alone = context.alone(doc)
    out: list[Problem] = []
    # the others see only the documents that pass their schema
    for check in _PER_DOCUMENT_PARTIAL if doc.partial else _PER_DOCUMENT:
        for f in check.repo_func(alone):  # type: ignore[misc]
            if f.path == doc.path:  # not what it finds in kehoach.yaml: run_context_checks
                out.append(_problem(check, f))
    return out


_PER_DOCUMENT = [c for c in all_checks() if c.repo_func is not None and c.per_document]
_PER_DOCUMENT_PARTIAL = [c for c in _PER_DOCUMENT if c.code in PARTIAL_SAFE]


# each text check with the bits of ``text.scan`` that say it may find something (0: always run)
_TEXT_CHECKS = [
    (c.text_func, text.NEEDS.get(c.code, 0)) for c in all_checks() if c.text_func is not None
]


def run_text_checks(path: str, source: str) -> list[Problem]:
    """Problems of the text checks, positioned (disabled codes are dropped by the caller). One
    pass over the text first (``text.scan``): a check runs only where it may find something."""
    out: list[Problem] = []
    found = text.scan(source)
    for check, needs in _TEXT_CHECKS:
        if not needs or needs & found:
            out.extend(check(path, source))
    return out


_DATA_CHECKS = [(c, c.data_func) for c in all_checks() if c.data_func is not None]


def run_data_checks(path: str, kind: str, data: object, source: str) -> list[Problem]:
    """Problems of the checks on one file's parsed data and its text (positions unresolved; the
    loader shows their messages with control characters escaped, as every problem of a file)."""
    return [
        Problem(f.path, 0, 0, check.code, check.level, f.message, tuple(f.json_path))
        for check, func in _DATA_CHECKS
        for f in func(path, kind, data, source)
    ]
