"""The body of a decision (QUYẾT ĐỊNH) or of rules (QUY CHẾ, QUY ĐỊNH, THỂ LỆ) → ``decides``,
``chapters`` and ``articles`` — read back the way kehoach prints them (``render.articles``):

- the centred ``QUYẾT ĐỊNH:`` line (``decides`` when written otherwise);
- ``Chương I`` with its title (upper case, after a line break or in the next paragraph) opens a
  chapter; articles are numbered through the whole text;
- ``Điều 1.`` opens an article: a line all in bold is its name (``title``), else the words after
  the number are its text; then its paragraphs, its clauses ``1.``, ``2.`` with their points
  ``a)``, ``b)``, and items ``-``, in the order kehoach prints them. An article written in another
  order keeps its lines as paragraphs with their numbers typed, as printed.

Articles numbered otherwise than 1, 2, 3 … through the text are renumbered, with a TODO.
"""

from __future__ import annotations

import re

from ...model.layout import DECIDES, LETTERS
from .draft import Draft
from .model import Block, Para, Table
from .text import clean, is_rule, is_upper

_ARTICLE = re.compile(r"^Điều\s+(?P<n>\d+)\s*[.:]\s*(?P<rest>.*)$", re.S)
_CHAPTER = re.compile(r"^Chương\s+(?P<n>[IVXLC]+|\d+)\s*[.:]?\s*(?P<rest>.*)$")
_DECIDES = re.compile(r"^QUYẾT\s+ĐỊNH\s*:?$")
_CLAUSE = re.compile(r"^(?P<m>\d+)\.\s+(?P<rest>.+)$", re.S)
_POINT = re.compile(r"^(?P<m>[a-zđ])\)\s+(?P<rest>.+)$", re.S)
_ITEM = re.compile(r"^(?P<m>[-–—+•])\s*(?P<rest>.+)$", re.S)


def _text(b: Para) -> str:
    return clean((b.label + " " if b.label else "") + b.text)


def has_articles(blocks: list[Block]) -> bool:
    return any(isinstance(b, Para) and _ARTICLE.match(_text(b)) for b in blocks)


def _lines(b: Block) -> list[tuple[str, str, str]]:
    """The lines of a block (``_line``); a table (a prize table in a Thể lệ): one paragraph per row,
    its cells joined by ' | ' (an article has no table: the rows stay rows)."""
    if isinstance(b, Table):
        rows = [" | ".join(clean(c.text) for c in row) for row in b.rows]
        return [("para", "", row) for row in rows if row.strip(" |")]
    return [_line(b)]


def _line(b: Para) -> tuple[str, str, str]:
    """(kind, marker, text): 'clause', 'point', 'item' or 'para'."""
    text = _text(b)
    for kind, rx in (("clause", _CLAUSE), ("point", _POINT), ("item", _ITEM)):
        m = rx.match(text)
        if m:
            marker = m.group("m")
            marker = "+" if marker == "+" else "-" if kind == "item" else marker
            return kind, marker, clean(m.group("rest"))
    return "para", "", text


def _structured(lines: list[tuple[str, str, str]]) -> dict | None:
    """Paragraphs, clauses (with points) and items when ``lines`` come in kehoach's order and
    numbering; None otherwise."""
    out: dict = {}
    paragraphs: list[str] = []
    clauses: list[dict] = []
    items: list[str] = []
    markers: set[str] = set()
    for kind, marker, text in lines:
        if kind == "point" and not clauses:
            kind = "item"  # a) b) straight under the article: letter items
        if kind == "para":
            if clauses or items:
                return None
            paragraphs.append(text)
        elif kind == "clause":
            if items or marker != str(len(clauses) + 1):
                return None
            clauses.append({"text": text})
        elif kind == "point":
            if items:
                return None
            points = clauses[-1].setdefault("points", [])
            if marker != LETTERS[len(points) % len(LETTERS)]:
                return None
            points.append(text)
        else:
            markers.add(marker if marker in ("-", "+") else "letter")
            items.append(text)
            if marker not in ("-", "+") and marker != LETTERS[(len(items) - 1) % len(LETTERS)]:
                return None
    if len(markers) > 1:
        return None
    if paragraphs:
        out["paragraphs"] = paragraphs
    if clauses:
        out["clauses"] = [c if c.get("points") else c["text"] for c in clauses]
    if items:
        out["items"] = items
        style = {"+": "plus", "-": "", "letter": "letter"}[next(iter(markers))]
        if style:
            out["item_style"] = style
    return out


def _typed(kind: str, marker: str, text: str) -> str:
    """A line of an article as it was typed: '1. …', 'a) …', '- …'."""
    if not marker:
        return text
    return f"{marker}{'.' if kind == 'clause' else ')' if kind == 'point' else ''} {text}"


def _article(rest: str, bold: bool, lines: list[tuple[str, str, str]]) -> dict | str:
    art: dict = {}
    name = bold or (len(rest) <= 120 and not rest.endswith((".", ";", ":")) and bool(lines))
    if rest:
        art["title" if name else "text"] = rest
    body = _structured(lines)
    if body is None:  # kept as printed: each line with its marker as typed
        body = {"paragraphs": [_typed(kind, m, t) for kind, m, t in lines]}
    art.update(body)
    if list(art) == ["text"]:
        return art["text"]
    return art


class _Reader:
    def __init__(self, draft: Draft, kind: str):
        self.draft = draft
        self.kind = kind
        self.out: dict = {}
        self.preamble: list[str] = []
        self.chapters: list[dict] = []
        self.loose: list[dict | str] = []  # articles before any chapter
        self.numbers: list[int] = []
        self.head: tuple[str, bool] | None = None  # the open article's line (rest, bold)
        self.lines: list[tuple[str, str, str]] = []

    def close(self) -> None:
        if self.head is None:
            return
        article = _article(*self.head, self.lines)
        target = self.chapters[-1]["articles"] if self.chapters else self.loose
        target.append(article)
        self.head, self.lines = None, []

    def feed(self, blocks: list[Block]) -> None:
        i = 0
        while i < len(blocks):
            b = blocks[i]
            text = _text(b) if isinstance(b, Para) else ""
            i += 1
            if isinstance(b, Para) and is_rule(text):
                continue
            if isinstance(b, Para) and _DECIDES.match(text) and not self.numbers:
                if text != DECIDES:
                    self.out["decides"] = text
                continue
            first = clean(b.text.split("\n")[0]) if isinstance(b, Para) else ""
            chapter = _CHAPTER.match(first) if first else None
            if chapter and isinstance(b, Para) and (b.bold or b.align == "center"):
                self.close()
                title = clean(" ".join(b.text.split("\n")[1:]) or chapter.group("rest"))
                nxt = blocks[i] if i < len(blocks) else None
                if not title and isinstance(nxt, Para) and is_upper(clean(nxt.text)):
                    title, i = clean(nxt.text), i + 1
                self.chapters.append({"title": title or "TODO: tên chương", "articles": []})
                continue
            article = _ARTICLE.match(text) if isinstance(b, Para) else None
            if article:
                self.close()
                self.numbers.append(int(article.group("n")))
                self.head = (clean(article.group("rest")), isinstance(b, Para) and b.bold)
                continue
            if self.head is not None:
                self.lines += _lines(b)
            elif not self.numbers and not self.chapters:
                self.preamble += [line[2] for line in _lines(b)]
            else:  # text between a chapter's title and its first article
                self.lines += _lines(b)
                self.head = ("", False)
        self.close()


def read_articles(blocks: list[Block], draft: Draft, kind: str) -> dict:
    """``decides``, ``chapters`` / ``articles`` (and the paragraphs before the first article, in
    ``preamble``) of a decision's or rules' body."""
    r = _Reader(draft, kind)
    r.feed(blocks)
    out = dict(r.out)
    if r.preamble:
        out["preamble"] = r.preamble
    if r.chapters:
        if r.loose:  # articles before the first chapter: the format has no place for them
            r.chapters[0]["articles"][:0] = r.loose
            draft.todo(("chapters", 0, "articles"), "các điều đứng trước Chương I")
        out["chapters"] = r.chapters
    else:
        out["articles"] = r.loose
    if r.numbers != list(range(1, len(r.numbers) + 1)):
        where = ("chapters",) if r.chapters else ("articles",)
        draft.todo(where, "văn bản đánh số các điều khác 1, 2, 3…: kehoach đánh số lại")
    return out
