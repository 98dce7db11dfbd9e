"""A plan's NỘI DUNG → ``contents``: its activities from an activity table (``layout: table``) —
also one under a subheading of its own — or from its items (``layout: list``), each followed by
its detail paragraphs and labelled lines; a subsection whose lines say ``Chủ trì: …``/``Thời
gian: …`` is an activity too, unless its title names the plan's own facts ("Thời gian, địa
điểm"). ``contents`` prints no item style and no data table of its own: numbered items keep their
numbers as typed, a data table goes into a section."""

from __future__ import annotations

from ...vocab import ACTIVITIES_TITLE
from .activities import labelled, read_table, typed_columns
from .activity_fields import NO_LEAD, unprinted
from .activity_groups import group_of, group_rows, in_group, lone_style, renumbered, typed_line
from .activity_rows import ActivityBuilder
from .body_map import prose, section_dict, titled, typed_items, typed_start
from .contents_kinds import NUMBER, activity_table, facts, numbered_under, one_activity
from .draft import Draft
from .money import read_money, unit_line
from .sections import Item, Section
from .text import key
from .typed_lines import hoist


def _units(content: list[Item], draft: Draft) -> list[Item]:
    """``content`` without a line that gives the unit of the amounts of the table under it
    ("Đơn vị tính: nghìn đồng"): the table takes it (its budgets in đồng), the line is said in a
    TODO — reprinted, the amounts are in đồng and the line would say otherwise."""
    out: list[Item] = []
    for i, c in enumerate(content):
        after = content[i + 1] if i + 1 < len(content) else None
        unit = unit_line(c.text) if c.kind == "para" else None
        if unit and after is not None and after.kind == "table" and after.table is not None:
            after.table.unit = unit
            draft.todo(("contents", "layout"), f'văn bản ghi "{c.text}": kinh phí đã đổi ra đồng')
            continue
        out.append(c)
    return out


def contents(sec: Section, draft: Draft, acts: ActivityBuilder) -> dict:
    sec.content = _units(sec.content, draft)
    for child in sec.children:
        child.content = _units(child.content, draft)
    out = {k: v for k, v in titled(Section(1, title=sec.title), "contents").items()}
    base = ("contents", "activities")
    activities: list[dict] = []
    rest: list[Item] = []
    after = 0  # where in ``rest`` the words after the last activity table begin
    closing: dict = {}  # those words (``after_activities``)
    groups: list[tuple[int, str]] = []  # (before activity number, the group row's words)
    totals = False  # a table with a total row
    columns: dict[str, str] = {}  # the headings typed over the columns kehoach prints
    for c in sec.content:
        table = read_table(c.table) if c.kind == "table" and c.table else None
        if table is None:
            rest.append(c)
            continue
        after = len(rest)
        columns = columns or typed_columns(table)
        activities += acts.from_table(table, base, len(activities))
        start = len(activities) - len(table.rows)
        groups += [(start + at, text) for at, text in table.groups]
        totals = totals or bool(table.total)
        if table.total:
            printed = read_money(table.total, table.budget_unit).value
            if printed != sum(a.get("budget", 0) for a in activities):
                draft.todo(
                    ("contents", "layout"),
                    f"dòng tổng của bảng ghi {table.total}, khác tổng các hoạt động",
                )
    if activities:
        # the words after the activity table print after it ("Ngoài các hoạt động trên, …")
        prose(rest[:after] + [c for c in rest[after:] if c.kind not in ("para", "item")], out)
        prose([c for c in rest[after:] if c.kind in ("para", "item")], closing)
        typed_items(closing)
        out["layout"] = "table"
        if columns:
            out["columns"] = columns
        if not totals and any("budget" in a for a in activities):
            out["print_total"] = False  # kehoach would add a Tổng cộng row the source did not have
        group_rows(activities, groups)
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
                    activities.append(acts.from_sentence(c.text, path) or acts.new(c.text, path))
                else:
                    acts.extra(activities[-1], c.text, base + (len(activities) - 1,))
            activities = [acts.finish(a, base + (i,)) for i, a in enumerate(activities)]
        else:
            prose(rest, out)
    subs: list[dict] = []
    held = None  # the subsection whose activity table the activities are
    # subsections that group activities: one with two or more makes the others with one a group
    grouped = [group_of(c) for c in sec.children]
    least = 1 if any(g is not None and len(g) >= 2 for g in grouped) else 2
    numbered: list[str] = []  # the numbers of the subsections read as one activity each
    lead_ins: list[str] = []  # a lone group's title, kept as a line ('3. Các hoạt động chính:')
    groups_typed: list[tuple[str, str]] = []  # (number, title) of the groups
    outlined: list[bool] = []  # each group's activities typed '1.1.', '1.2.' under '1.'
    for child, heads in zip(sec.children, grouped, strict=True):
        lines = [typed_line(c) for c in child.content if c.kind in ("para", "item")]
        table = None if activities else activity_table(child)
        if table is not None:
            activities += acts.from_table(table, base, 0)
            out["layout"] = "table"
            if typed := typed_columns(table):
                out["columns"] = typed
            if not table.total and any("budget" in a for a in activities):
                out["print_total"] = False  # kehoach would add a Tổng cộng row never typed
            group_rows(activities, table.groups)
            held = (child, len(subs))
            subs += [section_dict(grand) for grand in child.children]
            continue
        # "1. Công tác tuyên truyền", then "a) …" activities with their lines
        group = heads if heads is not None and len(heads) >= least else None
        if group is not None and not facts(child.title):
            # alone and typed with a number kehoach would not print ('3. Các hoạt động chính:'
            # after items typed '1.', '2.'): its title stays a line with its number, no group
            alone = lone_style(child, sec.children)
            last = _last_after_subsections(child, sec.children, subs, out, bool(groups_typed))
            if last is not None:
                # '3. Các hoạt động chính' after the subsections '1.', '2.': printed as the
                # next subsection, under ``activities_title``, not as a group numbered '3.1.'
                alone = last
            for title, under in group:
                path = base + (len(activities),)
                act = acts.new(title, path)
                for t in under:
                    acts.extra(act, t, path)
                act = acts.finish(act, path)
                activities.append(act if alone is not None else in_group(act, child.title))
            if last is not None:
                if key(child.title) != key(ACTIVITIES_TITLE):
                    out["activities_title"] = child.title
                if alone != "dash":
                    out["activities_style"] = alone
            elif alone is not None:
                lead_ins.append(f"{child.number} {child.title}")
                if alone != "dash":
                    out["activities_style"] = alone
            else:
                groups_typed.append((child.number, child.title))
                outlined.append(numbered_under(child))
            out.setdefault("layout", "list")
            continue
        if not child.children and one_activity(child) and not facts(child.title):
            path = base + (len(activities),)
            act = acts.new(child.title, path)
            for t in lines:
                acts.extra(act, t, path)
            activities.append(acts.finish(act, path))
            out.setdefault("layout", "list")
            numbered.append(child.number)
        else:
            if not subs and child is sec.children[0] and (start := typed_start(child.number)) > 1:
                out["sections_start"] = start  # '3. Các hoạt động chính' after '1.', '2.' typed
            subs.append(section_dict(child))
    if numbered and all(NUMBER.match(n or "") for n in numbered):
        out["activities_style"] = "number"  # '1. Lễ ra quân …', '2. …': printed numbered again
    elif outlined and all(outlined):
        out["activities_style"] = "outline"  # '1.1.', '1.2.' under '1.': printed so again
    if held is not None:
        _held_table(out, subs, *held, draft)
    if activities:
        out["activities"] = activities
        shown = ("support", "support_others", "support_units", "time", "budget", "lead_unit",
                 "co_leads")  # fmt: skip
        if out.get("layout") == "list" and any(k in a for a in activities for k in shown):
            out["layout"] = "detailed_list"  # a list that says each one's time, lead, budget
            hoist(out, activities, lambda a: acts.settings.get(id(a)))
            _unnamed(activities, base, draft)
    if closing:
        out["after_activities"] = closing
    if subs:
        out["sections"] = subs
    typed_items(out)  # ``contents`` has no item style: numbered items keep their numbers as typed
    if lead_ins:  # after the items typed before it, before the activities
        out.setdefault("paragraphs", []).extend(lead_ins)
    renumbered(groups_typed, draft)
    if "table" in out:  # nor a data table of its own: it goes into a section before the others
        out.setdefault("sections", []).insert(0, {"table": out.pop("table")})
    return out


def _last_after_subsections(
    child: Section, children: list[Section], subs: list[dict], out: dict, grouped: bool
) -> str | None:
    """The ``activities_style`` of the activities of ``child``, the last subsection of the
    contents and the only group, typed with the number that follows the subsections before it
    ('3. Các hoạt động chính' after '1. Đối tượng', '2. Thời gian, địa điểm'): kehoach prints
    them there under ``activities_title``. None otherwise."""
    if grouped or not subs or child is not children[-1] or "activities_title" in out:
        return None
    if len(subs) != len(children) - 1:  # every subsection before it is kept as one
        return None
    if child.number.rstrip(".)") != str(len(subs) + out.get("sections_start", 1)):
        return None
    return lone_style(child, [child])


def _unnamed(activities: list[dict], base: tuple, draft: Draft) -> None:
    """The activities of a detailed list whose lead the document does not name (the issuer's, in
    a TODO): ``lead_printed: false`` after the lead, so that no 'Đơn vị chủ trì: …' line is
    printed that the document did not have."""
    for i, act in enumerate(activities):
        if NO_LEAD in draft.todos.get(base + (i, "lead"), ""):
            activities[i] = unprinted(act)


def _held_table(out: dict, subs: list[dict], child: Section, at: int, draft: Draft) -> None:
    """The activity table was under a subheading ("2. Các hoạt động cụ thể"), at ``at`` among the
    other subsections ``subs``. Alone, the subheading and its lead-in are kept as paragraphs
    before the table (printed so: no subsection, no heading). With other subsections, kehoach
    prints the activities after them, as the next one, under ``activities_title``: the
    subheading's words; an order that differs from the source's is said in a TODO, and so is a
    lead-in of its own (the subsection stays, without the table)."""
    rest = [c for c in child.content if not (c.kind == "table" and c.table is not None
                                              and read_table(c.table))]  # fmt: skip
    if not subs:
        typed_items(out)
        out.setdefault("paragraphs", []).append(f"{child.number} {child.title}".strip())
        typed: dict = {}
        prose(rest, typed, child.number)
        typed_items(typed)
        out["paragraphs"] += typed.get("paragraphs", [])
        if "table" in typed:
            subs.append({"table": typed["table"]})
        return
    if any(c.kind in ("para", "item", "table") for c in rest):
        # its lead-in has no place beside the activities: the subsection stays, without the table
        subs.insert(at, section_dict(Section(child.rank, child.number, child.title, child.where,
                                             rest, [])))  # fmt: skip
        draft.todo(
            ("contents", "layout"),
            f'lời dẫn của mục "{child.title}" in tách khỏi bảng hoạt động (các hoạt động in sau '
            "mọi mục con): kiểm tra lại",
        )
        return
    if key(child.title) != key(ACTIVITIES_TITLE):
        out["activities_title"] = child.title
    if at < len(subs):
        draft.todo(
            ("contents", "layout"),
            f'bảng hoạt động nằm trong mục "{child.title}": kehoach in các hoạt động sau các mục '
            "con khác",
        )
