"""The header of a document: the issuing bodies, the mark under them, the national or
organisation motto, the ``Số:`` line and the place-and-date line (Decree 30/2020/NĐ-CP, Phụ lục I;
Hướng dẫn 36-HD/VPTW for Party documents; the Đoàn's own practice)."""

from __future__ import annotations

from .. import viet
from ..errors import KehoachError
from ..model import Document, Repository, navigate, numbering

DEFAULT_CODES = numbering.DEFAULT_CODES
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOAN_MOTTO = "ĐOÀN TNCS HỒ CHÍ MINH"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
MARKS = {"state": "rule", "association": "rule", "doan": "***", "party": "*"}


type_key = numbering.type_key


def issuing(doc: Document, repo: Repository) -> tuple[list[dict], str]:
    """The issuing bodies (parties of a program) and the header system (``model.header_system``)."""
    orgs = [org(repo, i) for i in doc.issuers]
    return orgs, navigate.header_system(doc, orgs, repo.settings or {})


def org(repo: Repository, org_id: str) -> dict:
    org = repo.orgs.get(org_id)
    if not org:
        raise KehoachError(f"Không tìm thấy tổ chức `{org_id}` trong orgs.yaml")
    return org


def number_parts(doc: Document, repo: Repository) -> tuple:
    """Arguments of ``viet.number_line`` / ``viet.symbol_text`` for ``doc`` (``model.numbering``);
    an issuer missing from orgs.yaml stops here with its name."""
    issuing(doc, repo)
    return numbering.number_parts(doc, repo.orgs, repo.settings or {})


def header(doc: Document, repo: Repository, orgs: list[dict], system: str) -> dict:
    data = doc.data
    settings = repo.settings or {}
    if len(orgs) > 1:  # a joint document stacks the issuing bodies, without their parents
        issuers = [{"parent": "", "name": viet.upper(o["header"])} for o in orgs]
    else:
        issuers = [
            {
                "parent": viet.upper(orgs[0].get("parent") or ""),
                "name": viet.upper(orgs[0]["header"]),
            }
        ]
    if system == "doan":
        national = {"name": viet.upper(settings.get("doan_motto") or DOAN_MOTTO), "motto": ""}
    elif system == "party":
        national = {"name": PARTY_NAME, "motto": ""}
    else:
        national = {"name": NATIONAL_NAME, "motto": NATIONAL_MOTTO}
    place = data.get("place") or orgs[0].get("place") or settings.get("place") or ""
    year = data.get("year") if isinstance(data.get("year"), int) else None
    try:
        number = viet.number_line(*number_parts(doc, repo))
    except (ValueError, TypeError) as exc:
        raise KehoachError(f"{doc.path}: không lập được số, ký hiệu văn bản: {exc}") from exc
    return {
        "issuers": issuers,
        "mark": MARKS.get(system, "rule"),
        "national": national,
        "number": number,
        "date": viet.date_line(place, navigate.issued(doc), year=year),
        "place": place,
    }
