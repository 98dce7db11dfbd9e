"""What follows the signature: Phụ lục (appendices) → ``appendices``, or, for the activity table
of a plan pointed at from its contents (``(Chi tiết tại Phụ lục kèm theo)``), ``contents.layout:
appendix``; for a program's, its areas' activities (``areas_layout: appendix``, ``areas_annex``).

An appendix starts with its label (``Phụ lục``, ``PHỤ LỤC I``), then its title (bold, centred),
the ``(Kèm theo …)`` line naming the document (kehoach writes that line again from the document's
number and date; a different wording is kept in a TODO), then its content: paragraphs, items,
numbered sections, a table (an activity table gives activities). A landscape Word section gives
``orientation: landscape``. Blocks after the signature that are no appendix are handed back, to be
kept in "Nội dung chưa xếp được".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import viet
from ...vocab import APPENDIX_LABEL
from . import areas_annex
from .activities import ActivityTable, read_table, typed_columns
from .activity_groups import group_rows
from .activity_rows import ActivityBuilder
from .appendix_pointer import as_contents, lift_note, note_from_bullets, points_at
from .body_map import fill, prose
from .draft import Draft
from .model import Block, Para, Table
from .sections import build
from .text import clean, is_rule, key

LABEL = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+(?P<n>[IVXLC]+|\d+))?\s*[.:]?$")
# an annex without the word Phụ lục: a list of members, an estimate, a table, under its own title
UNLABELLED = re.compile(r"^(?:DANH SÁCH|DỰ TOÁN|DỰ TRÙ|BẢNG)\b")
NOTE = re.compile(r"^\(\s*(?:Kèm|Ban hành kèm) theo\b.*\)\s*\.?$", re.I | re.S)


@dataclass
class Appendix:
    label: str
    title_lines: list[str] = field(default_factory=list)
    note: str = ""
    landscape: bool = False
    blocks: list[Block] = field(default_factory=list)
    unlabelled: bool = False  # the document printed no "Phụ lục" above its title

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)


def _starts(b: Block) -> list[str] | None:
    """The lines of an appendix's first paragraph ('Phụ lục' and maybe its title), or None."""
    if not isinstance(b, Para):
        return None
    lines = [clean(x) for x in b.text.split("\n") if clean(x)]
    if lines and LABEL.match(lines[0]) and (b.bold or b.align == "center"):
        return lines
    if lines and UNLABELLED.match(lines[0]) and b.bold and b.align == "center":
        return ["", *lines]  # its title: "DANH SÁCH" and the lines after it
    return None


def _texts(b: Block) -> list[str]:
    if isinstance(b, Table):
        return [" | ".join(clean(c.text) for c in row) for row in b.rows]
    return [clean(b.text)]


def split(blocks: list[Block]) -> tuple[list[Appendix], list[str]]:
    """The appendices of ``blocks`` (what follows the signature), and the texts of the blocks
    that are none."""
    found: list[Appendix] = []
    loose: list[str] = []
    for b in blocks:
        lines = _starts(b)
        if lines is not None and not lines[0] and found and not found[-1].title_lines:
            lines = None  # "PHỤ LỤC I" / "DỰ TOÁN KINH PHÍ": the title of the appendix it opens
        if lines is not None:
            found.append(Appendix(lines[0] or APPENDIX_LABEL, lines[1:], landscape=b.landscape,
                                  unlabelled=not lines[0]))  # fmt: skip
            continue
        if not found:
            loose += [t for t in _texts(b) if t]
            continue
        app = found[-1]
        text = clean(b.text) if isinstance(b, Para) else ""
        if isinstance(b, Para) and is_rule(text):
            continue
        if isinstance(b, Para) and not app.note and not app.blocks and NOTE.match(text):
            app.note = text
        elif isinstance(b, Para) and not app.note and not app.blocks and b.bold:
            app.title_lines += [clean(x) for x in b.text.split("\n") if clean(x)]
        else:
            app.blocks.append(b)
            app.landscape = app.landscape or b.landscape
    return found, loose


def activity_tables(app: Appendix) -> list[ActivityTable] | None:
    """The appendix's activity tables when it holds nothing else."""
    if not app.blocks or not all(isinstance(b, Table) for b in app.blocks):
        return None
    tables = [read_table(b) for b in app.blocks if isinstance(b, Table)]
    return [t for t in tables if t] if all(tables) else None


def to_data(
    app: Appendix, path: tuple, draft: Draft, acts: ActivityBuilder, kind: str = "plan"
) -> dict:
    """One appendix in the format's ``appendices[]`` shape (of a document of ``kind``)."""
    out: dict = {"title": app.title or "TODO: tên phụ lục"}
    if not app.title:
        draft.todo(path + ("title",), "phụ lục không có tên")
    if app.landscape:
        out["orientation"] = "landscape"
    root = build(app.blocks)
    activities: list[dict] = []
    rest = []
    after = 0  # where in ``rest`` the words typed under the last activity table begin
    columns: dict[str, str] = {}  # the headings typed over the columns kehoach prints
    totals = False  # a table with a total row
    for c in root.content:
        table = read_table(c.table) if c.kind == "table" and c.table is not None else None
        if table is None:
            rest.append(c)
        else:
            after = len(rest)
            columns = columns or typed_columns(table)
            groups = [(len(activities) + at, text) for at, text in table.groups]
            activities += acts.from_table(table, path + ("activities",), len(activities))
            group_rows(activities, groups)
            totals = totals or bool(table.total)
    closing: dict = {}
    if activities and not root.children:  # printed after the table, where they were typed
        prose([c for c in rest[after:] if c.kind in ("para", "item")], closing)
        rest = rest[:after] + [c for c in rest[after:] if c.kind not in ("para", "item")]
    fill(out, rest, root.children)
    if activities:
        out["activities"] = activities
        if columns:
            out["columns"] = columns
        if closing:
            out["after_activities"] = closing
        if not totals and any("budget" in a for a in activities):
            out["print_total"] = False  # kehoach would add a Tổng cộng row the source did not have
        # not the plan's contents: printed, but neither due, who nor a report follows them
        draft.todo(
            path + ("activities",),
            "hoạt động trong phụ lục: due, who, báo cáo không theo dõi; "
            + (
                "nếu đây là hoạt động của các nội dung phối hợp, chuyển vào activities của từng "
                "nội dung với areas_layout: appendix (docs/import.md)"
                if kind == "program"
                else "nếu đây là bảng hoạt động của kế hoạch, chuyển vào contents với layout: "
                "appendix (docs/import.md)"
            ),
        )
    return out


def _noted(app: Appendix, note: str, path: tuple, draft: Draft) -> None:
    """A "(Kèm theo …)" line typed otherwise than kehoach prints it (or whatever it says, when
    kehoach cannot tell what it prints): kept in a TODO."""
    if app.note and key(app.note) != key(note):
        draft.todo(path, f"dòng kèm theo in lại theo số, ngày của văn bản; văn bản ghi: {app.note}")


def labels(count: int) -> list[str]:
    """'Phụ lục' alone, or 'Phụ lục I', 'Phụ lục II'… (as kehoach numbers them)."""
    if count == 1:
        return [APPENDIX_LABEL]
    return [f"{APPENDIX_LABEL} {viet.roman(i)}" for i in range(1, count + 1)]


def place(blocks: list[Block], data: dict, acts: ActivityBuilder, note: str = "") -> list[str]:
    """The appendices of ``blocks`` (what follows the signature) into the draft's ``data``: the
    first, an activity table the plan's contents point at, as ``contents.layout: appendix``; the
    others as ``appendices``. ``note`` is the "(Kèm theo …)" line kehoach will print ('' when it
    cannot tell); one written otherwise is kept in a TODO. Returns the texts that are no appendix
    (to be kept)."""
    found, loose = split(blocks)
    if not found:
        return loose
    names = labels(len(found))
    out: list[dict] = []
    for n, app in enumerate(found):
        tables = activity_tables(app) if n == 0 else None
        if (
            tables
            and data["kind"] == "program"
            and areas_annex.read_back(data, tables, app.title, names[0], acts)
        ):  # the areas' activities, gathered in one table
            _noted(app, note, ("areas_layout",), acts.draft)
            continue
        tables = tables if data["kind"] == "plan" else None
        contents = data.get("contents")
        if tables and isinstance(contents, dict):
            note_from_bullets(contents, names[0], acts.draft)
        if (
            tables
            and isinstance(contents, dict)
            and (points_at(contents, names[0]) or lift_note(contents, names[0]))
        ):
            rows: list[dict] = []
            groups: list[tuple[int, str]] = []
            for t in tables:
                groups += [(len(rows) + at, text) for at, text in t.groups]
                rows += acts.from_table(t, ("contents", "activities"), len(rows))
            group_rows(rows, groups)
            as_contents(contents, app.title, names[0], rows)
            if typed := next((c for c in map(typed_columns, tables) if c), None):
                contents["columns"] = typed  # the headings typed over its columns
            if not any(t.total for t in tables) and any("budget" in r for r in rows):
                contents["print_total"] = False  # the source's table has no Tổng cộng row
            _noted(app, note, ("contents", "layout"), acts.draft)
            continue
        _noted(app, note, ("appendices", len(out), "title"), acts.draft)
        if app.unlabelled:
            acts.draft.todo(
                ("appendices", len(out), "title"),
                f'văn bản in "{app.title_lines[0]}" không có chữ "Phụ lục" ở trên: kehoach in thêm',
            )
        out.append(to_data(app, ("appendices", len(out)), acts.draft, acts, data["kind"]))
    if out:
        data["appendices"] = out
    return loose
