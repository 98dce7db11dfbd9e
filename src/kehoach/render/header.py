"""The header of a document: the issuing bodies (each with its parent body line and the ornament
under it), the national or organisation motto, the ``Số`` line and the place-and-date line
(Decree 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW for Party documents; the Đoàn's own
practice). Which motto, ornaments and number form a document has is ``model.layout``'s rule.
"""

from __future__ import annotations

from .. import viet
from ..errors import KehoachError
from ..model import Document, Repository, layout, navigate, numbering
from ..model.layout import DOAN_MOTTO, NATIONAL_MOTTO, NATIONAL_NAME, PARTY_NAME


def issuing(doc: Document, repo: Repository) -> tuple[list[dict], str]:
    """The issuing bodies (parties of a program) and the header system (``model.header_system``)."""
    orgs = [org(repo, i) for i in doc.issuers]
    return orgs, navigate.header_system(doc, orgs, repo.settings or {})


def org(repo: Repository, org_id: str) -> dict:
    org = repo.orgs.get(org_id)
    if not org:
        raise KehoachError(f"Không tìm thấy tổ chức `{org_id}` trong orgs.yaml")
    return org


def style(doc: Document, repo: Repository, orgs: list[dict]) -> dict:
    """``{motto, marks, number}`` of ``doc``: marks has one entry per issuer ('' = none)."""
    return layout.header_style(doc, orgs, repo.settings or {})


def number_parts(doc: Document, repo: Repository) -> tuple:
    """Arguments of ``viet.number_line`` / ``viet.symbol_text`` for ``doc`` (``model.numbering``);
    an issuer missing from orgs.yaml stops here with its name."""
    issuing(doc, repo)
    return numbering.number_parts(doc, repo.orgs, repo.settings or {})


def national(motto: str, settings: dict) -> dict:
    if motto == "doan":
        return {"name": viet.upper(settings.get("doan_motto") or DOAN_MOTTO), "motto": ""}
    if motto == "party":
        return {"name": PARTY_NAME, "motto": ""}
    if motto == "none":
        return {"name": "", "motto": ""}
    return {"name": NATIONAL_NAME, "motto": NATIONAL_MOTTO}


def header(doc: Document, repo: Repository, orgs: list[dict], system: str) -> dict:
    data = doc.data
    settings = repo.settings or {}
    look = style(doc, repo, orgs)
    parents = layout.parents_shown(doc)
    issuers = [
        {
            "parent": viet.upper(o.get("parent") or "") if parents else "",
            "name": viet.upper(o["header"]),
            "mark": mark,
        }
        for o, mark in zip(orgs, look["marks"], strict=True)
    ]
    place = data.get("place") or orgs[0].get("place") or settings.get("place") or ""
    attached = doc.kind == "rules" and bool(data.get("attached_to") or data.get("attached_line"))
    try:
        number = viet.number_line(*number_parts(doc, repo))
    except (ValueError, TypeError) as exc:
        raise KehoachError(f"{doc.path}: không lập được số, ký hiệu văn bản: {exc}") from exc
    if attached and not isinstance(data.get("number"), int):
        number = ""  # a rule issued with a plan or decision has no number of its own
    when = navigate.issued(doc)
    month = navigate.issue_month(doc) if when is None else None
    if month is not None:  # the day left for the signer, the month decided
        date = viet.date_line(place, None, year=month[0], month=month[1])
    else:
        date = viet.date_line(place, when, year=_year(doc))
    if attached and when is None:
        date = ""
    return {
        "issuers": issuers,
        "mark": next((m for m in reversed(look["marks"]) if m), ""),
        "national": national(look["motto"], settings),
        "number": number,
        "number_style": look["number"],
        "date": date,
        "place": place,
    }


def _year(doc: Document) -> int | None:
    """The year of an undated document: its ``year``, else the first year of its period."""
    year = doc.data.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        return year
    window = navigate.window(doc)
    return window.start.year if window is not None and window.start is not None else None
