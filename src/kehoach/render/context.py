"""The view model of a document: everything a template prints, already worded and punctuated.

``build(doc, repo)`` turns a loaded program or plan into plain dicts, lists and strings, so that
every output family (docx, txt, md, html) prints the same words and a template only decides the
layout. The body is a flat list of blocks (see ``body``); the rest is:

- ``header``: the issuing bodies (``issuers``: parent line and name), the mark under them
  (``rule``, ``***`` or ``*``), the national or organisation motto on the right, the ``Số:`` line
  and the place-and-date line;
- ``doc_type`` (``KẾ HOẠCH`` …), ``title`` (trích yếu), ``bases`` (each ending ``;``, the last
  ``.``), ``preamble``, ``blocks``, ``closing`` (the text ends ``./.``);
- ``signers`` (one block each) and ``recipients`` (Nơi nhận, with the purpose of each group).
"""

from __future__ import annotations

import re

from .. import model, viet
from ..errors import KehoachError
from ..repo import Document, Repository
from ..timeexpr import TimeError, parse_date
from . import body
from .body import clean

DEFAULT_CODES = {"plan": "KH", "joint_plan": "KHLT", "program": "CTPH"}
DOC_TYPES = {
    "plan": "KẾ HOẠCH",
    "joint_plan": "KẾ HOẠCH LIÊN TỊCH",
    "program": "CHƯƠNG TRÌNH PHỐI HỢP",
}
CITED_TYPES = {
    "plan": "Kế hoạch",
    "joint_plan": "Kế hoạch liên tịch",
    "program": "Chương trình phối hợp",
}
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOAN_MOTTO = "ĐOÀN TNCS HỒ CHÍ MINH"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
MARKS = {"state": "rule", "association": "rule", "doan": "***", "party": "*"}
PURPOSE_WORDS = {"b/c": "để b/c", "t/h": "để t/h", "p/h": "để p/h", "đ/b": "để biết"}


def build(doc: Document, repo: Repository, *, draft: bool = False) -> dict:
    """The view model of ``doc`` (a program or plan of ``repo``)."""
    data = doc.data
    settings = repo.settings or {}
    kind = _kind(doc)
    orgs, system = _issuing(doc, repo)
    return {
        "kind": doc.kind,
        "type_key": kind,
        "joint": len(orgs) > 1,
        "system": system,
        "draft": bool(draft or data.get("draft")),
        "source": doc.path,
        "header": _header(doc, repo, orgs, system),
        "doc_type": viet.upper(data.get("doc_type") or DOC_TYPES[kind]),
        "title": clean(data.get("title")),
        "bases": _punctuate([_base(b, repo) for b in data.get("bases") or []]),
        "preamble": [clean(p) for p in data.get("preamble") or []],
        **_body(doc, repo),
        "signers": _signers(doc, repo),
        "recipients": _recipients(
            data.get("recipients"), settings.get("recipient_notes") or "brace"
        ),
    }


def _body(doc: Document, repo: Repository) -> dict:
    """Blocks and closing paragraphs; the last text of the body ends with './.'."""
    blocks = body.blocks(doc, repo)
    closing = [clean(p) for p in doc.data.get("closing") or []]
    if closing:
        closing[-1] = end_mark(closing[-1])
    elif blocks and blocks[-1]["type"] in ("paragraph", "item"):
        blocks[-1] = {**blocks[-1], "text": end_mark(blocks[-1]["text"])}
    else:
        closing = ["./."]
    return {"blocks": blocks, "closing": closing}


def end_mark(text: str) -> str:
    """'… năm 2021' → '… năm 2021./.'; a final '.' is kept as the first dot of './.'."""
    text = re.sub(r"[\s;:,]+$", "", text)
    if text.endswith("./."):
        return text
    return text + ("/." if text.endswith(".") else "./.")


# -- header -------------------------------------------------------------------------------------


def _kind(doc: Document) -> str:
    return "joint_plan" if doc.is_joint else doc.kind


def _issuing(doc: Document, repo: Repository) -> tuple[list[dict], str]:
    """The issuing bodies (parties of a program) and the header system (``model.header_system``)."""
    orgs = [_org(repo, i) for i in doc.issuers]
    return orgs, model.header_system(doc, orgs, repo.settings or {})


def _org(repo: Repository, org_id: str) -> dict:
    org = repo.orgs.get(org_id)
    if not org:
        raise KehoachError(f"Không tìm thấy tổ chức `{org_id}` trong orgs.yaml")
    return org


def number_parts(doc: Document, repo: Repository) -> tuple:
    """Arguments of ``viet.number_line`` / ``viet.symbol_text`` for ``doc``; the type code is the
    one of ``kehoach.yaml`` (``KHLT``, or ``KH`` where a province writes joint plans so)."""
    kind = _kind(doc)
    codes = {**DEFAULT_CODES, **((repo.settings or {}).get("codes") or {})}
    orgs, system = _issuing(doc, repo)
    number = doc.data.get("number")
    return (
        number if isinstance(number, int) else None,
        codes.get(kind) or DEFAULT_CODES[kind],
        [o["code"] for o in orgs if o.get("code")],
        system,
        doc.data.get("unit"),
        doc.data.get("symbol"),
    )


def _header(doc: Document, repo: Repository, orgs: list[dict], system: str) -> dict:
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
        "date": viet.date_line(place, model.issued(doc), year=year),
        "place": place,
    }


# -- bases ----------------------------------------------------------------------------------------


def _base(base: dict, repo: Repository) -> str:
    verb = clean(base.get("verb")) or "Căn cứ"
    if base.get("text"):
        return clean(base["text"])
    if base.get("ref"):
        cited = repo.by_id(base["ref"])
        if cited is None:
            raise KehoachError(f"Căn cứ `{base['ref']}` không có trong kho")
        return _cite(verb, cited, repo)
    name = clean(base.get("doc_type"))
    summary = clean(base.get("summary"))
    if name and summary.casefold().startswith(name.casefold()):
        name, summary = (
            summary,
            "",
        )  # "Luật Thanh niên số 57/2020/QH14", not "Luật … về Luật Thanh niên"
    parts = [verb, name]
    if base.get("number"):
        parts.append(f"số {clean(base['number'])}")
    if base.get("date"):
        parts.append(f"ngày {_short_date(base['date'])}")
    if base.get("issuer"):
        parts.append(f"của {clean(base['issuer'])}")
    if summary:
        parts.append(summary if summary.casefold().startswith("về ") else f"về {summary}")
    return " ".join(p for p in parts if p)


def _cite(verb: str, cited: Document, repo: Repository) -> str:
    """'Căn cứ Chương trình phối hợp số …/… ngày … giữa … với … về …' for a document of the repo."""
    kind = _kind(cited)
    name = cited.data.get("doc_type")
    name = _sentence_case(name) if name else CITED_TYPES[kind]
    parts = [verb, name]
    if isinstance(
        cited.data.get("number"), int
    ):  # an unnumbered document is cited by date and parties
        parts.append(f"số {viet.symbol_text(*number_parts(cited, repo))}")
    when = model.issued(cited)
    if when:
        parts.append(f"ngày {viet.date_short(when)}")
    names = [repo.org_name(i, short=False) for i in cited.issuers]
    if cited.kind == "program":
        parts.append("giữa " + (" với ".join(names) if len(names) == 2 else _and(names)))
    else:
        parts.append("của " + _and(names))
    title = clean(cited.data.get("title"))
    if title:
        parts.append("về " + _lower_first(title))
    return " ".join(parts)


def _punctuate(lines: list[str]) -> list[str]:
    """Each basis ends with ';', the last one with '.' (Decree 30)."""
    out = [re.sub(r"[\s;.,]+$", "", line) for line in lines]
    return [line + ("." if i == len(out) - 1 else ";") for i, line in enumerate(out)]


# -- signature and recipients ------------------------------------------------------------------


def _signers(doc: Document, repo: Repository) -> list[dict]:
    signers = [s for s in doc.data.get("signers") or [] if isinstance(s, dict)]
    out = []
    for s in signers:
        org = repo.orgs.get(s.get("org")) or {}
        auth = s.get("authority") or ""
        target = s.get("for") or (org.get("body") if auth == "TM." else org.get("head")) or ""
        authority = viet.upper(f"{auth} {target}".strip()) if auth else ""
        org_line = ""
        if len(signers) > 1:  # side by side, each block names its body
            names = [viet.upper(org.get(k) or "") for k in ("header", "short", "name")]
            if not any(n and n in authority for n in names):
                org_line = viet.upper(org.get("header") or "")
        out.append(
            {
                "org": org_line,
                "authority": authority,
                "title": viet.upper(clean(s.get("title"))),
                "name": clean(s.get("name")),
            }
        )
    return out


def _recipients(rec: object, style: str) -> dict | None:
    if not isinstance(rec, dict):
        return None
    groups = []
    for g in rec.get("groups") or []:
        items = [_recipient_item(i) for i in g.get("items") or []]
        purpose = g.get("purpose") or ""
        groups.append(
            {
                "purpose": purpose,
                "label": purpose if style == "brace" else "",
                "middle": len(items) // 2,
                "lines": items,
            }
        )
    archive = rec.get("archive")
    if isinstance(archive, list):
        archive = ", ".join(clean(a) for a in archive)
    archive = re.sub(r"[\s.;]+$", "", clean(archive))
    # punctuation: '- …;' on every line, '.' on the very last one (the archive line when there is one)
    flat = [(g, i) for g in groups for i in range(len(g["lines"]))]
    for n, (g, i) in enumerate(flat):
        text = g["lines"][i]
        if style == "suffix" and g["purpose"] and i == len(g["lines"]) - 1:
            text += f" ({PURPOSE_WORDS.get(g['purpose'], g['purpose'])})"
        last = n == len(flat) - 1 and not archive
        g["lines"][i] = f"- {text}{'.' if last else ';'}"
    return {
        "heading": "Nơi nhận:",
        "style": style,
        "groups": groups,
        "archive": f"- Lưu: {archive}." if archive else "",
    }


def _recipient_item(item: object) -> str:
    if isinstance(item, dict):
        name, note = clean(item.get("name")), clean(item.get("note"))
        if note and not note.startswith("("):
            note = f"({note})"
        return f"{name} {note}".strip()
    return re.sub(r"[\s;.]+$", "", clean(item))


# -- small text helpers -------------------------------------------------------------------------


def _short_date(value: object) -> str:
    try:
        return viet.date_short(parse_date(value))
    except (TimeError, TypeError):
        return clean(value)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def _sentence_case(text: str) -> str:
    text = clean(text)
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def _lower_first(text: str) -> str:
    """'Tổ chức Hội thi …' → 'tổ chức Hội thi …'; acronyms ('KH&CN …', 'UBND …') stay."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
