"""Render a program or plan as the official document (Decree 30/2020/NĐ-CP) from Jinja templates.

- ``context``  the view model: header, number and date lines, bases, signers, Nơi nhận
- ``body``     the numbered sections as a flat list of blocks (headings, paragraphs, items, table)
- ``engine``   the sandboxed Jinja environment (repository templates over built-ins) and its errors
- ``text``     filters of the text families (wrapping, columns, Markdown escaping)
- ``metrics``  printed widths of Times New Roman text, for the rules under header lines and title
- ``docx``     the .docx package around the rendered ``word/document.xml``
- ``pdf``      PDF through LibreOffice
"""

from __future__ import annotations

from pathlib import Path

from ..repo import Document, Repository

FORMATS = ("docx", "pdf", "txt", "md", "html")
TEXT_FORMATS = ("txt", "md", "html")


def render(
    doc: Document, repo: Repository, fmt: str, *, draft: bool = False, template: str | None = None
) -> bytes:
    """The bytes of ``doc`` in ``fmt`` (one of ``FORMATS``)."""
    from . import context, docx, engine

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    env = engine.environment(repo.root)
    family = "docx" if fmt in ("docx", "pdf") else fmt
    name = engine.template_name(doc.kind, family, template, env)
    view = context.build(doc, repo, draft=draft)
    if family != "docx":
        text = engine.render(env, name, view)
        if family in ("txt", "md"):  # a text file ends with exactly one newline
            text = text.rstrip("\n") + "\n"
        return text.encode("utf-8")
    data = docx.build(env, view, name)
    if fmt == "pdf":
        from . import pdf

        return pdf.convert(data, Path(doc.path).stem)
    return data
