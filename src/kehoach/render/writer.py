"""The writer of a document's body: blocks appended in print order, numbered as Decree 30 numbers
them (``I.`` upper case at the top, then ``1.``, ``1.1.``, ``a)``), and the prose of any section
(its paragraphs, then its items, then its table).

``body`` decides what a document prints, ``sections`` words the parts kehoach writes itself
(activities, budget, areas, duties, focal points, reviews) and ``articles`` the articles of
decisions and rules; all of them write through a ``Writer``.
"""

from __future__ import annotations

from .. import viet
from ..model import Repository
from ..model.schedule import work_calendar
from ..timeexpr import TimeExpr
from ..vocab import clean
from . import tables
from .phrases import item_marker, sub_number


class Writer:
    """The blocks of a body (``out``) and the sections printed after the signature
    (``appendices``: Phụ lục, each a title, an orientation and its blocks)."""

    def __init__(self, repo: Repository, window: TimeExpr | None = None):
        self.repo = repo
        # the document's year or period: a recurring activity over it prints "Hằng quý" alone
        self.window = window
        self.cal = work_calendar(repo.settings)  # meeting days as every command shows them
        self.out: list[dict] = []
        self.top = 0
        self.appendices: list[dict] = []  # sections printed after the signature (Phụ lục)
        # top-level sections printed as articles ('Điều 1. Mục đích, yêu cầu': ``sections_as``)
        self.articles = False

    def heading(self, level: int, number: str, text: str, upper: bool = True) -> None:
        text = clean(text)
        self.out.append(
            {
                "type": "heading",
                "level": level,
                "number": number,
                "text": viet.upper(text) if level == 1 and upper else text,
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
        """A top-level section: 'I.', 'II.' … in upper case; with ``articles``, 'Điều 1.', 'Điều
        2.' … its title as written (kehoach's own in sentence case: 'Mục đích, yêu cầu')."""
        self.top += 1
        if self.articles:
            text = str(title or viet.sentence_case(default))
            self.heading(1, f"Điều {self.top}.", text, upper=False)
            return
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
        self.subsections(
            sec.get("sections") or [], level, number, sec.get("sections_style"), first_number(sec)
        )

    def subsections(
        self, subs: list, level: int, number: str, style: object = None, start: int = 0
    ) -> int:
        """The subsections of the section numbered ``number``: the titled ones numbered 1.1.,
        1.2. … (``sections_style: letter``: a), b) …) from ``start`` on; an untitled one (the words
        typed after a table) takes no number: its prose goes on under its parent, its own titled
        subsections take the parent's next numbers. The last number given."""
        i = start
        for sub in subs:
            if not isinstance(sub, dict):
                continue
            if not sub.get("title"):
                self.prose(sub, number)
                i = self.subsections(sub.get("sections") or [], level, number, style, i)
                continue
            i += 1
            mark = (
                item_marker("letter", i - 1)
                if style == "letter"
                else sub_number(level + 1, number, i)
            )
            self.section(sub, "", level + 1, mark)
        return i


def first_number(sec: dict) -> int:
    """The number before the first subsection of ``sec``: ``sections_start`` less one (0 when it
    is not set, so that the first prints 1.)."""
    start = sec.get("sections_start")
    return start - 1 if isinstance(start, int) and not isinstance(start, bool) and start > 1 else 0
