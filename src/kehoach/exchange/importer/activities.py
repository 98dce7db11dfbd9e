"""Activity tables (STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Kinh phí and their common
variants) → activities with ``lead``/``support`` ids, ``time`` and ``budget``.

Columns are recognised by their header words (two header rows are read together, so a merged
"Đơn vị" over "Chủ trì" | "Phối hợp" works); header rows repeated on later pages, the total row
and group rows ("I. Công tác tuyên truyền" across the table) are told apart from activities; a
vertically merged cell gives its value to every row it covers. Labelled lines in the content cell
(``Địa điểm: …``, ``Thành phần: …``, ``Sản phẩm: …``) fill those fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...field_labels import field_of_label
from ...vocab import ACTIVITY_COLUMNS
from .column_typos import near_field
from .model import Cell, Para, Table
from .money import unit_of_header
from .text import clean, key

COLUMNS = [
    ("no", r"^(?:stt|tt|số tt|số thứ tự)$"),
    # a column of the bodies leading with the lead: before "chủ trì" claims it
    ("co_leads", r"^(?:(?:đơn vị|cơ quan)\s+)?(?:đồng|cùng)\s+chủ trì$"),
    (
        "lead",
        r"chủ trì|đơn vị thực hiện|cơ quan thực hiện|^thực hiện$|đơn vị chủ trì|người phụ trách",
    ),
    ("support", r"phối hợp"),
    ("time", r"thời gian|thời hạn|tiến độ|^thời điểm"),
    ("budget", r"kinh phí|dự toán|^số tiền"),
    ("place", r"địa điểm"),
    ("participants", r"thành phần|đối tượng|số lượng"),
    ("outputs", r"sản phẩm|kết quả"),
    ("note", r"ghi chú"),
    ("title", r"nội dung|hoạt động|nhiệm vụ|công việc|tên"),
]
# a labelled line, after its marker: a dash, or a number or letter ("a) Thời gian: …", "2.1. Địa
# điểm: …", Word's numbering or typed)
NUMBERED = re.compile(r"^(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)])\s+")
_LABELLED = re.compile(
    r"^(?:[-+•]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)])?\s*(?P<label>[^:]{2,25}):\s*(?P<value>.+)$"
)
# a group's number in the STT column: 'I.', 'II', or a capital letter ('A', 'B.')
_ROMAN = re.compile(r"^(?:[IVXLC]+|[A-H])\s*[.)]?$")
_GROUP_ROW = re.compile(r"^[IVXLC]+\s*[.)]\s+\S")  # a group row's words: 'I. HOẠT ĐỘNG …'
_UNITS = re.compile(r"thực hiện")  # a column of both roles: 'Đơn vị thực hiện', 'Cơ quan thực hiện'
_TOTAL = re.compile(r"^(?:tổng cộng|tổng|cộng|tổng kinh phí)\b", re.I)
# the whole words of a total row's label ('Tổng cộng', 'Cộng (I + II)', 'Tổng:'): 'Tổng kết …',
# 'Tổng hợp …' are activities
_TOTAL_LABEL = re.compile(
    r"^(?:tổng cộng|tổng số|tổng kinh phí|tổng|cộng)\s*(?:\([^()]*\))?\s*[:.]?$", re.I
)


@dataclass
class Row:
    cells: dict[str, str]  # field → text
    title_lines: list[str]  # the content cell's paragraphs
    where: str = ""
    others: dict[str, str] = field(default_factory=dict)  # unknown columns: header → text


@dataclass
class ActivityTable:
    rows: list[Row]
    budget_unit: int = 1
    total: str = ""  # the total row's amount, as printed
    groups: list[tuple[int, str]] = field(default_factory=list)  # (before row index, text)
    columns: list[str] = field(default_factory=list)  # field per grid column
    headers: list[str] = field(default_factory=list)  # the heading typed over each grid column
    typos: list[tuple[str, str]] = field(default_factory=list)  # (heading typed, field it names)
    lettered: str = ""  # a group's letter typed in the STT column ('A'): kehoach numbers I, II
    group_column: str = ""  # the heading of a first column merged down that names the groups


def typed_columns(table: ActivityTable) -> dict[str, str]:
    """The headings typed over the columns kehoach prints (``contents.columns``), those that
    differ from its own (``vocab.ACTIVITY_COLUMNS``): 'Đơn vị chủ trì', 'Kinh phí (triệu đồng)';
    an 'Đơn vị thực hiện' column with no Phối hợp column beside it is ``units`` (both roles), a
    'Ghi chú' column is ``note`` (its words are each activity's 'Ghi chú: …' detail)."""
    out: dict[str, str] = {}
    for field_name, head in zip(table.columns, table.headers, strict=False):
        name = "number" if field_name == "no" else field_name
        if name == "lead" and "support" not in table.columns and _UNITS.search(key(head)):
            # 'Đơn vị thực hiện': the lead and the supporting units in one column, printed so
            out.setdefault("units", head)
            continue
        if name == "note" and head:  # a Ghi chú column: printed again, last (``columns.note``)
            out.setdefault("note", head)
            continue
        default = ACTIVITY_COLUMNS.get(name)
        if default and head and name not in out and key(head) != key(default):
            out[name] = head
    return out


def _field_of(header: str) -> str | None:
    k = key(header)
    if not k:
        return None
    for name, rx in COLUMNS:
        if re.search(rx, k):
            return name
    return None


def _grid(table: Table) -> list[list[Cell | None]]:
    """Rows as lists indexed by grid column; a merged-down cell repeats the cell above it."""
    width = max((c.col + c.span for row in table.rows for c in row), default=0)
    out: list[list[Cell | None]] = []
    for row in table.rows:
        line: list[Cell | None] = [None] * width
        for c in row:
            if c.vmerge == "continue" and out and out[-1][c.col] is not None:
                line[c.col] = out[-1][c.col]
            else:
                line[c.col] = c
        out.append(line)
    return out


def read_table(table: Table) -> ActivityTable | None:
    """The activities of ``table``, or None when it is not an activity table."""
    grid = _grid(table)
    if len(grid) < 2:
        return None
    n_head = max(1, table.header_rows)
    if table.header_rows == 0 and len(grid) > 2:
        second = [clean(c.text) if c else "" for c in grid[1]]
        if (
            any(_field_of(t) for t in second)
            and not any(re.fullmatch(r"\d+\.?", t) for t in second)
            and not any(_ROMAN.match(t) or _GROUP_ROW.match(t) for t in second)
        ):
            n_head = 2  # not a first group row: 'I.' | 'HOẠT ĐỘNG KHOA HỌC …'
    headers = []
    for col in range(len(grid[0])):
        texts = []
        for r in range(n_head):
            c = grid[r][col]
            t = clean(c.text) if c else ""
            if t and t not in texts:
                texts.append(t)
        spanning = [clean(c.text) for r in range(n_head) if (c := grid[r][col]) and c.span > 1]
        if len(texts) > len(spanning):
            # 'Đơn vị' merged over 'Chủ trì' | 'Phối hợp': each column is headed by its own words
            texts = [t for t in texts if t not in spanning]
        headers.append(" ".join(texts))
    fields = [_field_of(h) for h in headers]
    typos = []  # a heading typed with a slip ('Chủ tri'): its column all the same, said in a TODO
    for col, (head, name) in enumerate(zip(headers, fields, strict=True)):
        near = near_field(key(head), COLUMNS) if name is None and head else None
        if near is not None and near not in fields:
            fields[col] = near
            typos.append((head, near))
    # the most specific header word wins when two columns claim the same field
    if "title" not in fields or not {"lead", "time"} & set(fields):
        return None
    unit = unit_of_header(headers[fields.index("budget")]) if "budget" in fields else 1
    out = ActivityTable([], unit if unit > 1 else table.unit,
                        columns=[f or "" for f in fields], headers=headers, typos=typos)  # fmt: skip
    head_words = {key(h) for h in headers} | {
        key(c.text) for row in grid[:n_head] for c in row if c
    }
    # a first column no field names whose cells are merged down over several rows ('Lĩnh vực':
    # 'Tuyên truyền' beside activities 1 and 2): the groups of the activities beside them
    merged_down = fields[0] is None and any(
        c is not None and c.vmerge == "continue" for row in table.rows[n_head:] for c in row[:1]
    )
    group_cell = None
    if merged_down:
        out.group_column = headers[0] or "Cột 1"
    for r, line in enumerate(grid[n_head:], start=n_head):
        texts = [clean(c.text) if c else "" for c in line]
        if all(key(t) in head_words or not t for t in texts) or all(
            re.fullmatch(r"\(?\d+\)?", t) or not t for t in texts
        ):
            continue  # a header row repeated on a new page, or the column numbers row (1)(2)(3)
        first = next((t for t in texts if t), "")
        if _total_row(first, texts, fields):
            out.total = texts[fields.index("budget")]
            continue
        group = _group_of(line, fields)
        if group:
            out.groups.append((len(out.rows), group))
            number = clean(line[0].text) if line[0] is not None and len(texts) > 1 else ""
            if re.fullmatch(r"[A-H]\s*[.)]?", number) and not out.lettered:
                out.lettered = number
            continue
        cells: dict[str, str] = {}
        others: dict[str, str] = {}
        title_lines: list[str] = []
        if merged_down and line[0] is not None and line[0] is not group_cell and texts[0]:
            group_cell = line[0]
            out.groups.append((len(out.rows), texts[0]))
        for col, (name, cell) in enumerate(zip(fields, line, strict=True)):
            if cell is None or (col > 0 and line[col - 1] is cell) or (merged_down and col == 0):
                continue
            if name == "title":
                # a soft line break (Shift+Enter) starts a line as a new paragraph does
                # and Word's number or letter of a paragraph under the title ("a)") is read as
                # if typed
                title_lines = [clean(t) for i, p in enumerate(cell.paras)
                               for t in (_numbered(p) if i else p.text).split("\n")
                               if clean(t)]  # fmt: skip
            elif name:
                cells[name] = (cells.get(name, "") + "\n" + cell.text).strip()
            elif clean(cell.text):
                others[headers[col] or f"Cột {col + 1}"] = clean(cell.text)
        if not title_lines:
            if any(cells.get(k) for k in ("lead", "time", "budget")):
                title_lines = [""]
            else:
                continue
        out.rows.append(Row(cells, title_lines, f"{table.where}, dòng {r + 1}", others))
    return out if out.rows else None


def _total_row(first: str, texts: list[str], fields: list[str | None]) -> bool:
    """The row is the table's total ('Tổng cộng' …, its amount under Kinh phí): its label alone,
    or a label followed by more words ('Tổng kinh phí năm 2027') with no lead nor time — an
    activity 'Tổng kết công tác năm' in a row whose STT Word numbers (no text) is not one."""
    if "budget" not in fields or not _TOTAL.match(first):
        return False
    if _TOTAL_LABEL.match(first):
        return True
    return not any(texts[fields.index(f)] for f in ("lead", "time", "support") if f in fields)


def _numbered(p: Para) -> str:
    """The text of a paragraph as the reader sees it: with Word's number or letter ("a) …")."""
    return f"{p.label} {p.text}" if p.label else p.text


def _group_of(line: list[Cell | None], fields: list[str | None]) -> str:
    """The words of a group row ("I. Công tác tuyên truyền"), "" for any other row: one cell
    across the table (the content column among those it covers), or a Roman number in the STT
    column and the group's name in the content column (merged over the others or not), every
    other column empty."""
    cells: list[Cell] = []
    for c in line:
        if c is not None and clean(c.text) and all(c is not d for d in cells):
            cells.append(c)
    title = line[fields.index("title")]
    if len(cells) == 1 and (title is None or line[0] is title):
        return clean(cells[0].text)
    if len(cells) == 2 and "no" in fields and title is cells[1]:
        number = line[fields.index("no")]
        if number is cells[0] and _ROMAN.match(clean(number.text)):
            return clean(title.text)
    return ""


def _field_of_label(label: str) -> str | None:
    """The field a label names (``field_labels.field_of_label``)."""
    return field_of_label(key(label))


def labelled(line: str) -> tuple[str, str] | None:
    """'Địa điểm: Nhà Thiếu nhi' → ('place', 'Nhà Thiếu nhi') for the labels activities use (the
    colon typed as a full-width '：' too)."""
    m = _LABELLED.match(clean(line).replace("：", ":"))
    if not m:
        return None
    name = _field_of_label(m.group("label"))
    return (name, clean(m.group("value"))) if name else None


def typed_label(line: str) -> tuple[str, str]:
    """The label a labelled line was typed with ('Cơ quan chủ trì') and its closing stop ('.',
    ';' or '')."""
    text = clean(line).replace("：", ":")
    m = _LABELLED.match(text)
    stop = text[-1:] if text[-1:] in ".;" else ""
    return (clean(m.group("label")) if m else ""), stop


_NEXT_LABEL = re.compile(r"\s*[;,.]\s+(?=(?P<label>[^:;,.]{2,25}):\s*\S)")


def labelled_parts(line: str) -> list[tuple[str, str]] | None:
    """A line of one or more labelled fields: 'Đơn vị chủ trì: Tỉnh Đoàn; phối hợp: Sở KH&CN.'
    → [('lead', 'Tỉnh Đoàn'), ('support', 'Sở KH&CN.')]; None when it does not start with one."""
    first = labelled(line)
    if first is None:
        return None
    name, value = first
    parts: list[tuple[str, str]] = []
    start = 0
    for m in _NEXT_LABEL.finditer(value):
        field = _field_of_label(m.group("label"))
        if field is None:
            continue
        parts.append((name, clean(value[start : m.start()])))
        name, start = field, m.end() + len(m.group("label"))
        start = value.index(":", start) + 1
    parts.append((name, clean(value[start:])))
    return [(n, v) for n, v in parts if v]
