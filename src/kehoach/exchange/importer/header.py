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

from ...model.layout import DOAN_MOTTO, NATIONAL_MOTTO, NATIONAL_NAME, PARTY_NAME
from .model import Block, Para, Table
from .numbers import NumberLine, is_number_line, read_number_line
from .text import Line, block_lines, clean, is_rule, key, para_lines

NATIONAL = {
    key(NATIONAL_NAME): "state",
    "cộng hoà xã hội chủ nghĩa việt nam": "state",
    key(NATIONAL_MOTTO): "motto",
    key(DOAN_MOTTO): "doan",
    "đoàn thanh niên cộng sản hồ chí minh": "doan",
    key(PARTY_NAME): "party",
}
MOTTO_OF = {"state": "national", "motto": "national", "doan": "doan", "party": "party"}
DOC_TYPE = re.compile(
    r"^(KẾ HOẠCH LIÊN TỊCH|KẾ HOẠCH PHỐI HỢP|KẾ HOẠCH|CHƯƠNG TRÌNH PHỐI HỢP|CHƯƠNG TRÌNH LIÊN TỊCH|"
    r"CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH CÔNG TÁC|CHƯƠNG TRÌNH|QUYẾT ĐỊNH LIÊN TỊCH|QUYẾT ĐỊNH|"
    r"NGHỊ QUYẾT|BÁO CÁO LIÊN TỊCH|BÁO CÁO|HƯỚNG DẪN|THÔNG BÁO|QUY CHẾ PHỐI HỢP|QUY CHẾ|QUY ĐỊNH|"
    r"THỂ LỆ|ĐIỀU LỆ|CÔNG VĂN|TỜ TRÌNH)(?![\wÀ-ỹ])\s*:?\s*(.*)$"
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
# a section heading's number: "I.", "1.", "1.2.", "a)"; also typed with a dash: "II- ", "1 - ",
# or a slash: "I/ ", "1/ "
HEADING = re.compile(
    r"^(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s|(?:[IVXLC]+|\d{1,2})\s?[-–]\s(?=[^\W\d_])"
    r"|(?:[IVXLC]+|\d{1,2})/\s*(?=[^\W\d_]))",
    re.I,
)


def kind_of_doc_type(doc_type: str) -> str | None:
    """The kind kehoach keeps a document type as (plan, program, decision, rules, report), or
    None for the types it does not keep (hướng dẫn, thông báo, công văn…)."""
    if doc_type.startswith("KẾ HOẠCH"):
        return "plan"
    if doc_type.startswith("CHƯƠNG TRÌNH"):
        return "program"
    if doc_type.startswith("QUYẾT ĐỊNH"):
        return "decision"
    if doc_type.startswith(("QUY CHẾ", "QUY ĐỊNH", "THỂ LỆ", "ĐIỀU LỆ")):
        return "rules"
    if doc_type.startswith("BÁO CÁO"):
        return "report"
    return None


def read_date_line(text: str) -> tuple[str, str | None, int | None, int | None] | None:
    """'Hà Nội, ngày 07 tháng 3 năm 2023' → ('Hà Nội', '2023-03-07', 2023, None); a blank day or
    month ('ngày    tháng    năm 2021') gives no date but the year, and the month when it alone is
    typed ('ngày    tháng 3 năm 2027' → ('', None, 2027, 3): the day left for the signer)."""
    m = _DATE.match(clean(text))
    if not m:
        short = _DATE_SHORT.match(clean(text))
        if not short:
            return None
        try:
            day = date(int(short.group("y")), int(short.group("m")), int(short.group("d")))
        except ValueError:
            return None
        return clean(short.group("place") or ""), day.isoformat(), day.year, None
    place = clean(m.group("place") or "")
    y = m.group("y")
    year = int(y) if y and y.isdigit() else None
    d, mo = m.group("d").strip(), m.group("m").strip()
    when: str | None = None
    if year and d.isdigit() and mo.isdigit():
        try:
            when = date(year, int(mo), int(d)).isoformat()
        except ValueError:
            when = None
    month = int(mo) if when is None and year and mo.isdigit() and 1 <= int(mo) <= 12 else None
    return place, when, year, month


@dataclass
class Header:
    issuers: list[Line] = field(default_factory=list)  # bodies, parents and marks, in order
    system: str | None = None  # from the motto: state | doan | party
    motto: str | None = None  # national | doan | party (None: no motto line seen)
    number: NumberLine | None = None
    place: str = ""
    date: str | None = None
    year: int | None = None
    month: int | None = None  # typed without its day: the day left for the signer
    date_text: str = ""
    leftovers: list[Line] = field(default_factory=list)
    seen: bool = False  # any header line at all
    mottos: set[str] = field(default_factory=set)  # every motto printed (``motto`` is one)


def _joined(lines: list[Line]) -> list[Line]:
    """A place-and-date line broken by a soft line break after the place ('Thành phố Hồ Chí
    Minh,' / 'ngày 15 tháng 3 năm 2023') is joined back."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.para is not None
            and ln.para is prev.para
            and prev.text.endswith(",")
            and ln.text.lower().startswith("ngày")
            and read_date_line(f"{prev.text} {ln.text}")
        ):
            out[-1] = Line(clean(f"{prev.text} {ln.text}"), prev.bold, prev.italic, prev.col,
                           prev.where, prev.para, prev.in_table)  # fmt: skip
            continue
        out.append(ln)
    return out


def read_header(blocks: list[Block], doan_motto: str = "") -> Header:
    h = Header()
    lines = _joined(block_lines(blocks))
    h.seen = bool(lines)
    names = dict(NATIONAL)
    if doan_motto:
        names[key(doan_motto)] = "doan"
    motto_cols = set()
    kinds = set()
    for ln in lines:
        kind = names.get(key(ln.text))
        if kind:
            kinds.add(kind)
            if ln.in_table:
                motto_cols.add(ln.col)
    h.mottos = {MOTTO_OF[k] for k in kinds}
    for kind in ("doan", "party", "state", "motto"):
        if kind in kinds:
            h.system = "state" if kind == "motto" else kind
            h.motto = MOTTO_OF[kind]
            break
    beside_motto = len(motto_cols) < len({x.col for x in lines})
    for ln in lines:
        t = ln.text
        if names.get(key(t)):
            continue
        in_motto_col = ln.in_table and ln.col in motto_cols and beside_motto
        if is_rule(t):
            if not in_motto_col:
                h.issuers.append(ln)  # the ornament under a body (***, *, a typed rule)
            continue
        if is_number_line(t) and h.number is None:
            h.number = read_number_line(t)
            rest = h.number.rest if h.number else ""
            got = read_date_line(rest) if rest else None
            if got and not h.date_text:
                h.place, h.date, h.year, h.month = got
                h.date_text = rest
            elif rest:
                h.leftovers.append(Line(rest, col=ln.col, where=ln.where))
            continue
        if is_number_line(t):  # a second party's own number ("Số: 12/CTPH-HHDN"): not a body
            h.leftovers.append(ln)
            continue
        got = read_date_line(t)
        if got and not h.date_text:
            h.place, h.date, h.year, h.month = got
            h.date_text = t
            continue
        if in_motto_col:
            h.leftovers.append(ln)
        else:
            h.issuers.append(ln)
    return h


def header_before_body(blocks: list[Block], doan_motto: str = "") -> tuple[Header, list[Block]]:
    """Without a document type line: the header is what comes before the first basis, heading
    or long paragraph."""
    for i, b in enumerate(blocks):
        if isinstance(b, Para):
            text = clean(b.text)
            if BASIS.match(text) or HEADING.match(text) or len(text) > 200:
                return read_header(blocks[:i], doan_motto), blocks[i:]
        elif isinstance(b, Table) and b.borders and not b.boxes:
            return read_header(blocks[:i], doan_motto), blocks[i:]
    return read_header([], doan_motto), blocks


__all__ = ["Header", "read_header", "read_date_line", "kind_of_doc_type", "header_before_body",
           "BASIS", "HEADING", "para_lines"]  # fmt: skip
