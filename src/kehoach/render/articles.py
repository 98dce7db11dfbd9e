"""The body of a decision (QUYẾT ĐỊNH) and of rules (QUY CHẾ, QUY ĐỊNH, THỂ LỆ): articles
``Điều 1.``, ``Điều 2.`` … numbered through the whole text, grouped in chapters ``Chương I`` when
the rules have chapters; each article's clauses ``1.``, ``2.`` and points ``a)``, ``b)``
(Decree 30/2020/NĐ-CP, Phụ lục I, mục II.6: Chương, Mục, Điều, khoản, điểm).

A decision opens its articles with the centred line ``QUYẾT ĐỊNH:`` (``decides``)."""

from __future__ import annotations

from typing import Protocol

from .. import viet
from ..model import Document
from ..vocab import clean
from .phrases import LETTERS

DECIDES = "QUYẾT ĐỊNH:"


class Builder(Protocol):
    out: list[dict]

    def paragraph(self, text: str) -> None: ...

    def items(self, items: list, style: str | None = None, number: str = "") -> None: ...


def write(b: Builder, doc: Document) -> None:
    data = doc.data
    if doc.kind == "decision":
        b.out.append({"type": "center", "text": clean(data.get("decides")) or DECIDES})
    counter = [0]
    chapters = [c for c in data.get("chapters") or [] if isinstance(c, dict)]
    for i, chapter in enumerate(chapters, 1):
        b.out.append(
            {
                "type": "chapter",
                "number": f"Chương {viet.roman(i)}",
                "text": viet.upper(clean(chapter.get("title"))),
            }
        )
        _articles(b, chapter.get("articles") or [], counter)
    _articles(b, data.get("articles") or [], counter)


def _articles(b: Builder, articles: list, counter: list[int]) -> None:
    for art in articles:
        if isinstance(art, str):
            art = {"text": art}
        if not isinstance(art, dict):
            continue
        counter[0] += 1
        b.out.append(
            {
                "type": "article",
                "number": f"Điều {counter[0]}.",
                "title": clean(art.get("title")),
                "text": clean(art.get("text")),
            }
        )
        for p in art.get("paragraphs") or []:
            b.paragraph(p)
        for n, clause in enumerate(art.get("clauses") or [], 1):
            if isinstance(clause, str):
                clause = {"text": clause}
            if not isinstance(clause, dict):
                continue
            b.out.append({"type": "item", "marker": f"{n}.", "text": clean(clause.get("text"))})
            for k, point in enumerate(clause.get("points") or []):
                marker = f"{LETTERS[k % len(LETTERS)]})"
                b.out.append({"type": "item", "marker": marker, "text": clean(point)})
        b.items(art.get("items") or [], art.get("item_style"))
