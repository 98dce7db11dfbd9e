"""Turn problems into output. One name → formatter dict; only ``text`` uses rich."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

from .problem import Problem


def _summary(problems: list[Problem], files: int) -> str:
    errors = sum(p.level == "error" for p in problems)
    warnings = sum(p.level == "warning" for p in problems)
    if not problems:
        return f"Đã kiểm tra {files} tệp: không có lỗi."
    return f"Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo."


def parsable(problems: list[Problem], files: int, color: bool = False) -> str:
    return "".join(f"{p.path}:{p.line}:{p.col}: {p.level} {p.code} {p.message}\n" for p in problems)


def as_json(problems: list[Problem], files: int, color: bool = False) -> str:
    doc = {
        "problems": [p.as_dict() for p in problems],
        "summary": {
            "files": files,
            "errors": sum(p.level == "error" for p in problems),
            "warnings": sum(p.level == "warning" for p in problems),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(problems: list[Problem], files: int, color: bool = False) -> str:
    kind = {"error": "error", "warning": "warning", "info": "notice"}
    return "".join(
        f"::{kind[p.level]} file={_gh_escape(p.path, True)},line={p.line},col={p.col},"
        f"title={p.code}::{_gh_escape(p.message)}\n"
        for p in problems
    )


def text(problems: list[Problem], files: int, color: bool = False) -> str:
    from rich.console import Console
    from rich.markup import escape

    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=color,
        no_color=not color,
        width=200,
        highlight=False,
        soft_wrap=True,
    )
    style = {"error": "bold red", "warning": "yellow", "info": "blue"}
    label = {"error": "lỗi", "warning": "cảnh báo", "info": "ghi chú"}
    current = None
    for p in problems:
        if p.path != current:
            if current is not None:
                console.print()
            console.print(f"[bold underline]{escape(p.path)}[/]")
            current = p.path
        where = f"{p.line}:{p.col}"
        console.print(
            f"  {where:<8} [{style[p.level]}]{label[p.level]:<9}[/] [dim]{p.code}[/]  {escape(p.message)}"
        )
    if problems:
        console.print()
    console.print(
        ("[green]" if not problems else "[bold]") + escape(_summary(problems, files)) + "[/]"
    )
    return buf.getvalue()


FORMATTERS: dict[str, Callable[[list[Problem], int, bool], str]] = {
    "text": text,
    "parsable": parsable,
    "json": as_json,
    "github": github,
}
