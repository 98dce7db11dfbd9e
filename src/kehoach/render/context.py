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

from .. import viet
from ..model import Document, Repository
from ..vocab import clean
from . import bases, body, header, signature

DOC_TYPES = {
    "plan": "KẾ HOẠCH",
    "joint_plan": "KẾ HOẠCH LIÊN TỊCH",
    "program": "CHƯƠNG TRÌNH PHỐI HỢP",
}


def build(doc: Document, repo: Repository, *, draft: bool = False) -> dict:
    """The view model of ``doc`` (a program or plan of ``repo``)."""
    data = doc.data
    settings = repo.settings or {}
    kind = header.type_key(doc)
    orgs, system = header.issuing(doc, repo)
    return {
        "kind": doc.kind,
        "type_key": kind,
        "joint": len(orgs) > 1,
        "system": system,
        "draft": bool(draft or data.get("draft")),
        "source": doc.path,
        "header": header.header(doc, repo, orgs, system),
        "doc_type": viet.upper(data.get("doc_type") or DOC_TYPES[kind]),
        "title": clean(data.get("title")),
        "bases": bases.punctuate([bases.base(b, repo) for b in data.get("bases") or []]),
        "preamble": [clean(p) for p in data.get("preamble") or []],
        **_body(doc, repo),
        "signers": signature.signers(doc, repo),
        "recipients": signature.recipients(
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
