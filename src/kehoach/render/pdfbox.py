"""Where the signature block of each signer sits in a rendered PDF, measured from the PDF itself.

Decree 30/2020/NĐ-CP (Phụ lục I) puts the signature between the signer's title (chức vụ, with
the authority line above it: ``TM. BAN THƯỜNG VỤ TỈNH ĐOÀN`` / ``BÍ THƯ``) and the signer's name.
A signing tool needs that place as a page and a box in points. Rather than guessing it from the
layout (fonts, wrapping and page breaks decide it), the text of the PDF is read with its glyph boxes
(PDFium, through ``pypdfium2``) and the signer's lines are found there:

- the name: its last occurrence in the document that has the title just above it, centred on the
  same axis (so a name also written in the body text is not taken);
- the title, and the authority line above it when there is one;
- ``block``: the box around all of them (a little margin added, so that it holds the lines as any
  PDF reader measures them); ``image``: the empty band between the title and the name, centred on
  their axis, where the signature image goes.

Matching ignores spaces and line breaks (a long title may wrap) and compares text decomposed
(NFD), so precomposed and combining Vietnamese marks match alike.
"""

from __future__ import annotations

import unicodedata
import warnings
from dataclasses import dataclass

PAD_X, PAD_Y = 3.0, 6.0  # points added around the block's lines
GAP = 0.5  # of a line's height, kept free between the image band and the lines (readers
# measure lines taller than the glyphs: poppler adds the font's whole ascent and descent)
MIN_IMAGE_WIDTH = 120.0  # points (about 4.2 cm): a signature is wider than a short name
CENTRE_TOLERANCE = 24.0  # points between the axes of a title and a name of the same block
MAX_TITLE_GAP = 200.0  # points from the bottom of the title to the top of the name


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF user space: points, origin at the bottom left of the page."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def grow(self, dx: float, dy: float) -> Box:
        return Box(self.x0 - dx, self.y0 - dy, self.x1 + dx, self.y1 + dy)

    def rounded(self) -> list[float]:
        return [round(v, 2) for v in (self.x0, self.y0, self.x1, self.y1)]


@dataclass(frozen=True)
class Place:
    """The signature block of one signer on one page (``page`` counts from 1)."""

    page: int
    page_size: tuple[float, float]
    block: Box
    image: Box
    lines: dict[str, Box]  # 'authority', 'title', 'name' → the box of each (several lines joined)


def _fold(text: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFD", text) if not c.isspace()]


class _Page:
    """The text of one page as a stream of decomposed, non-space characters, each with the index of
    the PDF character it comes from."""

    def __init__(self, textpage) -> None:
        self.tp = textpage
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        self.stream: list[str] = []
        self.source: list[int] = []
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            for c in unicodedata.normalize("NFD", ch):
                self.stream.append(c)
                self.source.append(i)
        self.joined = "".join(self.stream)

    def find(self, needle: str) -> list[list[Box]]:
        """Every occurrence of ``needle``, as the boxes of the lines it spans (top line first)."""
        folded = "".join(_fold(needle))
        out: list[list[Box]] = []
        if not folded:
            return out
        start = self.joined.find(folded)
        while start >= 0:
            chars = sorted(set(self.source[start : start + len(folded)]))
            out.append(self._lines(chars))
            start = self.joined.find(folded, start + 1)
        return out

    def _lines(self, chars: list[int]) -> list[Box]:
        lines: list[Box] = []
        for i in chars:
            left, bottom, right, top = self.tp.get_charbox(i, loose=True)
            box = Box(left, bottom, right, top)
            if (
                lines
                and abs((lines[-1].y0 + lines[-1].y1) / 2 - (bottom + top) / 2) < (top - bottom) / 2
            ):
                lines[-1] = lines[-1].union(box)
            else:
                lines.append(box)
        return lines


def _joined(lines: list[Box]) -> Box:
    box = lines[0]
    for line in lines[1:]:
        box = box.union(line)
    return box


def _above(candidates: list[list[Box]], below: Box, axis: float) -> Box | None:
    """The nearest occurrence whose last line sits above ``below`` on the same axis."""
    best = None
    for lines in candidates:
        box = _joined(lines)
        if box.y0 < below.y1 - 1 or box.y0 - below.y1 > MAX_TITLE_GAP:
            continue
        if abs(lines[-1].cx - axis) > CENTRE_TOLERANCE:
            continue
        if best is None or box.y0 < best.y0:
            best = box
    return best


def open_pdf(pdf: bytes):
    """A PDFium document of ``pdf`` (pypdfium2 reads its version file without an encoding when
    first imported: that warning is its own, not ours)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf)


def locate(pdf: bytes, signers: list[tuple[str, str, str]]) -> list[Place | None]:
    """The place of each signer, given as (authority, title, name) as the document prints them;
    None for a signer whose lines are not found."""
    doc = open_pdf(pdf)
    try:
        pages = []
        for index in range(len(doc)):
            page = doc[index]
            pages.append((index, page.get_size(), _Page(page.get_textpage())))
        return [_place(pages, *signer) for signer in signers]
    finally:
        doc.close()


def _place(pages, authority: str, title: str, name: str) -> Place | None:
    for index, size, page in reversed(pages):
        titles = page.find(title) if title else []
        names = page.find(name) if name else []
        for lines in reversed(names):
            name_box = _joined(lines)
            title_box = _above(titles, name_box, name_box.cx)
            if title_box is None:
                continue
            return _build(index, size, page, authority, title_box, name_box)
        if not name and titles:  # a block with no name yet: the band under the title
            title_box = _joined(titles[-1])
            return _build(index, size, page, authority, title_box, None)
    return None


def _build(index, size, page: _Page, authority: str, title: Box, name: Box | None) -> Place:
    lines = {"title": title}
    block = title
    if authority:
        auth = _above(page.find(authority), title, title.cx)
        if auth is not None:
            lines["authority"] = auth
            block = block.union(auth)
    if name is None:
        name = Box(title.x0, title.y0 - 85 - (title.y1 - title.y0), title.x1, title.y0 - 85)
    else:
        lines["name"] = name
    block = block.union(name).grow(PAD_X, PAD_Y)
    axis = (title.cx + name.cx) / 2
    half = max(MIN_IMAGE_WIDTH, title.width, name.width) / 2
    gap = GAP * (name.y1 - name.y0)  # a line's height: the name is one line
    image = Box(axis - half, name.y1 + gap, axis + half, title.y0 - gap)
    return Place(index + 1, (float(size[0]), float(size[1])), block, image, lines)
