"""One cell or line naming who leads and who supports an activity, as plans write it in an "Đơn vị
thực hiện" column: ``Thành Đoàn (chủ trì); Sở KH&CN (phối hợp)``, ``Chủ trì: Sở KH&CN; Phối hợp:
Thành Đoàn``, ``Thành Đoàn chủ trì, phối hợp với Sở KH&CN``, ``Thành Đoàn chủ trì; Sở KH&CN phối
hợp``, ``Ban Tuyên giáo Tỉnh Đoàn phối hợp Văn phòng Sở`` → the lead's words and the supporting
units' words (``split``)."""

from __future__ import annotations

import re

from .text import clean

# "X (chủ trì)", "Y (đồng chủ trì)", "Z (phối hợp)": each name with its role in brackets; a body
# leading with the lead ("đồng chủ trì", "cùng chủ trì") is written with it, after it
_CO = r"(?:(?:đồng|cùng)\s+)?"
_MARKED = re.compile(rf"\(\s*(?:{_CO}chủ trì|ct|phối hợp|ph)\s*\)", re.I)
_ROLE = re.compile(rf"\(\s*({_CO}chủ trì|ct|phối hợp|ph)\s*\)", re.I)
# "Chủ trì: X; Phối hợp: Y"
_LABELS = re.compile(
    r"^(?:đơn vị\s+)?chủ trì\s*:\s*(?P<lead>.+?)\s*(?:[;,.]\s*(?:đơn vị\s+)?phối hợp\s*:\s*"
    r"(?P<support>.+?))?\s*[.;]?$",
    re.I,
)
# "X chủ trì, phối hợp với Y", "X chủ trì; Y phối hợp", "X chủ trì", "X và Y đồng chủ trì; phối
# hợp: Z", "X chủ trì, Y đồng chủ trì, phối hợp với Z" (the co-lead written after the lead)
_SAID = re.compile(
    r"^(?P<lead>.+?)\s+(?:chủ trì\s*[,;]\s*(?P<co>.+?)\s+(?:đồng|cùng)\s+|(?:đồng|cùng)\s+)?"
    r"chủ trì(?:\s*[,;]?\s*(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|cùng)\s+"
    r"(?P<with>.+?)|\s*[,;]\s*(?P<then>.+?)\s+phối hợp)?\s*[.;]?$",
    re.I,
)
# "X đồng chủ trì với Y[, phối hợp với Z]": X and Y lead together
_CO_WITH = re.compile(
    r"^(?P<lead>.+?)\s+(?:đồng|cùng)\s+chủ trì\s+(?:với|cùng)\s+(?P<co>.+?)(?:\s*[,;]\s*"
    r"(?:phối hợp với|phối hợp cùng|phối hợp)\s*:?\s*(?P<with>\S.*?))?\s*[.;]?$",
    re.I,
)

# "X phối hợp (với) Y" in the lead's cell: X leads, Y supports ("X phối hợp thực hiện" is not)
_WITH = re.compile(
    r"^(?P<lead>.+?)\s+phối hợp(?:\s+với|\s+cùng)?\s+(?P<with>(?!thực hiện|tổ chức|triển khai)"
    r"\S.*?)\s*[.;]?$",
    re.I,
)


def split(text: str) -> tuple[str, str]:
    """(lead words, supporting units' words) of ``text``; ``(text, "")`` when it says no roles."""
    t = clean(text)
    if _MARKED.search(t):
        leads, supports = [], []
        for piece in re.split(r"[;\n]|,(?![^()]*\))", text):
            piece = clean(piece)
            if not piece:
                continue
            role = _ROLE.search(piece)
            name = clean(_ROLE.sub("", piece)).strip(" ,;.")
            if role and clean(role.group(1)).lower().endswith(("chủ trì", "ct")):
                leads.append(name)
            elif role or leads:
                supports.append(name)
            else:
                leads.append(name)
        return ", ".join(leads), ", ".join(supports)
    m = _LABELS.match(t)
    if m:
        return clean(m.group("lead")), clean(m.group("support") or "")
    m = _CO_WITH.match(t)
    if m and not re.search(r"\bchủ trì\b", m.group("lead") + m.group("co"), re.I):
        return f"{clean(m.group('lead'))}, {clean(m.group('co'))}", clean(m.group("with") or "")
    m = _SAID.match(t)
    if m and not re.search(r"\bchủ trì\b", m.group("lead") + (m.group("co") or ""), re.I):
        leads = [clean(m.group("lead"))] + ([clean(m.group("co"))] if m.group("co") else [])
        return ", ".join(leads), clean(m.group("with") or m.group("then") or "")
    m = _WITH.match(t)
    if m and not re.search(r"\bchủ trì\b", t, re.I):
        return clean(m.group("lead")), clean(m.group("with"))
    return t, ""


_FIELD_WORDS = re.compile(
    r"^(?P<label>thời gian|thời hạn|kinh phí|địa điểm|thành phần)\s*:?\s+(?P<value>\S.*)$", re.I
)
_DOES = re.compile(r"^(?P<who>.+?)\s+(?:thực hiện|phụ trách|triển khai)$", re.I)
_HELPS = re.compile(r"^(?P<who>.+?)\s+phối hợp(?: thực hiện)?$", re.I)
_FIELDS = {"thời gian": "time", "thời hạn": "time", "kinh phí": "budget", "địa điểm": "place",
           "thành phần": "participants"}  # fmt: skip
_SENTENCE = re.compile(r"^(?P<title>[^:;]{3,160}?)\s*:\s*(?P<rest>\S.*)$")


def sentence(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """An activity written as one sentence: 'Lễ ra quân: Tỉnh Đoàn chủ trì, các huyện, thị, thành
    đoàn phối hợp; thời gian: 26/3/2027.' → ('Lễ ra quân', [('lead', 'Tỉnh Đoàn'), ('support',
    'các huyện, thị, thành đoàn'), ('time', '26/3/2027')]); None unless every clause after the
    title is one of its fields and one says who does it."""
    m = _SENTENCE.match(clean(text))
    if not m:
        return None
    fields: list[tuple[str, str]] = []
    for clause in re.split(r";\s*", m.group("rest").rstrip(" .")):
        clause = clean(clause)
        if not clause:
            continue
        got = _clause(clause)
        if got is None:
            return None
        fields += got
    if not any(name == "lead" for name, _ in fields):
        return None
    return clean(m.group("title")), fields


def _clause(clause: str) -> list[tuple[str, str]] | None:
    m = _FIELD_WORDS.match(clause)
    if m:
        return [(_FIELDS[m.group("label").lower()], clean(m.group("value")))]
    lead, others = split(clause)
    if lead != clause:
        return [("lead", lead)] + ([("support", others)] if others else [])
    m = _DOES.match(clause)
    if m:
        return [("lead", clean(m.group("who")))]
    m = _HELPS.match(clause)
    if m:
        return [("support", clean(m.group("who")))]
    return None
