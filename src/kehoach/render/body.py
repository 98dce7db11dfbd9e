"""The body of a document as a flat list of blocks, numbered and worded for print.

Block types (every block is a dict with ``type``):

- ``heading``: ``level`` 1–4, ``number`` (``I.``, ``1.``, ``1.1.``, ``a)``) and ``text``; a level-1
  title is upper case (Decree 30 prints ``I.``, ``II.`` headings bold upper case);
- ``paragraph``: ``text``;
- ``item``: ``marker`` (``-``, ``+`` or ``a)``) and ``text``;
- ``activities``: the activities table, ``rows`` (``no``, ``title``, ``extra`` lines, ``lead``,
  ``support``, ``time``, ``budget``) and ``total`` (formatted, or ``""``).

Plans print, in order: purpose (I), contents, budget, implementation, reviews, extra sections;
programs: goals, areas, duties of each party, budget, reviews, focal points, extra sections. Only the
sections a document has are printed and numbered.

This module decides what a document prints and in which order; ``writer.Writer`` appends and
numbers the blocks, ``sections`` words the parts kehoach writes itself and ``articles`` the
articles of decisions and rules.
"""

from __future__ import annotations

from ..model import Document, Repository
from ..vocab import clean
from . import articles, sections
from .activities import activity_table
from .sections import TITLES
from .writer import Writer


def blocks(doc: Document, repo: Repository) -> list[dict]:
    """The body of ``doc`` as blocks (its appendices left out: ``build``)."""
    return build(doc, repo).out


def build(doc: Document, repo: Repository) -> Writer:
    """The body of ``doc``: ``out`` (the blocks) and ``appendices`` (titles and blocks)."""
    b = Writer(repo)
    data = doc.data
    if doc.kind == "plan":
        b.section(data.get("purpose"), TITLES["purpose"])
        sections.contents(b, data.get("contents"))
        sections.budget(b, data.get("budget"))
        b.section(data.get("implementation"), TITLES["implementation"])
    elif doc.kind == "program":
        b.section(data.get("goals"), TITLES["purpose"])
        sections.areas(
            b,
            data.get("areas") or [],
            data.get("areas_title"),
            data.get("areas_intro"),
            data.get("areas_layout"),
        )
        sections.duties(
            b,
            data.get("duties") or [],
            data.get("duties_title"),
            data.get("duties_common"),
            data.get("duties_intro"),
        )
        sections.budget(b, data.get("budget"))  # as real programs: after the duties
    elif doc.kind in ("decision", "rules"):
        articles.write(b, doc)
    for sec in data.get("sections") or []:  # reports, rules written as sections I., II.
        b.section(sec, "")
    sections.reviews(b, data.get("reviews"))
    if doc.kind == "program":
        sections.focal(b, data.get("focal") or [])
    for extra in data.get("extra_sections") or []:
        b.section(extra, "")
    for extra in data.get("appendices") or []:
        if isinstance(extra, dict):
            sub = Writer(repo)
            sub.prose(extra)
            sub.subsections(extra.get("sections") or [], 1, "")
            if isinstance(extra.get("activities"), list):
                acts = [a for a in extra["activities"] if isinstance(a, dict)]
                sub.out.append(activity_table(repo, acts, extra.get("print_total") is not False))
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
