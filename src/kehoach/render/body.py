"""The body of a document as a flat list of blocks, numbered and worded for print.

Block types (every block is a dict with ``type``):

- ``heading``: ``level`` 1–4, ``number`` (``I.``, ``1.``, ``1.1.``, ``a)``) and ``text``; a level-1
  title is upper case (Decree 30 prints ``I.``, ``II.`` headings bold upper case);
- ``paragraph``: ``text``;
- ``item``: ``marker`` (``-``, ``+`` or ``a)``) and ``text``;
- ``activities``: the activities table, ``rows`` (``no``, ``title``, ``extra`` lines, ``lead``,
  ``support``, ``time``, ``budget``) and ``total`` (formatted, or ``""``).

Plans print, in order: purpose (I), contents, budget, implementation, reviews, extra sections;
programs: goals, areas, duties of each party, reviews, focal points, extra sections. Only the
sections a document has are printed and numbered.
"""

from __future__ import annotations

from .. import viet
from ..model import Document, Repository
from ..model.schedule import work_calendar
from ..vocab import ACTIVITIES_APPENDIX, APPENDIX_NOTE, REVIEW_TITLE, SECTION_TITLE, clean
from . import articles, tables
from .phrases import item_marker, sub_number, time_cell, when

TITLES = SECTION_TITLE


def blocks(doc: Document, repo: Repository) -> list[dict]:
    """The body of ``doc`` as blocks (its appendices left out: ``build``)."""
    return build(doc, repo).out


def build(doc: Document, repo: Repository) -> _Body:
    """The body of ``doc``: ``out`` (the blocks) and ``appendices`` (titles and blocks)."""
    b = _Body(repo)
    data = doc.data
    if doc.kind == "plan":
        b.section(data.get("purpose"), TITLES["purpose"])
        b.contents(data.get("contents"))
        b.budget(data.get("budget"))
        b.section(data.get("implementation"), TITLES["implementation"])
    elif doc.kind == "program":
        b.section(data.get("goals"), TITLES["purpose"])
        b.areas(data.get("areas") or [], data.get("areas_title"))
        b.duties(data.get("duties") or [], data.get("duties_title"))
    elif doc.kind in ("decision", "rules"):
        articles.write(b, doc)
    for sec in data.get("sections") or []:  # reports, rules written as sections I., II.
        b.section(sec, "")
    b.reviews(data.get("reviews"))
    if doc.kind == "program":
        b.focal(data.get("focal") or [])
    for extra in data.get("extra_sections") or []:
        b.section(extra, "")
    for extra in data.get("appendices") or []:
        if isinstance(extra, dict):
            sub = _Body(repo)
            sub.prose(extra)
            sub.subsections(extra.get("sections") or [], 1, "")
            if isinstance(extra.get("activities"), list):
                acts = [a for a in extra["activities"] if isinstance(a, dict)]
                sub.out.append(sub.activity_table(acts))
            b.appendices.append(
                {
                    "title": clean(extra.get("title")),
                    "orientation": extra.get("orientation") or "portrait",
                    "blocks": _keep_headings_with_their_content(sub.out),
                }
            )
    b.out = _keep_headings_with_their_content(b.out)
    for blk in [*b.out, *(x for a in b.appendices for x in a["blocks"])]:
        blk.setdefault("keep", False)
    return b


def _keep_headings_with_their_content(out: list[dict]) -> list[dict]:
    """A heading stays on the page of what follows it only when that is its own content (text, a
    table, a deeper heading). A heading with nothing under it (a content area that is just a
    title) must not chain to the next one, or a run of such headings jumps to the next page."""
    for blk, nxt in zip(out, [*out[1:], None][: len(out)], strict=True):
        if blk["type"] == "heading":
            blk["keep"] = nxt is not None and (
                nxt["type"] != "heading" or nxt["level"] > blk["level"]
            )
    return out


class _Body:
    def __init__(self, repo: Repository):
        self.repo = repo
        self.cal = work_calendar(repo.settings)  # meeting days as every command shows them
        self.out: list[dict] = []
        self.top = 0
        self.appendices: list[dict] = []  # sections printed after the signature (Phụ lục)

    # -- building blocks --

    def heading(self, level: int, number: str, text: str) -> None:
        text = clean(text)
        self.out.append(
            {
                "type": "heading",
                "level": level,
                "number": number,
                "text": viet.upper(text) if level == 1 else text,
            }
        )

    def paragraph(self, text: str) -> None:
        self.out.append({"type": "paragraph", "text": clean(text)})

    def items(self, items: list, style: str | None = None, number: str = "") -> None:
        for i, text in enumerate(items or []):
            marker = item_marker(style, i, number)
            if marker:
                self.out.append({"type": "item", "marker": marker, "text": clean(text)})
            else:
                self.paragraph(text)

    def start(self, title: object, default: str) -> None:
        """A top-level section: 'I.', 'II.' … in upper case."""
        self.top += 1
        self.heading(1, f"{viet.roman(self.top)}.", str(title or default))

    def section(self, sec: object, default: str, level: int = 1, number: str = "") -> None:
        if not isinstance(sec, dict):
            return
        if level == 1:
            self.start(sec.get("title"), default)
            number = ""
        elif sec.get("title"):
            self.heading(level, number, sec["title"])
        self.body(sec, level, number)

    def prose(self, sec: dict, number: str = "") -> None:
        """The paragraphs, then the items, then the table of a section (or area, duty…)."""
        for p in sec.get("paragraphs") or []:
            self.paragraph(p)
        self.items(sec.get("items") or [], sec.get("item_style"), number)
        if isinstance(sec.get("table"), dict):
            self.out.append(tables.block(sec["table"], clean))

    def body(self, sec: dict, level: int, number: str) -> None:
        self.prose(sec, number)
        self.subsections(sec.get("sections") or [], level, number)

    def subsections(self, subs: list, level: int, number: str) -> None:
        for i, sub in enumerate(subs, 1):
            self.section(sub, "", level + 1, sub_number(level + 1, number, i))

    # -- plan sections --

    def contents(self, sec: object) -> None:
        if not isinstance(sec, dict):
            return
        layout = sec.get("layout")
        self.start(sec.get("title"), TITLES["contents"])
        self.prose(sec)
        acts = [a for a in sec.get("activities") or [] if isinstance(a, dict)]
        if acts and layout == "list":
            self.activity_list(acts)
        elif acts and layout == "appendix":  # the table goes to a Phụ lục, the body points at it
            table = self.activity_table(acts)
            self.appendices.append(
                {
                    "title": clean(sec.get("appendix_title")) or ACTIVITIES_APPENDIX,
                    "orientation": "landscape",
                    "blocks": [table],
                }
            )
            self.out.append({"type": "paragraph", "text": APPENDIX_NOTE, "appendix_note": True})
            if sec.get("appendix_note"):
                self.out[-1]["text"] = clean(sec["appendix_note"])
        elif acts:
            self.out.append(self.activity_table(acts))
        self.subsections(sec.get("sections") or [], 1, "")

    def activity_list(self, acts: list[dict]) -> None:
        for act in acts:
            self.out.append({"type": "item", "marker": "-", "text": clean(act.get("title"))})
            for p in act.get("details") or []:
                self.paragraph(p)

    def activity_table(self, acts: list[dict]) -> dict:
        rows = []
        for no, act in enumerate(acts, 1):
            extra = [clean(p) for p in act.get("details") or []]
            for key, label in (("place", "Địa điểm"), ("participants", "Thành phần")):
                if act.get(key):
                    extra.append(f"{label}: {clean(act[key])}")
            if act.get("outputs"):
                extra.append("Sản phẩm: " + "; ".join(clean(o) for o in act["outputs"]))
            lead = self.repo.org_name(act.get("lead", ""))
            if act.get("lead_unit"):
                lead = f"{clean(act['lead_unit'])} {lead}"
            support = [self.repo.org_name(o) for o in act.get("support") or []]
            support += [clean(o) for o in act.get("support_others") or []]
            budget = act.get("budget")
            rows.append(
                {
                    "no": no,
                    "title": clean(act.get("title")),
                    "extra": extra,
                    "lead": lead,
                    "support": ", ".join(support),
                    "time": time_cell(act.get("time")),
                    "budget": viet.money(budget) if isinstance(budget, int) else "",
                }
            )
        budgets = [a["budget"] for a in acts if isinstance(a.get("budget"), int)]
        return {
            "type": "activities",
            "rows": rows,
            "total": viet.money(sum(budgets)) if budgets else "",
        }

    def budget(self, sec: object) -> None:
        if not isinstance(sec, dict):
            return
        self.start(sec.get("title"), TITLES["budget"])
        self.prose(sec)
        lines = [ln for ln in sec.get("lines") or [] if isinstance(ln, dict)]
        for i, ln in enumerate(lines):
            text = f"{clean(ln.get('item'))}: {viet.money(ln.get('amount', 0))} đồng"
            if ln.get("source"):
                text += f" ({clean(ln['source'])})"
            self.out.append(
                {
                    "type": "item",
                    "marker": "-",
                    "text": text + ("." if i == len(lines) - 1 else ";"),
                }
            )
        total = sec.get("total")
        if not isinstance(total, int) and lines:
            total = sum(ln.get("amount", 0) for ln in lines)
        if isinstance(total, int):
            self.paragraph(
                f"Tổng kinh phí: {viet.money(total)} đồng "
                f"(Bằng chữ: {viet.amount_in_words(total)})."
            )
        if sec.get("source"):
            self.paragraph(f"Nguồn kinh phí: {clean(sec['source']).rstrip('.')}.")

    # -- program sections --

    def areas(self, areas: list, title: str | None) -> None:
        areas = [a for a in areas if isinstance(a, dict)]
        if not areas:
            return
        self.start(title, TITLES["areas"])
        for i, area in enumerate(areas, 1):
            self.heading(2, f"{i}.", area.get("title", ""))
            self.prose(area)
            self.activity_list([a for a in area.get("activities") or [] if isinstance(a, dict)])

    def duties(self, duties: list, title: str | None) -> None:
        duties = [d for d in duties if isinstance(d, dict)]
        if not duties:
            return
        self.start(title, TITLES["duties"])
        for i, duty in enumerate(duties, 1):
            self.heading(
                2,
                f"{i}.",
                duty.get("title") or self.repo.org_name(duty.get("org", ""), short=False),
            )
            self.prose(duty)

    def focal(self, focal: list) -> None:
        focal = [f for f in focal if isinstance(f, dict)]
        if not focal:
            return
        self.start(None, TITLES["focal"])
        for f in focal:
            parts = [clean(f.get(k)) for k in ("unit", "person") if f.get(k)]
            if f.get("phone"):
                parts.append(f"điện thoại {clean(f['phone'])}")
            if f.get("email"):
                parts.append(f"thư điện tử {clean(f['email'])}")
            name = self.repo.org_name(f.get("org", ""), short=False)
            text = f"{name}: {'; '.join(parts)}" if parts else name
            self.out.append({"type": "item", "marker": "-", "text": text.rstrip(".") + "."})

    # -- both --

    def reviews(self, sec: object) -> None:
        """The author's words, then the schedule: each item in its own words (``text``) or as a
        sentence kehoach writes. ``print_schedule: false`` tracks the schedule without printing
        it; by default the sentences are printed only when the author wrote no prose here."""
        if not isinstance(sec, dict):
            return
        written = bool(sec.get("paragraphs") or sec.get("items") or sec.get("table"))
        show = sec.get("print_schedule")
        lines = []
        for item in sec.get("schedule") or []:
            if not isinstance(item, dict) or show is False:
                continue
            if item.get("text"):
                lines.append(clean(item["text"]))
            elif show or not written:
                lines.append(self.schedule_sentence(item))
        if not written and not lines:
            return
        self.start(sec.get("title"), TITLES["reviews"])
        self.prose(sec)
        for text in lines:
            self.out.append({"type": "item", "marker": "-", "text": text})

    def schedule_sentence(self, item: dict) -> str:
        """'Sơ kết hằng năm: tháng 12 hằng năm, từ năm 2022; Tỉnh Đoàn chủ trì.'"""
        title = clean(item.get("title")) or REVIEW_TITLE.get(item.get("kind", ""), "Họp")
        text = f"{title}: {when(item, self.cal)}"
        if item.get("lead"):
            text += f"; {self.repo.org_name(item['lead'])} chủ trì"
        text += "."
        note = clean(item.get("note"))
        if note:
            text += f" {note.rstrip('.')}."
        return text
