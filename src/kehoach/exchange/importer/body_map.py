"""A parsed section → the ``section`` shape of the format (title, paragraphs, items, item style,
table, sections), keeping the order and the words of the source.

Paragraphs then items is what kehoach prints; when the source mixes them (a paragraph after an
item), the items are kept as paragraphs starting with their marker, which prints the same. Items
of one marker kind become ``items`` (``item_style: letter`` for ``a)``, ``plus`` for ``+``). A
table that is not an activity table becomes ``table`` (cells spread over the grid, so every row
has as many cells as there are columns); a second table goes into a section of its own.
"""

from __future__ import annotations

from .model import Table
from .sections import Item, Section
from .text import clean, key

TITLES = {
    "purpose": "MỤC ĐÍCH, YÊU CẦU",
    "contents": "NỘI DUNG",
    "budget": "KINH PHÍ",
    "implementation": "TỔ CHỨC THỰC HIỆN",
    "reviews": "CHẾ ĐỘ THÔNG TIN, SƠ KẾT, TỔNG KẾT",
    "areas": "NỘI DUNG PHỐI HỢP",
    "duties": "TRÁCH NHIỆM CỦA CÁC BÊN",
    "focal": "ĐẦU MỐI PHỐI HỢP",
}


def grid_table(table: Table) -> dict | None:
    """``{columns, rows}`` of a data table; merged cells repeat nothing (their other cells are
    empty), header rows are joined into the column names."""
    width = max((c.col + c.span for row in table.rows for c in row), default=0)
    if width == 0:
        return None
    rows = []
    for row in table.rows:
        line = [""] * width
        for c in row:
            if c.vmerge != "continue" and c.col < width:
                line[c.col] = clean(c.text)
        rows.append(line)
    n_head = max(1, table.header_rows)
    columns = [
        " ".join(t for t in dict.fromkeys(r[i] for r in rows[:n_head]) if t) for i in range(width)
    ]
    columns = [c or f"Cột {i + 1}" for i, c in enumerate(columns)]
    body = [r for r in rows[n_head:] if any(r) and [key(x) for x in r] != [key(c) for c in columns]]
    return {"columns": columns, "rows": body}


def prose(content: list[Item], out: dict) -> list[Item]:
    """Paragraphs, items and the first data table of ``content`` into ``out``; returns the
    tables that did not fit (each for a section of its own)."""
    texts = [c for c in content if c.kind in ("para", "item")]
    tables = [c for c in content if c.kind == "table" and c.table is not None]
    first_item = next((i for i, c in enumerate(texts) if c.kind == "item"), len(texts))
    mixed = any(c.kind == "para" for c in texts[first_item:])
    markers = {c.marker if not c.marker.endswith(")") else "a)" for c in texts if c.kind == "item"}
    if mixed or len(markers) > 1:
        paragraphs = [f"{c.marker} {c.text}" if c.kind == "item" else c.text for c in texts]
        items: list[str] = []
    else:
        paragraphs = [c.text for c in texts[:first_item]]
        items = [c.text for c in texts[first_item:]]
    if paragraphs:
        out["paragraphs"] = paragraphs
    if items:
        out["items"] = items
        marker = next(iter(markers))
        if marker == "a)":
            out["item_style"] = "letter"
        elif marker == "+":
            out["item_style"] = "plus"
    spare = []
    for t in tables:
        grid = grid_table(t.table) if t.table else None
        if grid is None:
            continue
        if "table" not in out:
            out["table"] = grid
        else:
            spare.append(t)
    return spare


def section_dict(sec: Section, *, title: bool = True) -> dict:
    """``sec`` and its subsections in the format's ``section`` shape."""
    out: dict = {}
    if title and sec.title:
        out["title"] = sec.title
    spare = prose(sec.content, out)
    subs = [section_dict(child) for child in sec.children]
    for t in spare:
        extra: dict = {}
        prose([t], extra)
        subs.append(extra)
    if subs:
        out["sections"] = subs
    return out


def titled(sec: Section, name: str) -> dict:
    """A top-level section: its title kept only when it is not kehoach's default."""
    out = section_dict(sec)
    if key(out.get("title")) == key(TITLES.get(name, "")):
        del out["title"]
    return out
