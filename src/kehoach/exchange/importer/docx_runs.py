"""The text of one Word paragraph, run by run, as a reader sees it.

- tracked changes: inserted and moved-in text kept, deleted and moved-out text dropped;
- comments: their anchors and references dropped (comments.xml is never read);
- fields: the result shown (page numbers, cross references), never the instruction;
- tabs stay ``\\t`` (headers and signatures are often laid out with tabs), soft line breaks and
  carriage returns become ``\\n``, a page break inside a paragraph too;
- non-breaking spaces and their relatives become spaces, zero-width characters and soft hyphens
  vanish, a non-breaking hyphen is ``-``;
- a run in a TCVN3 or VNI font (or whose text is plainly in one) is converted to Unicode;
- text boxes met inside the runs are handed back separately (``boxes``);
- hidden text (``w:vanish`` on the run) dropped: Word neither shows nor prints it.
"""

from __future__ import annotations

import unicodedata

from . import legacy
from .docx_styles import Styles, W, flag, font_of, wval
from .model import Run

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {W + t for t in ("del", "moveFrom", "commentRangeStart", "commentRangeEnd", "proofErr",
                         "bookmarkStart", "bookmarkEnd", "pPr", "permStart", "permEnd")}  # fmt: skip
_DESCEND = {W + t for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple",
                            "bdo", "dir", "sdtContent")}  # fmt: skip
_SPACES: dict[int, str | None] = dict.fromkeys(
    map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2009\u3000"), " "
)
_SPACES.update(dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None))
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings")


class ParagraphReader:
    """Reads paragraphs of one document (field state and styles are shared across them)."""

    def __init__(self, styles: Styles):
        self.styles = styles
        self.field_depth: list[str] = []  # "instr" | "result" for each open complex field

    def runs(self, p) -> tuple[list[Run], list]:
        """The runs of paragraph ``p`` and the text boxes (``w:txbxContent``) anchored in it."""
        ppr = p.find(W + "pPr")
        pstyle = wval(ppr, "pStyle") or self.styles.default_para
        out: list[Run] = []
        boxes: list = []
        self._walk(p, pstyle, out, boxes)
        return _merge(out), boxes

    def _walk(self, el, pstyle, out, boxes) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == W + "r":
                self._run(child, pstyle, out, boxes)
            elif tag in _DESCEND:
                self._walk(child, pstyle, out, boxes)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._walk(content, pstyle, out, boxes)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                self._walk(choice if choice is not None else child, pstyle, out, boxes)

    def _run(self, r, pstyle, out, boxes) -> None:
        rpr = r.find(W + "rPr")
        rstyle = wval(rpr, "rStyle")
        font = (
            font_of(rpr)
            or self.styles.get(rstyle, "font")
            or self.styles.get(pstyle, "font")
            or self.styles.default_font
        )
        bold = _first(
            flag(rpr, "b"), self.styles.get(rstyle, "bold"), self.styles.get(pstyle, "bold")
        )
        italic = _first(
            flag(rpr, "i"), self.styles.get(rstyle, "italic"), self.styles.get(pstyle, "italic")
        )
        caps = flag(rpr, "caps")
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self.field_depth.append("instr")
                elif kind == "separate" and self.field_depth:
                    self.field_depth[-1] = "result"
                elif kind == "end" and self.field_depth:
                    self.field_depth.pop()
                continue
            if self.field_depth and self.field_depth[-1] == "instr":
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab" or tag == W + "ptab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "sym":
                parts.append(_symbol(child))
            elif tag in (W + "drawing", W + "pict", MC + "AlternateContent", W + "object"):
                boxes.extend(_text_boxes(child))
        text = "".join(parts)
        if not text or flag(rpr, "vanish"):
            return  # hidden text (Font → Hidden): neither shown nor printed by Word
        encoding = legacy.encoding_of_font(font) or legacy.guess(text)
        text = legacy.convert(text, encoding)
        text = unicodedata.normalize("NFC", text.translate(_SPACES))
        if caps:
            text = text.upper()
        out.append(Run(text, bool(bold), bool(italic)))


def _first(*values):
    return next((v for v in values if v is not None), False)


def _symbol(sym) -> str:
    font = (sym.get(W + "font") or "").lower()
    code = sym.get(W + "char") or ""
    if font.startswith(_SYMBOL_FONTS) or not code:
        return ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if value >= 0xF000:  # a symbol font's private-use range
        value -= 0xF000
    return chr(value) if 0x20 <= value < 0xF000 else ""


def _text_boxes(el) -> list:
    """The outermost ``w:txbxContent`` below ``el``, once each (not the VML fallback copy)."""
    found = []
    for box in el.iter(W + "txbxContent"):
        parent, inside = box.getparent(), False
        while parent is not None and parent is not el:
            if parent.tag in (MC + "Fallback", W + "txbxContent"):
                inside = True
                break
            parent = parent.getparent()
        if not inside:
            found.append(box)
    return found


def _merge(runs: list[Run]) -> list[Run]:
    """Adjacent runs with the same formatting joined (Word splits runs at every edit)."""
    out: list[Run] = []
    for r in runs:
        if out and out[-1].bold == r.bold and out[-1].italic == r.italic:
            out[-1] = Run(out[-1].text + r.text, r.bold, r.italic)
        else:
            out.append(r)
    return out
