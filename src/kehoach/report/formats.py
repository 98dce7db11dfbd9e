"""Output of ``kehoach report``: ``md`` and ``txt`` from the outline, ``docx`` through the
render package (see ``docx``)."""

from __future__ import annotations

import textwrap

from ..output import Format, Style, table
from ..viet import roman, upper
from .build import Report
from .docx import to_docx
from .outline import outline


def numbered(parts: list) -> list[tuple[str, list]]:
    return [(f"{roman(n)}. {upper(title)}", body) for n, (title, body) in enumerate(parts, start=1)]


def to_markdown(report: Report, style: Style) -> str:
    o = outline(report)
    lines = [
        *(f"**{h}**  " for h in o["headers"]),
        o["number"],
        "",
        f"*{o['date_line']}*",
        "",
        "# BÁO CÁO",
        "",
        f"**{o['title']}**",
        "",
        "*(DỰ THẢO — số liệu tính từ dữ liệu kế hoạch)*",
        "",
        o["intro"],
        "",
    ]
    for heading, sections in numbered(o["parts"]):
        lines += [f"## {heading}", ""]
        for sub, blocks in sections:
            if sub:
                lines += [f"### {sub}", ""]
            for block in blocks:
                lines += _md_block(block)
    lines += [o["closing"], ""]
    for s in o["signers"]:
        head = " ".join(str(s.get(k)) for k in ("authority", "for") if s.get(k))
        lines += [
            f"**{head}**  " if head else "",
            f"**{s.get('title', '')}**  ",
            "",
            f"**{s.get('name', '')}**",
            "",
        ]
    lines += ["*Nguồn số liệu:* " + ", ".join(f"`{p}`" for p in o["sources"]), ""]
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|")


def _md_block(block) -> list[str]:
    if block[0] == "p":
        return [block[1], ""]
    if block[0] == "h":
        return [f"**{block[1]}**", ""]
    if block[0] == "ul":
        return [f"- {item}" for item in block[1]] + [""]
    headers, rows = block[1], block[2]
    out = [
        "| " + " | ".join(map(_md_cell, headers)) + " |",
        "|" + "|".join([" --- "] + [" ---: "] * (len(headers) - 1)) + "|",
    ]
    out += ["| " + " | ".join(map(_md_cell, r)) + " |" for r in rows]
    return out + [""]


def to_text(report: Report, style: Style) -> str:
    o = outline(report)
    width = 90
    lines = [
        *o["headers"],
        o["number"],
        "",
        o["date_line"].rjust(width),
        "",
        "BÁO CÁO".center(width).rstrip(),
        o["title"].center(width).rstrip(),
        "(DỰ THẢO)".center(width).rstrip(),
        "",
        *textwrap.wrap(o["intro"], width),
        "",
    ]
    for heading, sections in numbered(o["parts"]):
        lines += [heading, ""]
        for sub, blocks in sections:
            if sub:
                lines += [sub, ""]
            for block in blocks:
                if block[0] in ("p", "h"):
                    lines += textwrap.wrap(block[1], width) + [""]
                elif block[0] == "ul":
                    for item in block[1]:
                        lines += textwrap.wrap(
                            item, width, initial_indent="- ", subsequent_indent="  "
                        )
                    lines.append("")
                else:
                    lines += _text_table(block[1], block[2]) + [""]
    lines += textwrap.wrap(o["closing"], width) + [""]
    for s in o["signers"]:
        head = " ".join(str(s.get(k)) for k in ("authority", "for") if s.get(k))
        lines += [
            x for x in (head, str(s.get("title", "")), "", str(s.get("name", ""))) if x is not None
        ] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _text_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def fmt(r):
        cells = [str(r[0]).ljust(widths[0])] + [
            str(c).rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [fmt(headers), rule, *(fmt(r) for r in rows)]


FORMATS = table(
    Format("md", to_markdown, "Markdown"),
    Format("txt", to_text, "văn bản thuần"),
    Format("docx", to_docx, "Word (DOCX), theo thể thức Nghị định 30", binary=True),
)
