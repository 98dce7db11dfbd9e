"""The signature blocks and the recipients list (Nơi nhận) of a document."""

from __future__ import annotations

import re

from .. import viet
from ..model import Document, Repository
from ..vocab import clean

PURPOSE_WORDS = {"b/c": "để b/c", "t/h": "để t/h", "p/h": "để p/h", "đ/b": "để biết"}


def signers(doc: Document, repo: Repository) -> list[dict]:
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


def recipients(rec: object, style: str) -> dict | None:
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
