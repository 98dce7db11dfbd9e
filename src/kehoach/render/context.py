"""The view model of a document: everything a template prints, already worded and punctuated.

``build(doc, repo)`` turns a loaded document (program, plan, decision, rules, report) into plain
dicts, lists and strings, so that every output family (docx, txt, md, html) prints the same words
and a template only decides the layout. The body is a flat list of blocks (see ``body``); the
rest is:

- ``header``: the issuing bodies (``issuers``: parent line, name, the ornament under it), the
  national or organisation motto on the right, the ``Số`` line and the place-and-date line;
- ``doc_type`` (``KẾ HOẠCH`` …), ``title`` (trích yếu) and ``title_lines`` (the lines the author
  typed), ``attached`` (``(Ban hành kèm theo …)`` of rules issued with a plan or decision),
  ``authority`` (the line above the bases of a decision), ``bases`` (each ending ``;``, the last
  ``.``), ``preamble``, ``blocks``, ``closing`` (the text ends ``./.``);
- ``signers`` (one block each), ``recipients`` (Nơi nhận, with the purpose of each group) and
  ``appendices`` (Phụ lục, each with its label, title, ``(Kèm theo …)`` line and blocks).

The last lines of the body carry ``keep``: they stay on the page of the signature.
"""

from __future__ import annotations

import re

from .. import viet
from ..model import Document, Repository, citation, layout, numbering
from ..vocab import APPENDIX_LABEL, DOC_TYPE_TITLE, clean
from . import bases, body, header, signature
from .writer import Writer

TEXT_BLOCKS = ("paragraph", "item", "article", "heading")


def build(doc: Document, repo: Repository, *, draft: bool = False) -> dict:
    """The view model of ``doc`` (a document of ``repo``)."""
    data = doc.data
    settings = repo.settings or {}
    kind = numbering.type_key(doc)
    orgs, system = header.issuing(doc, repo)
    head = header.header(doc, repo, orgs, system)
    built = body.build(doc, repo)
    return {
        "kind": doc.kind,
        "type_key": kind,
        "joint": len(orgs) > 1,
        "system": system,
        "draft": bool(draft or data.get("draft")),
        "source": doc.path,
        "header": head,
        "doc_type": viet.upper(data.get("doc_type") or DOC_TYPE_TITLE[kind]),
        "title": clean(data.get("title")),
        "title_lines": title_lines(data.get("title")),
        "attached": citation.attached_line(doc, repo),
        "authority": layout.authority_line(doc, orgs),
        "bases": bases.lines(
            data.get("bases") or [],
            repo,
            "-" if layout.bases_style(doc, settings, system) == "dash" else "",
        ),
        "preamble": [clean(p) for p in data.get("preamble") or []],
        **_body(doc, built.out),
        "signers": signature.signers(doc, repo, system),
        "recipients": signature.recipients(
            data.get("recipients"), settings.get("recipient_notes") or "brace"
        ),
        "appendices": appendices(doc, repo, built),
    }


def title_lines(title: object) -> list[str]:
    """The lines of a title as the author broke them (``title: |``); one line when not broken."""
    lines = [clean(line) for line in str(title or "").splitlines()]
    return [line for line in lines if line]


def appendices(doc: Document, repo: Repository, built: Writer) -> list[dict]:
    """Phụ lục after the signature: 'Phụ lục' alone, or 'Phụ lục I', 'Phụ lục II' when there are
    several; each with its title (upper case) and '(Kèm theo <this document> số … ngày … của …)'.
    The body's pointer to an appendix names it ('(Chi tiết tại Phụ lục I kèm theo)')."""
    found = built.appendices
    labels = (
        [APPENDIX_LABEL]
        if len(found) == 1
        else [f"{APPENDIX_LABEL} {viet.roman(i)}" for i in range(1, 99)]
    )
    for blk in built.out:
        if blk.get("appendix_note"):
            blk["text"] = blk["text"].replace("{label}", labels[0])
    note = f"(Kèm theo {citation.issued_with(doc, repo)})"
    return [
        {
            "label": label,
            "title": viet.upper(a["title"]),
            "note": note,
            "orientation": a.get("orientation") or "portrait",
            "blocks": a["blocks"],
        }
        for label, a in zip(labels, found, strict=False)
    ]


def _body(doc: Document, blocks: list[dict]) -> dict:
    """Blocks and closing paragraphs; the last text of the body ends with './.' — unless a
    closing paragraph before the last has it already: what follows it (a note on a figure, '(1)
    Số liệu tính đến …') stands outside the text, as typed. The last two
    lines of text before the signature carry ``keep`` (DOCX keep-with-next, HTML no break after),
    so that the signature never stands alone on a page."""
    closing = [clean(p) for p in doc.data.get("closing") or []]
    if closing:
        if not any(c.endswith("./.") for c in closing[:-1]):
            closing[-1] = end_mark(closing[-1])
    elif blocks and blocks[-1]["type"] in ("paragraph", "item", "article"):
        last = blocks[-1]
        key = "text" if last["type"] != "article" or last.get("text") else "title"
        blocks[-1] = {**last, key: end_mark(last[key])}
    elif doc.data.get("signers"):
        closing = ["./."]
    if doc.data.get("signers"):
        tail = 2 - min(len(closing), 2)
        for blk in reversed(blocks):
            if tail <= 0:
                break
            blk["keep"] = True
            tail -= 1
    return {"blocks": blocks, "closing": closing}


def end_mark(text: str) -> str:
    """'… năm 2021' → '… năm 2021./.'; a final '.' is kept as the first dot of './.'."""
    text = re.sub(r"[\s;:,]+$", "", text)
    if text.endswith("./."):
        return text
    return text + ("/." if text.endswith(".") else "./.")
