"""A report as a document: its parts as plain data (``outline``), which every output format
(Markdown, plain text, DOCX) prints, so their numbers cannot disagree."""

from __future__ import annotations

from typing import TypedDict

from ..model import numbering
from ..model.citation import and_names
from ..viet import date_line, number_line, upper
from ..vocab import EVERY, as_sentences, capitalize
from .blocks import Block, Part, Section, dmy, pct
from .build import AS_OF_RULE, STATE_VI, Item, Report, Tally
from .money import money_blocks

HEAD = ["Tổng số", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Hủy", "Quá hạn"]


class Outline(TypedDict):
    issuers: list[str]
    headers: list[str]
    title: str
    intro: str
    parts: list[Part]
    closing: str
    signers: list[dict]
    sources: list[str]
    number: str
    date_line: str


def _row(label: str, t: Tally) -> list[str]:
    return [
        label,
        str(t.total),
        str(t.done),
        str(t.in_progress),
        str(t.planned),
        str(t.cancelled),
        str(t.overdue),
    ]


def _org(report: Report, org_id: str, short_name: bool = True) -> str:
    org = (report.orgs or {}).get(org_id) or {}
    return (org.get("short") if short_name else None) or org.get("name") or org_id


def _leads(report: Report, item: Item) -> str:
    """'Tỉnh Đoàn Bình Thuận', or with the orgs that lead with it (``co_leads``): 'Tỉnh Đoàn Bình
    Thuận và Sở Khoa học và Công nghệ tỉnh Bình Thuận'."""
    return and_names([_org(report, o, False) for o in item.leads])


def when(item: Item) -> str:
    if item.time_unread:  # said as written, never as "no time" (``Report.unread_times``)
        return f"thời gian ghi không hợp lệ: {item.written_time}"
    every = item.act.get("every")
    if every.__class__ is str and every in EVERY:  # a recurring activity: "hằng quý, năm 2026"
        return f"{EVERY[every]}, {item.time.vi()}" if item.time else EVERY[every]
    return item.time.vi() if item.time else "chưa ghi thời gian"


def item_line(report: Report, item: Item) -> str:
    when_ = when(item)
    state = STATE_VI[item.state].lower()
    if item.state == "done" and item.done_date:
        state += f" ngày {dmy(item.done_date)}"
    elif item.act.get("status") == "done" and item.done_date:
        state += f" (hoàn thành ngày {dmy(item.done_date)}, sau kỳ báo cáo)"
    if item.overdue:
        state += f", quá hạn ({when_}) tính đến hết kỳ"
    # a note on several lines: one sentence each (the line breaks would run them together)
    note = as_sentences(item.act["note"]) if isinstance(item.act.get("note"), str) else ""
    if note and note[-1] not in ".;:!?…":
        note += "."  # the item's last sentence, as each line before it
    note = f" {note}" if note else ""
    return f"{item.title} ({_leads(report, item)} chủ trì; {when_}): {state}.{note}"


def _shared_note(shared: int) -> str:
    """Why the rows of the table by lead add up to more than its Cộng row."""
    return (
        f"Ghi chú: hoạt động có đơn vị đồng chủ trì ({shared} hoạt động) được tính cho mỗi đơn "
        "vị chủ trì, nên cộng các dòng trên có thể lớn hơn dòng Cộng; dòng Cộng tính mỗi hoạt "
        "động một lần."
    )


def _during(period: str) -> str:
    """'Trong năm 2026', 'Trong giai đoạn 2026–2028', 'Từ tháng 1/2026 đến tháng 6/2027'."""
    return "T" + period[1:] if period.startswith("từ ") else f"Trong {period}"


def outline(report: Report) -> Outline:
    """Title, header lines and sections: [(heading, [blocks])]; a block is ('p', text),
    ('ul', [text]) or ('table', headers, rows)."""
    t = report.tally()
    period = report.period.vi()
    kind = report.kind_vi
    issuers = report.target.issuers
    sections: list[Section] = []

    end = dmy(report.end)
    general: list[Block] = [
        ("p", AS_OF_RULE.format(end=end)),
        (
            "p",
            # "Từ tháng 1/2026 đến tháng 6/2027, …", not "Trong từ tháng …"
            f"{_during(period)}, {_sources_text(report)} có {t.total} hoạt động: {t.done} hoàn "
            f"thành ({pct(t.done, t.total)}), {t.in_progress} đang thực hiện, {t.planned} chưa "
            f"thực hiện, {t.cancelled} hủy; {t.overdue} hoạt động quá hạn (tính đến hết ngày "
            f"{end}).",
        ),
    ]
    general.append(
        (
            "table",
            ["Tình hình", "Số hoạt động", "Tỷ lệ"],
            [
                [STATE_VI[s], str(getattr(t, s)), pct(getattr(t, s), t.total)]
                for s in ("done", "in_progress", "planned", "cancelled")
            ]
            + [
                ["Trong đó quá hạn", str(t.overdue), pct(t.overdue, t.total)],
                ["Tổng số", str(t.total), "100%" if t.total else "0%"],
            ],
        )
    )
    sections.append(("1. Tình hình chung", general))

    area_rows: list[list[str]] = []
    area_blocks: list[Block] = []
    for n, (_, title, items) in enumerate(report.by_area(), start=1):
        area_rows.append(_row(title, report.tally(items)))  # whole: tables never cut a name
        area_blocks.append(("h", f"2.{n}. {title}"))
        area_blocks.append(
            ("ul", [item_line(report, i) for i in items] or ["Chưa có hoạt động trong kỳ."])
        )
    area_rows.append(_row("Cộng", t))
    sections.append(
        ("2. Kết quả theo nội dung", [("table", ["Nội dung", *HEAD], area_rows), *area_blocks])
    )

    lead_rows = [
        _row(_org(report, lead, False), report.tally(items)) for lead, items in report.by_lead()
    ]
    lead_rows.append(_row("Cộng", t))
    lead_blocks: list[Block] = [("table", ["Đơn vị chủ trì", *HEAD], lead_rows)]
    if shared := sum(len(i.leads) > 1 for i in report.items):
        lead_blocks.append(("p", _shared_note(shared)))
    sections.append(("3. Kết quả theo đơn vị chủ trì", lead_blocks))

    sections.append(("4. Kinh phí", money_blocks(report)))

    late = [i for i in report.items if i.overdue]
    cancelled = [i for i in report.items if i.state == "cancelled"]
    limits: list[Block] = [
        ("p", f"Hoạt động quá hạn, chưa hoàn thành đến hết ngày {end}: {len(late)}.")
    ]
    if late:
        limits.append(("ul", [item_line(report, i) for i in late]))
    limits.append(("p", f"Hoạt động hủy, không thực hiện: {len(cancelled)}."))
    if cancelled:
        limits.append(("ul", [item_line(report, i) for i in cancelled]))
    limits.append(("p", "TODO: đánh giá chung, nguyên nhân (đơn vị soạn thảo bổ sung)."))

    parts: list[Part] = [("Kết quả thực hiện", sections), ("Tồn tại, hạn chế", [("", limits)])]
    if not (report.final and report.target.kind == "plan"):
        parts.append((_outlook_title(report), [("", [("ul", _outlook(report))])]))
    parts.append(("Đề xuất, kiến nghị", [("", [("ul", _proposals(report, late))])]))
    return {
        "issuers": [_org(report, o, False) for o in issuers],
        "headers": [
            str(((report.orgs or {}).get(o) or {}).get("header") or upper(_org(report, o, False)))
            for o in issuers
        ],
        "title": f"{capitalize(kind)} {period} thực hiện {report.doc_name}",
        "intro": f"Thực hiện {report.doc_name}, "
        f"{and_names([_org(report, o, False) for o in issuers])} báo cáo kết quả {kind} {period} "
        "như sau:",
        "parts": parts,
        "closing": f"Trên đây là báo cáo {kind} {period} thực hiện {report.doc_name}./.",
        "signers": [s for s in report.target.data.get("signers") or [] if isinstance(s, dict)],
        "sources": [f"{d.path}" for d in report.source_docs],
        "number": number_text(report),
        "date_line": date_line(_place(report), None, year=report.today.year),
    }


def _place(report: Report) -> str:
    for o in report.target.issuers:
        place = ((report.orgs or {}).get(o) or {}).get("place")
        if place:
            return place
    return str(report.settings.get("place") or "")


def number_text(report: Report) -> str:
    orgs = [(report.orgs or {}).get(o) or {} for o in report.target.issuers]
    # written as render writes the Số line of the document reported on (the body that registers
    # the number decides: a joint report of Tỉnh Đoàn and Sở KH&CN is numbered the Đoàn way)
    system = numbering.number_form(report.target, orgs, report.settings or {})
    codes = report.settings.get("codes") or {}
    code = (codes.get("joint_report") or "BCLT") if len(orgs) > 1 else (codes.get("report") or "BC")
    try:
        return number_line(None, code, [str(o.get("code") or "") for o in orgs], system)
    except ValueError:
        return "Số: …"


def _sources_text(report: Report) -> str:
    plans = [d for d in report.source_docs if d.kind == "plan"]
    if report.target.kind == "plan":
        return "theo Kế hoạch"
    if not plans:
        return "theo Chương trình"
    own = " và chính Chương trình" if any(d.kind == "program" for d in report.source_docs) else ""
    return f"theo {len(plans)} kế hoạch thực hiện Chương trình{own}"


def _outlook_title(report: Report) -> str:
    if report.next_period is None:
        return "Phương hướng, nhiệm vụ thời gian tới"
    return f"Phương hướng, nhiệm vụ {report.next_period.vi()}"


def _outlook(report: Report) -> list[str]:
    lines = [
        f"{i.title} ({_leads(report, i)} chủ trì; {when(i)})"
        + (" — chuyển tiếp" if carried else "")
        # a task of the next period that its document now says is cancelled: listed (it was to
        # do at the end of this one, a cancellation has no day), marked so the author decides
        + (" — nay ghi đã hủy" if i.act.get("status") == "cancelled" else "")
        for i, carried in report.next_items
    ]
    lines += [text for _, text in report.next_reviews]
    if report.next_period is None:
        lines.append("TODO: phương hướng phối hợp giai đoạn tiếp theo (đơn vị soạn thảo bổ sung).")
    return lines or ["TODO: nhiệm vụ kỳ tới"]


def _proposals(report: Report, late: list[Item]) -> list[str]:
    out = []
    order = [x for x, _ in report.by_lead()]
    leads = sorted({o for i in late for o in i.leads}, key=order.index)
    if late:
        names = ", ".join(_org(report, o, False) for o in leads)
        out.append(
            f"Đề nghị {names} tập trung hoàn thành {len(late)} hoạt động quá hạn nêu tại mục II."
        )
    out.append(
        "TODO: đề xuất, kiến nghị với cấp trên và các bên phối hợp (đơn vị soạn thảo bổ sung)."
    )
    return out
