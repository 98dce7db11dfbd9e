"""Open a Word package safely: size and zip-bomb guards, password-protected and old binary files
recognised, then python-docx reads the OPC package (relationships, main part, styles, numbering)
and hands over the XML trees. Every failure is an ``ImportFailure`` with a Vietnamese message.

python-docx is used for the package (it finds the main part whatever its name, follows the
relationships, parses the XML with lxml); the text itself is read from the XML by ``docx_blocks``,
because python-docx's paragraph text skips text boxes and fields and mixes deleted with inserted
text.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass, field

from ...io.filekind import kind_of_bytes
from .model import ImportFailure

__all__ = ["Package", "open_package", "max_bytes", "kind_of_bytes"]

UNPACKED_FACTOR = 20  # all parts, uncompressed, at most this many times the limit


def max_bytes() -> int:
    """The largest file imported (``KEHOACH_IMPORT_MAX_BYTES``, default 50 MB)."""
    try:
        return int(os.environ.get("KEHOACH_IMPORT_MAX_BYTES", "") or 50 * 1024 * 1024)
    except ValueError:
        return 50 * 1024 * 1024


_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_NOTES = tuple(
    f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"
    for kind in ("footnotes", "endnotes")
)


@dataclass
class Package:
    body: object  # lxml element w:body
    styles: object | None  # lxml element w:styles
    numbering: object | None  # lxml element w:numbering
    notes: list[str] = field(default_factory=list)  # footnotes and endnotes, their text
    # the page headers and footers, in the order the sections name them: ("header", w:hdr) …
    margins: list[tuple[str, object]] = field(default_factory=list)


def _guard_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFailure(
            "KH601",
            "Tệp hỏng, không mở được như tệp nén .docx (có thể tải về hoặc chép chưa hết); mở bằng "
            "Word, lưu lại rồi nhập lại",
        ) from None
    if any(i.flag_bits & 0x1 for i in infos):  # a zip tool's password: no part can be read
        raise ImportFailure(
            "KH603",
            "Tệp nén .docx được đặt mật khẩu bằng công cụ nén (mã hóa ZIP), Word cũng không mở "
            "được; hãy dùng bản .docx gốc chưa đặt mật khẩu rồi nhập lại",
        )
    unpacked = sum(i.file_size for i in infos)
    limit = UNPACKED_FACTOR * max_bytes()
    if unpacked > limit:
        raise ImportFailure(
            "KH604",
            f"Tệp giải nén ra {_mb(unpacked)}, quá giới hạn {_mb(limit)} (nghi tệp nén độc hại)",
        )


def open_package(data: bytes) -> Package:
    """The body, styles and numbering of a .docx given as bytes; ``ImportFailure`` otherwise."""
    if len(data) > max_bytes():
        raise too_big(len(data))
    kind = kind_of_bytes(data)
    if kind == "empty":
        raise ImportFailure("KH602", "Tệp rỗng (0 byte)")
    if kind == "encrypted":
        raise ImportFailure(
            "KH603",
            "Tệp được bảo vệ bằng mật khẩu; hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ "
            "tài liệu) rồi nhập lại",
        )
    if kind != "zip":
        raise ImportFailure("KH601", "Không phải tệp Word .docx (không phải tệp nén OOXML)")
    _guard_zip(data)
    from docx.opc.exceptions import PackageNotFoundError
    from docx.package import Package as OpcPackage
    from lxml import etree

    try:
        main = OpcPackage.open(io.BytesIO(data)).main_document_part
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile):
        raise ImportFailure(
            "KH601", "Tệp nén không chứa văn bản Word (thiếu phần word/document.xml)"
        ) from None
    except etree.XMLSyntaxError as exc:
        raise ImportFailure("KH601", f"XML trong tệp bị hỏng{_at(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - python-docx on a package it does not expect
        raise ImportFailure("KH601", f"Không đọc được gói .docx ({type(exc).__name__})") from None
    if main.content_type not in _MAIN_TYPES:
        raise ImportFailure(
            "KH601", f"Tệp không phải văn bản Word (loại nội dung: {main.content_type})"
        )
    try:
        root = main.element
    except etree.XMLSyntaxError as exc:
        raise ImportFailure("KH601", f"XML của văn bản bị hỏng{_at(exc)}") from None
    body = root.find(_w("body"))
    if body is None:
        raise ImportFailure("KH602", "Văn bản Word không có phần thân (w:body)")
    notes = [text for rel in _RT_NOTES for text in _notes(_related(main, rel))]
    return Package(body, _related(main, _RT_STYLES), _related(main, _RT_NUMBERING), notes,
                   _margins(main, body))  # fmt: skip


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _margins(main, body) -> list[tuple[str, object]]:
    """The header and footer parts the sections of ``body`` use (first page, odd, even pages),
    each once, headers first."""
    out: list[tuple[str, object]] = []
    seen: set[str] = set()
    for kind in ("header", "footer"):
        for sect in body.iter(_w("sectPr")):
            for ref in sect.findall(_w(f"{kind}Reference")):
                rid = ref.get(_R_ID) or ""
                part = main.related_parts.get(rid) if rid not in seen else None
                seen.add(rid)
                element = getattr(part, "element", None) if part is not None else None
                if element is not None:
                    out.append((kind, element))
    return out


def _notes(root) -> list[str]:
    """The text of each footnote (or endnote) of a notes part, Word's separators left out."""
    if root is None:
        return []
    out = []
    for note in root:
        if not isinstance(note.tag, str) or note.get(_w("type")) is not None:
            continue  # separator, continuation separator, continuation notice
        text = " ".join(" ".join("".join(t.text or "" for t in p.iter(_w("t"))).split())
                        for p in note.iter(_w("p"))).strip()  # fmt: skip
        if text:
            out.append(text)
    return out


def _related(part, rel_type: str):
    try:
        related = part.part_related_by(rel_type)
    except (KeyError, ValueError):
        return None
    element = getattr(related, "element", None)
    if element is not None:
        return element
    from lxml import etree

    try:
        return etree.fromstring(related.blob)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _at(exc) -> str:
    """Where libxml found the XML broken, in Vietnamese (its own message is English)."""
    line, col = getattr(exc, "position", (0, 0)) or (0, 0)
    return f" (dòng {line}, cột {col})" if line else ""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def too_big(size: int) -> ImportFailure:
    return ImportFailure(
        "KH604",
        f"Tệp lớn {_mb(size)}, quá giới hạn {_mb(max_bytes())} (đặt KEHOACH_IMPORT_MAX_BYTES để đổi)",
    )


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag
