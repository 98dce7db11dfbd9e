"""How a report names what it reports on, citing it as Vietnamese reports do: its kind, number
and date, its issuing bodies by their full names (``orgs.yaml``), then its subject —
"Kế hoạch số 10-KH/TĐTN ngày 20/01/2022 của Tỉnh Đoàn Bình Thuận về thực hiện Chương trình…",
"Chương trình phối hợp số 05/CTPH-TĐTN-SKHCN ngày 30/12/2021 giữa Tỉnh Đoàn Bình Thuận và Sở Khoa
học và Công nghệ tỉnh Bình Thuận giai đoạn 2021 – 2025". A range of years is written as kehoach
writes it everywhere else (``viet.period_text``: the titles, the document's own period)."""

from __future__ import annotations

from .. import viet
from ..model import Document, Repository, navigate
from ..model.citation import and_names
from ..render.header import number_parts
from ..timeexpr import TimeExpr
from ..vocab import clean, date_text

KIND_NAME = {
    "program": "Chương trình phối hợp",
    "plan": "Kế hoạch",
    "joint_plan": "Kế hoạch liên tịch",
}


def years_text(window: TimeExpr | None) -> str:
    """'giai đoạn 2021 – 2025', 'năm 2022' (``viet.period_text``)."""
    if window is None or window.start is None or window.end is None:
        return ""
    return viet.period_text(window.start.year, window.end.year)


def full_names(repo: Repository, orgs: list[str]) -> str:
    """'A', 'A và B', 'A, B và C' (as render names the parties: ``citation.and_names``)."""
    names = [repo.org_name(o, short=False) for o in orgs]
    return and_names(names) if names else ""


def citation(repo: Repository, doc: Document) -> str:
    """'số 10-KH/TĐTN ngày 20/01/2022' (what is known of it; '' when neither is written)."""
    parts = []
    if isinstance(doc.data.get("number"), int):
        try:
            parts.append(f"số {viet.symbol_text(*number_parts(doc, repo))}")
        except (ValueError, TypeError, KeyError):
            parts.append(f"số {doc.data['number']}")
    issued = navigate.issued(doc)
    if issued is not None:
        parts.append(f"ngày {date_text(issued)}")
    return " ".join(parts)


def doc_name(repo: Repository, doc: Document) -> str:
    """The reported document, cited in full (see the module docstring)."""
    kind = "joint_plan" if doc.is_joint else doc.kind
    cite = citation(repo, doc)
    head = KIND_NAME[kind] + (f" {cite}" if cite else "")
    if doc.kind == "program":
        span = years_text(navigate.window(doc))
        return f"{head} giữa {full_names(repo, doc.issuers)}" + (f" {span}" if span else "")
    title = clean(doc.data.get("title", ""))
    subject = f"{title[:1].lower()}{title[1:]}"
    return f"{head} của {full_names(repo, doc.issuers)} về {subject}" if subject else head
