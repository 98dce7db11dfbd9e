"""The words a plan drafted without a plan of an earlier year (the program's first year, or new
issuers) begins and ends with: its title, naming the program it carries out, and its closing,
naming its issuers — for any number of parties."""

from __future__ import annotations

import re

from ..model import Document, Repository
from ..model.citation import and_names
from ..model.record import join_type, lower_first
from ..vocab import clean

PROGRAM = "Chương trình phối hợp"
# the period a program's title ends with: 'giai đoạn 2026 – 2030', 'giai đoạn 2026-2030'
_PERIOD = re.compile(r"[\s,]*(?:giai đoạn|năm)\s+\d{4}(?:\s*[-–—]\s*\d{4})?\s*$", re.I)


def _names(repo: Repository, orgs: list[str]) -> str:
    return and_names([repo.org_name(o, short=False) for o in orgs])


def plan_title(repo: Repository, program: Document, issuers: list[str], year: int) -> str:
    """'Thực hiện Chương trình phối hợp với <the other parties> năm <year>' (as one party's plan
    names its program); a plan all parties issue names it by its subject — 'Thực hiện Chương
    trình phối hợp hỗ trợ nông dân … năm 2026' — or, without a title, by its parties."""
    others = [p for p in program.issuers if p not in issuers]
    if others:
        return f"Thực hiện {PROGRAM} với {_names(repo, others)} năm {year}"
    subject = _PERIOD.sub("", clean(program.data.get("title")))
    if subject:
        return f"Thực hiện {join_type(PROGRAM, lower_first(subject))} năm {year}"
    return f"Thực hiện {PROGRAM} giữa {_names(repo, program.issuers)} năm {year}"


def plan_closing(repo: Repository, issuers: list[str], year: int) -> str:
    """'Trên đây là Kế hoạch (liên tịch) thực hiện Chương trình phối hợp năm <year> của A, B và C'
    (the renderer ends it with './.')."""
    kind = "Kế hoạch liên tịch" if len(issuers) > 1 else "Kế hoạch"
    return f"Trên đây là {kind} thực hiện {PROGRAM} năm {year} của {_names(repo, issuers)}"
