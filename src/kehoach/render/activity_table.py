"""The activity table a document prints: one row each, its group rows, the total, the column
titles typed in place of kehoach's own."""

from __future__ import annotations

from .. import viet
from ..model import Repository
from ..moneyunit import column_amount
from ..timeexpr import TimeExpr
from ..vocab import ACTIVITY_COLUMNS, clean
from .activities import groups
from .activity_words import fact_lines, lead_text, support_names
from .phrases import time_cell


def activity_table(
    repo: Repository,
    acts: list[dict],
    total: bool = True,
    window: TimeExpr | None = None,
    columns: object = None,
) -> dict:
    """The activity table: one row each, numbered on through the groups; a group (``group``) is a
    row across the table before its run, numbered I., II. …; its Kinh phí column only when an
    activity has a budget (``budget_column``); ``columns``: titles typed for some columns."""
    rows = []
    k = 0
    for no, (act, group) in enumerate(zip(acts, groups(acts), strict=True), 1):
        row = activity_row(repo, act, no, window)
        if group:
            k += 1
            row["group"] = f"{viet.roman(k)}. {group}"
        rows.append(row)
    return table_block(rows, acts, total, columns)


def table_block(rows: list[dict], acts: list[dict], total: bool, columns: object = None) -> dict:
    """The ``activities`` block of ``rows`` (the rows of ``acts``), with the total of their
    budgets unless ``total`` is false or none says one. The column titles are
    ``vocab.ACTIVITY_COLUMNS``, those
    ``columns`` types in their place; the Kinh phí cells (``cell_budget``, ``cell_total``) are in
    the unit its title says ('Kinh phí (triệu đồng)': '50'), each saying 'đồng' when the title
    gives no unit; ``budget`` and ``total`` stay in đồng (the plain text says '… đồng')."""
    typed = columns if isinstance(columns, dict) else {}
    titles = {k: clean(typed.get(k)) or default for k, default in ACTIVITY_COLUMNS.items()}
    units, note = clean(typed.get("units")), clean(typed.get("note"))
    # no row names a lead (``lead_printed: false`` each: the document had no Chủ trì column, or
    # left it empty): no Chủ trì column, the Phối hợp column alone where the two stood
    unled = bool(rows) and not units and not any(r["lead"] for r in rows)
    cell = column_amount(titles["budget"])
    for row, act in zip(rows, acts, strict=True):
        money = act.get("budget")
        row["cell_budget"] = cell(money) if isinstance(money, int) else row["budget"]
        if units:
            row["units"] = units_cell(row["lead"], row["support"])
        elif unled:
            row["units"] = row["support"]
        if note:  # the words of the document's Ghi chú column (a detail 'Ghi chú: …') in it
            typed_note = _typed(row["extra"], "ghi chú")
            row["note"] = typed_note.partition(":")[2].strip()
            row["extra"] = [e for e in row["extra"] if e is not typed_note]
    budgets = [a["budget"] for a in acts if isinstance(a.get("budget"), int)]
    # no activity with a budget nor words for one: no Kinh phí column (an empty one the document
    # never had)
    budget_column = bool(budgets) or any(r.get("budget") for r in rows)
    headers = [titles["number"], titles["title"]]
    # one column for the lead and the supporting units, where the two stood
    headers += (
        [units] if units else [titles["support"]] if unled else [titles["lead"], titles["support"]]
    )
    headers += [titles["time"]] + [titles["budget"]] * budget_column + [note] * bool(note)
    return {
        "type": "activities",
        "rows": rows,
        "units_column": bool(units) or unled,  # one column in place of Chủ trì | Phối hợp
        "note_column": bool(note),
        "columns": list(titles.values()),
        "headers": headers,  # the titles printed, in order
        "total": viet.money(sum(budgets)) if budgets and total else "",
        "cell_total": cell(sum(budgets)) if budgets and total else "",
        "budget_column": budget_column,
    }


def units_cell(lead: str, support: str) -> str:
    """The cell of a typed 'Đơn vị thực hiện' column (``contents.columns.units``): 'Tỉnh Đoàn
    (chủ trì); Sở KH&CN (phối hợp)'; the lead alone when no one supports."""
    if lead and support:
        return f"{lead} (chủ trì); {support} (phối hợp)"
    return lead or (f"{support} (phối hợp)" if support else "")


def activity_row(repo: Repository, act: dict, no: int, window: TimeExpr | None = None) -> dict:
    """The row of one activity numbered ``no``; no group row before it (``group``: a row across
    the table, ``subgroup``: a row of the next level under it, as a program's Phụ lục has)."""
    details = [clean(p) for p in act.get("details") or []]
    typed_time = _typed(details, "thời gian")
    # the lead in the document's words, when it names no body ("Các cơ sở Đoàn", kept by import)
    typed_lead = _typed(details, "đơn vị chủ trì")
    budget = act.get("budget")
    # the document's own words for the money ('Xã hội hóa', kept by ``import``) in its cell,
    # when no amount is written
    typed_budget = "" if isinstance(budget, int) else _typed(details, "kinh phí")
    extra = [d for d in details if d not in (typed_time, typed_budget, typed_lead)]
    extra += fact_lines(act)
    return {
        "no": no,
        "group": "",
        "subgroup": "",
        "title": clean(act.get("title")),
        "extra": extra,
        # a lead the document did not name (``lead_printed: false``): an empty cell, as typed
        "lead": typed_lead.partition(":")[2].strip().rstrip(".;")
        or (lead_text(repo, act) if act.get("lead_printed") is not False else ""),
        "support": viet.names_list(support_names(repo, act)),
        # the document's own words for the time ('Trong năm', 'Trước ngày 30/6/2022', kept by
        # ``import``) stand in the cell, as in a detailed list
        "time": typed_time.partition(":")[2].strip()
        or time_cell(act.get("time"), act.get("every"), window),
        "budget": viet.money(budget)
        if isinstance(budget, int)
        else typed_budget.partition(":")[2].strip(),
        "budget_money": isinstance(budget, int),  # an amount (in đồng), not the typed words
    }


def _typed(details: list[str], label: str) -> str:
    """The first detail 'Label: words' of ``label`` (casefolded) that says something, or ''."""
    for d in details:
        head, colon, words = d.partition(":")
        if colon and words.strip() and head.strip().casefold() == label:
            return d
    return ""
