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
from ..model import Document, Repository, numbering
from ..vocab import clean
from . import bases, body, header, signature
from .writer import Writer

DOC_TYPES = {
    "plan": "KẾ HOẠCH",
    "joint_plan": "KẾ HOẠCH LIÊN TỊCH",
    "program": "CHƯƠNG TRÌNH PHỐI HỢP",
    "decision": "QUYẾT ĐỊNH",
    "joint_decision": "QUYẾT ĐỊNH LIÊN TỊCH",
    "report": "BÁO CÁO",
    "joint_report": "BÁO CÁO LIÊN TỊCH",
    "rules": "QUY CHẾ",
    "joint_rules": "QUY CHẾ",
}
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
        "doc_type": viet.upper(data.get("doc_type") or DOC_TYPES[kind]),
        "title": clean(data.get("title")),
        "title_lines": title_lines(data.get("title")),
        "attached": attached_line(doc, repo),
        "authority": authority_line(doc, repo, orgs),
        "bases": bases.punctuate(
            [bases.base(b, repo) for b in data.get("bases") or []],
            "-" if bases_style(doc, repo, system) == "dash" else "",
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


def bases_style(doc: Document, repo: Repository, system: str) -> str:
    """``plain`` (Decree 30) or ``dash`` ('- Căn cứ …;', as Party documents and Đoàn decisions
    write them): the document's ``bases_style``, else kehoach.yaml's, else by system and kind."""
    for source in (doc.data, repo.settings or {}):
        if source.get("bases_style") in ("plain", "dash"):
            return source["bases_style"]
    if system == "party" or (system == "doan" and doc.kind in ("decision", "rules")):
        return "dash"
    return "plain"


def authority_line(doc: Document, repo: Repository, orgs: list[dict]) -> str:
    """The line above the bases of a decision: who decides ('BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ
    CHÍ MINH', 'GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ'): ``authority`` as written, else the body a
    'TM.' signer signs for, else the head of the first issuer and its name."""
    if doc.kind != "decision":
        return ""
    if doc.data.get("authority"):
        return viet.upper(clean(doc.data["authority"]))
    signer = next((s for s in doc.data.get("signers") or [] if isinstance(s, dict)), {})
    first = orgs[0] if orgs else {}
    if signer.get("authority") == "TM.":
        return viet.upper(clean(signer.get("for") or first.get("body") or first.get("header")))
    head = clean(signer.get("for") or first.get("head"))
    return viet.upper(f"{head} {clean(first.get('header'))}".strip())


def attached_line(doc: Document, repo: Repository) -> str:
    """'(Ban hành kèm theo Kế hoạch liên tịch số … ngày … của …)' under the title of rules issued
    with another document of the repository (``attached_to``), or ``attached_line`` as written."""
    if doc.kind != "rules":
        return ""
    if doc.data.get("attached_line"):
        text = clean(doc.data["attached_line"])
        return text if text.startswith("(") else f"({text})"
    cited = repo.by_id(doc.data.get("attached_to") or "")
    if cited is None:
        return ""
    verb = clean(doc.data.get("attached_verb")) or "Ban hành kèm theo"
    return f"({verb} {bases.issued_with(cited, repo)})"


def appendices(doc: Document, repo: Repository, built: Writer) -> list[dict]:
    """Phụ lục after the signature: 'Phụ lục' alone, or 'Phụ lục I', 'Phụ lục II' when there are
    several; each with its title (upper case) and '(Kèm theo <this document> số … ngày … của …)'.
    The body's pointer to an appendix names it ('(Chi tiết tại Phụ lục I kèm theo)')."""
    found = built.appendices
    labels = ["Phụ lục"] if len(found) == 1 else [f"Phụ lục {viet.roman(i)}" for i in range(1, 99)]
    for blk in built.out:
        if blk.get("appendix_note"):
            blk["text"] = blk["text"].replace("{label}", labels[0])
    note = f"(Kèm theo {bases.issued_with(doc, repo)})"
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
    """Blocks and closing paragraphs; the last text of the body ends with './.'. The last two
    lines of text before the signature carry ``keep`` (DOCX keep-with-next, HTML no break after),
    so that the signature never stands alone on a page."""
    closing = [clean(p) for p in doc.data.get("closing") or []]
    if closing:
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
