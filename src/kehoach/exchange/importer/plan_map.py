"""The numbered sections of a plan → ``purpose``, ``contents`` (activities), ``budget``,
``implementation``, ``reviews`` and ``extra_sections``, recognised by the words of their titles.

Contents: ``contents_map``. Budget: ``budget_map``. Implementation: a subsection about
one org (``Sở Khoa học và Công nghệ:``, ``Đề nghị Sở …``, ``Văn phòng Tỉnh Đoàn``) gets its ``org``.
"""

from __future__ import annotations

import re

from ...vocab import SECTION_ORDER, shorten
from .activity_rows import ActivityBuilder
from .body_map import section_dict, titled, typed_items
from .budget_map import budget
from .contents_map import contents
from .draft import Draft
from .orgs import UNIT_WORDS, OrgIndex
from .reviews import from_prose, read_schedule
from .section_order import Typed
from .sections import Section
from .text import clean, key
from .turns import turns_in, unread_turns

PLAN_KEYS = [
    ("purpose", r"mục đích|yêu cầu|mục tiêu"),
    ("budget", r"kinh phí|tài chính"),
    ("implementation", r"tổ chức thực hiện|phân công|trách nhiệm"),
    ("reviews", r"sơ kết|tổng kết|chế độ|thông tin, báo cáo"),
    ("contents", r"nội dung|nhiệm vụ|hoạt động|giải pháp|chương trình|tiến độ"),
]


def classify(title: str, keys: list[tuple[str, str]], used: set[str]) -> str | None:
    """The part of the format a section's title names: the one whose words come first in it
    ("NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN" is the contents, not the implementation), ties in the
    order of ``keys``."""
    k = key(title)
    found = [
        (m.start(), i, name)
        for i, (name, rx) in enumerate(keys)
        if name not in used and (m := re.search(rx, k))
    ]
    return min(found)[2] if found else None


def not_printable(sec: Section) -> bool:
    """kehoach prints no subsection and no table in a Kinh phí or a reviews section: such a
    section stays an extra section, as written."""
    return bool(sec.children) or any(c.kind == "table" for c in sec.content)


def with_orgs(
    sec: dict, children: list[Section], index: OrgIndex, issuers: list[str] | None = None
) -> dict:
    """Subsections about one org get ``org`` (for ``kehoach who``); a subsection about a
    department of the issuer ("Phòng Quản lý chuyên ngành", "Văn phòng Sở") gets the issuer's."""
    for sub, child in zip(sec.get("sections") or [], children, strict=False):
        org = index.mentioned(child.title) if child.title else None
        if org is None and child.title:
            org = issuer_of_unit(child.title, index, issuers or [])
        if org:
            items = list(sub.items())
            sub.clear()
            for k, v in items:
                sub[k] = v
                if k == "title":
                    sub["org"] = org
        with_orgs(sub, child.children, index, issuers)
    return sec


# "Văn phòng Sở", "Phòng Tổng hợp": a department named by its kind of body, not by the body's name
_PLACED = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)\b", re.I)
_OWN_UNIT = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))?\s*(?P<unit>.+?)[:.]?$")


def issuer_of_unit(title: str, index: OrgIndex, issuers: list[str]) -> str | None:
    """The issuer a subsection titled by one of its departments is about ("Phòng Quản lý chuyên
    ngành", "Văn phòng Sở" in a plan of a Sở), or None: the only issuer, or the one whose name
    starts with the word after the department ("Sở" of "Văn phòng Sở"); a name of another body
    ("Ban Phong trào Tỉnh Đoàn", found by ``mentioned``) or words that are not a department, no."""
    m = _OWN_UNIT.match(clean(title))
    unit = m.group("unit") if m else ""
    if not UNIT_WORDS.match(unit) or _PLACED.search(unit) or index.split_unit(unit)[1] is not None:
        return None  # not a department, or one of a body named, or a body of a place
    if len(issuers) == 1:
        return issuers[0]
    last = unit.split(" ")[-1]
    ours = [i for i in issuers if any(n.startswith(last + " ") for n in index.names_of(i))]
    return ours[0] if len(ours) == 1 and last[:1].isupper() else None


def reviews(
    sec: Section,
    index: OrgIndex,
    parties: list[str],
    year: int | None,
    draft: Draft,
    final: int | None = None,
) -> dict:
    """Prose, and the schedule. The ``-`` items that end the section and read as kehoach's own
    sentences are the schedule (printed after the prose: ``print_schedule: true`` when the
    section has prose of its own); otherwise entries implied by the prose ("Hằng năm … sơ
    kết"), marked TODO and only tracked, the prose kept as written. ``parties``: the document's
    issuers or parties, who take turns to chair in their order when the words say so and give
    none ("các bên luân phiên chủ trì")."""
    out = titled(sec, "reviews")
    ids: set[str] = set()
    schedule: list[dict] = []
    items = list(out.get("items") or [])
    dashes = "item_style" not in out
    while dashes and items:
        entry = read_schedule(items[-1], index, year, ids, parties)
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
        texts = [*(out.get("paragraphs") or []), *items]
        for entry, text in from_prose(texts, ids, final, turns_in(index, parties)):
            draft.todo(
                ("reviews", "schedule", len(schedule)),
                f'suy ra từ câu "{shorten(text, 90)}"{unread_turns(entry, text)}',
            )
            schedule.append(entry)
    typed_items(out)  # the section prints no item style: '1.', 'a)' kept as typed
    if schedule:
        out["schedule"] = schedule
    return out


def _texts(value: object) -> list[str]:
    """The sentences of a section as the draft holds it (its paragraphs, items, subsections)."""
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    if not isinstance(value, dict):
        return []
    own = [t for k in ("paragraphs", "items") for t in value.get(k) or [] if isinstance(t, str)]
    return own + _texts(value.get("sections"))


def tracked_schedule(
    data: dict, draft: Draft, index: OrgIndex, parties: list[str], final: int | None = None
) -> None:
    """A document whose reviews section gave no schedule (or that has none): the review sentences
    of its other sections ("Hằng năm, hai bên sơ kết …" under TỔ CHỨC THỰC HIỆN, beside a
    section "CHẾ ĐỘ THÔNG TIN, BÁO CÁO" that took the reviews' place) give it, tracked only
    (``print_schedule: false``: the sentences print where they were typed), each with a TODO."""
    rev = data.get("reviews")
    if isinstance(rev, dict) and rev.get("schedule"):
        return
    texts = _texts(data.get("implementation")) + _texts(data.get("extra_sections"))
    found = from_prose(texts, set(), final, turns_in(index, parties))
    if not found:
        return
    rev = data["reviews"] = rev if isinstance(rev, dict) else {}
    rev["schedule"] = []
    for entry, text in found:
        draft.todo(("reviews", "schedule", len(rev["schedule"])),
                   f'suy ra từ câu "{shorten(text, 90)}" (ở mục khác){unread_turns(entry, text)}')  # fmt: skip
        rev["schedule"].append(entry)
    rev["print_schedule"] = False


def plan_body(
    root: Section, draft: Draft, index: OrgIndex, acts: ActivityBuilder, year: int | None
) -> dict:
    out: dict = {}
    extra: list[dict] = []
    used: set[str] = set()
    typed = Typed()
    for sec in root.children:
        name = classify(sec.title, PLAN_KEYS, used)
        if name == "reviews" and not_printable(sec):  # kept whole, as written
            name = None
        got = budget(sec) if name == "budget" else None
        if name == "budget" and got is None:  # kept whole, as written
            name = None
        if name is None:
            extra.append(section_dict(sec))
            typed.extra(extra[-1], sec.title)
            continue
        used.add(name)
        typed.known(name, sec.title)
        if name == "contents":
            out[name] = contents(sec, draft, acts)
        elif name == "budget":
            out[name] = got
        elif name == "reviews":
            out[name] = reviews(sec, index, acts.issuers, year, draft)
        elif name == "implementation":
            out[name] = with_orgs(titled(sec, name), sec.children, index, acts.issuers)
        else:
            out[name] = titled(sec, name)
    ordered = {
        k: out[k] for k, _ in sorted(PLAN_KEYS, key=lambda kv: _ORDER.index(kv[0])) if k in out
    }
    typed.place("plan", draft)
    if extra:
        ordered["extra_sections"] = extra
    return ordered


_ORDER = SECTION_ORDER["plan"]
