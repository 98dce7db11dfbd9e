"""The numbered sections of a plan → ``purpose``, ``contents`` (activities), ``budget``,
``implementation``, ``reviews`` and ``extra_sections``, recognised by the words of their titles.

Contents: an activity table gives ``layout: table``; without one, the items are the activities
(``layout: list``), each followed by its detail paragraphs; a subsection whose lines say
``Chủ trì: …``/``Thời gian: …`` is an activity too. Budget: ``Khoản: 5.000.000 đồng (nguồn);``
items are ``lines``, ``Tổng kinh phí: … đồng`` the ``total``. Implementation: a subsection about
one org (``Sở Khoa học và Công nghệ:``, ``Đề nghị Sở …``, ``Văn phòng Tỉnh Đoàn``) gets its ``org``.
"""

from __future__ import annotations

import re

from ...model.layout import item_marker
from .activities import labelled, read_table
from .activity_fields import ActivityBuilder
from .body_map import prose, section_dict, titled
from .draft import Draft
from .money import read_money
from .orgs import OrgIndex
from .reviews import from_prose, read_schedule
from .sections import Item, Section
from .text import key

PLAN_KEYS = [
    ("purpose", r"mục đích|yêu cầu|mục tiêu"),
    ("budget", r"kinh phí|tài chính"),
    ("implementation", r"tổ chức thực hiện|phân công|trách nhiệm"),
    ("reviews", r"sơ kết|tổng kết|chế độ|thông tin, báo cáo"),
    ("contents", r"nội dung|nhiệm vụ|hoạt động|giải pháp|chương trình|tiến độ"),
]
_LINE = re.compile(
    r"^(?P<item>.+?):\s*(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)\s*đồng(?:\s*\((?P<source>.+)\))?\s*[;.]?$"
)
_TOTAL = re.compile(
    r"^Tổng (?:kinh phí|cộng)\s*:\s*(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)\s*đồng\b.*$"
)
_SOURCE = re.compile(r"^Nguồn kinh phí\s*:\s*(?P<source>.+?)\.?$")


def classify(title: str, keys: list[tuple[str, str]], used: set[str]) -> str | None:
    k = key(title)
    for name, rx in keys:
        if name not in used and re.search(rx, k):
            return name
    return None


def _contents(sec: Section, draft: Draft, acts: ActivityBuilder) -> dict:
    out = {k: v for k, v in titled(Section(1, title=sec.title), "contents").items()}
    base = ("contents", "activities")
    activities: list[dict] = []
    rest: list[Item] = []
    groups: list[str] = []
    for c in sec.content:
        table = read_table(c.table) if c.kind == "table" and c.table else None
        if table is None:
            rest.append(c)
            continue
        activities += acts.from_table(table, base, len(activities))
        groups += [text for _, text in table.groups]
        if table.total:
            printed = read_money(table.total, table.budget_unit).value
            if printed != sum(a.get("budget", 0) for a in activities):
                draft.todo(
                    ("contents", "layout"),
                    f"dòng tổng của bảng ghi {table.total}, khác tổng các hoạt động",
                )
    if activities:
        prose(rest, out)
        out["layout"] = "table"
        if groups:
            out.setdefault("paragraphs", [])
            for text in groups:
                draft.todo(
                    ("contents", "paragraphs", len(out["paragraphs"])),
                    "dòng nhóm trong bảng hoạt động",
                )
                out["paragraphs"].append(text)
    else:
        texts = [c for c in rest if c.kind in ("para", "item")]
        # labelled items before the first activity ("- Thời gian: Quý II/2027.", "- Địa điểm: …")
        # say the plan's own when and where: prose, not activities
        first = next(
            (i for i, c in enumerate(texts) if c.kind == "item" and labelled(c.text) is None), None
        )
        bullets = all(c.marker in ("-", "+") for c in texts if c.kind == "item")
        if first is not None and bullets:
            prose(texts[:first] + [c for c in rest if c.kind == "table"], out)
            out["layout"] = "list"
            for c in texts[first:]:
                if c.kind == "item" and labelled(c.text) is None:
                    path = base + (len(activities),)
                    activities.append(acts.new(c.text, path))
                else:
                    acts.extra(activities[-1], c.text, base + (len(activities) - 1,))
            activities = [acts.finish(a, base + (i,)) for i, a in enumerate(activities)]
        else:
            prose(rest, out)
    subs = []
    for child in sec.children:
        lines = [c.text for c in child.content if c.kind in ("para", "item")]
        table = None if activities else _activity_table(child)
        if table is not None:
            # the activity table under a subheading ("2. Các hoạt động cụ thể"): the contents'
            # activities; the subheading and its prose are kept before them when nothing else
            # comes between, else the subsection stays (without the table) and the order differs
            activities += acts.from_table(table, base, 0)
            out["layout"] = "table"
            rest_of = [c for c in child.content if not (c.kind == "table" and read_table(c.table))]
            if not subs:
                _typed_items(out)
                heading = f"{child.number} {child.title}".strip()
                out.setdefault("paragraphs", []).append(heading)
                typed: dict = {}
                prose(rest_of, typed, child.number)
                _typed_items(typed)
                out["paragraphs"] += typed.get("paragraphs", [])
                if "table" in typed:
                    subs.append({"table": typed["table"]})
            else:
                draft.todo(
                    ("contents", "layout"),
                    f'bảng hoạt động nằm trong mục "{child.title}": in trước các mục con',
                )
                kept = section_dict(Section(child.rank, child.number, child.title, child.where,
                                            rest_of, []))  # fmt: skip
                subs.append(kept)
            subs += [section_dict(grand) for grand in child.children]
            continue
        if not child.children and any(labelled(t) for t in lines) and not _facts(child.title):
            path = base + (len(activities),)
            act = acts.new(child.title, path)
            for t in lines:
                acts.extra(act, t, path)
            activities.append(acts.finish(act, path))
            out.setdefault("layout", "list")
        else:
            subs.append(section_dict(child))
    if activities:
        out["activities"] = activities
        shown = ("support", "support_others", "time", "budget", "lead_unit")
        if out.get("layout") == "list" and any(k in a for a in activities for k in shown):
            out["layout"] = "table"  # only a table prints what the source said of them
    if subs:
        out["sections"] = subs
    _typed_items(out)  # ``contents`` has no item style: numbered items keep their numbers as typed
    if "table" in out:  # nor a data table of its own: it goes into a section before the others
        out.setdefault("sections", []).insert(0, {"table": out.pop("table")})
    return out


# words of a subheading that gives the plan's own facts ("1. Thời gian, địa điểm"), not an activity
_FACTS = frozenset(
    ("thời gian", "địa điểm", "thành phần", "đối tượng", "kinh phí", "quy mô", "hình thức",
     "thời gian tổ chức", "địa điểm tổ chức", "đối tượng tham gia", "thành phần tham dự")
)  # fmt: skip


def _facts(title: str) -> bool:
    parts = [p.strip() for p in re.split(r",|\bvà\b", key(title))]
    return bool(parts) and all(p in _FACTS for p in parts)


def _activity_table(sec: Section):
    """The first activity table of a subsection (``activities.ActivityTable``), or None."""
    for c in sec.content:
        if c.kind == "table" and c.table is not None:
            table = read_table(c.table)
            if table is not None:
                return table
    return None


def _typed_items(out: dict) -> None:
    """Items printed under an ``item_style`` (``1.``, ``a)``) → paragraphs starting with their
    markers as typed, after the other paragraphs (as they print): for a part that has no item
    style, or before paragraphs that must follow the items."""
    style = out.pop("item_style", None)
    if style is None:
        return
    items = out.pop("items", [])
    out.setdefault("paragraphs", []).extend(
        f"{item_marker(style, i, '')} {text}" for i, text in enumerate(items)
    )


def _money(text: str) -> int:
    return int(text.replace(".", ""))


def _budget(sec: Section) -> dict:
    out = titled(sec, "budget")
    keep: list[Item] = []
    lines, total, source = [], None, None
    for c in sec.content:
        m = _LINE.match(c.text) if c.kind == "item" else None
        t = _TOTAL.match(c.text) if c.kind == "para" else None
        s = _SOURCE.match(c.text) if c.kind == "para" else None
        if m:
            line = {"item": m.group("item"), "amount": _money(m.group("amount"))}
            if m.group("source"):
                line["source"] = m.group("source")
            lines.append(line)
        elif t and total is None:
            total = _money(t.group("amount"))
        elif s and source is None:
            source = s.group("source")
        else:
            keep.append(c)
    for k in ("paragraphs", "items", "item_style", "table"):
        out.pop(k, None)
    prose(keep, out)
    if lines:
        out["lines"] = lines
    if total is not None:
        out["total"] = total
    if source:
        out["source"] = source
    return {k: out[k] for k in ("title", "paragraphs", "items", "item_style", "table", "lines", "total",
                                "source", "sections") if k in out}  # fmt: skip


def with_orgs(sec: dict, children: list[Section], index: OrgIndex) -> dict:
    """Subsections about one org get ``org`` (for ``kehoach who``)."""
    for sub, child in zip(sec.get("sections") or [], children, strict=False):
        org = index.mentioned(child.title) if child.title else None
        if org:
            items = list(sub.items())
            sub.clear()
            for k, v in items:
                sub[k] = v
                if k == "title":
                    sub["org"] = org
        with_orgs(sub, child.children, index)
    return sec


def reviews(
    sec: Section, index: OrgIndex, year: int | None, draft: Draft, final: int | None = None
) -> dict:
    """Prose, and the schedule. The ``-`` items that end the section and read as kehoach's own
    sentences are the schedule (printed after the prose: ``print_schedule: true`` when the
    section has prose of its own); otherwise entries implied by the prose ("Hằng năm … sơ
    kết"), marked TODO and only tracked, the prose kept as written."""
    out = titled(sec, "reviews")
    ids: set[str] = set()
    schedule: list[dict] = []
    items = list(out.get("items") or [])
    dashes = "item_style" not in out
    while dashes and items:
        entry = read_schedule(items[-1], index, year, ids)
        if entry is None:
            break
        schedule.insert(0, entry)
        items.pop()
    if schedule:
        if items:
            out["items"] = items
        else:
            out.pop("items", None)
        if out.get("paragraphs") or out.get("items") or out.get("table"):
            out["print_schedule"] = True
    else:
        for entry, text in from_prose([*(out.get("paragraphs") or []), *items], ids, final):
            draft.todo(("reviews", "schedule", len(schedule)), f'suy ra từ câu "{text[:80]}"')
            schedule.append(entry)
    if schedule:
        out["schedule"] = schedule
    return out


def plan_body(
    root: Section, draft: Draft, index: OrgIndex, acts: ActivityBuilder, year: int | None
) -> dict:
    out: dict = {}
    extra: list[dict] = []
    used: set[str] = set()
    for sec in root.children:
        name = classify(sec.title, PLAN_KEYS, used)
        if name in ("reviews", "budget") and sec.children:  # kehoach prints no subsection there
            name = None
        if name is None:
            extra.append(section_dict(sec))
            continue
        used.add(name)
        if name == "contents":
            out[name] = _contents(sec, draft, acts)
        elif name == "budget":
            out[name] = _budget(sec)
        elif name == "reviews":
            out[name] = reviews(sec, index, year, draft)
        elif name == "implementation":
            out[name] = with_orgs(titled(sec, name), sec.children, index)
        else:
            out[name] = titled(sec, name)
    ordered = {
        k: out[k] for k, _ in sorted(PLAN_KEYS, key=lambda kv: _ORDER.index(kv[0])) if k in out
    }
    if extra:
        ordered["extra_sections"] = extra
    return ordered


_ORDER = ["purpose", "contents", "budget", "implementation", "reviews"]
