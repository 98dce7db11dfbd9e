"""The table of ``kehoach due``: grouped by month, overdue first — rich on a terminal, aligned
plain text for files, pipes and CI logs (text columns wrapped to the width)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

from ..model import Repository
from ..output import Style
from ..viet import names_list
from ..vocab import STATUS, date_text
from .item import KIND_VI, Item
from .plans import broken_text, undated_text
from .run import DueResult
from .wrap import wrap

PLAIN_WIDTH = 120  # a plain table (file, pipe, CI log) wraps its text columns to this width


def days_text(days: int, closed: bool = False, overdue: bool = False) -> str:
    if closed:
        return ""
    if days < 0:
        return f"quá {-days} ngày" if overdue else f"đã qua {-days} ngày"
    if days == 0:
        return "hôm nay"
    return f"còn {days} ngày"


def _group(item: Item, today: date) -> str:
    if item.is_overdue(today):
        return "Quá hạn"
    return f"Tháng {item.date.month}/{item.date.year}"


def _extras(item: Item) -> list[str]:
    extra = []
    if item.shifted_from:
        moved = "dời" if item.shifted_from < item.date else "lùi"
        extra.append(f"{moved} từ {date_text(item.shifted_from)}: {item.shift_reason}")
    if item.kind == "plan":
        extra.append(_plan_text(item))
    if item.kind == "activity" and item.status != "planned":
        extra.append(STATUS[item.status])
    return extra


def _plan_text(item: Item) -> str:
    """'đã có kế hoạch kh-2026 (ban hành ngày 15/01/2026)', with how late; 'chưa có kế hoạch',
    with the plans dated after today when there are."""
    if not item.closed:
        later = ", ".join(f"{p} đề ngày {date_text(d)}" for p, d in item.plans if d is not None)
        drafts = undated_text(item, table=True)
        broken = broken_text(item.broken) if item.broken else ""
        return "chưa có kế hoạch" + "".join(f"; {t}" for t in (drafts, later, broken) if t)
    text = "đã có kế hoạch " + ", ".join(p for p, _ in item.plans)
    if item.issued is not None:
        text += f", ban hành ngày {date_text(item.issued)}"
        if item.late_days:
            text += f", muộn {item.late_days} ngày"
    return text


def _content(item: Item) -> str:
    from rich.markup import escape

    text = escape(item.title)
    extra = _extras(item)
    if extra:
        text += " [dim](" + escape("; ".join(extra)) + ")[/]"
    return text


COLUMNS = ("Ngày", "Hạn", "Loại", "Nội dung", "Chủ trì", "Phối hợp", "Nguồn")


def lead_name(repo: Repository, item: Item) -> str:
    """The lead as the plan prints it: after its department ('Ban Phong trào Tỉnh Đoàn'), then
    the orgs that lead with it ('…, Sở KH&CN')."""
    if not item.lead:
        return ""
    lead = repo.unit_name(item.lead, item.lead_unit)
    return ", ".join([lead, *(repo.org_name(o) for o in item.co_leads)])


def support_names(repo: Repository, item: Item) -> list[str]:
    """The supporting bodies as the plan prints them, each after its department if it has one."""
    return [repo.unit_name(o, item.support_units.get(o)) for o in item.support]


def _cells(
    item: Item, repo: Repository, today: date, content: str, names: _Names | None = None
) -> list[str]:
    if names is None:
        lead, support = lead_name(repo, item), support_names(repo, item)
    else:
        lead, support = names.lead(item), names.support(item)
    return [
        date_text(item.date),
        days_text(item.days_left(today), item.closed, item.is_overdue(today)),
        KIND_VI[item.kind],
        content,
        lead,
        names_list([*support, *item.support_others]),
        item.source,
    ]


class _Names:
    """The names of the orgs of one table's items, each worked out once: the items of one plan
    name the same few bodies, row after row."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self._units: dict[tuple[str, object], str] = {}

    def _unit(self, org: str, unit: object) -> str:
        key = (org, unit if isinstance(unit, str) else None)
        name = self._units.get(key)
        if name is None:
            name = self._units[key] = self.repo.unit_name(org, unit)
        return name

    def lead(self, item: Item) -> str:
        """``lead_name``."""
        if not item.lead:
            return ""
        lead = self._unit(item.lead, item.lead_unit)
        if not item.co_leads:
            return lead
        return ", ".join([lead, *(self._unit(o, None) for o in item.co_leads)])

    def support(self, item: Item) -> list[str]:
        """``support_names``."""
        units = item.support_units
        return [self._unit(o, units.get(o)) for o in item.support]


def _groups(items: list[Item], today: date) -> dict[str, list[Item]]:
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(_group(item, today), []).append(item)
    return groups


def as_plain_table(result: DueResult, width: int = PLAIN_WIDTH) -> str:
    """The same table without rich, for files, pipes and CI logs: columns aligned, the text
    columns (content, lead, supporting units) wrapped so that a line stays within ``width``; dates,
    days and the source ``path:line`` are never cut."""
    return "".join(_plain_groups(result, width))


def _plain_groups(result: DueResult, width: int) -> Iterator[str]:
    """The plain table one month group at a time (columns are sized per group)."""
    repo, today = result.repo, result.today
    names = _Names(repo)
    for name, members in _groups(result.items, today).items():
        rows = []
        for item in members:
            extra = _extras(item)
            content = item.title + (f" ({'; '.join(extra)})" if extra else "")
            rows.append(_cells(item, repo, today, content, names))
        widths = [max(len(col), *(len(r[i]) for r in rows)) for i, col in enumerate(COLUMNS)]
        _fit(widths, width)
        line = "  ".join(f"{{:<{w}}}" for w in widths).format  # each cell padded as str.ljust
        out = [f"{name} ({len(members)})", line(*COLUMNS).rstrip()]
        out.append("  ".join("─" * w for w in widths))
        for r in rows:
            out.extend(_wrapped_row(r, widths, line))
        yield "\n".join(out) + "\n\n"
    yield summary(result) + "\n"


def stream_table(result: DueResult, style: Style) -> Iterator[str]:
    """The plain table (files, pipes) piece by piece; the coloured one for a terminal whole."""
    if not style.color:
        return _plain_groups(result, style.width or PLAIN_WIDTH)
    return iter([as_table(result, style)])


_WRAPPED = (3, 4, 5)  # Nội dung, Chủ trì, Phối hợp (``_wrapped_row``)
# the narrowest each wrapped column gets (24: 'Sở Khoa học và Công nghệ' on one line)
_MINIMUM = {3: 30, 4: 24, 5: 16}


def _fit(widths: list[int], width: int) -> None:
    """Narrow the wrapped columns until the row fits ``width``, the widest first (a long lead
    name no longer keeps its whole width while the supporting bodies wrap word by word), never
    below a readable minimum; dates, days and the source are never narrowed."""
    over = sum(widths) + 2 * (len(widths) - 1) - width
    floor = {i: max(m, len(COLUMNS[i])) for i, m in _MINIMUM.items()}
    while over > 0:
        room = [i for i in _WRAPPED if widths[i] > floor[i]]
        if not room:
            return
        widest = max(widths[i] for i in room)
        level = max([floor[i] for i in room] + [widths[i] for i in room if widths[i] < widest])
        top = [i for i in room if widths[i] == widest]
        cut = min(widest - level, -(-over // len(top)))  # down to the next column's width at most
        for i in top:
            step = min(cut, over)
            widths[i] -= step
            over -= step


def _wrapped_row(cells: list[str], widths: list[int], line) -> list[str]:
    """The lines of one row: its text columns (``_WRAPPED``) wrapped to their widths, the other
    cells on the first line; ``line``: the row's cells padded to ``widths`` and joined."""
    content, lead, support = (wrap(cells[i], widths[i]) for i in _WRAPPED)
    first = line(cells[0], cells[1], cells[2], content[0], lead[0], support[0], cells[6])
    rows = max(len(content), len(lead), len(support))
    if rows == 1:
        return [first.rstrip()]
    out = [first.rstrip()]
    for k in range(1, rows):
        text = content[k] if k < len(content) else ""
        by = lead[k] if k < len(lead) else ""
        also = support[k] if k < len(support) else ""
        out.append(line("", "", "", text, by, also, "").rstrip())
    return out


def as_table(result: DueResult, style: Style) -> str:
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if not style.color:
        return as_plain_table(result, style.width or PLAIN_WIDTH)
    repo, today = result.repo, result.today
    buf = io.StringIO()
    console = Console(  # no emoji: a title quoting :warning: shows it as written
        file=buf,
        force_terminal=True,
        width=style.width or 200,
        highlight=False,
        soft_wrap=False,
        emoji=False,
    )
    for name, members in _groups(result.items, today).items():
        overdue = name == "Quá hạn"
        console.print(f"[bold {'red' if overdue else ''}]{escape(name)}[/] ({len(members)})")
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
        for col in COLUMNS:
            table.add_column(
                col,
                overflow="fold",
                no_wrap=col in ("Ngày", "Hạn", "Loại"),
                ratio=3 if col == "Nội dung" else None,
            )
        for item in members:
            late = item.is_overdue(today)
            cells = [escape(c) for c in _cells(item, repo, today, "")]
            cells[3] = _content(item)
            table.add_row(
                *cells,
                style="red"
                if late
                else ("dim" if item.closed or item.days_left(today) < 0 else None),
            )
        console.print(table)
    console.print(summary(result))
    return buf.getvalue()


def summary(result: DueResult) -> str:
    items, overdue = result.items, result.overdue
    span = result.meta.get("window_text", "")
    if not items:
        return f"Không có việc nào{(' ' + span) if span else ''}."
    text = f"{len(items)} việc{(' ' + span) if span else ''}"
    if result.query.overdue_only or not overdue:  # every item listed is overdue: say it once
        return text + "."
    return text + f", trong đó {overdue} việc quá hạn."
