"""A parsed section → the ``section`` shape of the format (title, paragraphs, items, item style,
table, sections), keeping the order and the words of the source.

Paragraphs then items is what kehoach prints; when the source mixes them (a paragraph after an
item), the items are kept as paragraphs starting with their marker, which prints the same. Items
numbered the way an ``item_style`` prints them become ``items`` (``letter`` for ``a)``, ``b)``;
``plus`` for ``+``; ``number`` for ``1.``, ``2.``; ``outline`` for ``2.1.``, ``2.2.`` in section
``2.``); other markers stay typed in paragraphs. A
table that is not an activity table becomes ``table`` (cells spread over the grid, so every row
has as many cells as there are columns); a second table goes into a section of its own.
"""

from __future__ import annotations

import re

from ...model.layout import item_marker
from ...vocab import SECTION_TITLE
from .model import Table
from .sections import Item, Section
from .text import clean, key

TITLES = SECTION_TITLE  # the default titles kehoach prints (a draft leaves them out)


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


_STYLES = ("dash", "plus", "letter", "number", "outline")


def item_style(markers: list[str], number: str = "") -> str | None:
    """The ``item_style`` under which kehoach prints exactly ``markers`` as the items of a section
    numbered ``number`` (``model.layout.item_marker``), or None."""
    for style in _STYLES:
        if markers == [item_marker(style, i, number) for i in range(len(markers))]:
            return style
    return None


def prose(content: list[Item], out: dict, number: str = "") -> list[Item]:
    """Paragraphs, items and the first data table of ``content`` (of a section numbered
    ``number``) into ``out``; returns the tables that did not fit (each for a section of its
    own). Items keep their markers as typed words when no item style prints them."""
    texts = [c for c in content if c.kind in ("para", "item")]
    tables = [c for c in content if c.kind == "table" and c.table is not None]
    first_item = next((i for i, c in enumerate(texts) if c.kind == "item"), len(texts))
    mixed = any(c.kind == "para" for c in texts[first_item:])
    style = item_style([c.marker for c in texts[first_item:]], number) if not mixed else None
    if style is None:
        paragraphs = [f"{c.marker} {c.text}" if c.kind == "item" else c.text for c in texts]
        items: list[str] = []
    else:
        paragraphs = [c.text for c in texts[:first_item]]
        items = [c.text for c in texts[first_item:]]
    if paragraphs:
        out["paragraphs"] = paragraphs
    if items:
        if style != "dash":
            out["item_style"] = style
        out["items"] = items
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


def typed_items(out: dict, number: str = "") -> None:
    """Items printed under an ``item_style`` (``1.``, ``a)``) → paragraphs starting with their
    markers as typed, after the other paragraphs (as they print): for a part that has no item
    style, or before paragraphs that must follow the items."""
    style = out.pop("item_style", None)
    if style is None:
        return
    items = out.pop("items", [])
    out.setdefault("paragraphs", []).extend(
        f"{item_marker(style, i, number)} {text}" for i, text in enumerate(items)
    )


def fill(out: dict, content: list[Item], children: list[Section], number: str = "") -> dict:
    """Prose, table and subsections (``sections``; a second table in a section of its own) of a
    section numbered ``number`` into ``out``. What is typed after the table (a total, a note)
    goes into an untitled section after it: a section prints its prose before its table."""
    cut = _after_table(content)
    spare = prose(content[:cut], out, number)
    subs = []
    for t in spare:
        extra: dict = {}
        prose([t], extra)
        subs.append(extra)
    if cut < len(content):
        subs.append(fill({}, content[cut:], [], number))
    subs += [section_dict(child) for child in children]
    if subs:
        out["sections"] = subs
    if children and (start := typed_start(children[0].number)) > 1:
        out["sections_start"] = start  # '3. Các hoạt động chính' after '1. …', '2. …' typed
    if children and all(re.fullmatch(r"[a-zđ]\)", child.number) for child in children):
        out["sections_style"] = "letter"  # 'a) Ưu điểm', 'b) Hạn chế' typed as subheadings
    return out


_TYPED_NUMBER = re.compile(r"^(?:\d+\.)*(?P<n>\d+)[.)]$|^(?P<letter>[a-z])\)$")


def typed_start(number: str) -> int:
    """The place of a subsection typed ``number`` among its siblings: 3 for '3.', '2.3.' or
    'c)'; 0 when the number says none (a Word heading without a number, 'Điều 2.')."""
    m = _TYPED_NUMBER.match(number or "")
    if m is None:
        return 0
    if m.group("letter"):
        return ord(m.group("letter")) - ord("a") + 1
    return int(m.group("n"))


def _after_table(content: list[Item]) -> int:
    """Where the words after the first data table of ``content`` start; its length when no
    words follow one."""
    for i, c in enumerate(content):
        if c.kind == "table" and c.table is not None and grid_table(c.table) is not None:
            if any(d.kind in ("para", "item") for d in content[i + 1 :]):
                return i + 1
            break
    return len(content)


def section_dict(sec: Section, *, title: bool = True) -> dict:
    """``sec`` and its subsections in the format's ``section`` shape."""
    out: dict = {}
    if title and sec.title:
        out["title"] = sec.title
    return fill(out, sec.content, sec.children, sec.number)


def titled(sec: Section, name: str) -> dict:
    """A top-level section: its title kept only when it is not kehoach's default."""
    out = section_dict(sec)
    if key(out.get("title")) == key(TITLES.get(name, "")):
        del out["title"]
    return out
