"""The Kinh phí section as a document prints it: its words, its lines (``- Khoản: … đồng
(nguồn);``) or its dự toán table, the total in figures and in words, the source, then the words
typed under them (``after_total``)."""

from __future__ import annotations

from .. import viet
from ..moneyunit import column_amount
from ..vocab import BUDGET_COLUMNS, BUDGET_NOTE, BUDGET_TOTAL, SECTION_TITLE, clean
from . import tables
from .writer import Writer


def budget(w: Writer, sec: object) -> None:
    """The Kinh phí section: its words, its lines (``- Khoản: … đồng (nguồn);``, or a dự toán
    table with ``layout: table``), the total and the source, then the words typed under them
    (``after_total``)."""
    if not isinstance(sec, dict):
        return
    w.start(sec.get("title"), SECTION_TITLE["budget"])
    w.prose(sec)
    lines = [ln for ln in sec.get("lines") or [] if isinstance(ln, dict)]
    total = sec.get("total")
    if not isinstance(total, int) and len(lines) > 1:  # one line: its amount is the total
        total = sum(ln.get("amount", 0) for ln in lines)
    if not isinstance(total, int) or sec.get("print_total") is False:
        total = None
    if sec.get("layout") == "table":
        _budget_table(w, sec, lines, total)
    else:
        for i, ln in enumerate(lines):
            text = f"{clean(ln.get('item'))}: {viet.money(ln.get('amount', 0))} đồng"
            said = [clean(ln.get("source"))] + [f"ghi chú: {clean(ln.get('note'))}"] * bool(
                clean(ln.get("note"))
            )
            if said := [s for s in said if s]:
                text += f" ({'; '.join(said)})"
            w.out.append(
                {
                    "type": "item",
                    "marker": "-",
                    "text": text + ("." if i == len(lines) - 1 else ";"),
                }
            )
        if total is not None:
            label = clean(sec.get("total_label")) or BUDGET_TOTAL
            w.paragraph(f"{label}: {viet.money(total)} đồng ({_in_words(sec, total)}).")
    if sec.get("source"):
        w.paragraph(f"Nguồn kinh phí: {clean(sec['source']).rstrip('.')}.")
    if isinstance(sec.get("after_total"), dict):  # the words typed under the total, in order
        w.prose(sec["after_total"])


def _in_words(sec: dict, total: int) -> str:
    """'Bằng chữ: Năm mươi triệu đồng' — '… đồng chẵn' with ``total_even``."""
    even = " chẵn" if sec.get("total_even") is True else ""
    return f"Bằng chữ: {viet.amount_in_words(total)}{even}"


def _budget_table(w: Writer, sec: dict, lines: list[dict], total: int | None) -> None:
    """The lines as a dự toán table: STT | Nội dung | Kinh phí (đồng) [| Nguồn] (or the
    ``columns`` the document typed) [| Ghi chú: the lines' ``note``, under ``note_column``], a
    Tổng cộng row, the total in words under it."""
    typed = [clean(c) for c in sec.get("columns") or []]
    sourced = len(typed) == 4 if typed else any(ln.get("source") for ln in lines)
    columns = typed or list(BUDGET_COLUMNS[: 4 if sourced else 3])
    # the amounts in the unit the typed header says ('Kinh phí (triệu đồng)': '50'); a header
    # that gives no unit: each cell says it
    amount = column_amount(columns[2])
    noted = any(clean(ln.get("note")) for ln in lines)
    note = clean(sec.get("note_column")) or (BUDGET_NOTE if noted else "")

    rows = [[str(i), clean(ln.get("item")), amount(ln.get("amount", 0)), clean(ln.get("source"))]
            for i, ln in enumerate(lines, 1)]  # fmt: skip
    if total is not None:
        rows.append(["", "Tổng cộng", amount(total), ""])
    rows = [r[: len(columns)] for r in rows]
    if note:
        notes = [clean(ln.get("note")) for ln in lines]
        rows = [r + [n] for r, n in zip(rows, notes + [""] * (len(rows) - len(notes)), strict=True)]
    table = {"columns": columns + [note] * bool(note), "rows": rows}
    block = tables.block(table, clean, total_row=total is not None)
    # how the plain text lays it out (``budget_text``): the amounts' column, the Tổng cộng row
    block["estimate"] = {"total": total is not None}
    w.out.append(block)
    if total is not None and sec.get("total_in_words") is not False:
        block["keep"] = True  # the total and its words on one page
        w.paragraph(f"({_in_words(sec, total)})")
