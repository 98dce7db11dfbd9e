"""The line that attaches an imported document to another ("Ban hành kèm theo Quyết định số …"):
a reference to the repository's document where kehoach words it the same, the typed line otherwise;
and the "(Kèm theo …)" line kehoach prints under the document's appendices."""

from __future__ import annotations

from ...errors import KehoachError
from ...model import Document, citation
from .bases import cited
from .repository import Repo
from .text import clean, key
from .title import ATTACHED, Top


def attached(top: Top, repo: Repo, doc: Document) -> dict:
    """``attached_to`` (with ``attached_verb``) when the line cites a document of the repository,
    and ``attached_line`` (printed as written) when kehoach would word it otherwise."""
    m = ATTACHED.match(top.attached)
    if not m:
        return {"attached_line": top.attached}
    target = cited(repo, m.group("what"))
    if target is None:
        return {"attached_line": top.attached}
    out: dict = {"attached_to": target.id}
    verb = clean(m.group("verb"))
    if verb != citation.ATTACHED_VERB:
        out["attached_verb"] = verb
    probe = Document(doc.path, doc.kind, {**doc.data, **out})
    try:
        same = key(citation.attached_line(probe, repo.model)) == key(top.attached)
    except KehoachError:
        same = False
    if not same:
        out["attached_line"] = top.attached
    return out


def kem_theo(doc: Document, repo: Repo) -> str:
    """'(Kèm theo Kế hoạch số … ngày … của …)' as kehoach prints it under an appendix of ``doc``;
    '' when it cannot be worded (an issuer not in orgs.yaml yet)."""
    try:
        return f"(Kèm theo {citation.issued_with(doc, repo.model)})"
    except KehoachError:
        return ""
