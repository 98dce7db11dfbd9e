"""A timeline as a Mermaid ``gantt`` block in Markdown, which GitHub, GitLab and Gitea draw.

One section per document; activities as tasks (``done``, ``active`` for in progress, ``crit``
for overdue; cancelled ones named so), meetings and reviews as milestones. Mermaid's syntax uses
``:``, ``;`` and ``#``: they are replaced in names.
"""

from __future__ import annotations

from datetime import timedelta

from ..vocab import date_text, shorten_middle
from .timeline import Timeline

__all__ = ["as_mermaid", "mermaid_block"]


def _name(text: str, limit: int = 80) -> str:
    text = shorten_middle(text, limit)
    return text.replace(":", " –").replace(";", ",").replace("#", "số ").strip() or "(không tên)"


def mermaid_block(tl: Timeline) -> str:
    lines = [
        "```mermaid",
        "gantt",
        f"    title {_name(tl.title, 100)}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %m/%Y",
    ]
    n = 0
    for g in tl.groups:
        lines.append(f"    section {_name(g.title, 60)}")
        for b in g.bars:
            n += 1
            tags = []
            if b.status == "done":
                tags.append("done")
            elif b.overdue(tl.today):
                tags.append("crit")
            elif b.status == "in_progress" or b.ongoing:
                tags.append("active")
            name = _name(("(đã hủy) " if b.status == "cancelled" else "") + b.title)
            end = b.end + timedelta(days=1)  # Mermaid's end is exclusive
            lines.append(f"    {name} :{', '.join([*tags, f't{n}'])}, {b.start}, {end}")
        for m in g.milestones:
            n += 1
            lines.append(f"    {_name(m.title)} :milestone, t{n}, {m.date}, 0d")
    lines.append("```")
    return "\n".join(lines)


def as_mermaid(tl: Timeline) -> str:
    """A Markdown page: heading, the gantt block, and the same data as a list (for hosts that do
    not draw Mermaid)."""
    out = [f"# Dòng thời gian: {tl.title}", "", mermaid_block(tl), ""]
    for g in tl.groups:
        out.append(f"## {g.title}")
        out.append("")
        for b in g.bars:
            out.append(f"- {b.title} — {b.time_text} ({date_text(b.start)} – {date_text(b.end)})")
        for m in g.milestones:
            out.append(f"- ◆ {m.title}: {date_text(m.date)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
