"""The top of a document: the header (issuing bodies, national or organisation motto, ``Số`` line,
place and date) and the document type with its title (trích yếu).

The header may be a borderless two-column table, lines laid out with tabs, or two text boxes; it
is read as lines with a column each (``text.block_lines``) and every line is recognised by what it
says, not by where it stands: the motto lines give the system (state, Đoàn, Party), the ``Số``
line the number, the ``…, ngày … tháng … năm …`` line the place and date; the other lines of the
columns without a motto are the issuing bodies (bold) and their parent body (upright).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .model import Block, Para, Table
from .numbers import NumberLine, is_number_line, read_number_line
from .text import Line, block_lines, clean, is_rule, is_upper, para_lines

NATIONAL = {
    "cộng hòa xã hội chủ nghĩa việt nam": "state",
    "cộng hoà xã hội chủ nghĩa việt nam": "state",
    "độc lập - tự do - hạnh phúc": "motto",
    "đoàn tncs hồ chí minh": "doan",
    "đoàn thanh niên cộng sản hồ chí minh": "doan",
    "đảng cộng sản việt nam": "party",
}
DOC_TYPE = re.compile(
    r"^(KẾ HOẠCH LIÊN TỊCH|KẾ HOẠCH PHỐI HỢP|KẾ HOẠCH|CHƯƠNG TRÌNH PHỐI HỢP|CHƯƠNG TRÌNH LIÊN TỊCH|"
    r"CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH CÔNG TÁC|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|BÁO CÁO|"
    r"HƯỚNG DẪN|THÔNG BÁO|QUY CHẾ PHỐI HỢP|QUY CHẾ|CÔNG VĂN|TỜ TRÌNH)(?![\wÀ-ỹ])\s*:?\s*(.*)$"
)
_DATE = re.compile(
    r"^(?:(?P<place>[^,]{2,80}?)\s*,\s*)?ngày\s*(?P<d>\d{1,2}|[.…_\s]*)\s*tháng\s*(?P<m>\d{1,2}|[.…_\s]*)"
    r"\s*năm\s*(?P<y>\d{4}|20[.…_]*|[.…_\s]*)\s*\.?$",
    re.I,
)
_DATE_SHORT = re.compile(
    r"^(?:(?P<place>[^,]{2,80}?)\s*,\s*)?ngày\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\s*\.?$",
    re.I,
)
BASIS = re.compile(r"^[-–+•]?\s*(Căn cứ|Thực hiện|Triển khai|Theo|Xét|Thi hành)\b", re.I)
HEADING = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s", re.I)


def kind_of_doc_type(doc_type: str) -> str | None:
    """'plan' or 'program' for the types kehoach keeps, None for others."""
    if doc_type.startswith("KẾ HOẠCH"):
        return "plan"
    if doc_type.startswith("CHƯƠNG TRÌNH"):
        return "program"
    return None


def read_date_line(text: str) -> tuple[str, str | None, int | None] | None:
    """'Hà Nội, ngày 07 tháng 3 năm 2023' → ('Hà Nội', '2023-03-07', 2023); a blank day or month
    ('ngày    tháng    năm 2021') gives no date but the year."""
    m = _DATE.match(clean(text))
    if not m:
        short = _DATE_SHORT.match(clean(text))
        if not short:
            return None
        try:
            when = date(int(short.group("y")), int(short.group("m")), int(short.group("d")))
        except ValueError:
            return None
        return clean(short.group("place") or ""), when.isoformat(), when.year
    place = clean(m.group("place") or "")
    y = m.group("y")
    year = int(y) if y and y.isdigit() else None
    d, mo = m.group("d").strip(), m.group("m").strip()
    when = None
    if year and d.isdigit() and mo.isdigit():
        try:
            when = date(year, int(mo), int(d)).isoformat()
        except ValueError:
            when = None
    return place, when, year


@dataclass
class Header:
    issuers: list[Line] = field(default_factory=list)  # issuing bodies and parents, in order
    system: str | None = None  # from the motto: state | doan | party
    number: NumberLine | None = None
    place: str = ""
    date: str | None = None
    year: int | None = None
    date_text: str = ""
    leftovers: list[Line] = field(default_factory=list)


def read_header(blocks: list[Block]) -> Header:
    h = Header()
    lines = block_lines(blocks)
    motto_cols = set()
    kinds = set()
    for ln in lines:
        kind = NATIONAL.get(clean(ln.text).casefold().replace("–", "-"))
        if kind:
            kinds.add(kind)
            if ln.in_table:
                motto_cols.add(ln.col)
    for kind in ("doan", "party", "state", "motto"):
        if kind in kinds:
            h.system = "state" if kind == "motto" else kind
            break
    for ln in lines:
        t = ln.text
        if NATIONAL.get(clean(t).casefold().replace("–", "-")) or is_rule(t):
            continue
        if is_number_line(t) and h.number is None:
            h.number = read_number_line(t)
            rest = h.number.rest if h.number else ""
            got = read_date_line(rest) if rest else None
            if got and not h.date_text:
                h.place, h.date, h.year = got
                h.date_text = rest
            elif rest:
                h.leftovers.append(Line(rest, col=ln.col, where=ln.where))
            continue
        got = read_date_line(t)
        if got and not h.date_text:
            h.place, h.date, h.year = got
            h.date_text = t
            continue
        if ln.in_table and ln.col in motto_cols and len(motto_cols) < len({x.col for x in lines}):
            h.leftovers.append(ln)
        else:
            h.issuers.append(ln)
    return h


@dataclass
class Top:
    header: Header
    doc_type: str
    kind: str | None
    title: str
    rest: list[Block]  # everything after the title
    skipped: list[str] = field(default_factory=list)  # decorations met (rules)


def find_doc_type(blocks: list[Block]) -> int | None:
    for i, b in enumerate(blocks):
        if isinstance(b, Para):
            first = clean(b.text.split("\n")[0])
            m = DOC_TYPE.match(first)
            if m and is_upper(m.group(1)):
                return i
    return None


def _rule_ahead(blocks: list[Block], start: int) -> int | None:
    """The index of a rule line closing the title within a few short lines, or None."""
    for k in range(start, min(start + 6, len(blocks))):
        b = blocks[k]
        if not isinstance(b, Para):
            return None
        text = clean(b.text)
        if is_rule(text):
            return k if k > start else None
        if BASIS.match(text) or HEADING.match(text) or b.label or len(text) > 250:
            return None
    return None


def read_top(blocks: list[Block], kind: str | None) -> Top | None:
    """Header, document type and title; None when no document type line is found (then ``kind``
    must be given and everything before the first basis or heading is the header)."""
    i = find_doc_type(blocks)
    if i is None:
        return None
    para = blocks[i]
    assert isinstance(para, Para)
    first, *more = [ln for ln in para.text.split("\n") if ln.strip()]
    m = DOC_TYPE.match(clean(first))
    assert m is not None
    doc_type = m.group(1)
    title_lines = [m.group(2)] if m.group(2) else []
    title_lines += more
    j = i + 1
    skipped: list[str] = []
    rule = _rule_ahead(blocks, j)
    if rule is not None:  # title lines typed plainly, closed by a rule ("-------")
        title_lines += [blocks[k].text for k in range(j, rule)]
        skipped.append(clean(blocks[rule].text))
        j = rule + 1
    while j < len(blocks) and len(title_lines) < 12:
        b = blocks[j]
        if not isinstance(b, Para):
            break
        text = clean((b.label + " " if b.label else "") + b.text)
        if is_rule(text):
            skipped.append(text)
            j += 1
            break
        if b.label and title_lines:
            break
        emphasised = b.bold and (b.align == "center" or not title_lines)
        if (
            BASIS.match(text) or HEADING.match(text) or (b.label and not b.bold)
        ) and not emphasised:
            break
        if title_lines and not (b.bold or b.align == "center"):
            break
        if (
            not title_lines
            and not (b.bold or b.align == "center")
            and (len(text) > 250 or b.italic)
        ):
            break
        title_lines.append(b.text)
        j += 1
    while j < len(blocks) and isinstance(blocks[j], Para) and is_rule(blocks[j].text):
        skipped.append(clean(blocks[j].text))
        j += 1
    header = read_header(blocks[:i])
    return Top(header, doc_type, kind_of_doc_type(doc_type), clean(" ".join(title_lines)),
               blocks[j:], skipped)  # fmt: skip


def header_before_body(blocks: list[Block]) -> tuple[Header, list[Block]]:
    """Without a document type line: the header is what comes before the first basis, heading
    or long paragraph."""
    for i, b in enumerate(blocks):
        if isinstance(b, Para):
            text = clean(b.text)
            if BASIS.match(text) or HEADING.match(text) or len(text) > 200:
                return read_header(blocks[:i]), blocks[i:]
        elif isinstance(b, Table) and b.borders and not b.boxes:
            return read_header(blocks[:i]), blocks[i:]
    return read_header([]), blocks


__all__ = ["Header", "Top", "read_top", "read_header", "read_date_line", "kind_of_doc_type",
           "header_before_body", "BASIS", "HEADING", "para_lines"]  # fmt: skip
