"""A document as the office records it when it is issued: number and symbol, date, type and
summary (trích yếu), issuing bodies, signers, recipients, archive copies, number of copies,
urgency. The outgoing register (``kehoach register``) and the hand-off metadata of a rendered PDF
(``render --metadata``) both read this record, so they say the same thing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..viet import upper
from ..vocab import DOC_TYPE_NAME, clean
from . import numbering
from .document import Document
from .navigate import issued
from .repository import Repository

# "TW Đoàn (02 nơi)", "Các Huyện đoàn (10 bản)": an item that stands for several copies
_COUNT = re.compile(r"\((\d+)\s*(?:nơi|bản|đơn vị)\)", re.IGNORECASE)
URGENCY = {"khẩn": "Khẩn", "thượng khẩn": "Thượng khẩn", "hỏa tốc": "Hỏa tốc", "hoả tốc": "Hỏa tốc"}


@dataclass(frozen=True)
class Signer:
    """One signature of a document: competence line, position, name, org."""

    competence: str  # 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN', 'KT. GIÁM ĐỐC', '' when signing in person
    position: str  # 'BÍ THƯ', 'PHÓ GIÁM ĐỐC'
    name: str
    org: str  # org id


@dataclass(frozen=True)
class Record:
    """One document as issued (or to be issued: ``number`` and ``issued`` may be None)."""

    doc: Document
    number: int | None
    notation: str  # the symbol after the number: 'KH-SKHCN', 'KH/TĐTN-BPT'
    symbol: str  # '05/KH-SKHCN', '…/KH-SKHCN' when not numbered
    issued: date | None
    place: str
    type_code: str  # 'KH', 'KHLT', 'CTPH'
    type_name: str  # 'Kế hoạch', 'Kế hoạch liên tịch'…
    subject: str  # trích yếu
    organs: tuple[dict, ...]  # the issuing bodies as in orgs.yaml ({} for an unknown id)
    signers: tuple[Signer, ...]
    recipients: tuple[str, ...]  # each item of Nơi nhận as printed, without '- ' and ';'
    archive: tuple[str, ...]  # 'VT', 'BPT'
    copies: int
    urgency: str | None  # 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'

    @property
    def number_text(self) -> str:
        return numbering.padded(self.number) if self.number is not None else ""

    @property
    def summary(self) -> str:
        """'Kế hoạch thực hiện Chương trình …': type name and trích yếu, as registers write it."""
        return join_type(self.type_name, lower_first(self.subject))

    @property
    def organ_names(self) -> tuple[str, ...]:
        return tuple(clean(o.get("name") or o.get("id") or "") for o in self.organs)


def record(doc: Document, repo: Repository) -> Record:
    settings = repo.settings or {}
    data = doc.data
    organs = tuple(repo.orgs.get(i) or {"id": i} for i in doc.issuers)
    number = numbering.number_of(doc)
    notation = numbering.notation(doc, repo.orgs, settings) or ""
    symbol = numbering.symbol_text(doc, repo.orgs, settings) or notation
    own_type = clean(data.get("doc_type"))
    type_name = sentence_case(own_type) if own_type else DOC_TYPE_NAME[numbering.type_key(doc)]
    place = clean(
        data.get("place") or (organs[0].get("place") if organs else "") or settings.get("place")
    )
    recipients, archive = recipient_lines(data.get("recipients"))
    copies = data.get("copies")
    if not isinstance(copies, int) or isinstance(copies, bool):
        copies = count_copies(recipients, archive)
    urgency = data.get("urgency")
    return Record(
        doc=doc,
        number=number,
        notation=notation,
        symbol=symbol,
        issued=issued(doc),
        place=place,
        type_code=numbering.type_code(doc, settings),
        type_name=type_name,
        subject=clean(data.get("title")),
        organs=organs,
        signers=tuple(signers(doc, repo)),
        recipients=recipients,
        archive=archive,
        copies=copies,
        urgency=URGENCY.get(urgency) if isinstance(urgency, str) else None,
    )


def signers(doc: Document, repo: Repository) -> list[Signer]:
    """Who signs, with the authority written as the signature block prints it (Decree 30, Art. 13:
    TM. a collective body, KT. for the head, TL., TUQ.)."""
    out = []
    for s in doc.data.get("signers") or []:
        if not isinstance(s, dict):
            continue
        org = repo.orgs.get(str(s.get("org"))) or {}
        auth = clean(s.get("authority"))
        target = clean(s.get("for") or (org.get("body") if auth == "TM." else org.get("head")))
        competence = upper(f"{auth} {target}".strip()) if auth else ""
        out.append(
            Signer(
                competence, upper(clean(s.get("title"))), clean(s.get("name")), str(s.get("org"))
            )
        )
    return out


def recipient_lines(rec: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Nơi nhận as a flat list of items ('Sở KH&CN (phối hợp)') and the archive entries."""
    if not isinstance(rec, dict):
        return (), ()
    items: list[str] = []
    for group in rec.get("groups") or []:
        if not isinstance(group, dict):
            continue
        for item in group.get("items") or []:
            if isinstance(item, dict):
                name, note = clean(item.get("name")), clean(item.get("note"))
                text = f"{name} ({note.strip('()')})" if note else name
            else:
                text = clean(item)
            text = re.sub(r"^[-–]\s*|[\s;.]+$", "", text)
            if text:
                items.append(text)
    archive = rec.get("archive")
    if isinstance(archive, str):  # "Lưu VT, CTTN." written as a sentence: its entries
        archive = re.split(r"[,;]", re.sub(r"^-?\s*Lưu\b\s*:?\s*", "", clean(archive)))
    entries = tuple(e for e in (re.sub(r"[\s.;]+$", "", clean(a)) for a in archive or []) if e)
    return tuple(items), entries


def count_copies(recipients: tuple[str, ...], archive: tuple[str, ...]) -> int:
    """One copy per recipient ('(02 nơi)', '(10 bản)' count as written) and per archive entry."""
    total = 0
    for item in recipients:
        m = _COUNT.search(item)
        total += int(m.group(1)) if m and int(m.group(1)) > 0 else 1
    return total + len(archive)


def lower_first(text: str) -> str:
    """'Tổ chức Hội thi …' → 'tổ chức Hội thi …'; acronyms ('KH&CN …', 'UBND …') stay."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def sentence_case(text: str) -> str:
    """'KẾ HOẠCH LIÊN TỊCH' → 'Kế hoạch liên tịch'; mixed case stays as written."""
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


def join_type(type_name: str, subject: str) -> str:
    """'Chương trình phối hợp' + 'phối hợp hoạt động…' → 'Chương trình phối hợp hoạt động…': the
    words the subject repeats from the end of the type name are written once."""
    words, rest = type_name.split(), subject.split()
    for n in range(min(len(words), len(rest)), 1, -1):  # two words or more repeat a name
        if [w.casefold() for w in words[-n:]] == [w.casefold() for w in rest[:n]]:
            return " ".join(words + rest[n:])
    return f"{type_name} {subject}".strip()
