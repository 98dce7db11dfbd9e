"""Căn cứ → ``bases`` entries.

A basis citing a document of the repository (its number and symbol, or its date with its title)
becomes ``ref: <id>``; it keeps its sentence in ``text`` only when kehoach would word the citation
differently. Another basis is read into its parts (``verb``, ``doc_type``, ``number``, ``date``,
``issuer``, ``summary``) when printing those parts gives back the very sentence; otherwise the
sentence stays in ``text``, with the number and date beside it for the checks.
"""

from __future__ import annotations

import re
from datetime import date

from .header import BASIS
from .repository import RefDoc, Repo
from .text import clean, key, strip_end

CITED_TYPES = {
    "plan": "Kế hoạch",
    "joint_plan": "Kế hoạch liên tịch",
    "program": "Chương trình phối hợp",
}
_NUMBER = re.compile(r"\bsố\s+(?P<n>[\w./&-]*\d[\w./&-]*)", re.I)
_DATE = re.compile(r"\bngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})")
_DATE_WORDS = re.compile(r"\bngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
_PARTS = re.compile(
    r"^(?P<verb>Căn cứ|Thực hiện|Triển khai|Theo|Xét|Thi hành)\s+(?P<doc_type>.+?)"
    r"(?:\s+số\s+(?P<number>[^\s,;]+))?(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>.+?))?(?:\s+về\s+(?P<summary>.+))?$"
)


def _iso(m: re.Match | None) -> str | None:
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def _dmy(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d}/{m}/{y}"


def compose(base: dict) -> str:
    """The sentence kehoach prints for an external basis (as ``render.context`` words it)."""
    verb = clean(base.get("verb")) or "Căn cứ"
    name, summary = clean(base.get("doc_type")), clean(base.get("summary"))
    if name and summary.casefold().startswith(name.casefold()):
        name, summary = summary, ""
    parts = [verb, name]
    if base.get("number"):
        parts.append(f"số {clean(base['number'])}")
    if base.get("date"):
        parts.append(f"ngày {_dmy(base['date'])}")
    if base.get("issuer"):
        parts.append(f"của {clean(base['issuer'])}")
    if summary:
        parts.append(summary if summary.casefold().startswith("về ") else f"về {summary}")
    return " ".join(p for p in parts if p)


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def cite(repo: Repo, doc: RefDoc, verb: str) -> str:
    """The sentence kehoach prints for ``ref: doc`` (as ``render.context`` words it)."""
    joint = doc.kind == "plan" and len(doc.issuers) > 1
    kind = "joint_plan" if joint else doc.kind
    name = clean(doc.data.get("doc_type"))
    if name:
        name = name[:1].upper() + name[1:].lower() if name.isupper() else name
    parts = [verb, name or CITED_TYPES[kind]]
    symbol = repo.symbol(doc)
    if symbol:
        parts.append(f"số {symbol}")
    if isinstance(doc.data.get("date"), str) and re.fullmatch(
        r"\d{4}-\d{2}-\d{2}", doc.data["date"]
    ):
        parts.append(f"ngày {_dmy(doc.data['date'])}")
    names = [repo.org(i).get("name") or i for i in doc.issuers]
    if names:
        if doc.kind == "program":
            parts.append("giữa " + (" với ".join(names) if len(names) == 2 else _and(names)))
        else:
            parts.append("của " + _and(names))
    title = clean(doc.data.get("title"))
    if title:
        parts.append("về " + _lower_first(title))
    return " ".join(parts)


def _cited(repo: Repo, text: str) -> RefDoc | None:
    k = key(text)
    number = _NUMBER.search(text)
    when = _iso(_DATE.search(text) or _DATE_WORDS.search(text))
    for doc in repo.docs:
        symbol = repo.symbol(doc)
        if symbol and number and key(number.group("n")) == key(symbol):
            return doc
        if when and when == doc.data.get("date"):
            title = key(doc.data.get("title"))
            same_number = (
                number
                and isinstance(doc.data.get("number"), int)
                and re.match(rf"0*{doc.data['number']}\b", number.group("n"))
            )
            if (title and title in k) or same_number:
                return doc
    return None


def is_basis(text: str) -> bool:
    return bool(BASIS.match(clean(text)))


def read_basis(text: str, repo: Repo) -> dict:
    """One basis sentence → a ``bases`` entry."""
    sentence = strip_end(re.sub(r"^[-–+•]\s*", "", clean(text)))
    verb_m = BASIS.match(sentence)
    verb = verb_m.group(1) if verb_m else "Căn cứ"
    verb = verb[:1].upper() + verb[1:]
    doc = _cited(repo, sentence)
    if doc is not None:
        out: dict = {"ref": doc.id}
        if verb != "Căn cứ":
            out["verb"] = verb
        if key(cite(repo, doc, verb)) != key(sentence):
            out["text"] = sentence
        return out
    m = _PARTS.match(sentence[:1].upper() + sentence[1:])
    if m:
        base = {k: v for k, v in m.groupdict().items() if v}
        if base.get("date"):
            d, mo, y = (int(x) for x in base["date"].split("/"))
            try:
                base["date"] = date(y, mo, d).isoformat()
            except ValueError:
                base = {}
        if base.get("summary"):
            base["summary"] = clean(base["summary"])
        if base.get("number") and compose(base) == sentence:
            if base.get("verb") == "Căn cứ":
                del base["verb"]
            return {
                k: base[k]
                for k in ("verb", "doc_type", "number", "date", "issuer", "summary")
                if k in base
            }
    out = {"text": sentence}
    number = _NUMBER.search(sentence)
    if number:
        out["number"] = number.group("n").rstrip(".,;")
    when = _iso(_DATE.search(sentence) or _DATE_WORDS.search(sentence))
    if when:
        out["date"] = when
    return out
