"""A page per document (its data, its activities, the rendered document and its DOCX/PDF), per
party (what it leads, supports, its duties, reviews, its calendar) and per content area."""

from __future__ import annotations

from ..model import Document, navigate, numbering
from ..timeexpr import TimeError, parse_date
from ..viet import money
from ..vocab import DOC_KIND, capitalize, clean_str, date_text
from ..who.entries import work_count
from .data import Activity, SiteData
from .html import e, page, progress_bar, status_badge
from .pages import agenda_table, budget, counts, doc_label, money_block, slug, title_of

__all__ = ["document_page", "party_page", "parties_index", "area_page", "areas_index"]


def activity_table(acts: list[Activity], data: SiteData, up: str, *, with_doc: bool = False) -> str:
    if not acts:
        return "<p>Không có hoạt động nào.</p>"
    repo, today = data.repo, data.today
    rows = []
    for a in acts:
        act = a.act
        t = navigate.time_of(act.get("time"))
        late = a.overdue(today)
        lead = ", ".join(
            [repo.org_name(act["lead"]), *(repo.org_name(o) for o in navigate.co_leads(act))]
            if isinstance(act.get("lead"), str)
            else []
        )
        support = ", ".join(
            [
                *(repo.org_name(s) for s in act.get("support") or [] if isinstance(s, str)),
                *navigate.support_others(act),
            ]
        )
        done = act.get("done_date") if a.status == "done" else None  # done by the site's day
        try:
            done_text = date_text(parse_date(done)) if isinstance(done, str) else ""
        except TimeError:
            done_text = str(done)
        # spending counts once the activity is done by then, as in ``report``
        spent = act.get("spent") if a.status == "done" else None
        where = (
            f'<td><a href="{up}van-ban/{e(slug(a.doc.id))}.html#{e(slug(a.anchor))}" '
            f'title="{e(a.doc.id)}">{e(doc_label(repo, a.doc.id))}</a></td>'
            if with_doc
            else ""
        )
        rows.append(
            f'<tr id="{e(slug(a.anchor))}" class="{"overdue" if late else ""}">'
            f"<td>{e(clean_str(act.get('title')))}</td>"
            f"<td>{e(lead)}</td><td>{e(support)}</td><td>{e(t.vi() if t else clean_str(act.get('time')))}</td>"
            f'<td>{status_badge(a.status, late)}</td><td class="num">{e(done_text)}</td>'
            f'<td class="num">{money(act["budget"]) if isinstance(act.get("budget"), int) else ""}</td>'
            f'<td class="num">{money(spent) if isinstance(spent, int) else ""}</td>'
            f"<td>{e(clean_str(act.get('note')))}</td>{where}</tr>"
        )
    head = (
        "<tr><th>Hoạt động</th><th>Chủ trì</th><th>Phối hợp</th><th>Thời gian</th><th>Trạng thái</th>"
        "<th>Hoàn thành</th><th>Kinh phí (đ)</th><th>Đã chi (đ)</th><th>Ghi chú</th>"
        + ("<th>Văn bản</th>" if with_doc else "")
        + "</tr>"
    )
    return f'<div class="scroll"><table>{head}{"".join(rows)}</table></div>'


def document_page(doc: Document, data: SiteData, files: dict[str, str]) -> str:
    """``files``: format → file name beside this page (the rendered document, DOCX, PDF)."""
    repo = data.repo
    acts = data.of_docs([doc])
    window = navigate.window(doc)
    facts = [capitalize(DOC_KIND.get(doc.kind, doc.kind))]
    if doc.data.get("number") is not None:
        symbol = numbering.symbol_text(doc, repo.orgs, repo.settings or {})
        facts.append(f"số {e(symbol or doc.data['number'])}")
    issued = navigate.issued(doc)
    if issued:
        facts.append(f"ngày {date_text(issued)}")
    if window is not None:
        facts.append(e(window.vi()))
    links = []
    labels = {"html": "Văn bản (bản in được)", "docx": "Tải DOCX", "pdf": "Tải PDF"}
    for fmt in ("html", "docx", "pdf"):
        if fmt in files:
            links.append(f'<a href="{e(files[fmt])}">{labels[fmt]}</a>')
    if doc.kind == "program":
        links.append(f'<a href="../dong-thoi-gian/{e(slug(doc.id))}.html">Dòng thời gian</a>')
    bases = [
        f'<a href="{e(slug(ref))}.html" title="{e(ref)}">{e(doc_label(repo, ref))}</a>'
        for _, ref in navigate.cited_refs(doc)
        if repo.by_id(ref)
    ]
    planned, spent = budget(acts)
    body = (
        f"<h1>{e(title_of(doc))}</h1>"
        f'<p class="small">{" · ".join(facts)} · {e(", ".join(repo.org_name(o, short=False) for o in doc.issuers))}</p>'
        + (f"<p>Căn cứ: {', '.join(bases)}</p>" if bases else "")
        + f'<p class="links no-print">{"".join(links)}</p>'
        + (
            f'<div class="card">{progress_bar(counts(acts))}{money_block(planned, spent)}</div>'
            if acts
            else ""
        )
        + f"<h2>Hoạt động ({len(acts)})</h2>"
        + activity_table(acts, data, "../")
    )
    if "html" in files:
        body += (
            f'<h2 class="no-print">Văn bản</h2><iframe class="doc-frame" src="{e(files["html"])}"'
            f' title="Văn bản {e(doc.id)}"></iframe>'
        )
    return page(title_of(doc), body, depth=1, today=data.today)


def party_page(p, data: SiteData) -> str:
    repo = data.repo
    items = [i for i in data.party_items(p.org) if not i.closed]
    late = [i for i in items if i.is_overdue(data.today)]
    soon = [i for i in items if not i.is_overdue(data.today) and i.deadline >= data.today][:30]

    def entries(title: str, rows: list, show) -> str:
        if not rows:
            return ""
        lis = "".join(show(x) for x in rows)
        return f'<h2>{e(title)} ({work_count(rows)})</h2><ul class="results">{lis}</ul>'

    def act(x) -> str:
        others = ", ".join([*(repo.org_name(o) for o in x.others), *x.others_words])
        extra = f" · {e(x.time)}" if x.time else ""
        extra += f" · {e(x.status)}" if x.status else ""
        extra += f" · cùng {e(others)}" if others else ""
        return (
            f'<li><a href="../van-ban/{e(slug(x.doc_id))}.html">{e(x.title or "(không tên)")}</a>'
            f"<small>{extra.lstrip(' ·')}</small></li>"
        )

    def duty(x) -> str:
        items = "".join(f"<li>{e(t)}</li>" for t in x.text)
        return f'<li><a href="../van-ban/{e(slug(x.doc_id))}.html">{e(x.title or x.doc_id)}</a><ul>{items}</ul></li>'

    body = (
        f"<h1>{e(p.name)}</h1>"
        f'<p class="links no-print"><a href="{e(slug(p.org))}.ics">Lịch của đơn vị (.ics)</a>'
        '<span class="small">thêm vào Google Calendar, Outlook, Thunderbird</span></p>'
        f"<h2>Quá hạn ({len(late)})</h2>"
        + agenda_table(late, data, "../", "Không có việc nào quá hạn.")
        + f"<h2>Sắp tới ({len(soon)})</h2>"
        + agenda_table(soon, data, "../", "Không có việc nào sắp tới.")
        + entries("Chủ trì", p.leads, act)
        + entries("Phối hợp", p.supports, act)
        + entries("Nhiệm vụ", p.duties, duty)
        + entries("Họp, sơ kết, tổng kết chủ trì", p.reviews, act)
    )
    return page(p.name, body, depth=1, today=data.today)


def parties_index(data: SiteData) -> str:
    rows = "".join(
        f'<tr><td><a href="{e(slug(p.org))}.html">{e(p.name)}</a></td><td class="num">{work_count(p.leads)}</td>'
        f'<td class="num">{work_count(p.supports)}</td><td class="num">{len(p.duties)}</td>'
        f'<td><a href="{e(slug(p.org))}.ics">.ics</a></td></tr>'
        for p in data.parties
    )
    head = "<tr><th>Đơn vị</th><th>Chủ trì</th><th>Phối hợp</th><th>Nhiệm vụ</th><th>Lịch</th></tr>"
    body = f'<h1>Đơn vị</h1><div class="scroll"><table>{head}{rows}</table></div>'
    return page("Đơn vị", body, depth=1, today=data.today, here="don-vi/index.html")


def area_page(area, acts: list[Activity], data: SiteData) -> str:
    planned, spent = budget(acts)
    prog = data.repo.by_id(area.program)
    body = (
        f"<h1>{e(area.title)}</h1>"
        f'<p class="small">Nội dung phối hợp của <a href="../van-ban/{e(slug(area.program))}.html">'
        f"{e(title_of(prog) if prog else area.program)}</a></p>"
        f'<div class="card">{progress_bar(counts(acts))}{money_block(planned, spent)}</div>'
        f"<h2>Hoạt động ({len(acts)})</h2>" + activity_table(acts, data, "../", with_doc=True)
    )
    return page(area.title, body, depth=1, today=data.today)


def areas_index(data: SiteData) -> str:
    rows = "".join(
        f'<tr><td><a href="{e(slug(a.program))}--{e(slug(a.id))}.html">{e(a.title)}</a></td>'
        f'<td>{e(a.program)}</td><td class="num">{len(acts)}</td>'
        f'<td class="num">{counts(acts).get("done", 0)}</td></tr>'
        for a, acts in data.areas
    )
    head = "<tr><th>Nội dung phối hợp</th><th>Chương trình</th><th>Hoạt động</th><th>Hoàn thành</th></tr>"
    body = f'<h1>Nội dung phối hợp</h1><div class="scroll"><table>{head}{rows}</table></div>'
    return page("Nội dung phối hợp", body, depth=1, today=data.today, here="noi-dung/index.html")
