"""Checks on dates and times: real calendar dates, valid ranges, activities inside the document's
period and not due before it is issued, meetings and reviews written on a day off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..model import Repository, navigate
from ..model.schedule import work_calendar
from ..model.when import fixed_day
from ..timeexpr import TimeError, parse_date, parse_period, parse_time
from ..vocab import clean_str, date_text, review_kind_title
from .facts import DATE_IN_TEXT, bad_date_in, facts, real
from .registry import Finding, register


def _date_fields(doc):
    """Every date the schema allows in a document: its own, its bases', its activities'."""
    data = doc.data
    if isinstance(data.get("date"), str):
        yield ("date",), data["date"]
    for i, base in enumerate(data.get("bases") or []):
        if isinstance(base, dict) and isinstance(base.get("date"), str):
            yield ("bases", i, "date"), base["date"]
    for path, act in navigate.activities(doc):
        if isinstance(act.get("done_date"), str):
            yield path + ("done_date",), act["done_date"]


def _time_fields(doc):
    for path, act in navigate.activities(doc):
        if "time" in act:
            yield path + ("time",), act["time"]
    for path, item in navigate.schedule(doc):
        if "time" in item:
            yield path + ("time",), item["time"]


@register("KH405", "impossible-date", per_document=True)
def impossible_date(repo: Repository) -> Iterator[Finding]:
    """Ngày không có thật trên lịch, ví dụ `2021-02-30`, `2022-13-01` — ở ngày ban hành, ngày hoàn
    thành, ngày của căn cứ, mốc thời gian hay lịch làm việc trong `kehoach.yaml`."""
    sources = [
        (d.path, [*_date_fields(d), *_time_fields(d), *_period_field(d)])
        for d in repo.documents
        if not facts(repo, d).dates_real
    ]
    if repo.settings_path:
        cal = repo.settings.get("calendar") or {}
        extra = [
            (("calendar", k, i), v)
            for k in ("days_off", "working_days")
            for i, v in enumerate(cal.get(k) or [])
            if isinstance(v, str)
        ]
        sources.append((repo.settings_path, extra))
    for path, values in sources:
        for jp, value in values:
            if not isinstance(value, str) or len(value) < 10 or not bad_date_in(value):
                continue  # years, months, quarters: no day to be impossible; real days
            for text in DATE_IN_TEXT.findall(value):
                if not real(text):
                    yield Finding(path, jp, f"Ngày không có thật: {text}")


def _period_field(doc):
    value = doc.data.get("period")
    if isinstance(value, dict):
        return [(("period", k), value[k]) for k in ("from", "to") if k in value]
    return [(("period",), value)] if value is not None else []


@register("KH414", "invalid-time", per_document=True)
def invalid_time(repo: Repository) -> Iterator[Finding]:
    """Mốc thời gian viết đúng dạng nhưng vô nghĩa: khoảng ngược (`2021-Q3..2021-Q1`), thời hạn
    `from` sau `to`."""
    for doc in repo.documents:
        if facts(repo, doc).times_valid:
            continue
        items = list(_time_fields(doc))
        for jp, value in items:
            try:
                parse_time(value)
            except TimeError as exc:
                if not bad_date_in(str(value)):
                    yield Finding(doc.path, jp, str(exc))
        if "period" in doc.data:
            try:
                parse_period(doc.data["period"])
            except TimeError as exc:
                if not bad_date_in(str(doc.data["period"])):
                    yield Finding(doc.path, ("period",), f"Thời hạn không hợp lệ: {exc}")


@register("KH406", "time-outside-period", per_document=True)
def time_outside_period(repo: Repository) -> Iterator[Finding]:
    """Thời gian của hoạt động hoặc mục lịch nằm ngoài năm (`year`) hay thời hạn (`period`) của văn
    bản, ví dụ hoạt động `2022-Q1` trong kế hoạch năm 2021."""
    for doc in repo.documents:
        f = facts(repo, doc)
        win, span = f.window, f.span
        if win is None or win.start is None or span is None or win.kind == "ongoing":
            continue
        if win.end is not None and win.start <= span[0] and span[1] <= win.end:
            continue  # every time inside
        for jp, value in _time_fields(doc):
            t = navigate.time_of(value)
            if t is not None and t.start is not None and not win.contains(t):
                yield Finding(
                    doc.path,
                    jp,
                    f'Thời gian "{t.vi()}" nằm ngoài thời hạn của văn bản ({win.vi()})',
                )


@register("KH407", "deadline-before-issue", per_document=True)
def deadline_before_issue(repo: Repository) -> Iterator[Finding]:
    """Hạn của một hoạt động (ngày cuối của mốc thời gian) trước ngày ban hành văn bản: văn bản giao
    một việc đã quá hạn ngay khi ký. Bản thảo chưa có ngày mà đã định tháng ban hành (`month`) được
    xét với ngày đầu của tháng ấy: hạn trước tháng ban hành thì quá hạn dù ký ngày nào (thường do
    ghi `month` theo năm của kế hoạch thay cho năm ban hành)."""
    for doc in repo.documents:
        f = facts(repo, doc)
        issued, said = f.issued, "ngày ban hành"
        if issued is None and (month := navigate.issue_month(doc)) is not None:
            # a draft with its month set: signed on that month's first day at the earliest
            issued, said = date(*month, 1), f"tháng ban hành {month[1]}/{month[0]} (`month`)"
        if issued is None or f.first_deadline is None or f.first_deadline >= issued:
            continue
        when = said if f.issued is None else f"{said} {date_text(issued)}"
        for path, act in navigate.activities(doc):
            t = navigate.time_of(act.get("time"))
            if t is None or t.end is None or act.get("status") == "cancelled":
                continue
            if t.end < issued:
                yield Finding(
                    doc.path,
                    path + ("time",),
                    f'Hạn "{t.vi()}" ({date_text(t.end)}) trước {when}',
                )


@register("KH415", "done-date-status", level="warning", per_document=True)
def done_date_status(repo: Repository) -> Iterator[Finding]:
    """Hoạt động có `done_date` (ngày hoàn thành) nhưng `status` không phải `done`, hoặc ngày hoàn
    thành trước ngày ban hành văn bản."""
    for doc in repo.documents:
        f = facts(repo, doc)
        issued = f.issued
        if f.done_plain and (issued is None or f.first_done is None or f.first_done >= issued):
            continue
        for path, act in navigate.activities(doc):
            done = act.get("done_date")
            if not isinstance(done, str):
                continue
            if act.get("status") != "done":
                yield Finding(
                    doc.path,
                    path + ("done_date",),
                    "Có ngày hoàn thành nhưng trạng thái chưa là `done`",
                )
            try:
                when = parse_date(done)
            except TimeError:
                continue
            if issued and when < issued:
                yield Finding(
                    doc.path,
                    path + ("done_date",),
                    f"Ngày hoàn thành {date_text(when)} trước ngày ban hành {date_text(issued)}",
                )


@register("KH430", "schedule-day-off", level="warning", per_document=True)
def schedule_day_off(repo: Repository) -> Iterator[Finding]:
    """Một mục lịch họp, sơ kết, tổng kết (`reviews.schedule`) ghi một ngày cụ thể (`time:
    2024-09-02`) rơi vào thứ Bảy, Chủ nhật, ngày lễ, Tết hoặc ngày nghỉ bù (theo lịch Việt Nam và
    `calendar` trong `kehoach.yaml`). Mọi lệnh (`due`, `who`, `render`, `new plan`, `report`) đều
    tính lần họp đó vào ngày làm việc liền trước; thông báo nêu kỳ nghỉ và ngày làm việc ấy. Ghi
    thẳng ngày làm việc vào tệp để văn bản và lịch khớp nhau."""
    cal = None
    for doc in repo.documents:
        if not facts(repo, doc).has_fixed_day:
            continue
        cal = cal or work_calendar(repo.settings)
        for path, item in navigate.schedule(doc):
            t = fixed_day(item)
            if t is None or t.end is None or not cal.is_day_off(t.end):
                continue
            moved = cal.previous_working_day(t.end)
            title = clean_str(item.get("title")) or review_kind_title(item, "Họp")
            yield Finding(
                doc.path,
                path + ("time",),
                f'"{title}" ghi ngày {date_text(t.end)}, là ngày nghỉ ({cal.reason(t.end)}); '
                f"các lệnh tính vào ngày làm việc {date_text(moved)} — nên ghi "
                f"`time: {moved.isoformat()}`",
            )


@register(
    "KH445",
    "issued-before-basis",
    level="warning",
    reads=(("id",), ("date",), ("bases", "*", "ref"), ("bases", "*", "date")),
    focused=True,
)
def issued_before_basis(repo: Repository) -> Iterator[Finding]:
    """Văn bản đề ngày ban hành trước ngày ban hành của văn bản trong kho mà nó dẫn làm căn cứ
    (`ref`), hoặc trước ngày của một căn cứ bên ngoài có ghi ngày: một văn bản không căn cứ được
    vào văn bản ra đời sau nó (`kehoach issue` từ chối ngày như vậy). Thường là ngày gõ nhầm, hoặc
    căn cứ ghi nhầm văn bản."""
    for doc in repo.examined():
        issued = navigate.issued(doc)
        if issued is None:
            continue
        for i, base in enumerate(doc.data.get("bases") or []):
            if not isinstance(base, dict):
                continue
            cited = repo.by_id(base["ref"]) if isinstance(base.get("ref"), str) else None
            when = navigate.issued(cited) if cited is not None else _day(base.get("date"))
            if when is not None and issued < when:
                what = f'"{base["ref"]}"' if cited is not None else f"căn cứ thứ {i + 1}"
                yield Finding(
                    doc.path,
                    ("date",),
                    f"Ngày ban hành {date_text(issued)} trước ngày {date_text(when)} của {what} mà "
                    "văn bản dẫn làm căn cứ",
                )


def _day(value: object):
    """The date ``value`` writes (``YYYY-MM-DD``), or None."""
    try:
        return parse_date(value) if isinstance(value, str) else None
    except TimeError:
        return None


@register("KH446", "month-not-date", level="warning", scope="data")
def month_not_date(path: str, kind: str, data: object, text: str) -> Iterator[Finding]:
    """Văn bản có cả ngày ban hành (`date`) lẫn tháng ban hành của bản thảo (`month`), hai tháng khác
    nhau. Bản in theo `date`; `month` là tháng đã định khi ngày còn để trống cho người ký (thường
    còn sót lại sau khi `kehoach issue` ghi ngày sang tháng khác). Bỏ dòng `month` hoặc sửa cho
    khớp."""
    if not isinstance(data, dict) or "month" not in data or "date" not in data:
        return
    month, issued = data.get("month"), _day(data.get("date"))
    if isinstance(month, str) and issued is not None and month != issued.isoformat()[:7]:
        yield Finding(
            path,
            ("month",),
            f"Tháng ban hành `month: {month}` khác tháng của ngày ban hành {date_text(issued)} "
            "(`date`); bản in theo `date`: bỏ dòng `month` hoặc sửa cho khớp",
        )
