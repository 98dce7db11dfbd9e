"""Small text helpers shared by the importer: spaces, comparison keys, identifiers, lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ... import viet
from .model import Block, Para, Table


def clean(text: str | None) -> str:
    """Runs of spaces, tabs and line breaks → one space; NFC; trimmed."""
    return unicodedata.normalize("NFC", " ".join((text or "").split()))


def key(text: str | None) -> str:
    """A comparison key: case, spacing and surrounding punctuation ignored; '&' spaced alike."""
    text = clean(text).casefold().replace(" & ", "&").replace("& ", "&").replace(" &", "&")
    text = re.sub(r"[\u2013\u2014]", "-", text)
    return text.strip(" .,;:-–")


def strip_end(text: str) -> str:
    """Text without its closing punctuation (';', '.', ',', ':') and the end mark './.'."""
    text = clean(text)
    text = re.sub(r"\s*\./\.\s*$", "", text)
    return re.sub(r"[\s;.,:]+$", "", text)


def slug(text: str, limit: int = 40) -> str:
    """'Tổ chức Hội thi Sáng tạo' → 'to-chuc-hoi-thi-sang-tao' (an id: a-z, 0-9, '-')."""
    words = re.findall(r"[a-z0-9]+", viet.unaccented(clean(text)))
    out = ""
    for w in words:
        if out and len(out) + 1 + len(w) > limit:
            break
        out = f"{out}-{w}" if out else w[:limit]
    return out or "muc"


def unique(base: str, taken: set[str]) -> str:
    out, n = base, 2
    while out in taken:
        out = f"{base}-{n}"
        n += 1
    taken.add(out)
    return out


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# the characters people type a rule with: underscores, dashes (the horizontal bar '―' too), the
# macron and overline ('¯¯¯¯¯¯', common under a state body's name), box-drawing lines, full-width
# low lines; and the ornaments typed as letters under a title: 'oOo', '-oOo-', 'ooOoo'
RULE = re.compile(
    r"^[\s_\-–—―‒=~*.·•¯‾─━＿‗]{3,}$|^\*+$|^[-–—]+\s*[*]+\s*[-–—]+$"
    r"|^[-–—―_\s]*o+O+o+[-–—―_\s]*$"
)


def is_rule(text: str) -> bool:
    """A decoration line: '_____', '-----', '―――', '¯¯¯¯¯', '***', '*', 'oOo'."""
    t = text.strip()
    return bool(t) and (bool(RULE.match(t)) or t in ("*", "***", "* * *"))


@dataclass
class Line:
    """One printed line of the header or signature area, with the column it stands in."""

    text: str
    bold: bool = False
    italic: bool = False
    col: int = 0
    where: str = ""
    para: Para | None = None
    in_table: bool = False  # read from a table cell or a text box (its column is certain)
    gap: bool = False  # a blank line stands above it (an empty paragraph or soft line break)


_SPLIT = re.compile(r"\t+| {4,}")
_BLANK_NUMBER = re.compile(r"(S[ốố]\s*:?) {2,}(?=[-/.…_\d])")
# the date line's blanks, with or without the day or month filled in ("ngày    tháng 3 năm"), and
# the spaces after its place ("Quảng Ngãi,    ngày")
_BLANK_DATE = re.compile(
    r",[ \u00a0]{2,}(?=ngày\b)|ngày[ \u00a0.…_\d]*tháng[ \u00a0.…_\d]*năm", re.I
)


def _one_space(m: re.Match[str]) -> str:
    text = m.group(0)
    return ", " if text[0] == "," else " ".join(text.split())


def para_lines(p: Para, col: int = 0, *, split: bool = True, tabs: bool = False) -> list[Line]:
    """The lines of a paragraph (soft breaks), each cut at tabs or long runs of spaces into
    columns: a leading tab puts the first piece in the next column; with ``tabs``, each leading
    tab one column further ("\t\tPHÓ CHỦ TỊCH": the right block's line under "\tA\tB")."""
    out: list[Line] = []
    text = (p.label + " " if p.label else "") + p.text
    gap = p.blank_above
    for raw in text.split("\n"):
        if not raw.strip():
            gap = True
            continue
        # blanks left for the clerk are not column gaps: "Số:    /KH-…", "ngày    tháng    năm"
        raw = _BLANK_NUMBER.sub(r"\1 ", raw)
        raw = _BLANK_DATE.sub(_one_space, raw)
        pieces = _SPLIT.split(raw) if split else [raw]
        lead = (
            len(raw) - len(raw.lstrip("\t")) if tabs else min(1, len(raw) - len(raw.lstrip("\t")))
        )
        c = col + (lead if split and raw.strip() else 0)
        for piece in pieces:
            if piece.strip():
                out.append(Line(clean(piece), p.bold, p.italic, c, p.where, p, gap=gap))
                gap = False
                c += 1
            elif out and out[-1].para is p:
                continue
    return out


def block_lines(blocks: list[Block]) -> list[Line]:
    """The lines of blocks: table cells by grid column, row after row; paragraphs by tabs."""
    out: list[Line] = []
    for b in blocks:
        if isinstance(b, Table):
            for row in b.rows:
                for cell in row:
                    for p in cell.paras:
                        for ln in para_lines(p, cell.col, split=False):
                            ln.in_table = True
                            out.append(ln)
        else:
            out.extend(para_lines(b))
    return out


def unboxed(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """The body with its text boxes (a note framed in a box) read as paragraphs where they stand,
    box after box — kehoach prints no frame — and where the boxes were."""
    out: list[Block] = []
    where: list[str] = []
    for b in blocks:
        if isinstance(b, Table) and b.boxes:
            out += [p for row in b.rows for cell in row for p in cell.paras]
            where.append(b.where)
        else:
            out.append(b)
    return out, where
