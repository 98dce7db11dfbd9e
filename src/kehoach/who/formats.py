"""Output of ``kehoach who``: ``table`` (rich), ``json`` and ``md`` (Markdown, for a wiki or an
issue). Each takes the ``WhoResult`` and a ``Style`` and returns text."""

from __future__ import annotations

import io
from collections.abc import Iterator

from ..output import Format, Style, csv_stream, json_chunks, table
from ..viet import names_list
from . import plain
from .entries import count_words
from .run import ROLE_VI, Entry, PartyDuties, WhoResult

__all__ = ["FORMATS", "CSV_FIELDS", "as_csv", "as_json", "as_md", "as_table"]


def _entry_dict(e: Entry, names: dict) -> dict:
    """Codes (as written in the YAML, as orgs.yaml names them) with their Vietnamese words beside
    them (``*_vi``, ``others_names``)."""
    return {
        "document": e.doc_id,
        "path": e.doc_path,
        "line": e.line,
        "source": e.source,
        "title": e.title,
        "time": _code(e.time_code),
        "time_vi": e.time,
        "status": e.status_code,
        "status_vi": e.status or None,
        "kind": e.kind_code,
        "kind_vi": e.kind or None,
        "role": e.role,
        "dates": [d.isoformat() for d in e.dates],
        "text": e.text,
        "others": e.others,
        "others_names": e.other_names(names),
        "others_words": e.others_words,
        "unit": e.unit or None,
        # the first of the plans (kept a path, as before); every one of them in ``carried_to_all``
        "carried_to": e.carried_to[0] if e.carried_to else None,
        "carried_to_all": e.carried_to,
    }


def _code(value: object) -> str | None:
    """A time as its code in text: a year written bare (``time: 2021``) is read as a number."""
    return value if value is None or isinstance(value, str) else str(value)


def stream_json(result: WhoResult, style: Style) -> Iterator[str]:
    """The JSON document piece by piece: one entry's record in memory at a time."""
    names = result.names
    doc = {
        "parties": (
            {
                "org": p.org,
                "name": p.name,
                **{key: (_entry_dict(e, names) for e in entries) for key, _, entries in p.groups()},
            }
            for p in result.parties
        )
    }
    return json_chunks(doc)


def as_json(result: WhoResult, style: Style) -> str:
    return "".join(stream_json(result, style))


def _detail(e: Entry, key: str, names: dict) -> str:
    bits = []
    if e.kind and key == "reviews":
        bits.append(f"{e.kind} ({ROLE_VI.get(e.role or '', '')})" if e.role else e.kind)
    if e.time:
        bits.append(e.time)
    if e.status:
        bits.append(e.status)
    if e.unit:
        bits.append(f"bộ phận: {e.unit}")
    if e.co_leading:  # the orgs that lead with it, then those that support
        shown = e.other_names(names)
        bits.append(f"cùng chủ trì: {names_list(shown[: e.co_leading])}")
        if shown[e.co_leading :]:
            bits.append(f"phối hợp: {names_list(shown[e.co_leading :])}")
    elif e.others or e.others_words:
        # an activity led: the others support it ("phối hợp", as beside co-leads above); a
        # meeting chaired: the others attend with it ("cùng")
        if key == "supports" or e.role == "member":
            label = "chủ trì"
        else:
            label = "phối hợp" if key == "leads" else "cùng"
        bits.append(f"{label}: {names_list(e.other_names(names))}")
    return "; ".join(bits)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def as_md(result: WhoResult, style: Style) -> str:
    return "".join(stream_md(result, style))


def stream_md(result: WhoResult, style: Style) -> Iterator[str]:
    """The Markdown page one party at a time (the page ends with exactly one line break)."""
    text = None
    for block in _md_blocks(result):
        if text is not None:
            yield text + "\n"
        text = "\n".join(block)
    yield (text or "").rstrip("\n") + "\n"


def _md_blocks(result: WhoResult) -> Iterator[list[str]]:
    names = result.names
    yield ["# Trách nhiệm các bên", ""]
    for p in result.parties:
        out = [f"## {p.name} (`{p.org}`)", ""]
        if p.empty:
            out += ["Không có nhiệm vụ nào trong kho.", ""]
        for key, label, entries in p.groups():
            if not entries:
                continue
            out += [f"### {label} ({count_words(entries)})", ""]
            for e in entries:
                detail = _detail(e, key, names)
                line = f"- {_md_escape(e.title) or '(không tên)'}"
                line += f" — {detail}" if detail else ""
                out.append(line + f" — `{e.doc_id}` ({e.source})")
                out += [f"  - {_md_escape(t)}" for t in e.text]
            out.append("")
        yield out


def as_table(result: WhoResult, style: Style) -> str:
    return "".join(stream_table(result, style))


def _content(e: Entry) -> str:
    return "\n".join([e.title or "(không tên)", *(f"- {t}" for t in e.text)])


def stream_table(result: WhoResult, style: Style) -> Iterator[str]:
    """The tables one party at a time. Without colour (a file, a pipe) a party is laid out by
    ``plain`` — the bytes rich would write, ~50× faster —, by rich when its text is unusual."""
    width = style.width or 160
    if not style.color:
        for p in result.parties:
            groups = [
                (
                    f"  {label} ({count_words(entries)})",
                    [(_content(e), _detail(e, key, result.names), e.source) for e in entries],
                )
                for key, label, entries in p.groups()
                if entries
            ]
            text = plain.party_block(f"{p.name} ({p.org})", p.empty, groups, width)
            yield text if text is not None else trimmed(_rich_party(result, p, style, width))
        if not result.parties:
            yield "Không có bên nào có nhiệm vụ trong các văn bản đã chọn.\n"
        return
    for p in result.parties:
        yield _rich_party(result, p, style, width)
    if not result.parties:
        yield _rich_lines(style, width, ["Không có bên nào có nhiệm vụ trong các văn bản đã chọn."])


def trimmed(text: str) -> str:
    """rich's text for a file or a pipe without the spaces that pad each line (as ``plain``)."""
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _console(style: Style, width: int, buf: io.StringIO):
    from rich.console import Console

    return Console(
        file=buf,
        force_terminal=style.color,
        no_color=(not style.color) or None,
        width=width,
        highlight=False,
        emoji=False,  # a title quoting :warning: shows it as written
        soft_wrap=False,
    )


def _rich_lines(style: Style, width: int, lines: list[str]) -> str:
    buf = io.StringIO()
    console = _console(style, width, buf)
    for line in lines:
        console.print(line)
    return buf.getvalue()


def _rich_party(result: WhoResult, p: PartyDuties, style: Style, width: int) -> str:
    """One party laid out by rich (a terminal, or text ``plain`` does not handle)."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    names = result.names
    buf = io.StringIO()
    console = _console(style, width, buf)
    console.print(f"[bold underline]{escape(p.name)}[/] ({escape(p.org)})")
    if p.empty:
        console.print("  Không có nhiệm vụ nào trong kho.")
    for key, label, entries in p.groups():
        if not entries:
            continue
        console.print(f"  [bold]{escape(label)}[/] ({count_words(entries)})")
        grid = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        grid.add_column("Nội dung", ratio=3, overflow="fold")
        grid.add_column("Chi tiết", ratio=2, overflow="fold")
        # a path is never cut nor wrapped in the middle: the column is as wide as the longest
        longest = max(len(e.source) for e in entries)
        grid.add_column("Nguồn", no_wrap=True, min_width=longest, overflow="ignore")
        for e in entries:
            text = escape(e.title or "(không tên)")
            if e.text:
                text += "\n" + "\n".join(f"[dim]- {escape(t)}[/]" for t in e.text)
            grid.add_row(text, escape(_detail(e, key, names)), escape(e.source))
        console.print(grid)
    console.print()
    return buf.getvalue()


CSV_FIELDS = [
    "org",
    "name",
    "role",
    "role_vi",
    "document",
    "title",
    "time",
    "status",
    "kind",
    "others",
    "text",
    "source",
]


def _csv_rows(result: WhoResult) -> Iterator[dict]:
    for p in result.parties:
        for key, label, entries in p.groups():
            for e in entries:
                yield {
                    **_entry_dict(e, result.names),
                    "org": p.org,
                    "name": p.name,
                    "role": key,
                    "role_vi": label,
                    "time": e.time,
                    "status": e.status,
                    "kind": e.kind,
                    "others": ";".join(e.other_names(result.names)),
                    "text": "\n".join(e.text),
                }


def stream_csv(result: WhoResult, style: Style) -> Iterator[str]:
    """One line per responsibility (UTF-8 with BOM, for Excel), in words a reader of the sheet
    understands (the JSON has the codes); ``others`` and ``text`` joined with ';' and line breaks."""
    return csv_stream(CSV_FIELDS, _csv_rows(result))


def as_csv(result: WhoResult, style: Style) -> str:
    return "".join(stream_csv(result, style))


FORMATS = table(
    Format("table", as_table, "bảng theo từng bên", stream=stream_table),
    Format("json", as_json, "dữ liệu JSON", stream=stream_json),
    Format("md", as_md, "Markdown (wiki, issue)", stream=stream_md),
    Format("csv", as_csv, "bảng tính CSV (UTF-8 có BOM, Excel mở đúng)", stream=stream_csv),
)
