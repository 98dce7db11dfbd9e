"""The activities of a plan or a program as a document prints them: a table with its group rows
and total, or a list — plain, or saying each activity's time, lead and support, budget
(``layout: detailed_list``), its groups as subheadings."""

from __future__ import annotations

import re

from .. import viet
from ..model import Repository, navigate
from ..model.layout import LETTERS, item_marker
from ..moneyunit import column_amount
from ..timeexpr import TimeExpr
from ..vocab import ACTIVITY_COLUMNS, clean
from .phrases import sub_number, time_cell
from .writer import Writer


def groups(acts: list[dict]) -> list[str]:
    """The group each activity opens (``group``, the first of a run of activities that share
    one), '' for the others."""
    out, last = [], ""
    for act in acts:
        group = clean(act.get("group"))
        out.append(group if group and group != last else "")
        last = group
    return out


def activity_list(
    w: Writer,
    acts: list[dict],
    level: int = 2,
    number: str = "",
    *,
    fields: bool = False,
    closed: bool = False,
    style: object = None,
) -> None:
    """The activities as items; a group (``group``) is a heading of ``level`` over its run. With
    ``fields`` (``layout: detailed_list``), each activity's time, lead, support, place… and budget
    follow it as lines, and the activities of a group are lettered ``a)``, ``b)``. With
    ``closed``, an item with no lines under it ends as a sentence ('.'), as the items written
    beside it (a program's area) do; followed by its lines, a title stays as written. ``style``
    (``activities_style``): the marker of an activity outside a group ('1.', '2.' for ``number``;
    '-' by default), numbered on through the list; ``outline`` numbers the activities of a group
    after it ('1.1.', '1.2.' under '1.')."""
    k = j = n = 0
    head = ""  # the number of the group heading the activities are under
    for act, group in zip(acts, groups(acts), strict=True):
        if group:
            k, j = k + 1, 0
            head = sub_number(level, number, k)
            w.heading(level, head, group)
        if style == "outline" and clean(act.get("group")):
            # '1.1.', '1.2.' under the group '1.', as typed
            marker, j = item_marker("outline", j, head) or "-", j + 1
        elif fields and clean(act.get("group")):
            marker, j = f"{LETTERS[j % len(LETTERS)]})", j + 1
        elif clean(act.get("group")):
            marker = "-"
        else:
            marker, n = (
                item_marker(style if isinstance(style, str) else None, n, number) or "-",
                n + 1,
            )
        item = {"type": "item", "marker": marker, "text": clean(act.get("title"))}
        w.out.append(item)
        details = [clean(p) for p in act.get("details") or []]
        lines: list[str] = []
        if fields:
            lines, details = field_lines(w.repo, act, details, w.window)
            if act.get("details_first"):  # typed before the lines of time, lead…
                _details(w, details)
                details = []
            for line in lines:
                # a line typed with its number or letter ('a) Thời gian: …') keeps it
                own = _NUMBERED.match(line)
                w.out.append(
                    {
                        "type": "item",
                        "marker": own.group(1) if own else "+" if marker == "-" else "-",
                        "text": line[own.end() :] if own else line,
                    }
                )
        if closed and not lines and item["text"][-1:] not in ".;:!?…":
            item["text"] += "."
        _details(w, details)


def _details(w: Writer, details: list[str]) -> None:
    """The detail lines of an activity: a line typed with its dash or plus ('- Nội dung:', '+
    Phản biện …') an item with that marker, the others paragraphs."""
    for p in details:
        marked = _MARKED.match(p)
        if marked:
            w.out.append({"type": "item", "marker": marked.group(1), "text": p[marked.end() :]})
        else:
            w.paragraph(p)


_MARKED = re.compile(r"^([-+])\s+(?=\S)")


# the number or letter a line was typed with ('a) Thời gian: …', '2.1. Địa điểm: …')
_NUMBERED = re.compile(r"^([a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)])\s+")

_FIELD_LABELS = frozenset(
    ("thời gian", "đơn vị chủ trì", "đơn vị phối hợp", "địa điểm", "thành phần", "sản phẩm",
     "kinh phí")
)  # fmt: skip


def field_lines(
    repo: Repository, act: dict, details: list[str], window: TimeExpr | None = None
) -> tuple[list[str], list[str]]:
    """The lines that say an activity's time, lead and support, place, participants, outputs and
    budget, as a list typed in Word says them ('Thời gian: Quý II/2023.'), and the ``details``
    left: a detail that says one of them in the document's own words ('Thời gian: Trước ngày
    30/6/2022', kept by ``import``) stands in its place, not after the list of lines."""
    lines = []
    if act.get("time") is not None or act.get("every") is not None:
        lines.append(f"Thời gian: {time_cell(act.get('time'), act.get('every'), window)}")
    support = support_names(repo, act)
    # a lead the document did not name (``lead_printed: false``): a TODO of the draft, no line
    lead = lead_text(repo, act) if act.get("lead_printed") is not False else ""
    if lead:
        lines.append(
            f"Đơn vị chủ trì: {lead}"
            + (f"; phối hợp: {viet.names_list(support)}" if support else "")
        )
    elif support:
        lines.append("Đơn vị phối hợp: " + viet.names_list(support))
    lines += fact_lines(act)
    if isinstance(act.get("budget"), int) and not isinstance(act.get("budget"), bool):
        lines.append(f"Kinh phí: {viet.money(act['budget'])} đồng")
    typed = {}  # 'Label: words' (a bare 'Thời gian:' says nothing in place of the time)
    for d in details:
        label, colon, words = d.partition(":")
        if colon and words.strip():
            typed[_NUMBERED.sub("", label).casefold()] = d
    out: list[str] = []
    typed_at: dict[int, str] = {}  # the lines said in the document's own words: the detail of each
    for line in lines:
        own = typed.pop(line.split(":", 1)[0].casefold(), None)
        if own is not None:
            typed_at[len(out)] = own
            if "; phối hợp: " in line and "phối hợp" not in own.casefold():
                # the lead in the document's words ("Các cơ sở Đoàn"), the supporting units kept
                own = own.rstrip(" .;") + line[line.index("; phối hợp: ") :]
        out.append(own if own is not None else line)
    # the document's own words for a field kehoach has no value of ('Kinh phí: mỗi đội 2 triệu')
    for label, d in typed.items():
        if label in _FIELD_LABELS:
            typed_at[len(out)] = d
            out.append(d)
    # the lines typed keep the order they were typed in ('Thời gian', then 'Đơn vị chủ trì'; 'a)
    # Thời gian', 'b) Địa điểm', 'c) Đơn vị chủ trì'): kehoach's own order would print them
    # otherwise
    slots = sorted(typed_at)
    moved = dict(zip(slots, sorted(slots, key=lambda i: details.index(typed_at[i])), strict=True))
    out = [out[moved[i]] if i in moved else line for i, line in enumerate(out)]
    used = set(typed_at.values())
    rest = [d for d in details if d not in used]  # a detail said in a line is not said again
    return [line if line[-1:] in ".;:!?" else line + "." for line in out], rest


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
    cell = column_amount(titles["budget"])
    for row, act in zip(rows, acts, strict=True):
        money = act.get("budget")
        row["cell_budget"] = cell(money) if isinstance(money, int) else row["budget"]
        if units:
            row["units"] = units_cell(row["lead"], row["support"])
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
    headers += [units] if units else [titles["lead"], titles["support"]]
    headers += [titles["time"]] + [titles["budget"]] * budget_column + [note] * bool(note)
    return {
        "type": "activities",
        "rows": rows,
        "units_column": bool(units),
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
        "lead": typed_lead.partition(":")[2].strip().rstrip(".;") or lead_text(repo, act),
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


def support_names(repo: Repository, act: dict) -> list[str]:
    """The supporting bodies as printed: the orgs' short names (after the unit of each that
    ``support_units`` gives: 'Ban Phong trào Tỉnh Đoàn'), then ``support_others``."""
    units = navigate.support_units(act)
    return [repo.unit_name(o, units.get(o)) for o in act.get("support") or []] + [
        clean(o) for o in act.get("support_others") or []
    ]


def fact_lines(act: dict) -> list[str]:
    """'Địa điểm: …', 'Thành phần: …', 'Sản phẩm: a; b' of an activity, those it gives."""
    lines = [
        f"{name}: {clean(act[key])}"
        for key, name in (("place", "Địa điểm"), ("participants", "Thành phần"))
        if act.get(key)
    ]
    if act.get("outputs"):
        lines.append("Sản phẩm: " + "; ".join(clean(o) for o in act["outputs"]))
    return lines


def lead_text(repo: Repository, act: dict) -> str:
    """'Ban Phong trào Tỉnh Đoàn': the unit that leads (``lead_unit``) and its org — the unit alone
    with ``lead_unit_alone`` ('Ban Tuyên giáo' in the Thành Đoàn's own plan, as typed); then the
    orgs that lead with it (``co_leads``): 'Tỉnh Đoàn, Sở KH&CN'."""
    org_id = act.get("lead")
    unit = clean(act.get("lead_unit"))
    if unit and act.get("lead_unit_alone") is True:
        lead = unit
    else:
        lead = repo.unit_name(org_id if isinstance(org_id, str) else "", unit)
    return ", ".join([lead, *(repo.org_name(o) for o in navigate.co_leads(act))])
