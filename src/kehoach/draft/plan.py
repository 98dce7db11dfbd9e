"""``kehoach new plan`` and ``kehoach new program``: YAML drafts, valid against the schema as
written, with comments saying what to fill. Placeholders are strings starting with ``TODO`` (or a
time equal to the whole year, with a ``# TODO`` comment), so nothing invented reaches print
unnoticed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..errors import KehoachError
from ..model import Document, Repository, navigate
from ..model.links import plan_year, plans_citing
from ..model.schedule import plan_years, work_calendar
from ..model.turns import per_party
from ..resources import modeline
from ..today import today_from
from ..vocab import date_text
from .carry import carried_text, free_id, group_of
from .common import TODO, Draft, find_program, signer_skeleton
from .lastyear import area_groups, grouped, layout_of, no_total, own_archive, own_signers
from .meetings import plan_reviews
from .reyear import Reyear, base_todo
from .wording import plan_closing, plan_title
from .work import year_work
from .yamltext import comment_block, dump, flow, list_item


def _previous(
    plans: list[Document], year: int, issuers: list[str] | None
) -> tuple[Document, int] | None:
    """The most recent plan before ``year`` (sharing an issuer when issuers are given), with the
    year it is for."""
    best: tuple[Document, int] | None = None
    for doc in plans:
        y = plan_year(doc)
        if y is None or y >= year or (issuers and not set(issuers) & set(doc.issuers)):
            continue
        if best is None or y > best[1]:
            best = doc, y
    return best


def _placeholder(
    program: Document, area_id: str, lead: str, support: list[str], year: int, group: str
) -> str:
    """The one activity a draft proposes for a content area of the program (in ``group`` when
    last year's plan put the area's activities in one)."""
    area = next(a for a in program.data["areas"] if isinstance(a, dict) and a["id"] == area_id)
    out = [f"    - id: {area_id}\n"]
    out.append(dump("title", " ".join(str(area.get("title", "")).split()), 6))
    if group:
        out.append(dump("group", group, 6))
    out.append(f"      area: {area_id}\n      lead: {lead}\n")
    if support:
        out.append(flow("support", support, 6))
    out.append(
        f"      time: {year}  # {TODO}: điền thời gian, ví dụ {year}-Q2, {year}-06, "
        f"{year}-03..{year}-05\n"
    )
    out.append(f"      # budget: 0  # {TODO}: kinh phí (đồng)\n")
    out.append("      status: planned\n")
    return "".join(out)


def _date_line(repo: Repository, program: Document, year: int) -> str:
    """The issue date to fill in, commented out: the 15th of January of the plan's year — or the
    day the program asks the plan by (``kind: plan``, a working day), when that is earlier
    (``year_offset: -1``: by 31/12 of the year before; ``due`` would call 15/01 late)."""
    when, why = date(year, 1, 15), ""
    period = navigate.window(program)
    cal = work_calendar(repo.settings)
    for _, item in navigate.schedule(program):
        if item.get("kind") != "plan" or item.get("every", "year") != "year":
            continue
        for occ in plan_years(item, period, cal):
            if occ.year == year and occ.date < when:
                when, why = occ.date, f" (hạn theo chương trình: {date_text(occ.date)})"
    return f"# date: {when.isoformat()}   # {TODO}: ngày ban hành{why}\n"


def _default_path(
    repo: Repository, program: Document, year: int, issuers: list[str], asked: bool,
    this_year: list[Document],
) -> Path:  # fmt: skip
    """``plans/<year>/kh-<year>-<program>.yaml``, with the issuers' ids after it when the plan is
    one party's among others: asked for by ``--issuer`` (``asked``) of a program of several
    parties, of a program that asks each party for its own plan (``per_party``), or when a plan of
    the year (``this_year``) is another party's (no issuer in common; a joint plan the draft's
    issuer signs too leaves the name as it was) — each party's draft its own file, not the one of
    the party that drafted first."""
    name = f"kh-{year}-{program.id}"
    if (
        (asked and len(program.issuers) > 1)
        or per_party(program)
        or any(not set(d.issuers) & set(issuers) for d in this_year)
    ):
        name += "-" + "-".join(issuers)
    return repo.root / "plans" / str(year) / f"{name}.yaml"


def _same_words(title: object) -> str:
    """A title as two titles are compared: spaces and letter case aside."""
    return " ".join(str(title or "").split()).casefold()


def _signers_for(repo: Repository, program: Document, issuers: list[str]) -> list[dict]:
    by_org = {s.get("org"): s for s in program.data.get("signers") or [] if isinstance(s, dict)}
    return [by_org.get(org) or signer_skeleton(repo, org) for org in issuers]


def draft_plan(
    repo: Repository, program_id: str, year: int, issuers: list[str] | None = None
) -> Draft:
    program = find_program(repo, program_id)
    period = navigate.window(program)
    if period and period.start and period.end and not period.start.year <= year <= period.end.year:
        raise KehoachError(f"Năm {year} nằm ngoài thời hạn của chương trình ({period.vi()}).")
    for org in issuers or []:
        if org not in repo.orgs:
            raise KehoachError(f'Không có tổ chức "{org}" trong orgs.yaml.')
    plans = plans_citing(repo, program.id)
    found = _previous(plans, year, issuers)
    prev, py = found if found else (None, year)
    asked = bool(issuers)
    if not issuers:
        issuers = prev.issuers if prev else program.issuers[:1]
    notes = [
        f"Đã có kế hoạch năm {year} căn cứ chương trình này: {d.path}"
        for d in plans
        if plan_year(d) == year and set(d.issuers) & set(issuers)
    ]

    def carried(key: str, value: object) -> str:
        """``key: value`` of last year's plan for this year (``Reyear``), with a TODO when a
        sentence citing another document was kept as written."""
        reyear = Reyear(py, year)
        return dump(key, reyear(value), comment=reyear.todo())

    lead = issuers[0]
    support = [p for p in program.issuers if p not in issuers]
    pdata = prev.data if prev else {}

    out = [modeline("plan")]
    source = f", dựa trên {prev.path} (năm {py})" if prev else ""
    out.append(
        comment_block(
            f"Bản nháp kế hoạch năm {year} thực hiện chương trình {program.id}{source}.\n"
            f"Tạo bằng `kehoach new plan` ngày {today_from(None).isoformat()}. Điền các chỗ ghi {TODO}, "
            "rồi chạy `kehoach validate`."
        )
    )
    out.append("kind: plan\n")
    out.append(f"# number: 1          # {TODO}: số văn bản khi văn thư cấp\n")
    if "unit" in pdata:
        out.append(dump("unit", pdata["unit"]))
    out.append(_date_line(repo, program, year))
    out.append(flow("issuers", issuers))
    out.append(f"year: {year}\n")
    if "title" in pdata:
        out.append(carried("title", pdata["title"]))
    else:
        out.append(dump("title", plan_title(repo, program, issuers, year)))
    out.append("\nbases:\n")
    out.append(f"  - ref: {program.id}\n")
    for base in pdata.get("bases") or []:
        if isinstance(base, dict) and base.get("ref") != program.id:
            # a căn cứ names a document as it is: never moved on, checked by whoever fills it
            out.append(list_item(base, 2, base_todo(year), at="number"))
    out.append(f"  # {TODO}: thêm căn cứ khác nếu có (number, date, issuer, summary hoặc text)\n")
    for key in ("preamble", "purpose"):
        if key in pdata:
            out.append("\n" + carried(key, pdata[key]))
    if "purpose" not in pdata:
        out.append("\n" + dump("purpose", {"items": [f"{TODO}: mục đích, yêu cầu của kế hoạch"]}))
    out.append(f"\ncontents:\n  layout: {layout_of(pdata)}\n")
    if no_total(pdata):
        out.append("  print_total: false\n")  # as last year's table: no Tổng cộng row
    out.append("  activities:\n")
    out.append(
        "    # Mỗi nội dung của chương trình một hoạt động: viết lại tên cho cụ thể, thêm hoặc bớt\n"
        "    # hoạt động; điền thời gian, kinh phí (budget, đồng), đơn vị phối hợp.\n"
    )
    area_ids = [a["id"] for a in program.data.get("areas") or [] if isinstance(a, dict)]
    work = year_work(repo, program, plans, year, issuers)
    carry, listed, again = work.carry, work.listed, work.again
    notes += work.notes
    # an area whose activity of last year goes on under the area's own title (last year's
    # placeholder, kept as it was): that activity is this year's for the area, not a second one
    titles = {
        a["id"]: _same_words(a.get("title")) for a in program.data["areas"] if isinstance(a, dict)
    }
    going_on = {
        item.area
        for item in carry
        if item.area in titles and _same_words(item.act.get("title")) == titles[item.area]
    }
    taken = set(area_ids) - going_on - {i.area for i in listed}
    groups = area_groups(prev)
    items: list[tuple[str, str]] = []  # (group, activity text), in area order
    for area_id in [*area_ids, None]:
        if area_id is not None and area_id not in going_on | {i.area for i in listed}:
            group = groups.get(area_id, "")
            items.append((group, _placeholder(program, area_id, lead, support, year, group)))
        for item in [*listed, *carry, *again]:
            if item.area == area_id:
                text = carried_text(item, year, free_id(item.act.get("id"), taken))
                items.append((group_of(item.act), text))
    out.extend(text for _, text in grouped(items, prev))
    if "implementation" in pdata:
        out.append("\n" + carried("implementation", pdata["implementation"]))
    reyear = Reyear(py, year)
    reviews = plan_reviews(repo, program, prev, year, year - py, reyear, issuers)
    if reviews:
        out.append("\n" + dump("reviews", reviews, comment=reyear.todo()))
    if "closing" in pdata:
        out.append("\n" + carried("closing", pdata["closing"]))
    else:
        out.append("\n" + dump("closing", [plan_closing(repo, issuers, year)]))
    signers = own_signers(pdata, issuers) or _signers_for(repo, program, issuers)
    out.append("\n" + dump("signers", signers))
    recipients = pdata.get("recipients") or {
        "groups": [{"purpose": "b/c", "items": [f"{TODO}: nơi nhận để báo cáo"]}],
        "archive": ["VT"],
    }
    if isinstance(recipients, dict) and "archive" in recipients:
        recipients = {**recipients, "archive": own_archive(repo, recipients["archive"], issuers)}
    out.append("\n" + dump("recipients", recipients))
    this_year = [d for d in plans if plan_year(d) == year]
    path = _default_path(repo, program, year, issuers, asked, this_year)
    return Draft("".join(out), path, notes)
