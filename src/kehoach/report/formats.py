"""Output of ``kehoach report``: ``docx``, ``txt`` and ``md`` all through the render package
(``docx.report_document``), so every format carries the same header (Quốc hiệu and Tiêu ngữ, or the
body's own), number, title, signatures and Nơi nhận; md and txt end with the data's sources."""

from __future__ import annotations

from ..output import Format, Style, table
from ..render import render
from ..viet import roman, upper
from ..vocab import visible
from .build import Report
from .docx import report_document, to_docx
from .outline import outline


def numbered(parts: list) -> list[tuple[str, list]]:
    return [(f"{roman(n)}. {upper(title)}", body) for n, (title, body) in enumerate(parts, start=1)]


def _rendered(report: Report, fmt: str) -> str:
    return render(report_document(report), report.repo, fmt, draft=True).decode("utf-8")


LEFT_OUT = "Không đọc được, không tính vào số liệu"


def left_out(report: Report, quote: str = "") -> list[str]:
    """Each file the numbers leave out, as ``path (lỗi ở dòng N)``."""
    return [
        f"{quote}{visible(p.path)}{quote} (lỗi ở dòng {p.line}: {visible(p.message)})"
        for p in report.left_out
    ]


def to_markdown(report: Report, style: Style) -> str:
    sources = ", ".join(f"`{p}`" for p in outline(report)["sources"]) or "(không có)"
    text = _rendered(report, "md") + f"\n*Nguồn số liệu:* {sources}\n"
    missing = left_out(report, "`")
    return text + (f"\n*{LEFT_OUT}:* {'; '.join(missing)}\n" if missing else "")


def to_text(report: Report, style: Style) -> str:
    sources = ", ".join(outline(report)["sources"]) or "(không có)"
    text = _rendered(report, "txt") + f"\nNguồn số liệu: {sources}\n"
    missing = left_out(report)
    return text + (f"\n{LEFT_OUT}: {'; '.join(missing)}\n" if missing else "")


FORMATS = table(
    Format("md", to_markdown, "Markdown"),
    Format("txt", to_text, "văn bản thuần"),
    Format("docx", to_docx, "Word (DOCX), theo thể thức Nghị định 30", binary=True),
)
