"""The outgoing register as a book to print (.docx): the cover of Phụ lục IV, I.1 on the first
page, then the table of I.2 — ten columns, their headings and numbers (1)…(10) repeated at the top
of every page — on A4 landscape, Times New Roman.

Written as WordprocessingML, like the documents of ``render``, with no extra library: a cover of
centred lines and one table are all it holds, and the bytes are the same for the same register.
"""

from __future__ import annotations

from html import escape

from ..io import ooxml
from .cover import cover, organ_lines, text_cells
from .run import COLUMNS, RegisterResult

_W = ooxml.W

# A4 landscape in twips; margins 20 mm top and bottom, 25 mm left, 15 mm right
PAGE_W, PAGE_H = 16838, 11906
MARGINS = {"top": 1134, "bottom": 1134, "left": 1418, "right": 850}
TEXT_W = PAGE_W - MARGINS["left"] - MARGINS["right"]
SHARE = {  # relative widths of the columns
    "symbol": 15,
    "date": 13,
    "summary": 33,
    "signers": 14,
    "recipients": 24,
    "archive": 12,
    "copies": 9,
    "sent": 11,
    "received": 9,
    "note": 12,
}

CONTENT_TYPES = ooxml.content_types("/word/document.xml", "/word/styles.xml", "/docProps/core.xml")
ROOT_RELS = ooxml.relationships(
    ("rId1", "officeDocument", "word/document.xml"),
    ("rId2", ooxml.CORE_PROPERTIES, "docProps/core.xml"),
)
DOCUMENT_RELS = ooxml.relationships(("rIdStyles", "styles", "styles.xml"))
STYLES = ooxml.XML + (
    f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr></w:style></w:styles>"
)


def _run(text: str, size: int, *, b: bool = False, i: bool = False) -> str:
    props = ("<w:b/>" if b else "") + ("<w:i/>" if i else "")
    props += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(
    text: str,
    size: int = 24,
    *,
    b=False,
    i=False,
    align="center",
    before=0,
    after=0,
    page_break=False,
) -> str:
    ppr = f'<w:jc w:val="{align}"/><w:spacing w:before="{before}" w:after="{after}"/>'
    if page_break:
        ppr = "<w:pageBreakBefore/>" + ppr
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_run(text, size, b=b, i=i) if text else ''}</w:p>"


def _cell(width: int, paragraphs: str) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paragraphs or "<w:p/>"}</w:tc>'
    )


def _widths() -> list[int]:
    total = sum(SHARE.values())
    widths = [TEXT_W * SHARE[key] // total for _, _, key in COLUMNS]
    widths[2] += TEXT_W - sum(widths)  # the summary column takes what rounding left
    return widths


def _table(result: RegisterResult) -> str:
    widths = _widths()
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{TEXT_W}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    ]
    header = "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
    out.append(
        f"<w:tr>{header}"
        + "".join(
            _cell(w, _para(h, 22, b=True)) for w, (_, h, _) in zip(widths, COLUMNS, strict=True)
        )
        + "</w:tr>"
    )
    out.append(
        f"<w:tr>{header}"
        + "".join(
            _cell(w, _para(f"({n})", 22, i=True))
            for w, (n, _, _) in zip(widths, COLUMNS, strict=True)
        )
        + "</w:tr>"
    )
    keys = [key for _, _, key in COLUMNS]
    for rec, row in zip(result.rows, text_cells(result), strict=True):
        parts = []
        for w, key, text in zip(widths, keys, row, strict=True):
            align = "center" if key in ("symbol", "date", "copies") else "left"
            lines = list(rec.recipients) if key == "recipients" else [text]
            parts.append(_cell(w, "".join(_para(t, 22, align=align) for t in lines if t)))
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(parts) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _cover(result: RegisterResult) -> str:
    parent, organ = organ_lines(result)
    lines = cover(result)
    out = []
    if parent:
        out.append(_para(parent, 26, before=0))
    out.append(_para(organ, 26, b=True))
    out.append(_para(lines[0], 40, b=True, before=2400, after=600))
    for text in lines[1:]:
        out.append(_para(text, 28, after=160))
    return "".join(out)


def document_xml(result: RegisterResult) -> str:
    m = MARGINS
    sect = (
        f'<w:sectPr><w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}" w:orient="landscape"/>'
        f'<w:pgMar w:top="{m["top"]}" w:right="{m["right"]}" w:bottom="{m["bottom"]}" '
        f'w:left="{m["left"]}" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    )
    heading = _para(f"ĐĂNG KÝ VĂN BẢN ĐI NĂM {result.year}", 26, b=True, after=200, page_break=True)
    return (
        ooxml.XML
        + f'<w:document xmlns:w="{_W}" xmlns:r="{ooxml.REL}"><w:body>'
        + _cover(result)
        + heading
        + _table(result)
        + "<w:p/>"
        + sect
        + "</w:body></w:document>"
    )


def book(result: RegisterResult) -> bytes:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "docProps/core.xml": ooxml.core(f"Sổ đăng ký văn bản đi năm {result.year}"),
        "word/document.xml": document_xml(result),
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": STYLES,
    }
    return ooxml.zip_parts(parts)
