"""Header lines that name no org of ``orgs.yaml`` → the bodies they print, each with its parent.

Lines between two known bodies (or ornaments) are one group. In a group, a line continues the
name above it when it is of the same paragraph (a soft line break), starts as the rest of a name
("VÀ …", "TỈNH …", "KHOA HỌC VÀ KỸ THUẬT" under "LIÊN HIỆP CÁC HỘI": no word that starts the name
of a body) or follows a line that cannot end one ("BAN CHẤP HÀNH"); otherwise it is a body of its
own. Upright lines among bold ones are the parent of the next body.

The signature blocks then settle what is left open: a document signed by as many blocks as its
header shows bodies is signed by each of them (three stacked bold names, three blocks: three
issuers); with fewer blocks, two stacked names are one body under its parent ("UBND TỈNH HÀ
GIANG" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), or one name wrapped when the first has a parent line
already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import Line

_CONTINUES = re.compile(
    r"^(?:VÀ|CỦA|TỈNH|THÀNH PHỐ|TP\.|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|KỸ THUẬT)(?!\w)"
)
# the words a body's name starts with: a line starting so is a body of its own
_BODY_START = re.compile(
    r"^(?:BCH|BAN|BỘ|SỞ|HỘI|LIÊN HIỆP|LIÊN ĐOÀN|ỦY BAN|UỶ BAN|UBND|HĐND|UBMTTQ|MẶT TRẬN|"
    r"ĐOÀN|ĐẢNG|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG) (?:ĐOÀN|ỦY|UỶ|HỘI)|CHI ĐOÀN|CHI HỘI|"
    r"TRƯỜNG|HỌC VIỆN|ĐẠI HỌC|VIỆN|CỤC|TỔNG CỤC|CHI CỤC|TRUNG TÂM|CÔNG AN|VĂN PHÒNG|PHÒNG|"
    r"CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|NGÂN HÀNG|BỆNH VIỆN|KHO BẠC|TÒA ÁN|TOÀ ÁN|THANH TRA|"
    r"CƠ QUAN|TRUNG ƯƠNG|HỢP TÁC XÃ|QUỸ|ĐÀI|BÁO)(?!\w)"
)
# a line that cannot end a body's name: the next line is the rest of it
_OPEN_END = re.compile(r"(?:BAN CHẤP HÀNH|BAN THƯỜNG VỤ|LIÊN HIỆP|CÁC|CỦA|VÀ|&|-|–)$")


@dataclass
class Unmatched:
    """Lines of one group: ``at`` known issuers stand before it; ``parent`` is printed above its
    first line; ``mark`` is the ornament under its last."""

    at: int
    lines: list[Line]
    parent: str = ""
    mark: str = ""


@dataclass
class Body:
    at: int  # known issuers before it
    lines: list[Line] = field(default_factory=list)
    parent: str = ""
    mark: str = ""  # "***", "*", "rule" (an ornament typed or a rule drawn under it) or ""

    @property
    def name(self) -> str:
        return " ".join(ln.text for ln in self.lines)


def _goes_on(prev: Line, line: Line) -> bool:
    """``line`` is the rest of the name ``prev`` starts."""
    if line.para is not None and line.para is prev.para:
        return True
    if _OPEN_END.search(prev.text):
        return True
    return not _BODY_START.match(line.text)


def _split(group: Unmatched) -> list[Body]:
    mixed = any(ln.bold for ln in group.lines) and not all(ln.bold for ln in group.lines)
    out: list[Body] = []
    above = group.parent
    for ln in group.lines:
        if out and not above and (not mixed or ln.bold) and _goes_on(out[-1].lines[-1], ln):
            out[-1].lines.append(ln)
        elif mixed and not ln.bold:
            above = ln.text
        else:
            out.append(Body(group.at, [ln], above))
            above = ""
    if not out and above:
        out.append(Body(group.at, [Line(above)]))
    if out:
        out[-1].mark = group.mark
    return out


def bodies(groups: list[Unmatched], known: int, signed: int) -> list[Body]:
    """The bodies the unmatched ``groups`` print, ``known`` issuers matched besides them, the
    document signed by ``signed`` blocks (0: no signature seen)."""
    split = [_split(g) for g in groups]
    total = known + sum(len(b) for b in split)
    while total > max(signed, 1):
        if not _join_first(split, legacy=not signed):
            break
        total -= 1
    return [b for group in split for b in group]


def _join_first(split: list[list[Body]], legacy: bool) -> bool:
    """Two stacked names of one group → one body: the first is the parent of the second, or,
    when it has a parent line already, the two are one name wrapped. Without signature blocks
    only a group of two names is read so (the parent typed like its body)."""
    for group in split:
        if len(group) < 2 or (legacy and len(group) != 2):
            continue
        first, second = group[0], group[1]
        if second.parent or (legacy and first.parent):
            continue
        if first.parent:  # "UBND TỈNH …" / "LIÊN HIỆP CÁC HỘI" / "KHOA HỌC VÀ KỸ THUẬT"
            second.lines[:0] = first.lines
            second.parent = first.parent
        else:
            second.parent = first.name
        del group[0]
        return True
    return False
