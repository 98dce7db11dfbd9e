"""The overview pages: home (overdue, due in 30 days, progress and budget per program), the
timelines (one per program, one per year), the lists, and search."""

from __future__ import annotations

from ..due.table import lead_name
from ..leftout import left_out_warning
from ..model import Document, Repository, numbering
from ..model.earlier import with_earlier
from ..viet import money
from ..vocab import DOC_KIND, STATUS, capitalize, clean_str, date_text
from .data import UPCOMING_DAYS, WHAT, Activity, SiteData
from .html import SEARCH_JS, e, page, progress_bar, status_badge
from .svg import COLORS, MILESTONE_COLORS, svg
from .timeline import Timeline

__all__ = ["home", "timeline_page", "timeline_index", "documents_index", "search_page", "slug"]

KIND_VI = {
    "activity": "Hoạt động",
    "meeting": "Họp",
    "interim": "Sơ kết",
    "final": "Tổng kết",
    "plan": "Kế hoạch năm",
}


def slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in text)


def doc_href(doc_id: str, up: str = "") -> str:
    return f"{up}van-ban/{slug(doc_id)}.html"


def title_of(doc: Document) -> str:
    return clean_str(doc.data.get("title")) or doc.id


def doc_label(repo: Repository, doc_id: str) -> str:
    """A document as a list names it for its readers: its kind and number with symbol once it
    has one ('Kế hoạch số 10-KH/TĐTN-BPT'), else its title (shortened) — not the file's id."""
    doc = repo.by_id(doc_id)
    if doc is None:
        return doc_id
    if isinstance(doc.data.get("number"), int):
        symbol = numbering.symbol_text(doc, repo.orgs, repo.settings or {})
        if symbol:
            return f"{capitalize(DOC_KIND.get(doc.kind, doc.kind))} số {symbol}"
    title = title_of(doc)
    return title if len(title) <= 70 else title[:69].rstrip() + "…"


def counts(acts: list[Activity]) -> dict[str, int]:
    out: dict[str, int] = {}
    for a in acts:
        out[a.status] = out.get(a.status, 0) + 1
    return out


def budget(acts: list[Activity]) -> tuple[int, int]:
    """Planned (not cancelled) and spent (done by the site's day) money of ``acts``, each with what
    the earlier plans' copies of its work spent (``model.earlier.with_earlier``), as ``report``."""
    planned = sum(
        with_earlier(a.act, "budget", a.earlier) or 0 for a in acts if a.status != "cancelled"
    )
    spent = sum(with_earlier(a.act, "spent", a.earlier) or 0 for a in acts if a.status == "done")
    return planned, spent


def money_block(planned: int, spent: int) -> str:
    share = min(100.0, 100 * spent / planned) if planned else 0.0
    return (
        '<div class="money">'
        '<span>Dự kiến</span><span class="meter"><span style="width:100%"></span></span>'
        f"<span>{money(planned)} đ</span>"
        f'<span>Đã chi</span><span class="meter"><span style="width:{share:.1f}%"></span></span>'
        f"<span>{money(spent)} đ</span>"
        "</div>"
    )


def agenda_table(items: list, data: SiteData, up: str, empty: str) -> str:
    if not items:
        return f"<p>{e(empty)}</p>"
    repo, today = data.repo, data.today
    rows = []
    for i in items:
        late = i.is_overdue(today)
        days = i.days_left(today)
        when = f"quá {-days} ngày" if late else ("hôm nay" if days == 0 else f"còn {days} ngày")
        lead = lead_name(repo, i)  # with the orgs that lead with it (``co_leads``)
        rows.append(
            f'<tr class="{"overdue" if late else ""}"><td class="num">{date_text(i.date)}</td><td>{e(when)}</td>'
            f"<td>{e(KIND_VI.get(i.kind, i.kind))}</td><td>{e(i.title)}</td><td>{e(lead)}</td>"
            f'<td><a href="{e(doc_href(i.doc_id, up))}" title="{e(i.doc_id)}">'
            f"{e(doc_label(data.repo, i.doc_id))}</a></td></tr>"
        )
    head = "<tr><th>Ngày</th><th>Hạn</th><th>Loại</th><th>Việc</th><th>Chủ trì</th><th>Văn bản</th></tr>"
    return f'<div class="scroll"><table>{head}{"".join(rows)}</table></div>'


def home(data: SiteData) -> str:
    today = data.today
    overdue, upcoming = data.overdue(), data.upcoming()
    cards = []
    for prog, plans in data.programs:
        acts = data.once(data.of_docs([prog, *plans]))  # the work of its plans, as report counts it
        planned, spent = budget(acts)
        cards.append(
            f'<section class="card"><h3><a href="{e(doc_href(prog.id))}">{e(title_of(prog))}</a></h3>'
            f'<p class="small">{len(plans)} kế hoạch · {len(acts)} hoạt động · '
            f'<a href="dong-thoi-gian/{e(slug(prog.id))}.html">dòng thời gian</a></p>'
            f"{progress_bar(counts(acts))}{money_block(planned, spent)}</section>"
        )
    if data.orphans:
        acts = data.once(data.of_docs(data.orphans))
        planned, spent = budget(acts)
        names = ", ".join(
            f'<a href="{e(doc_href(d.id))}">{e(doc_label(data.repo, d.id))}</a>'
            for d in data.orphans
        )
        cards.append(
            f'<section class="card"><h3>Kế hoạch không căn cứ chương trình</h3><p class="small">{names}</p>'
            f"{progress_bar(counts(acts))}{money_block(planned, spent)}</section>"
        )
    body = (
        f'<h1>Tổng quan thực hiện kế hoạch</h1><p class="small">Ngày {date_text(today)}: '
        f"{len(overdue)} việc quá hạn, {len(upcoming)} việc đến hạn trong {UPCOMING_DAYS} ngày tới.</p>"
        f"<h2>Quá hạn ({len(overdue)})</h2>"
        + agenda_table(overdue, data, "", "Không có việc nào quá hạn.")
        + f"<h2>Đến hạn trong {UPCOMING_DAYS} ngày tới ({len(upcoming)})</h2>"
        + agenda_table(upcoming, data, "", "Không có việc nào đến hạn trong 30 ngày tới.")
        + '<h2>Tiến độ theo chương trình</h2><div class="cards">'
        + "".join(cards)
        + "</div>"
    )
    warning = left_out_warning(data.left_out, errors=data.errors, what=WHAT)
    if warning:
        command = "<code>kehoach validate</code>"
        body += f'<p class="small">{e(warning).replace("`kehoach validate`", command)}</p>'
    return page("Tổng quan", body, depth=0, today=today, here="index.html")


def legend() -> str:
    items = [(COLORS[s], STATUS[s]) for s in ("done", "in_progress", "planned", "cancelled")]
    items.append((COLORS["overdue"], "quá hạn"))
    items += [
        (MILESTONE_COLORS[k], v)
        for k, v in (
            ("meeting", "họp"),
            ("interim", "sơ kết"),
            ("final", "tổng kết"),
            ("plan", "kế hoạch năm"),
        )
    ]
    spans = "".join(f'<span><i style="background:{c}"></i>{e(t)}</span>' for c, t in items)
    return (
        f'<div class="legend">{spans}<span><i style="background:#1565c0"></i>thường xuyên (sọc)</span>'
        '<span><i style="background:#d50000"></i>hôm nay</span></div>'
    )


def timeline_page(tl: Timeline, data: SiteData) -> str:
    def bar_href(b) -> str:
        return f"../{doc_href(b.doc_id)}#hd-{slug(b.act_id)}"

    chart = svg(tl, bar_href=bar_href, doc_href=lambda d: "../" + doc_href(d))
    rows = []
    for g in tl.groups:
        for b in g.bars:
            late = b.overdue(data.today)
            rows.append(
                f'<tr class="{"overdue" if late else ""}"><td>{e(b.title)}</td><td>{e(b.time_text)}</td>'
                f'<td class="num">{date_text(b.start)}</td><td class="num">{date_text(b.end)}</td>'
                f"<td>{status_badge(b.status, late)}</td>"
                f'<td><a href="../{e(doc_href(b.doc_id))}">{e(b.doc_id)}</a></td></tr>'
            )
        for m in g.milestones:
            rows.append(
                f'<tr><td>◆ {e(m.title)}</td><td>{e(m.note)}</td><td class="num">{date_text(m.date)}</td>'
                f'<td></td><td><span class="badge due">{e(KIND_VI.get(m.kind, m.kind))}</span></td>'
                f'<td><a href="../{e(doc_href(m.doc_id))}">{e(m.doc_id)}</a></td></tr>'
            )
    head = "<tr><th>Việc</th><th>Thời gian</th><th>Từ</th><th>Đến</th><th>Trạng thái</th><th>Văn bản</th></tr>"
    body = (
        f"<h1>Dòng thời gian: {e(tl.title)}</h1>"
        f'<p class="small">Từ {date_text(tl.start)} đến {date_text(tl.end)} · {len(tl.bars)} hoạt động · '
        f"{len(tl.milestones)} lần họp, sơ kết, tổng kết. "
        f'<a class="no-print" href="{e(slug(tl.key))}.svg">Tải ảnh SVG</a></p>'
        + legend()
        + f'<div class="scroll">{chart}</div>'
        + f'<h2>Danh sách</h2><div class="scroll"><table>{head}{"".join(rows)}</table></div>'
    )
    return page(f"Dòng thời gian {tl.title}", body, depth=1, today=data.today)


def timeline_index(data: SiteData) -> str:
    items = []
    for tl in data.timelines:
        label = tl.title if tl.key.isdigit() else f"Chương trình: {tl.title}"
        items.append(
            f'<li><a href="{e(slug(tl.key))}.html">{e(label)}</a> <small>{len(tl.bars)} hoạt động</small></li>'
        )
    body = '<h1>Dòng thời gian</h1><ul class="results">' + "".join(items) + "</ul>"
    return page("Dòng thời gian", body, depth=1, today=data.today, here="dong-thoi-gian/index.html")


def documents_index(data: SiteData) -> str:
    rows = []
    for doc in data.docs:
        acts = data.of_docs([doc])
        c = counts(acts)
        rows.append(
            f'<tr><td><a href="{e(slug(doc.id))}.html">{e(title_of(doc))}</a></td>'
            f"<td>{e(DOC_KIND.get(doc.kind, doc.kind))}</td>"
            f"<td>{e(', '.join(data.repo.org_name(o) for o in doc.issuers))}</td>"
            f'<td class="num">{len(acts)}</td><td class="num">{c.get("done", 0)}</td></tr>'
        )
    head = "<tr><th>Văn bản</th><th>Loại</th><th>Cơ quan</th><th>Hoạt động</th><th>Hoàn thành</th></tr>"
    body = f'<h1>Văn bản ({len(data.docs)})</h1><div class="scroll"><table>{head}{"".join(rows)}</table></div>'
    return page("Văn bản", body, depth=1, today=data.today, here="van-ban/index.html")


def search_page(data: SiteData) -> str:
    """Every title, as a list readable with scripts off; a small script filters it as one types
    (accents optional: 'hoi thi' finds 'Hội thi')."""
    entries = []
    for doc in data.docs:
        entries.append((doc_href(doc.id), title_of(doc), DOC_KIND.get(doc.kind, doc.kind)))
    for a in data.activities:
        entries.append(
            (
                f"{doc_href(a.doc.id)}#{slug(a.anchor)}",
                clean_str(a.act.get("title")),
                f"hoạt động · {a.doc.id}",
            )
        )
    for p in data.parties:
        entries.append((f"don-vi/{slug(p.org)}.html", p.name, "đơn vị"))
    for area, _ in data.areas:
        entries.append(
            (
                f"noi-dung/{slug(area.program)}--{slug(area.id)}.html",
                area.title,
                "nội dung phối hợp",
            )
        )
    items = "".join(
        f'<li><a href="{e(h)}">{e(t)}</a><small>{e(k)}</small></li>' for h, t, k in entries
    )
    body = (
        "<h1>Tìm kiếm</h1>"
        '<p><label for="tim">Gõ vài chữ của tên (có dấu hay không dấu đều được): </label>'
        '<input id="tim" type="search" autocomplete="off"></p>'
        f'<p id="so-ket-qua" class="small">{len(entries)} mục</p>'
        f'<ul id="ket-qua" class="results">{items}</ul>'
        f"<script>{SEARCH_JS}</script>"
    )
    return page("Tìm kiếm", body, depth=0, today=data.today, here="tim-kiem.html")
