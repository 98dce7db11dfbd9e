"""Word documents made the way people make them (python-docx and raw WordprocessingML, never
kehoach's templates): headers in borderless tables, typed with tabs or in text boxes; legacy
fonts; automatic numbering; merged cells; tracked changes; comments; fields."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CENTER = WD_ALIGN_PARAGRAPH.CENTER


def new() -> docx.Document:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    return d


def save(d) -> bytes:
    """The .docx bytes; like Word, a paragraph always follows a table at the end of the body."""
    body = d.element.body
    last = [el for el in body if el.tag != qn("w:sectPr")][-1:]
    if last and last[0].tag == qn("w:tbl"):
        d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def para(d, text: str = "", *, bold=False, italic=False, center=False, font=None, container=None):
    """A paragraph of one run (``text`` may hold tabs and '\\n' for soft breaks)."""
    target = container if container is not None else d
    p = target.add_paragraph()
    if center:
        p.alignment = CENTER
    add_run(p, text, bold=bold, italic=italic, font=font)
    return p


def add_run(p, text: str, *, bold=False, italic=False, font=None):
    parts = text.split("\n")
    run = p.add_run()
    for i, part in enumerate(parts):
        if i:
            run.add_break()
        pieces = part.split("\t")
        for j, piece in enumerate(pieces):
            if j:
                run.add_tab()
            if piece:
                run._r.append(_t(piece))
    run.bold = bold or None
    run.italic = italic or None
    if font:
        run.font.name = font
    return run


def _t(text: str):
    el = parse_xml(f'<w:t {nsdecls("w")} xml:space="preserve"></w:t>')
    el.text = text
    return el


def cell_lines(cell, lines: list[tuple[str, bool]], center=True):
    """Lines ``(text, bold)`` into a table cell, replacing its empty first paragraph."""
    first = cell.paragraphs[0]
    for i, (text, bold) in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = CENTER
        add_run(p, text, bold=bold)


def header_table(
    d, left: list[tuple[str, bool]], right: list[tuple[str, bool]], number: str, dated: str
):
    """The usual header: a borderless 2×2 table (bodies | motto, Số | date)."""
    t = d.add_table(rows=2, cols=2)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    cell_lines(t.cell(1, 0), [(number, False)])
    cell_lines(t.cell(1, 1), [(dated, False)])
    return t


def header_tabs(d, rows: list[tuple[str, str]], bold_left=True):
    """A header typed with tabs: one paragraph per line, 'left<TAB><TAB>right'."""
    for left, right in rows:
        p = d.add_paragraph()
        if left:
            add_run(p, left, bold=bold_left and left.isupper())
        if right:
            add_run(p, "\t\t" + right, bold=right.isupper())


_BOX = """<w:r {ns}><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wp:anchor
  distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0"
  layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">
  <wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>
  </wp:positionV><wp:extent cx="2700000" cy="900000"/><wp:wrapNone/><wp:docPr id="{id}" name="Text Box {id}"/>
  <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
  <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2700000" cy="900000"/></a:xfrm>
  <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{paras}</w:txbxContent>
  </wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape style="width:200pt;height:70pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent>
  </v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def _box_paras(lines: list[tuple[str, bool]]) -> str:
    from xml.sax.saxutils import escape

    out = []
    for text, bold in lines:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        out.append(
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{rpr}<w:t>{escape(text)}</w:t></w:r></w:p>'
        )
    return "".join(out)


def header_boxes(d, left: list[tuple[str, bool]], right: list[tuple[str, bool]]):
    """A header in two text boxes anchored in one empty paragraph (with the VML fallback copy
    Word writes beside each)."""
    p = d.add_paragraph()
    for n, (x, lines) in enumerate(((0, left), (3200000, right)), start=1):
        xml = _BOX.format(ns=nsdecls("w", "wp", "a"), x=x, id=n, paras=_box_paras(lines))
        p._p.append(parse_xml(xml))
    return p


_VML_BOX = """<w:r {ns}><w:pict><v:shape id="tb{id}" type="#_x0000_t202" style="width:430pt;height:60pt">
  <v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def text_box(d, lines: list[tuple[str, bool]], *, vml_only=False, anchor: str = ""):
    """A text box in the body (Insert > Text Box), anchored in a paragraph of its own (with
    ``anchor`` typed in it). ``vml_only``: as Word 2003-2010 saved it, without the DrawingML copy."""
    p = d.add_paragraph()
    if anchor:
        add_run(p, anchor)
    if vml_only:
        xml = _VML_BOX.format(
            ns=nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"', id=1,
            paras=_box_paras(lines),
        )  # fmt: skip
    else:
        xml = _BOX.format(ns=nsdecls("w", "wp", "a"), x=0, id=9, paras=_box_paras(lines))
    p._p.append(parse_xml(xml))
    return p


# -- automatic numbering ------------------------------------------------------------------------


def numbering(d, levels: list[tuple[str, str]]) -> int:
    """A new list with ``levels`` [(numFmt, lvlText)], e.g. [("upperRoman", "%1."),
    ("decimal", "%2."), ("bullet", "-")]; returns its numId."""
    root = d.part.numbering_part.element
    ids = [int(n.get(qn("w:abstractNumId"))) for n in root.findall(qn("w:abstractNum"))]
    nums = [int(n.get(qn("w:numId"))) for n in root.findall(qn("w:num"))]
    aid, nid = max(ids, default=0) + 10, max(nums, default=0) + 10
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">{lvls}</w:abstractNum>'
    )
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
    )
    return nid


def numbered(d, text: str, num_id: int, level: int = 0, *, bold=False):
    p = para(d, text, bold=bold)
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return p


# -- tables ---------------------------------------------------------------------------------------


def grid_table(d, rows: list[list[str]], *, header_rows: int = 1, repeat=True):
    """A bordered table; the first ``header_rows`` rows marked to repeat on each page."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                cell_lines(
                    t.cell(r, c),
                    [(line, r < header_rows) for line in text.split("\n")],
                    center=False,
                )
    if repeat:
        for tr in t.rows[:header_rows]:
            tr._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    return t


def repeat_row(t, index: int):
    """Copy row ``index`` to the end of the table (a header row repeated by hand)."""
    import copy

    t._tbl.append(copy.deepcopy(t.rows[index]._tr))


# -- revisions, comments, fields -----------------------------------------------------------------


def tracked(d, parts: list[tuple[str, str]]):
    """A paragraph of ('text', kind) parts: kind '' plain, 'ins' inserted, 'del' deleted,
    all as tracked changes by an author."""
    from xml.sax.saxutils import escape

    body = []
    for n, (text, kind) in enumerate(parts):
        if kind == "ins":
            body.append(
                f'<w:ins w:id="{n}" w:author="Văn thư" w:date="2023-03-01T00:00:00Z"><w:r>'
                f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'
            )
        elif kind == "del":
            body.append(
                f'<w:del w:id="{n}" w:author="Văn thư" w:date="2023-03-01T00:00:00Z"><w:r>'
                f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
            )
        else:
            body.append(f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
    p = parse_xml(f"<w:p {nsdecls('w')}>{''.join(body)}</w:p>")
    d.element.body.insert(len(d.element.body) - 1, p)
    return p


def page_field(d, before: str, result: str = "3"):
    """A paragraph with a PAGE field (instruction hidden, result shown)."""
    xml = (f"<w:p {nsdecls('w')}><w:r><w:t xml:space=\"preserve\">{before}</w:t></w:r>"
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
           f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')  # fmt: skip
    p = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, p)
    return p


def footnote(d, paragraph, text: str) -> None:
    """A footnote at the end of ``paragraph`` (word/footnotes.xml made on first use, with Word's
    two separator notes)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    part = getattr(d, "_notes_part", None)
    if part is None:
        xml = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
               '<w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
               'w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')  # fmt: skip
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode(), d.part.package)  # fmt: skip
        d.part.relate_to(part, RT.FOOTNOTES)
        d._notes_part = part
    note_id = part.blob.count(b"<w:footnote ") - 1
    note = (f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r><w:r>'
            f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>')  # fmt: skip
    part._blob = part.blob.replace(b"</w:footnotes>", note.encode())
    ref = parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="{note_id}"/></w:r>')
    paragraph._p.append(ref)
