"""What the agenda reads of each document (``AGENDA``): the ``kehoach due`` command loads only
this part of every document (``loadparts``), a third of its data.

Every path read by ``due.items`` (activities, review schedules, plans per year), ``model.links``
(citations, years and periods, issue dates), ``Document`` (id, issuers or parties) and the
formats (``ics``: the document's title) is here; a field read elsewhere would silently be
missing, so ``tests/unit/test_load_parts.py`` compares every format's output on whole documents
and on parts. Callers that read more of the repository (``kehoach site``) load whole documents.
The source lines of every activity and schedule entry come with each file as it is read, or are
found in one pass the first time it is read for one of them, and are kept beside the cache
(``Part.lines``, ``loadparts``): no run reads a file again to show them.
"""

from __future__ import annotations

from ..checks.slim import ANY
from ..loadparts import Part

# what ``due.items._activities`` reads of an activity
ACTIVITY = (
    "id",
    "title",
    "lead",
    "lead_unit",  # the lead's and the supporting bodies' departments, shown as the plan prints
    "co_leads",  # the orgs that lead with the lead
    "support",
    "support_units",
    "support_others",
    "time",
    "every",  # a recurring activity: an item at the end of each period
    "status",
    "note",
    "done_date",
    "carried_from",  # model.carry: the activity it continues is no longer listed
)

AGENDA = Part.of(
    "agenda-6",
    [
        ("id",),  # Document.id
        ("title",),  # ics: the document's title in each event
        ("date",),  # navigate.issued: plans per year, issued by when
        ("year",),  # navigate.window, links.plan_year
        ("period",),
        ("issuers",),  # Document.issuers (``parties`` of a program)
        ("parties",),
        ("bases", ANY, "ref"),  # navigate.cited_refs: the plans citing a program
        ("reviews", "schedule"),  # navigate.schedule: meetings, sơ kết, tổng kết, plans per year
        *(("contents", "activities", ANY, key) for key in ACTIVITY),
        *(("areas", ANY, "activities", ANY, key) for key in ACTIVITY),
    ],
    # the items the agenda shows with their source lines: activities, meetings and reviews
    lines=[("contents", "activities"), ("areas", ANY, "activities"), ("reviews", "schedule")],
)
