"""A document in one output family: DOCX (and PDF from it) or a text family (txt, md, html)."""

from __future__ import annotations

from pathlib import Path

from ..model import Document, Repository
from . import context, docx, engine, pdf

FORMATS = ("docx", "pdf", "txt", "md", "html")
TEXT_FORMATS = ("txt", "md", "html")  # text a terminal can show
HELP = {
    "docx": "Word (DOCX)",
    "pdf": "PDF (qua LibreOffice)",
    "txt": "văn bản thuần",
    "md": "Markdown",
    "html": "HTML (in được từ trình duyệt)",
}


def render(
    doc: Document,
    repo: Repository,
    fmt: str,
    *,
    draft: bool = False,
    template: str | None = None,
    pdf_a: bool = False,
    env=None,
) -> bytes:
    """The bytes of ``doc`` in ``fmt`` (one of ``FORMATS``); ``pdf_a``: PDF/A-2b. ``env``: a
    template environment to reuse (see ``batch``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    env = env or engine.environment(repo.root)
    family = "docx" if fmt in ("docx", "pdf") else fmt
    name = engine.template_name(doc.kind, family, template, env)
    view = context.build(doc, repo, draft=draft)
    if family != "docx":
        text = engine.render(env, name, view)
        docx.check_characters(text, name)
        if family in ("txt", "md"):  # a text file ends with exactly one newline
            text = text.rstrip("\n") + "\n"
        return text.encode("utf-8")
    data = docx.build(env, view, name)
    if fmt == "pdf":
        return pdf.convert(data, Path(doc.path).stem, pdf_a=pdf_a)
    return data


def batch(repo: Repository):
    """``render`` for many documents of one repository (``kehoach site``): the templates are
    loaded and compiled once instead of once per document."""
    env = engine.environment(repo.root)
    return lambda doc, fmt, **kw: render(doc, repo, fmt, env=env, **kw)
