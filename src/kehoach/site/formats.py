"""Output of ``kehoach timeline``: ``svg`` (the chart kehoach draws) and ``md`` (a Mermaid gantt
block for git hosts that draw it). ``kehoach site`` writes a folder of pages (``site.run``)."""

from __future__ import annotations

from ..output import Format, Style, table
from .mermaid import as_mermaid
from .svg import svg
from .timeline import TimelineResult

__all__ = ["FORMATS"]


def as_svg(result: TimelineResult, style: Style) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg(result.timelines[0]) + "\n"


def as_md(result: TimelineResult, style: Style) -> str:
    return "\n".join(as_mermaid(t) for t in result.timelines)


FORMATS = table(
    Format("md", as_md, "Markdown với khối Mermaid gantt (GitHub, GitLab, Gitea vẽ được)"),
    Format("svg", as_svg, "ảnh SVG do kehoach vẽ (mở bằng trình duyệt, chèn vào văn bản)"),
)
