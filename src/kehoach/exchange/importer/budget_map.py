"""A KINH PHÍ section (a plan's or a program's) → ``budget``: its lines with amounts, its total
and source read out of its words — ``Khoản: 5.000.000 đồng (nguồn);`` items, ``Tổng kinh phí
thực hiện Kế hoạch: 215.000.000 đồng (…), từ nguồn …`` — or out of its dự toán table (``STT |
Nội dung chi | Kinh phí | Đơn vị đảm bảo`` with a ``Tổng cộng`` row: ``layout: table``). The
rest is kept as written; a section kehoach cannot print as typed (subsections, another table,
words after the table) stays an extra section (None). A Ghi chú column after the others gives each
line its ``note``; the total said in words ending with 'chẵn' is ``total_even``; the words typed under the total
(a source right under it is ``source``) are ``after_total``, printed there again."""

from __future__ import annotations

import re

from ... import viet
from ...vocab import BUDGET_COLUMNS, BUDGET_NOTE, BUDGET_TOTAL
from .body_map import grid_table, prose, titled, typed_items
from .model import Table
from .money import in_words, read_money, unit_of_header, words_agree
from .sections import Item, Section
from .text import key

_LINE = re.compile(
    r"^(?P<item>.+?):\s*(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)\s*đồng(?:\s*\((?P<source>.+)\))?\s*[;.]?$"
)
# "Tổng kinh phí: …", "Tổng cộng: …", "Tổng kinh phí thực hiện Kế hoạch: …", "Tổng dự toán: …"
_TOTAL = re.compile(
    r"^(?P<label>Tổng (?:kinh phí|cộng|dự toán)[^:]{0,60}?)\s*:\s*"
    r"(?P<amount>(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:(?:triệu|tỷ|nghìn)\s*)?đồng)\b"
    r"(?P<rest>.*)$"
)  # '… : 215.000.000 đồng', '… : 166,25 triệu đồng'


def _total_of(t: re.Match) -> int:
    """The amount of a total line (``_TOTAL``), in đồng."""
    value = read_money(t.group("amount")).value
    assert value is not None, t.group("amount")  # the pattern holds an amount
    return value


# what may follow the total: its amount in words (kehoach prints them), then where it comes from
_IN_WORDS = re.compile(r"^\s*\((?:bằng chữ\s*:)?[^()]*đồng(?:\s+chẵn)?\s*\.?\s*\)", re.I)
_FROM = re.compile(r"^[\s,;]*(?:từ\s+)?nguồn(?:\s+kinh phí)?\s*:?\s*(?P<source>.+?)[\s.;]*$", re.I)
_SOURCE = re.compile(r"^Nguồn kinh phí\s*:\s*(?P<source>.+?)\.?$")
_KEYS = ("title", "paragraphs", "items", "item_style", "table", "layout", "columns", "note_column",
         "lines", "total", "total_label", "print_total", "total_in_words", "total_even", "source",
         "after_total", "sections")  # fmt: skip


def _money(text: str) -> int:
    return int(text.replace(".", ""))


def budget(sec: Section) -> dict | None:
    """The ``budget`` of a Kinh phí section, or None when kehoach cannot print it as typed (kept
    whole as an extra section)."""
    tables = [c for c in sec.content if c.kind == "table"]
    if sec.children or len(tables) > 1:
        return None
    out = titled(Section(sec.rank, sec.number, sec.title), "budget")
    content = sec.content
    if tables:
        at = content.index(tables[0])
        read = estimate_table(tables[0].table) if tables[0].table is not None else None
        if read is None or not _words_after(content[at + 1 :], read):
            return None
        out.update(read.data())
        content = content[:at]
    keep: list[Item] = []
    # the words typed under the total kehoach prints (``after_total``): printed under it again
    after: list[Item] | None = None
    lines, total, source, label, even = [], None, None, "", False
    verbatim = False  # the total's sentence kept as typed (its total not printed again)
    for c in content:
        m = _LINE.match(c.text) if c.kind == "item" and not tables else None
        t = _TOTAL.match(c.text) if c.kind == "para" and not tables else None
        s = _SOURCE.match(c.text) if c.kind == "para" else None
        if after is not None:
            if s and source is None and not after:
                source = s.group("source")  # right under the total: where kehoach prints it
            else:
                after.append(c)  # a source typed further down stays there, as typed
        elif m:
            line = {"item": m.group("item"), "amount": _money(m.group("amount"))}
            if m.group("source"):
                line["source"] = m.group("source")
            lines.append(line)
        elif t and total is None and _total_rest(t.group("rest")) is not None and _said_so(t):
            total, label, even = _total_of(t), t.group("label"), _said_even(t)
            if not lines and not _printed_so(c.text, total, label, even):
                # typed otherwise than kehoach words it ('(Hai trăm triệu đồng)' without 'Bằng
                # chữ:', the source in the same sentence): the sentence as typed, the total kept
                verbatim = True
                keep.append(c)
                continue
            source = source or _total_rest(t.group("rest")) or None
            after = []
        elif s and source is None:
            source = s.group("source")
        else:
            keep.append(c)
    prose(keep, out)
    typed_items(out)  # a Kinh phí section prints no item style: 'a)' kept as typed
    if lines:
        out["lines"] = lines
    if total is not None and verbatim:
        out["total"] = total
        out["print_total"] = False  # said by the sentence typed, kept among the paragraphs
    elif total is not None:
        out["total"] = total
        if key(label) != key(BUDGET_TOTAL):
            out["total_label"] = label
        if even:
            out["total_even"] = True  # "(Bằng chữ: … đồng chẵn)"
    elif len(out.get("lines") or []) > 1 and "total" not in out:
        out["print_total"] = False  # kehoach would print their total: the source did not
    if source:
        out["source"] = source
    if after:
        typed: dict = {}
        prose(after, typed)
        typed_items(typed)
        out["after_total"] = typed
    return {k: out[k] for k in _KEYS if k in out}


def _printed_so(text: str, total: int, label: str, even: bool) -> bool:
    """``text`` is the total's sentence as kehoach prints it (``render.sections.budget``): 'label:
    … đồng (Bằng chữ: … đồng[ chẵn]).', nothing after it."""
    words = f"Bằng chữ: {viet.amount_in_words(total)}{' chẵn' if even else ''}"
    return key(text) == key(f"{label}: {viet.money(total)} đồng ({words}).")


def _said_so(t: re.Match) -> bool:
    """The total's amount in words, when typed, says its amount: words that say another ("285.000.000
    đồng (Hai trăm tám mươi triệu đồng)") keep the line as typed — kehoach would print its own
    words for the digits, and the mistake would go unseen."""
    said = _IN_WORDS.match(t.group("rest"))
    return said is None or words_agree(_total_of(t), said.group(0).strip())


def _said_even(t: re.Match) -> bool:
    """The total's amount in words ends with 'chẵn' ("(Bằng chữ: … đồng chẵn)")."""
    said = _IN_WORDS.match(t.group("rest"))
    got = in_words(_total_of(t), said.group(0).strip()) if said else None
    return got is not None and got.even


def _total_rest(rest: str) -> str | None:
    """What follows the total's amount: "" (nothing, or its amount in words), the source it names
    ("… đồng, từ nguồn sự nghiệp khoa học"), None when it says something else (the line is then
    kept as written)."""
    rest = _IN_WORDS.sub("", rest, count=1).strip(" .;")
    if not rest:
        return ""
    m = _FROM.match(rest)
    return m.group("source") if m else None


# the columns of a dự toán table, in the order kehoach prints them; then perhaps a Ghi chú column
_NO = re.compile(r"^(?:stt|tt|số tt|số thứ tự)$")
_ITEM = re.compile(r"nội dung|khoản|hạng mục|mục chi|^tên")
_AMOUNT = re.compile(r"kinh phí|số tiền|thành tiền|dự toán")
_SOURCE_COLUMN = re.compile(r"nguồn|đơn vị|cơ quan")
_NOTE_COLUMN = re.compile(r"^ghi chú$")
_TOTAL_ROW = re.compile(r"^(?:tổng cộng|tổng|cộng|tổng kinh phí)\b")


class Estimate:
    """A dự toán table read: its lines, the total its Tổng cộng row prints (None without one),
    its column names as typed (a Ghi chú column's apart, ``note``), and how the total is said in
    words under it (``words``: at all; ``even``: ending with 'chẵn')."""

    def __init__(self, lines: list[dict], total: int | None, columns: list[str], note: str = ""):
        self.lines, self.total, self.columns, self.note = lines, total, columns, note
        self.words = True
        self.even = False

    def data(self) -> dict:
        out: dict = {"layout": "table"}
        if [key(c) for c in self.columns] != [key(c) for c in BUDGET_COLUMNS[: len(self.columns)]]:
            out["columns"] = self.columns
        if self.note and (key(self.note) != key(BUDGET_NOTE) or not _noted(self.lines)):
            out["note_column"] = self.note  # kehoach prints a 'Ghi chú' column for the notes
        out["lines"] = self.lines
        if self.total is not None:
            out["total"] = self.total
        elif len(self.lines) > 1:
            out["print_total"] = False  # no Tổng cộng row typed
        if not self.words and (self.total is not None or len(self.lines) > 1):
            out["total_in_words"] = False  # no "(Bằng chữ: …)" under the table
        if self.words and self.even:
            out["total_even"] = True  # "(Bằng chữ: … đồng chẵn)"
        return out


def _noted(lines: list[dict]) -> bool:
    return any("note" in ln for ln in lines)


def estimate_table(table: Table) -> Estimate | None:
    """A table ``STT | Nội dung (chi) | Kinh phí [| Nguồn, Đơn vị đảm bảo] [| Ghi chú]`` whose
    every row is a line with an amount, then perhaps the Tổng cộng row; or None."""
    grid = grid_table(table)
    if grid is None or not grid["rows"]:
        return None
    head = [key(h) for h in grid["columns"]]
    noted = len(head) > 3 and bool(_NOTE_COLUMN.match(head[-1]))
    width = len(head) - noted  # the columns before Ghi chú
    if width not in (3, 4):
        return None
    patterns = [_NO, _ITEM, _AMOUNT, _SOURCE_COLUMN][:width]
    if not all(p.search(h) for p, h in zip(patterns, head, strict=False)):
        return None
    unit = unit_of_header(grid["columns"][2])
    lines: list[dict] = []
    total = None
    for row in grid["rows"]:
        if total is not None:
            return None  # a row after the total: not a dự toán kehoach prints
        money = read_money(row[2], unit)
        if money.value is None or money.rest and not words_agree(money.value, money.rest):
            return None  # words kehoach would not print: the table stays as typed
        if _TOTAL_ROW.match(key(row[1]) or key(row[0])) and not "".join(row[3:]):
            total = money.value
            continue
        if not row[1]:
            return None
        line = {"item": row[1], "amount": money.value}
        if width > 3 and row[3]:
            line["source"] = row[3]
        if noted and row[-1]:
            line["note"] = row[-1]
        lines.append(line)
    columns = grid["columns"][:width]
    return Estimate(lines, total, columns, grid["columns"][-1] if noted else "") if lines else None


def _words_after(content: list[Item], read: Estimate) -> bool:
    """Nothing typed after the table but the total in words ("(Bằng chữ: …)", "Bằng chữ: … đồng
    chẵn."), of the total it prints or of its lines added up: kehoach prints it under the table."""
    if not content:
        read.words = False
        return True
    if len(content) > 1 or content[0].kind not in ("para", "item"):
        return False
    added = sum(ln["amount"] for ln in read.lines)
    for value in {read.total or added, added}:
        said = in_words(value, content[0].text)
        if said is not None:
            read.even = said.even
            return True
    return False
