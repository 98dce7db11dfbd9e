"""The report as an official DOCX: the outline is turned into a document of the shape the render
package prints (``doc_type: BÁO CÁO``, sections I, II, III as ``extra_sections``), so the header,
number, date line, signatures and Nơi nhận follow the same Decree 30 layout as plans."""

from __future__ import annotations

import re

from ..model import Document
from ..output import Style
from ..render import render
from ..viet import symbol_text
from .blocks import Block
from .build import Report
from .outline import number_text, outline

_NUMBER = re.compile(r"^\d+(\.\d+)*\.\s+")


def _plain(heading: str) -> str:
    return _NUMBER.sub("", heading)


def _section(title: str, blocks: list[Block]) -> dict:
    """Outline blocks as a section: a section prints its paragraphs, then items, then one table, so
    whatever would come out of that order starts a new untitled part."""
    sec: dict = {"title": title, "paragraphs": [], "items": [], "sections": []}
    current = sec

    def fresh() -> dict:
        part: dict = {"paragraphs": [], "items": []}
        sec["sections"].append(part)
        return part

    for block in blocks:
        if block[0] == "h":
            current = {"title": _plain(block[1]), "paragraphs": [], "items": []}
            sec["sections"].append(current)
        elif block[0] == "p":
            if current["items"] or "table" in current:
                current = fresh()
            current["paragraphs"].append(block[1])
        elif block[0] == "ul":
            if "table" in current:
                current = fresh()
            current["items"].extend(block[1])
        else:
            if "table" in current:
                current = fresh()
            current["table"] = {"columns": list(block[1]), "rows": [list(r) for r in block[2]]}
    return sec


def report_document(report: Report) -> Document:
    """A plan-shaped document holding the report, for the render package."""
    o = outline(report)
    extra = []
    for title, subs in o["parts"]:
        part: dict = {"title": title, "sections": []}
        for sub, blocks in subs:
            if sub:
                part["sections"].append(_section(_plain(sub), blocks))
            else:
                flat = _section("", blocks)
                part.update({k: flat[k] for k in ("paragraphs", "items", "table") if k in flat})
                part["sections"].extend(flat["sections"])
        extra.append(part)
    target = report.target.data
    rec = r if isinstance(r := target.get("recipients"), dict) else {}
    groups = [
        g for g in rec.get("groups") or [] if isinstance(g, dict) and g.get("purpose") == "b/c"
    ]
    data = {
        "kind": "plan",
        "issuers": report.target.issuers,
        "year": report.today.year,
        "doc_type": "BÁO CÁO",
        "title": o["title"],
        "draft": True,
        "preamble": [o["intro"]],
        "extra_sections": extra,
        "closing": [o["closing"].removesuffix("./.")],
        "signers": o["signers"],
        "recipients": {
            "groups": groups or [{"purpose": "", "items": ["Như trên"]}],
            "archive": rec.get("archive") or ["VT"],
        },
    }
    symbol = _symbol(report)
    if symbol:
        data["symbol"] = symbol
    return Document(f"bao-cao-{report.target.id}.yaml", "plan", data)


def _symbol(report: Report) -> str | None:
    """Everything after the number, e.g. ``BC/TĐTN`` (Đoàn) or ``BC-SKHCN`` (state)."""
    line = number_text(report)
    match = re.match(r"^Số:? …[-/](.+)$", line)
    if match:
        return match.group(1)
    try:
        return symbol_text(None, "BC", ["X"], "state").split("/", 1)[1]
    except (ValueError, IndexError):
        return None


def to_docx(report: Report, style: Style) -> bytes:
    return render(report_document(report), report.repo, "docx", draft=True)
