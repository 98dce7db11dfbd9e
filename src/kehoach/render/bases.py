"""The legal bases (căn cứ) of a document, worded and punctuated: a citation of another document of
the repository (``ref``), an external document (number, date, issuer, summary) or free text; each
ends with ``;`` and the last with ``.`` (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

import re

from .. import viet
from ..errors import KehoachError
from ..model import Document, Repository, navigate
from ..model.numbering import type_key
from ..timeexpr import TimeError, parse_date
from ..vocab import clean, date_text
from .header import number_parts

CITED_TYPES = {
    "plan": "Kế hoạch",
    "joint_plan": "Kế hoạch liên tịch",
    "program": "Chương trình phối hợp",
    "decision": "Quyết định",
    "joint_decision": "Quyết định liên tịch",
    "report": "Báo cáo",
    "joint_report": "Báo cáo liên tịch",
    "rules": "Quy chế",
    "joint_rules": "Quy chế",
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


def cited_name(cited: Document) -> str:
    """'Kế hoạch liên tịch', 'Quyết định', 'Thể lệ': how a document is named when cited."""
    name = cited.data.get("doc_type")
    return _sentence_case(name) if name else CITED_TYPES[type_key(cited)]


def issued_with(cited: Document, repo: Repository) -> str:
    """'Kế hoạch liên tịch số 24-KHLT/TĐTN-ĐHQG ngày 15/3/2023 của Thành Đoàn … và …': the
    document an appendix or attached rules go with (Decree 30: '(Kèm theo … số … ngày … của …)');
    an unnumbered or undated one leaves the blanks for the clerk."""
    parts = [cited_name(cited), f"số {viet.symbol_text(*number_parts(cited, repo))}"]
    when = navigate.issued(cited)
    if when:
        parts.append(f"ngày {date_text(when)}")
    else:
        year = cited.data.get("year")
        parts.append(f"ngày …/…/{year}" if isinstance(year, int) else "ngày …/…/…")
    parts.append("của " + _and([repo.org_name(i, short=False) for i in cited.issuers]))
    return " ".join(parts)


def _cite(verb: str, cited: Document, repo: Repository) -> str:
    """'Căn cứ Chương trình phối hợp số …/… ngày … giữa … với … về …' for a document of the repo."""
    name = cited_name(cited)
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
        title = _lower_first(title)
        parts.append(title if title.startswith("về ") else "về " + title)
    return " ".join(parts)


def punctuate(lines: list[str], marker: str = "") -> list[str]:
    """Each basis ends with ';', the last one with '.' (Decree 30); one the author ended with ','
    or ':' ('- Xét đề nghị của Văn phòng,') keeps it. ``marker`` ('-') starts each line, as Party
    and Đoàn decisions write them ('- Căn cứ Điều lệ Đoàn;')."""
    out = []
    for i, line in enumerate(lines):
        kept = re.search(r"[,:]$", line.strip())
        line = re.sub(r"[\s;.,:]+$", "", line)
        end = kept.group(0) if kept else ("." if i == len(lines) - 1 else ";")
        line = re.sub(r"^-\s+", "", line)
        out.append(f"{marker} {line}{end}" if marker else line + end)
    return out


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
