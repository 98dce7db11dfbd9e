"""The body of a document as a flat list of blocks, numbered and worded for print.

Block types (every block is a dict with ``type``):

- ``heading``: ``level`` 1–4, ``number`` (``I.``, ``1.``, ``1.1.``, ``a)``) and ``text``; a level-1
  title is upper case (Decree 30 prints ``I.``, ``II.`` headings bold upper case);
- ``paragraph``: ``text``;
- ``item``: ``marker`` (``-``, ``+`` or ``a)``) and ``text``;
- ``activities``: the activities table, ``rows`` (``no``, ``title``, ``extra`` lines, ``lead``,
  ``support``, ``time``, ``budget``) and ``total`` (formatted, or ``""``).

Plans print, in order: purpose (I), contents, budget, implementation, reviews, extra sections;
programs: goals, areas, duties of each party, budget, reviews, focal points, extra sections
(``vocab.SECTION_ORDER``). An extra section that says ``after: areas`` prints right after that
section (``after: preamble``: before the first), where the document typed it. Only the sections a
document has are printed and numbered.

This module decides what a document prints and in which order; ``writer.Writer`` appends and
numbers the blocks, ``sections`` words the parts kehoach writes itself and ``articles`` the
articles of decisions and rules.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Document, Repository, navigate
from ..vocab import EXTRA_AFTER, SECTION_ORDER, clean
from . import articles, sections
from .activity_table import activity_table
from .budget import budget as budget_section
from .sections import TITLES
from .writer import Writer


def blocks(doc: Document, repo: Repository) -> list[dict]:
    """The body of ``doc`` as blocks (its appendices left out: ``build``)."""
    return build(doc, repo).out


def build(doc: Document, repo: Repository) -> Writer:
    """The body of ``doc``: ``out`` (the blocks) and ``appendices`` (titles and blocks)."""
    b = Writer(repo, navigate.window(doc))
    b.articles = doc.data.get("sections_as") == "articles"
    data = doc.data
    extras = list(data.get("extra_sections") or [])
    order = SECTION_ORDER.get(doc.kind)
    if order:
        parts = _parts(doc, b)
        _extras_after(b, extras, EXTRA_AFTER)
        for name in order:
            parts[name]()
            _extras_after(b, extras, name)
    else:
        if doc.kind in ("decision", "rules"):
            articles.write(b, doc)
        for sec in data.get("sections") or []:  # reports, rules written as sections I., II.
            b.section(sec, "")
        sections.reviews(b, data.get("reviews"), doc.issuers)
    for extra in extras:  # where the format puts them: after every other section
        b.section(extra, "")
    for extra in data.get("appendices") or []:
        if isinstance(extra, dict):
            sub = Writer(repo, b.window)
            sub.prose(extra)
            sub.subsections(extra.get("sections") or [], 1, "")
            if isinstance(extra.get("activities"), list):
                acts = [a for a in extra["activities"] if isinstance(a, dict)]
                sub.out.append(
                    activity_table(
                        repo,
                        acts,
                        extra.get("print_total") is not False,
                        b.window,
                        extra.get("columns"),
                    )
                )
            if isinstance(extra.get("after_activities"), dict):  # typed under the table
                sub.prose(extra["after_activities"])
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


def _parts(doc: Document, b: Writer) -> dict[str, Callable[[], None]]:
    """How each section of a plan or a program prints, by its name in ``SECTION_ORDER``."""
    data = doc.data
    if doc.kind == "plan":
        return {
            "purpose": lambda: b.section(data.get("purpose"), TITLES["purpose"]),
            "contents": lambda: sections.contents(b, data.get("contents")),
            "budget": lambda: budget_section(b, data.get("budget")),
            "implementation": lambda: b.section(
                data.get("implementation"), TITLES["implementation"]
            ),
            "reviews": lambda: sections.reviews(b, data.get("reviews"), doc.issuers),
        }
    return {
        "goals": lambda: b.section(data.get("goals"), TITLES["purpose"]),
        "areas": lambda: sections.areas(b, doc),  # activities maybe in a Phụ lục, the first
        "duties": lambda: sections.duties(
            b,
            data.get("duties") or [],
            data.get("duties_title"),
            data.get("duties_common"),
            data.get("duties_intro"),
        ),
        "budget": lambda: budget_section(
            b, data.get("budget")
        ),  # as real programs: after the duties
        "reviews": lambda: sections.reviews(b, data.get("reviews"), doc.issuers),
        "focal": lambda: sections.focal(b, data.get("focal") or []),
    }


def _extras_after(b: Writer, extras: list, name: str) -> None:
    """The extra sections that say they stand after section ``name`` (``after``), in their
    order, taken out of ``extras``."""
    for extra in [e for e in extras if isinstance(e, dict) and e.get("after") == name]:
        extras.remove(extra)
        b.section(extra, "")


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
