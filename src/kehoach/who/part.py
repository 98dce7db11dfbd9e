"""What ``kehoach who`` reads of each document (``DUTIES``): it loads only this part of every
document (``loadparts``); the source lines of the items of its lists (``lines``) come with each
file as it is read, or are found in one pass the first time it is read for one of them, and are
kept beside the cache, so that its thousands of rows are shown without reading the files again.

Every path read by ``who.run`` is here: ``Document`` (id, issuers or parties), the activities'
fields, every section that may name an ``org`` (the purpose, goals and implementation, the
sections of the contents, the extra sections: whole, since a duty is all of its section), a
program's ``duties`` and ``focal`` points, the review schedule and what its days are worked out
from (``model.schedule``: the document's year or period). A field read elsewhere would
silently be missing, so ``tests/unit/test_who_part.py`` compares every format's output on whole
documents and on parts.
"""

from __future__ import annotations

from ..checks.slim import ANY
from ..loadparts import Part

# what ``who.run.responsibilities`` reads of an activity (``id`` and ``carried_from``: an
# activity carried over to a later plan is said to be, ``model.carry``)
# and its departments (``lead_unit``, ``support_units``: each party's, as the plan prints it)
ACTIVITY = ("id", "title", "lead", "lead_unit", "co_leads", "support", "support_units",
            "support_others", "status", "time", "every", "carried_from")  # fmt: skip
# the lists of sections (``navigate.all_sections``), and of their subsections three levels down:
# a section naming an ``org`` deeper still has its line found in its file, as before
SECTIONS = tuple(
    (*base, *((ANY, "sections") * depth))
    for base in (
        ("purpose", "sections"),
        ("goals", "sections"),
        ("implementation", "sections"),
        ("contents", "sections"),
        ("sections",),
        ("extra_sections",),
        ("appendices", ANY, "sections"),
    )
    for depth in range(3)
)

DUTIES = Part.of(
    "duties-8",
    [
        ("id",),  # Document.id
        ("year",),  # model.schedule: the days of the reviews
        ("period",),
        ("issuers",),  # Document.issuers (``parties`` of a program): who meets
        ("parties",),
        ("purpose",),  # navigate.all_sections: a section with ``org`` is a duty
        ("goals",),
        ("implementation",),
        ("contents", "sections"),
        ("sections",),  # a report's or rules' own sections
        ("extra_sections",),
        ("appendices", ANY, "sections"),  # an appendix's (its own ``org``-less title aside)
        ("duties",),  # a program's duties of each party
        ("duties_common",),  # and those common to its parties
        ("focal",),  # its focal points
        ("reviews", "schedule"),
        *(("contents", "activities", ANY, key) for key in ACTIVITY),
        *(("areas", ANY, "activities", ANY, key) for key in ACTIVITY),
    ],
    lines=[
        ("contents", "activities"),
        ("areas", ANY, "activities"),
        ("reviews", "schedule"),
        ("duties",),
        ("duties_common",),
        ("focal",),
        *SECTIONS,
    ],
)
