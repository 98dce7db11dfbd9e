"""Căn cứ → ``bases`` entries.

A basis citing a document of the repository (its number and symbol, or its date with its title)
becomes ``ref: <id>``; it keeps its sentence in ``text`` only when kehoach would word the citation
differently (``model.citation``, the words the renderer prints). Another basis is read into its
parts (``verb``, ``doc_type``, ``number``, ``date``, ``issuer``, ``summary``) when printing those
parts gives back the very sentence; otherwise the sentence stays in ``text``, with the number and
date beside it for the checks. A basis ending with a comma or a colon (``Xét đề nghị của …,``)
keeps it in ``text``: kehoach prints it as written.
"""

from __future__ import annotations

import re
from datetime import date

from ...errors import KehoachError
from ...model import Document, citation, numbering
from .header import BASIS
from .repository import Repo
from .text import clean, key, strip_end

_NUMBER = re.compile(r"\bsố\s+(?P<n>[\w./&-]*\d[\w./&-]*)", re.I)
_DATE = re.compile(r"\bngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
_DATE_WORDS = re.compile(r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
_PARTS = re.compile(
    r"^(?P<verb>Căn cứ|Thực hiện|Triển khai|Theo|Xét|Thi hành)\s+(?P<doc_type>.+?)"
    r"(?:\s+số\s+(?P<number>[^\s,;]+))?(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>.+?))?(?:\s+về\s+(?P<summary>.+))?$"
)
_KEPT_END = re.compile(r"[,:]$")  # "Xét đề nghị của Văn phòng," keeps its comma when printed


def _iso(m: re.Match | None) -> str | None:
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def cited(repo: Repo, text: str) -> Document | None:
    """The document of the repository ``text`` cites: by its number and symbol, or by its date
    with its title or number."""
    k = key(text)
    number = _NUMBER.search(text)
    when = _iso(_DATE.search(text) or _DATE_WORDS.search(text))
    for doc in repo.docs:
        own = numbering.number_of(doc)
        symbol = numbering.symbol_text(doc, repo.model.orgs, repo.settings)
        if own is not None and symbol and number and key(number.group("n")) == key(symbol):
            return doc
        if when and when == doc.data.get("date"):
            title = key(doc.data.get("title"))
            same_number = own is not None and number and re.match(rf"0*{own}\b", number.group("n"))
            if (title and title in k) or same_number:
                return doc
    return None


def _issuer_then_summary(issuer: str) -> dict:
    """'UBND tỉnh Quảng Ngãi quy định chức năng, nhiệm vụ …' (no 'về': the summary opens with a
    verb, ``citation.SUMMARY_VERBS``) → its issuer and its summary; the issuer alone otherwise."""
    low = issuer.casefold()
    starts = [
        m.start()
        for verb in citation.SUMMARY_VERBS
        for m in re.finditer(rf"(?<=\s){re.escape(verb)}(?=\s)", low)
    ]
    if not starts:
        return {"issuer": issuer}
    at = min(starts)
    summary = clean(issuer[at:])
    if citation.about(summary) != summary:  # a noun phrase after all ('giao thông …')
        return {"issuer": issuer}
    return {"issuer": clean(issuer[:at]), "summary": summary}


def is_basis(text: str) -> bool:
    return bool(BASIS.match(clean(text)))


def read_basis(text: str, repo: Repo) -> dict:
    """One basis sentence → a ``bases`` entry."""
    raw = re.sub(r"^[-–+•]\s*", "", clean(text))
    raw = re.sub(r"\s*\./\.\s*$", ".", raw)
    kept = _KEPT_END.search(raw)
    end = kept.group(0) if kept else ""
    sentence = strip_end(raw)
    verb_m = BASIS.match(sentence)
    verb = verb_m.group(1) if verb_m else "Căn cứ"
    verb = verb[:1].upper() + verb[1:]
    doc = cited(repo, sentence)
    if doc is not None:
        out: dict = {"ref": doc.id}
        if verb != "Căn cứ":
            out["verb"] = verb
        try:
            same = key(citation.cite(verb, doc, repo.model)) == key(sentence)
        except KehoachError:
            same = False
        if not same or end:
            out["text"] = sentence + end
        return out
    m = _PARTS.match(sentence[:1].upper() + sentence[1:])
    if m and not end:
        base = {k: v for k, v in m.groupdict().items() if v}
        if base.get("date"):
            d, mo, y = (int(x) for x in base["date"].split("/"))
            try:
                base["date"] = date(y, mo, d).isoformat()
            except ValueError:
                base = {}
        if base.get("issuer"):
            # 'của UBND tỉnh Nghệ An ban hành Kế hoạch truyền thông về khoa học …': the issuer
            # ends where a verb opens the summary, before any 'về' in it
            split = _issuer_then_summary(base["issuer"])
            if "summary" in split and base.get("summary"):
                split["summary"] = f"{split['summary']} về {base['summary']}"
            base.update(split)
        if base.get("summary"):
            base["summary"] = clean(base["summary"])
        if base.get("number") and citation.external(base) == sentence:
            if base.get("verb") == "Căn cứ":
                del base["verb"]
            return {
                k: base[k]
                for k in ("verb", "doc_type", "number", "date", "issuer", "summary")
                if k in base
            }
    out = {"text": sentence + end}
    number = _NUMBER.search(sentence)
    if number:
        out["number"] = number.group("n").rstrip(".,;")
    when = _iso(_DATE.search(sentence) or _DATE_WORDS.search(sentence))
    if when:
        out["date"] = when
    return out
