"""The pieces of an Office Open XML package that every .docx kehoach writes shares: namespaces,
the XML declaration, content types, relationships, core properties, and the zip itself with fixed
timestamps (the same document gives the same bytes). ``render.docx`` (the documents) and
``register.docx`` (the register book) build their parts on these."""

from __future__ import annotations

import io
import zipfile
from html import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"
PART_TYPES = {
    "/word/document.xml": f"{_WORD}.document.main+xml",
    "/word/styles.xml": f"{_WORD}.styles+xml",
    "/word/settings.xml": f"{_WORD}.settings+xml",
    "/word/header1.xml": f"{_WORD}.header+xml",
    "/word/header2.xml": f"{_WORD}.header+xml",
    "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}
CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)


def content_types(*parts: str) -> str:
    """``[Content_Types].xml`` for a package holding ``parts`` (names as in ``PART_TYPES``)."""
    overrides = "".join(
        f'<Override PartName="{name}" ContentType="{PART_TYPES[name]}"/>' for name in parts
    )
    return XML + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    )


def relationships(*rels: tuple[str, str, str]) -> str:
    """A ``.rels`` part: ``(id, type, target)``, a type without ``/`` being one of ``REL``'s."""
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind if "/" in kind else f"{REL}/{kind}"}" '
        f'Target="{target}"/>'
        for rid, kind, target in rels
    )
    return XML + f'<Relationships xmlns="{PKG_REL}">{items}</Relationships>'


def core(title: str) -> str:
    """``docProps/core.xml``: the title, kehoach as creator, Vietnamese."""
    return XML + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>kehoach</dc:creator>"
        "<dc:language>vi-VN</dc:language></cp:coreProperties>"
    )


def zip_parts(parts: dict[str, str]) -> bytes:
    """The package: every part deflated, in the order given, with a fixed timestamp."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(
                zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)),
                text.encode("utf-8"),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return buf.getvalue()
