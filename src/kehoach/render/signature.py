"""The signature blocks and the recipients list (Nơi nhận) of a document.

Authority words: Decree 30/2020/NĐ-CP (Điều 13; Phụ lục I, mục II.7) writes ``TM.``, ``KT.``,
``TL.``, ``TUQ.``, ``Q.``; Party documents write ``T/M``, ``K/T``, ``T/L``, ``T/UQ`` (Hướng dẫn
36-HD/VPTW, mục II, điểm 1.7.1). A signer written with ``for`` and no authority prints ``for`` as
the line that names who signs (a Sở signing as itself: ``SỞ KHOA HỌC & CÔNG NGHỆ`` / ``GIÁM ĐỐC``).
"""

from __future__ import annotations

import re
from typing import TypedDict

from .. import viet
from ..model import Document, Repository, layout
from ..vocab import RECIPIENT_PURPOSE, clean

PARTY_AUTHORITY = {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L", "TUQ.": "T/UQ", "Q.": "Q."}
_END = (";", ".", ",", ":", "!", "?")


class SignerBlock(TypedDict):
    """One signature block as printed: the body line, the authority line, title and name."""

    org: str
    authority: str
    title: str
    name: str


class RecipientGroup(TypedDict):
    """A group of Nơi nhận lines sharing one purpose ('b/c', 't/h'…)."""

    purpose: str
    label: str  # the purpose printed beside a brace ('' in the suffix style)
    middle: int  # the line the brace label stands against
    lines: list[str]


class Recipients(TypedDict):
    heading: str
    style: str  # 'brace' | 'suffix'
    groups: list[RecipientGroup]
    archive: str


def authority_word(auth: str, system: str) -> str:
    """'TM.' as the document's system writes it ('T/M' in Party documents)."""
    return PARTY_AUTHORITY.get(auth, auth) if system == "party" else auth


def signers(doc: Document, repo: Repository, system: str = "state") -> list[SignerBlock]:
    signers = [s for s in doc.data.get("signers") or [] if isinstance(s, dict)]
    out: list[SignerBlock] = []
    for s in signers:
        org_id = s.get("org")
        org = (repo.orgs.get(org_id) if isinstance(org_id, str) else None) or {}
        auth = s.get("authority") or ""
        target = s.get("for") or (org.get("body") if auth == "TM." else org.get("head")) or ""
        authority = ""
        if auth:
            # each block as its own body writes it: a Đoàn body signs "TM." beside a Party body's
            # "T/M" in a joint document printed the Party's way
            own = v if isinstance(v := org.get("system"), str) else system
            authority = viet.upper(f"{authority_word(auth, own)} {target}".strip())
        above = clean(s.get("above"))  # 'TM. BAN THƯỜNG TRỰC' over 'KT. CHỦ TỊCH'
        # ``above: ""``: no line above the block, not even the body's name of blocks side by side
        no_line = not above and isinstance(s.get("above"), str)
        out.append(
            {
                "org": viet.upper(above)
                if above or no_line
                else layout.signer_org_line(s, org, authority, len(signers) > 1),
                "authority": authority,
                "title": viet.upper(clean(s.get("title"))),
                "name": clean(s.get("name")),
            }
        )
    return out


def recipients(rec: object, style: str) -> Recipients | None:
    """Nơi nhận: each line '- …;', the last '.'; a line the author ended with punctuation keeps
    it ('- Như Điều 3;'), and an archive line written as a sentence ('Lưu VT-LT.') prints as
    written."""
    if not isinstance(rec, dict):
        return None
    groups: list[RecipientGroup] = []
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
    archive = archive_line(rec.get("archive"))
    flat = [(g, i) for g in groups for i in range(len(g["lines"]))]
    for n, (g, i) in enumerate(flat):
        text = g["lines"][i]
        if style == "suffix" and g["purpose"] and i == len(g["lines"]) - 1:
            text = (
                re.sub(r"[;.,]$", "", text)
                + f" ({RECIPIENT_PURPOSE.get(g['purpose'], g['purpose'])})"
            )
        last = n == len(flat) - 1 and not archive
        if not text.endswith(_END):
            text += "." if last else ";"
        g["lines"][i] = f"- {text}"
    return {"heading": "Nơi nhận:", "style": style, "groups": groups, "archive": archive}


def archive_line(archive: object) -> str:
    """'- Lưu: VT, BPT.' from a list; a text starting with 'Lưu' is printed as written."""
    if isinstance(archive, list):
        archive = ", ".join(clean(a) for a in archive)
    text = re.sub(r"^-\s*", "", clean(archive))
    if not text:
        return ""
    if re.match(r"^lưu\b", text, re.IGNORECASE):
        return f"- {text}" if text.endswith(_END) else f"- {text}."
    text = re.sub(r"[\s.;]+$", "", text)
    return f"- Lưu: {text}."


def _recipient_item(item: object) -> str:
    if isinstance(item, dict):
        name, note = clean(item.get("name")), clean(item.get("note"))
        if note and not note.startswith("("):
            note = f"({note})"
        return f"{name} {note}".strip()
    return re.sub(r"^-\s+", "", clean(item))
