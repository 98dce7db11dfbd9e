"""How documents are numbered (Decree 30/2020/NĐ-CP, Art. 15): the type code and symbol of a
document, the register (sổ) that gives it its number, and the year its number belongs to.

- The number is the document's order in its register for the year of its issue date: registers
  restart at 01 on 1 January (Art. 15.1). A plan for 2023 issued on 20/12/2022 is numbered in 2022.
- One register per issuing body by default (Art. 15.1: "số thứ tự văn bản do cơ quan, tổ chức ban
  hành trong một năm"); an office that keeps separate registers per document type says so in
  ``kehoach.yaml``::

      numbering:
        registers:
          ke-hoach: [plan, joint_plan]
          chuong-trinh: [program]

  Types not listed share the common register.
- A joint document is numbered by its first issuer (the lead body), in that body's register.
- The symbol (ký hiệu) follows the header system: ``05/KH-TĐTN`` (state), ``05-KH/TĐTN``
  (Đoàn, Party); ``symbol`` in the document overrides everything after the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from .. import viet
from ..once import LazyPattern
from ..vocab import clean
from .document import Document
from .navigate import issued

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from .._typing import NamedTuple

DEFAULT_CODES = {
    "plan": "KH",
    "joint_plan": "KHLT",
    "program": "CTPH",
    "decision": "QĐ",
    "joint_decision": "QĐLT",
    "report": "BC",
    "joint_report": "BCLT",
    "rules": "QC",
    "joint_rules": "QC",
}
# the abbreviations Decree 30 (Phụ lục III) itself gives where kehoach's default is another usage:
# a symbol written so is right whatever ``codes`` says
DECREE_CODES = {"program": "CTr"}
# the code of a rule-like document follows its name (Decree 30, Phụ lục III; Thể lệ: Đoàn usage)
RULES_CODES = {"QUY CHẾ": "QC", "QUY ĐỊNH": "QyĐ", "THỂ LỆ": "TL", "ĐIỀU LỆ": "ĐL"}
COMMON_REGISTER = ""  # the register of every type an office does not number separately
TYPE_KEYS = tuple(DEFAULT_CODES)
# how the Số line is written, by header system: 05/KH-… (state), 05-KH/… (Đoàn), Số 05-KH/… (Party)
NUMBER_FORMS = {"state": "state", "association": "state", "doan": "doan", "party": "party"}


def type_key(doc: Document, issuers: list[str] | None = None) -> str:
    """``plan``, ``joint_plan``, ``program``, ``decision``, ``joint_decision``, ``report``,
    ``rules``…: the joint form for a document of two issuers or more (a program is always joint).
    ``issuers``: ``doc.issuers`` when the caller has them already."""
    if doc.kind != "program" and len(doc.issuers if issuers is None else issuers) > 1:
        return f"joint_{doc.kind}"
    return doc.kind


def codes(settings: dict) -> dict[str, str]:
    """Type codes (``KH``, ``KHLT``, ``CTPH``…) with the repository's ``codes`` over the defaults."""
    own = settings.get("codes") if isinstance(settings, dict) else None
    merged = dict(DEFAULT_CODES)
    if isinstance(own, dict):
        merged.update({k: v for k, v in own.items() if isinstance(v, str) and v.strip()})
    return merged


def type_code(doc: Document, settings: dict) -> str:
    """The type code of ``doc``: ``codes`` of ``kehoach.yaml``, else the default; a rule-like
    document without its own code takes the code of its name (QUY CHẾ → QC, THỂ LỆ → TL)."""
    key = type_key(doc)
    own = settings.get("codes") if isinstance(settings, dict) else None
    if doc.kind == "rules" and not (isinstance(own, dict) and own.get(key)):
        name = viet.upper(clean(doc.data.get("doc_type")) or "QUY CHẾ")
        return RULES_CODES.get(name, "QC")
    return codes(settings).get(key) or DEFAULT_CODES.get(key, "")


def number_form(doc: Document, issuing: list[dict], settings: dict) -> str:
    """How the Số line is written (``state``, ``doan`` or ``party``): the document's own ``system``;
    else the form of the body that registers the number (the first issuer); ``header.number`` of
    ``kehoach.yaml``, then of the document, override it."""
    settings = settings if isinstance(settings, dict) else {}
    forced = doc.data.get("system")
    default = settings.get("system") or "state"
    systems = [o.get("system") or default for o in issuing] or [default]
    form = NUMBER_FORMS.get(forced if isinstance(forced, str) else systems[0], "state")
    for source in (settings.get("header"), doc.data.get("header")):
        if isinstance(source, dict) and source.get("number") in NUMBER_FORMS:
            form = NUMBER_FORMS[source["number"]]
    return form


def number_of(doc: Document) -> int | None:
    number = doc.data.get("number")
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def number_parts(doc: Document, orgs: dict[str, dict], settings: dict) -> tuple:
    """Arguments of ``viet.number_line`` / ``viet.symbol_text`` for ``doc``: number (None when not
    numbered yet), type code, issuer codes, header system, drafting unit, symbol override."""
    issuing = [orgs.get(i) or {} for i in doc.issuers]
    return (
        number_of(doc),
        type_code(doc, settings),
        [o["code"] for o in issuing if isinstance(o.get("code"), str) and o.get("code")],
        number_form(doc, issuing, settings or {}),
        doc.data.get("unit"),
        doc.data.get("symbol"),
    )


def symbol_text(doc: Document, orgs: dict[str, dict], settings: dict) -> str | None:
    """'05/KH-TĐTN', '225-KH/TWĐTN-CTTN' ('…/KH-TĐTN' when not numbered); None when the issuers
    have no code to write."""
    try:
        return viet.symbol_text(*number_parts(doc, orgs, settings))
    except (TypeError, ValueError):
        return None


def notation(doc: Document, orgs: dict[str, dict], settings: dict) -> str | None:
    """The symbol after the number: 'KH-TĐTN' of '05/KH-TĐTN', 'KH/TĐTN' of '05-KH/TĐTN'."""
    text = symbol_text(doc, orgs, settings)
    if text is None:
        return None
    return re.sub(r"^(?:\d+|…)[/-]", "", text)


def padded(number: int) -> str:
    """'05': numbers below 10 get a leading zero (Decree 30, Phụ lục I)."""
    return f"{number:02d}"


# -------------------------------------------------------------------------------- registers


def registers(settings: dict) -> dict[str, str]:
    """Type key → register name, from ``numbering.registers`` (types not listed: common)."""
    numbering = settings.get("numbering") if isinstance(settings, dict) else None
    table = numbering.get("registers") if isinstance(numbering, dict) else None
    out: dict[str, str] = {}
    if isinstance(table, dict):
        for name, types in table.items():
            for t in types if isinstance(types, list) else []:
                if isinstance(t, str):
                    out.setdefault(t, str(name))
    return out


def register_of(doc: Document, settings: dict) -> str:
    return registers(settings).get(type_key(doc), COMMON_REGISTER)


def register_names(settings: dict) -> list[str]:
    """Every register of the repository: the named ones, then the common one if any type uses it."""
    table = registers(settings)
    names = list(dict.fromkeys(table.values()))
    if any(t not in table for t in TYPE_KEYS):
        names.append(COMMON_REGISTER)
    return names


def register_label(name: str) -> str:
    """How a register is named in messages: 'sổ ke-hoach', or '' for the common register."""
    return f"sổ {name}" if name else ""


class Slot(NamedTuple):
    """Where a document's number lives: its numbering body, register and year (a tuple: the
    register checks hash one per numbered document, 100,000 in a national repository)."""

    issuer: str
    register: str
    year: int

    def words(self) -> str:
        where = register_label(self.register)
        return f'"{self.issuer}" năm {self.year}' + (f" ({where})" if where else "")


def numbering_year(doc: Document) -> int | None:
    """The year a document's number belongs to: the year of its issue date; without a date, its
    ``year`` (a plan's year), which is only a guess."""
    when = issued(doc)
    if when is not None:
        return when.year
    year = doc.data.get("year")
    return year if isinstance(year, int) and not isinstance(year, bool) else None


def slot(doc: Document, settings: dict, when: date | None = None) -> Slot | None:
    """The register slot of ``doc`` (issued on ``when`` if given, else its own date)."""
    issuers = doc.issuers
    if not issuers:
        return None
    year = when.year if when is not None else numbering_year(doc)
    if year is None:
        return None
    return Slot(issuers[0], register_of(doc, settings), year)


def numbered(
    documents: list[Document], settings: dict
) -> Iterator[tuple[Document, int, Slot, date | None]]:
    """(document, number, slot, issue date or None) of every numbered document whose slot is
    known — computed in one pass (the numbering checks of a large repository use it)."""
    table = registers(settings)
    for doc in documents:
        number = number_of(doc)
        if number is None:
            continue
        issuers = doc.issuers
        when = issued(doc)
        year = when.year if when is not None else numbering_year(doc)
        if not issuers or year is None:
            continue
        register = table.get(type_key(doc, issuers), COMMON_REGISTER)
        yield doc, number, Slot(issuers[0], register, year), when


def used_numbers(documents: list[Document], settings: dict, where: Slot) -> dict[int, Document]:
    """Numbers already given in ``where``, each with the first document holding it."""
    out: dict[int, Document] = {}
    for doc in documents:
        number = number_of(doc)
        if number is not None and slot(doc, settings) == where:
            out.setdefault(number, doc)
    return out


def next_free(documents: list[Document], settings: dict, where: Slot) -> int:
    """The number after the highest one used in ``where`` (01 for a year with none yet)."""
    used = used_numbers(documents, settings, where)
    return max(used, default=0) + 1


# ---------------------------------------------------------------------------------- symbols

_NUMBER_FIRST = LazyPattern(r"^\s*\d")


def symbol_problems(symbol: str, doc: Document, orgs: dict[str, dict], settings: dict) -> list[str]:
    """Why ``symbol`` (the part after the number) does not fit ``doc``: it must not hold the
    number, must start with a type code of the document's family (KH, KHLT… for plans) and must
    name every issuer by its code. Empty when it fits."""
    out = []
    text = clean(symbol)
    if not text:
        return ["ký hiệu trống"]
    if _NUMBER_FIRST.match(text):
        rest = re.sub(r"^\s*\d+\s*[/-]?\s*", "", text)
        out.append(f'ký hiệu "{text}" bắt đầu bằng chữ số: `symbol` chỉ ghi phần sau số ("{rest}")')
        return out
    tokens = [t for t in re.split(r"[-/]", text) if t]
    table = codes(settings)
    # the type codes of the document's kind, alone or joint (a decision's are QĐ, QĐLT — before,
    # every kind but a plan was held to a program's)
    family = tuple(k for k in (doc.kind, f"joint_{doc.kind}") if k in DEFAULT_CODES)
    allowed = {table[k] for k in family if k in table} | {DEFAULT_CODES[k] for k in family}
    allowed |= {DECREE_CODES[k] for k in family if k in DECREE_CODES}
    if doc.kind == "rules":  # QC, QyĐ, TL, ĐL: the code follows the rules' own name
        allowed |= set(RULES_CODES.values())
    if tokens[0] not in allowed:
        shown = ", ".join(sorted(allowed))
        out.append(
            f'ký hiệu "{text}" không bắt đầu bằng mã loại văn bản ({shown}); cơ quan dùng mã khác '
            "thì ghi nó ở `codes` trong kehoach.yaml"
        )
    for org_id in doc.issuers:
        code = (orgs.get(org_id) or {}).get("code")
        if isinstance(code, str) and code and code not in tokens:
            out.append(f'ký hiệu "{text}" thiếu mã cơ quan {code} ({org_id})')
    return out
