"""The legal bases (căn cứ) of a document, worded and punctuated: a citation of another document of
the repository (``ref``), an external document (number, date, issuer, summary) or free text; each
ends with ``;`` and the last with ``.`` (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

import re

from .. import viet
from ..errors import KehoachError
from ..model import Document, Repository, navigate
from ..timeexpr import TimeError, parse_date
from ..vocab import clean, date_text
from .header import number_parts, type_key

CITED_TYPES = {
    "plan": "Kế hoạch",
    "joint_plan": "Kế hoạch liên tịch",
    "program": "Chương trình phối hợp",
}


def base(base: dict, repo: Repository) -> str:
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
    kind = type_key(cited)
    name = cited.data.get("doc_type")
    name = _sentence_case(name) if name else CITED_TYPES[kind]
    parts = [verb, name]
    if isinstance(
        cited.data.get("number"), int
    ):  # an unnumbered document is cited by date and parties
        parts.append(f"số {viet.symbol_text(*number_parts(cited, repo))}")
    when = navigate.issued(cited)
    if when:
        parts.append(f"ngày {date_text(when)}")
    names = [repo.org_name(i, short=False) for i in cited.issuers]
    if cited.kind == "program":
        parts.append("giữa " + (" với ".join(names) if len(names) == 2 else _and(names)))
    else:
        parts.append("của " + _and(names))
    title = clean(cited.data.get("title"))
    if title:
        parts.append("về " + _lower_first(title))
    return " ".join(parts)


def punctuate(lines: list[str]) -> list[str]:
    """Each basis ends with ';', the last one with '.' (Decree 30)."""
    out = [re.sub(r"[\s;.,]+$", "", line) for line in lines]
    return [line + ("." if i == len(out) - 1 else ";") for i, line in enumerate(out)]


def _short_date(value: object) -> str:
    try:
        return date_text(parse_date(value))
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
