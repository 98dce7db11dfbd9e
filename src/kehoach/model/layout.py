"""How a document is laid out where practice varies, and what kehoach chooses when the document
says nothing: the header style (motto, the ornament under each issuer, the form of the number),
the form of the căn cứ (plain or ``- Căn cứ …;``), the authority line of a decision, the line
naming a signer's body, section numbers and item markers (``1.``, ``2.1.``, ``a)``, ``-``).

The renderer prints by these rules; ``kehoach import`` compares what a Word document shows with
them, so a draft records only what differs from kehoach's choice (``header:``, ``bases_style``,
``authority``, ``item_style``…).

Header settings (Decree 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW; the Đoàn's practice) are
independent, because real joint documents mix them (a Thành Đoàn plan with a university prints
Quốc hiệu and Tiêu ngữ, ``***`` under the Đoàn and ``Số: 24-KHLT/TĐTN-ĐHQG``):

- ``motto``: ``national`` (Quốc hiệu, Tiêu ngữ), ``doan`` (ĐOÀN TNCS HỒ CHÍ MINH), ``party``
  (ĐẢNG CỘNG SẢN VIỆT NAM) or ``none``;
- ``mark``: the ornament under the issuing body — ``rule``, ``***``, ``*`` or ``none``; one value
  for every issuer, or a list with one per issuer;
- ``number``: ``state`` (``Số: 05/KH-UBND``), ``doan`` (``Số: 24-KHLT/TĐTN-ĐHQG``) or ``party``
  (``Số 15-KH/TU``).

Each comes from the document's ``header:``, else the repository's ``header:`` (kehoach.yaml), else
the document's ``system:`` (all three follow it), else the issuers.
"""

from __future__ import annotations

from .. import viet
from ..vocab import AREAS_APPENDIX, clean
from . import navigate, numbering
from .document import Document

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOAN_MOTTO = "ĐOÀN TNCS HỒ CHÍ MINH"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
MARKS = {"state": "rule", "association": "rule", "doan": "***", "party": "*"}
MOTTOS = {"state": "national", "association": "national", "doan": "doan", "party": "party"}
MOTTO_VALUES = ("national", "doan", "party", "none")
MARK_VALUES = ("rule", "***", "*", "none")
DECIDES = "QUYẾT ĐỊNH:"
LETTERS = "abcdđeghiklmnopqrstuvxy"


def header_style(doc: Document, orgs: list[dict], settings: dict) -> dict:
    """``{motto, marks, number}`` of ``doc`` issued by ``orgs``: ``marks`` has one entry per
    issuer ('' = no ornament)."""
    settings = settings if isinstance(settings, dict) else {}
    own = h if isinstance(h := doc.data.get("header"), dict) else {}
    repo_style = h if isinstance(h := settings.get("header"), dict) else {}
    default = settings.get("system") or "state"
    systems = [o.get("system") or default for o in orgs] or [default]
    forced = doc.data.get("system") if isinstance(doc.data.get("system"), str) else None
    if forced:
        motto = MOTTOS[forced]
        marks: list[str] = [""] * (len(orgs) - 1) + [MARKS[forced]]
    else:
        motto = (
            "national"
            if any(s in ("state", "association") for s in systems)
            else "party"
            if "party" in systems
            else "doan"
        )
        if len(set(systems)) == 1:  # one ornament under the stacked bodies
            marks = [""] * (len(orgs) - 1) + [MARKS[systems[0]]]
        else:  # each body keeps its own ornament
            marks = [MARKS[s] for s in systems]
    for source in (repo_style, own):
        motto = source.get("motto") or motto
        mark = source.get("mark")
        if isinstance(mark, list):
            marks = [str(m) for m in mark] + [""] * (len(orgs) - len(mark))
        elif isinstance(mark, str) and mark:
            marks = [""] * (len(orgs) - 1) + [mark]
    marks = ["" if m == "none" else m for m in marks[: len(orgs)]]
    return {"motto": motto, "marks": marks, "number": numbering.number_form(doc, orgs, settings)}


def parents_shown(doc: Document) -> bool:
    """Whether each issuer's parent body is printed above it (``header.parents``, default yes)."""
    own = h if isinstance(h := doc.data.get("header"), dict) else {}
    return own.get("parents", True) is not False


def bases_style(doc: Document, settings: dict, system: str) -> str:
    """``plain`` (Decree 30) or ``dash`` ('- Căn cứ …;', as Party documents and Đoàn decisions
    write them): the document's ``bases_style``, else kehoach.yaml's, else by system and kind."""
    for source in (doc.data, settings if isinstance(settings, dict) else {}):
        if source.get("bases_style") in ("plain", "dash"):
            return source["bases_style"]
    if system == "party" or (system == "doan" and doc.kind in ("decision", "rules")):
        return "dash"
    return "plain"


def authority_line(doc: Document, orgs: list[dict]) -> str:
    """The line above the bases of a decision: who decides ('BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ
    CHÍ MINH', 'GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ'): ``authority`` as written, else the body a
    'TM.' signer signs for, else the head of the first issuer and its name."""
    if doc.kind != "decision":
        return ""
    if doc.data.get("authority"):
        return viet.upper(clean(doc.data["authority"]))
    signer = next((s for s in doc.data.get("signers") or [] if isinstance(s, dict)), {})
    first = orgs[0] if orgs else {}
    if signer.get("authority") == "TM.":
        return viet.upper(clean(signer.get("for") or first.get("body") or first.get("header")))
    head = clean(signer.get("for") or first.get("head"))
    return viet.upper(f"{head} {clean(first.get('header'))}".strip())


def areas_appendix_title(doc: Document) -> str:
    """The title kehoach gives the Phụ lục of a program's area activities (``areas_layout:
    appendix``) when ``areas_appendix_title`` says none: 'DANH MỤC CÁC HOẠT ĐỘNG PHỐI HỢP GIAI
    ĐOẠN 2026 – 2030', the program's period worded as everywhere else (``viet.period_text``)."""
    span = navigate.window(doc)
    if span is None or span.start is None or span.end is None or span.start > span.end:
        return AREAS_APPENDIX
    return f"{AREAS_APPENDIX} {viet.upper(viet.period_text(span.start.year, span.end.year))}"


def sub_number(level: int, parent: str, i: int) -> str:
    """'1.', '1.1.', then 'a)' for the fourth level and '-' below it."""
    if level == 2:
        return f"{i}."
    if level == 3:
        return f"{parent}{i}."
    if level == 4:
        return f"{LETTERS[(i - 1) % len(LETTERS)]})"
    return "-"


def item_marker(style: str | None, i: int, number: str = "") -> str:
    """The marker of the ``i``-th item (from 0) of a section numbered ``number``: ``-`` (dash),
    ``+`` (plus), ``a)`` (letter), ``1.`` (number), ``2.1.`` under section ``2.`` (outline: the
    paragraphs continue the section's numbering without being headings), '' (none)."""
    if style == "letter":
        return f"{LETTERS[i % len(LETTERS)]})"
    if style == "plus":
        return "+"
    if style == "number":
        return f"{i + 1}."
    if style == "outline":
        base = number if number[:1].isdigit() and number.endswith(".") else ""
        return f"{base}{i + 1}."
    if style == "none":
        return ""
    return "-"


def signer_org_line(signer: dict, org: dict, authority: str, side_by_side: bool) -> str:
    """The line naming the body above a signature block: ``for`` as written when the signer has
    no authority word (a Sở signing as itself: 'SỞ KHOA HỌC & CÔNG NGHỆ'); in blocks side by side,
    the body's header when ``authority`` ('KT. GIÁM ĐỐC') does not name it already; else none."""
    if not signer.get("authority") and signer.get("for"):
        return viet.upper(clean(signer["for"]))
    if side_by_side:
        names = [viet.upper(org.get(k) or "") for k in ("header", "short", "name")]
        if not any(_names(authority, n) for n in names):
            return viet.upper(org.get("header") or "")
    return ""


def _names(authority: str, name: str) -> bool:
    """Whether an authority line names the body called ``name``: the whole name, or its first
    three words ('TM. BAN THƯỜNG TRỰC LIÊN HIỆP CÁC HỘI KH&KT TỈNH' names 'LIÊN HIỆP CÁC HỘI KHOA
    HỌC VÀ KỸ THUẬT TỈNH …': typed shorter, the body is there all the same)."""
    if not name:
        return False
    words = name.split()
    return name in authority or len(words) >= 3 and f" {' '.join(words[:3])} " in f" {authority} "
