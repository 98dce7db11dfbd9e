"""The shared OOXML package pieces (``io.ooxml``) that render and register build on."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

import docx

from kehoach.io import ooxml


def test_content_types_lists_each_part_with_its_type():
    root = ElementTree.fromstring(ooxml.content_types("/word/document.xml", "/docProps/core.xml"))
    overrides = {
        e.get("PartName"): e.get("ContentType") for e in root if e.tag.endswith("Override")
    }
    assert overrides == {
        "/word/document.xml": ooxml.PART_TYPES["/word/document.xml"],
        "/docProps/core.xml": ooxml.PART_TYPES["/docProps/core.xml"],
    }


def test_relationship_types_short_and_full():
    root = ElementTree.fromstring(
        ooxml.relationships(("a", "styles", "styles.xml"), ("b", ooxml.CORE_PROPERTIES, "c.xml"))
    )
    assert [(e.get("Id"), e.get("Type")) for e in root] == [
        ("a", f"{ooxml.REL}/styles"),
        ("b", ooxml.CORE_PROPERTIES),
    ]


def test_core_title_escaped():
    root = ElementTree.fromstring(ooxml.core('Kế hoạch <số 1> & "liên tịch"'))
    title = root.find("{http://purl.org/dc/elements/1.1/}title")
    assert title is not None and title.text == 'Kế hoạch <số 1> & "liên tịch"'


def _minimal() -> dict[str, str]:
    body = (
        f'<w:document xmlns:w="{ooxml.W}"><w:body><w:p><w:r><w:t>Nơi nhận</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    return {
        "[Content_Types].xml": ooxml.content_types("/word/document.xml", "/docProps/core.xml"),
        "_rels/.rels": ooxml.relationships(
            ("rId1", "officeDocument", "word/document.xml"),
            ("rId2", ooxml.CORE_PROPERTIES, "docProps/core.xml"),
        ),
        "docProps/core.xml": ooxml.core("Thử"),
        "word/document.xml": ooxml.XML + body,
    }


def test_zip_is_a_word_document_with_fixed_bytes():
    data = ooxml.zip_parts(_minimal())
    assert data == ooxml.zip_parts(_minimal())  # same parts, same bytes
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert [i.filename for i in zf.infolist()] == list(_minimal())
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_DEFLATED}
    document = docx.Document(io.BytesIO(data))
    assert [p.text for p in document.paragraphs] == ["Nơi nhận"]
    assert document.core_properties.title == "Thử"
