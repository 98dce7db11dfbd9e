"""Assemble a .docx from the WordprocessingML the templates write.

Why templates writing WordprocessingML rather than python-docx or docxtpl: Decree 30's layout is
made of things python-docx has no API for (borderless tables with fixed column widths, rules drawn
as paragraph borders of an exact length, a PAGE field in a header that page 1 does not show,
vertically merged cells for the Nơi nhận brace), so a python-docx builder would be mostly raw XML
anyway; docxtpl needs a hand-edited Word file as the template, which cannot be reviewed in a diff
and mixes Jinja with Word's own run splitting. Writing ``word/document.xml`` from Jinja keeps
every rule in one readable file that a repository can override, shares the view model with the
text formats, and is escaped by Jinja's autoescape. python-docx reads the result back in the tests.

The package parts that never change (content types, relationships, settings, properties) are
here; ``word/document.xml``, ``word/styles.xml`` and the page header come from templates.
"""

from __future__ import annotations

from xml.etree import ElementTree

from ..errors import KehoachError
from ..io import ooxml
from ..vocab import XML_INVALID, describe_char
from . import engine

CONTENT_TYPES = ooxml.content_types(
    "/word/document.xml",
    "/word/styles.xml",
    "/word/settings.xml",
    "/word/header1.xml",
    "/word/header2.xml",
    "/docProps/core.xml",
    "/docProps/app.xml",
)
ROOT_RELS = ooxml.relationships(
    ("rId1", "officeDocument", "word/document.xml"),
    ("rId2", ooxml.CORE_PROPERTIES, "docProps/core.xml"),
    ("rId3", "extended-properties", "docProps/app.xml"),
)
DOCUMENT_RELS = ooxml.relationships(
    ("rIdStyles", "styles", "styles.xml"),
    ("rIdSettings", "settings", "settings.xml"),
    ("rIdHeader", "header", "header1.xml"),
    ("rIdHeaderFirst", "header", "header2.xml"),
)
SETTINGS = ooxml.XML + (
    f'<w:settings xmlns:w="{ooxml.W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    "</w:settings>"
)
FIRST_HEADER = ooxml.XML + f'<w:hdr xmlns:w="{ooxml.W}"><w:p/></w:hdr>'
APP = ooxml.XML + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>kehoach</Application></Properties>"
)


def build(env, context: dict, template: str) -> bytes:
    """The .docx bytes of ``context`` rendered with ``template`` (its ``word/document.xml``)."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": ooxml.core(f"{context['doc_type']} {context['title']}".strip()),
        "docProps/app.xml": APP,
        "word/document.xml": engine.render(env, template, context),
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": engine.render(env, "docx/styles.xml.j2", context),
        "word/settings.xml": SETTINGS,
        "word/header1.xml": engine.render(env, "docx/header.xml.j2", context),
        "word/header2.xml": FIRST_HEADER,
    }
    return package(parts, {"word/document.xml": template})


def package(parts: dict[str, str], sources: dict[str, str] | None = None) -> bytes:
    """Zip the parts of a .docx, each checked first: no character XML forbids in any part
    (``docProps/core.xml`` included), well-formed XML from the templates."""
    sources = sources or {}
    for name, text in parts.items():
        check_characters(text, sources.get(name, name))
    for name in ("word/document.xml", "word/styles.xml", "word/header1.xml"):
        if name in parts:
            _check_xml(parts[name], sources.get(name, name))
    return ooxml.zip_parts(parts)


def check_characters(text: str, where: str) -> None:
    """No part of a document may hold a character XML forbids (Word refuses the file, browsers
    hide it): stop, naming the character, the part and its line. ``validate`` reports such
    characters in the data (KH305), so only a template can bring one here."""
    m = XML_INVALID.search(text)
    if m is None:
        return
    line = text.count("\n", 0, m.start()) + 1
    raise KehoachError(
        f"Văn bản sinh ra có ký tự {describe_char(m.group(0))} không in được "
        f"({where}, dòng {line} của kết quả)",
        hint="Ký tự này đến từ mẫu hoặc dữ liệu; chạy `kehoach validate` rồi kiểm tra mẫu.",
    )


def _check_xml(text: str, template: str) -> None:
    """A template that writes broken XML would give a file Word offers to "repair": stop instead."""
    try:
        ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as exc:
        line, col = exc.position
        raise KehoachError(
            f"Mẫu {template} sinh ra XML không hợp lệ (dòng {line}, cột {col} của kết quả): {exc}",
            hint="Kiểm tra các thẻ <w:…> mở, đóng trong mẫu.",
        ) from None
