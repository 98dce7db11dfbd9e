"""Output of ``kehoach validate``: ``text`` (rich, grouped by file, colour on a terminal),
``parsable`` (``path:line:col: level code message``), ``json`` and ``github`` (annotations)."""

from __future__ import annotations

import io

from ..output import Format, Style, table
from ..problem import Problem
from ..vocab import LEVEL, visible
from .result import ValidateResult


def summary(result: ValidateResult) -> str:
    problems = result.problems
    errors = sum(p.level == "error" for p in problems)
    warnings = sum(p.level == "warning" for p in problems)
    if not problems:
        return f"Đã kiểm tra {result.files} tệp: không có lỗi."
    return f"Đã kiểm tra {result.files} tệp: {errors} lỗi, {warnings} cảnh báo."


def problem_lines(problems: list[Problem], words: bool = False) -> str:
    """``path:line:col: level code message``, one line each: the level as editors and CI read it
    (``error``, ``warning``: ``--format parsable``), or with ``words`` as people read it (``lỗi``,
    ``cảnh báo``: what ``render``, ``issue``, ``update`` say on stderr)."""
    return "".join(
        f"{visible(p.path)}:{p.line}:{p.col}: {LEVEL.get(p.level, p.level) if words else p.level} "
        f"{p.code} {visible(p.message)}\n"
        for p in problems
    )


def parsable(result: ValidateResult, style: Style) -> str:
    return problem_lines(result.problems)


def as_json(result: ValidateResult, style: Style) -> str:
    problems = result.problems
    doc = {
        "problems": [
            {**p.as_dict(), "path": visible(p.path), "message": visible(p.message)}
            for p in problems
        ],
        "summary": {
            "files": result.files,
            "errors": sum(p.level == "error" for p in problems),
            "warnings": sum(p.level == "warning" for p in problems),
        },
    }
    import json  # here: the other formats do not need it

    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(result: ValidateResult, style: Style) -> str:
    kind = {"error": "error", "warning": "warning", "info": "notice"}
    return "".join(
        f"::{kind[p.level]} file={_gh_escape(visible(p.path), True)},line={p.line},col={p.col},"
        f"title={p.code}::{_gh_escape(visible(p.message))}\n"
        for p in result.problems
    )


def text(result: ValidateResult, style: Style) -> str:
    """Problems grouped by file, then the summary: coloured by rich for a terminal that wants
    colour; plain otherwise (a pipe, a file, the editor and the pre-commit hook), written here
    without rich — the same text, and rich's import is a third of a one-file run's time."""
    if style.color:
        return _coloured(result)
    out = []
    current = None
    for p in result.problems:
        if p.path != current:
            if current is not None:
                out.append("\n")
            out.append(visible(p.path) + "\n")
            current = p.path
        where = f"{p.line}:{p.col}"
        out.append(f"  {where:<8} {LEVEL[p.level]:<9} {p.code}  {visible(p.message)}\n")
    if result.problems:
        out.append("\n")
    out.append(summary(result) + "\n")
    return "".join(out)


def _coloured(result: ValidateResult) -> str:
    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=200, highlight=False, soft_wrap=True)
    # rich ``Text``, not markup: what a message quotes (``[b]``, ``:warning:``, a backslash) is
    # printed as the file holds it, as in the plain text
    colour = {"error": "bold red", "warning": "yellow", "info": "blue"}
    current = None
    for p in result.problems:
        if p.path != current:
            if current is not None:
                console.print()
            console.print(Text(visible(p.path), style="bold underline"))
            current = p.path
        where = f"{p.line}:{p.col}"
        console.print(
            Text.assemble(
                f"  {where:<8} ",
                (f"{LEVEL[p.level]:<9}", colour[p.level]),
                " ",
                (p.code, "dim"),
                "  " + visible(p.message),
            )
        )
    if result.problems:
        console.print()
    console.print(Text(summary(result), style="bold" if result.problems else "green"))
    return buf.getvalue()


FORMATS = table(
    Format("text", text, "nhóm theo tệp, có màu khi in ra màn hình"),
    Format("parsable", parsable, "tệp:dòng:cột: mức mã thông điệp"),
    Format("json", as_json, '{"problems": [...], "summary": {...}}'),
    Format("github", github, "chú thích (annotation) của GitHub Actions"),
)
