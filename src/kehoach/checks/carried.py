"""Activities carried over from an earlier plan, or carrying out an activity of a program
(``carried_from``, ``model.carry``): what they name must be there, or the earlier activity is
counted and reminded of as if nothing continued it."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Document, Repository, navigate
from ..model.carry import source
from ..model.links import plan_year
from .registry import Finding, register


@register(
    "KH426",
    "carried-from-unknown",
    level="warning",
    reads=(("id",), ("contents", "activities", "*", "id"),
           ("contents", "activities", "*", "carried_from"),
           ("areas", "*", "activities", "*", "id"),
           ("areas", "*", "activities", "*", "carried_from")),
    focused=True,
)  # fmt: skip
def carried_from_unknown(repo: Repository) -> Iterator[Finding]:
    """Hoạt động ghi `carried_from` (chuyển tiếp từ một kế hoạch trước, hay thực hiện một hoạt động
    của chương trình) mà văn bản hay hoạt động được nêu không có trong kho: `plan` phải là mã (`id`)
    một kế hoạch của kho, `program` mã một chương trình phối hợp; `activity` là mã (`id`) của hoạt
    động ấy trong văn bản đó (hoạt động của chương trình: ghi trong nội dung phối hợp,
    `areas[].activities`), hoặc tên của nó nếu nó không có mã (như `kehoach new plan` ghi; khi văn
    bản ấy có hoạt động không mã, tên không được kiểm tra). Khi không khớp, báo cáo đếm cả hai hoạt
    động và `kehoach due` vẫn nhắc hoạt động cũ."""
    # document id -> the ids of its activities, and whether one has none (named by its title then:
    # not read here, the titles of every document would weigh on every validate)
    keys: dict[str, tuple[set[str], bool]] = {}
    for doc in repo.examined():
        for path, act in navigate.activities(doc):
            found = source(act)
            if found is None:
                continue
            doc_id, activity = found
            kind = "plan" if "plan" in act["carried_from"] else "program"
            what = _WHAT[kind]
            earlier = repo.by_id(doc_id)
            where = path + ("carried_from",)
            if kind == "plan" and "program" in act["carried_from"]:
                yield Finding(
                    doc.path,
                    where + ("program",),
                    "Ghi cả `plan` và `program`: chỉ `plan` được theo (chuyển tiếp); hoạt động của "
                    "chương trình vẫn được nhắc, đếm riêng — giữ một trong hai",
                )
            if earlier is None or earlier.kind != kind:
                if doc_id not in repo.invalid_ids:  # a document that fails its schema: said there
                    yield Finding(
                        doc.path,
                        where,
                        f'{what[0]} "{doc_id}": không có {what[1]} này trong kho',
                    )
                continue
            if doc_id not in keys:
                # its activities: packed apart when it is not examined (``Repository.whole``)
                ids = [a.get("id") for _, a in navigate.activities(repo.whole(earlier))]
                keys[doc_id] = ({i for i in ids if isinstance(i, str) and i}, not all(ids))
            known, untitled = keys[doc_id]
            if activity not in known and not untitled:
                yield Finding(
                    doc.path,
                    where,
                    f'{what[0]} hoạt động "{activity}" của "{doc_id}": {what[1]} đó không có '
                    "hoạt động nào có mã hay tên này",
                )


# how a finding names what ``carried_from`` points at: (the link, the document)
_WHAT = {
    "plan": ("Chuyển tiếp từ", "kế hoạch"),
    "program": ("Thực hiện", "chương trình"),
}


@register(
    "KH429",
    "program-activity-unlinked",
    level="warning",
    reads=(("id",), ("bases", "*", "ref"),
           ("contents", "activities", "*", "id"),
           ("contents", "activities", "*", "carried_from"),
           ("areas", "*", "activities", "*", "id")),
    focused=True,
)  # fmt: skip
def program_activity_unlinked(repo: Repository) -> Iterator[Finding]:
    """Hoạt động của kế hoạch có cùng mã (`id`) với một hoạt động mà chương trình được kế hoạch căn
    cứ (`bases: - ref: <mã chương trình>`) ghi trong nội dung phối hợp (`areas[].activities`), nhưng
    không ghi `carried_from: {program: <mã chương trình>, activity: <mã hoạt động>}`: kehoach coi đó
    là hai việc — `due`, `who` nhắc cả hai, báo cáo đếm hai lần (và hoạt động của chương trình vẫn
    "chưa thực hiện, quá hạn" dù kế hoạch đã làm xong). Ghi `carried_from` như thông báo gợi ý; nếu
    đúng là hai việc khác nhau, đổi mã của một bên. (Chỉ so mã: tên của mọi hoạt động không được
    giữ cho các kiểm tra giữa các văn bản; `kehoach new plan` tự ghi `carried_from` cho các hoạt động
    chương trình nó chép.)"""
    programs: dict[str, set[str]] = {}
    for doc in repo.examined():
        if doc.kind != "plan":
            continue
        cited = []
        for _, ref in navigate.cited_refs(doc):
            program = repo.by_id(ref)
            if program is None or program.kind != "program" or ref in cited:
                continue
            cited.append(ref)
            if ref not in programs:
                programs[ref] = {
                    act["id"]
                    for _, act in navigate.activities(repo.whole(program))
                    if isinstance(act.get("id"), str) and act["id"]
                }
        if not cited:
            continue  # no program of its own: nothing to compare with
        for path, act in navigate.activities(doc):
            own = act.get("id")
            if "carried_from" in act or not isinstance(own, str):
                continue
            holder = next((r for r in cited if own in programs[r]), None)
            if holder is not None:
                yield Finding(
                    doc.path,
                    path + ("id",),
                    f'Hoạt động trùng mã với hoạt động "{own}" của chương trình "{holder}" mà '
                    f"không ghi là thực hiện hoạt động ấy: thêm `carried_from: {{program: {holder}, "
                    f"activity: {own}}}` để kehoach đếm một việc (không thì due nhắc hai lần, báo "
                    "cáo đếm hai lần)",
                )


@register(
    "KH431",
    "carried-twice",
    level="warning",
    reads=(("id",), ("year",), ("period",),
           ("contents", "activities", "*", "id"),
           ("contents", "activities", "*", "carried_from")),
    focused=True,
)  # fmt: skip
def carried_twice(repo: Repository) -> Iterator[Finding]:
    """Hai kế hoạch của cùng một năm cùng ghi `carried_from` tới một hoạt động (cùng thực hiện
    một hoạt động của chương trình, hay cùng chuyển tiếp một hoạt động của kế hoạch trước): kehoach
    coi là hai việc — `due` nhắc hai lần, báo cáo và bảng tiến độ đếm hai lần (kinh phí cộng hai
    lần). Thường gặp khi mỗi bên soạn kế hoạch của mình và cùng chép hoạt động chung của chương
    trình. Giữ `carried_from` ở kế hoạch của bên chủ trì hoạt động ấy; ở kế hoạch kia bỏ hoạt động,
    hoặc bỏ `carried_from` và đổi mã nếu đó là một việc khác. (Trong một kế hoạch, hai hoạt động
    cùng thực hiện một hoạt động — việc chia làm hai phần — không bị báo.)"""
    mine: list[tuple] = []  # (document, path, key) of the examined plans' links
    by_key: dict[tuple, list[str]] = {}  # (year, document, activity) -> the plans linking it

    def links(doc: Document, year: int) -> list[tuple[tuple, tuple]]:
        """(path, key) of each activity of ``doc`` that carries work out or over, each noted in
        ``by_key``."""
        out = []
        for path, act in navigate.activities(doc):
            if (found := source(act)) is not None:
                holders = by_key.setdefault((year, *found), [])
                if doc.path not in holders:
                    holders.append(doc.path)
                out.append((path, (year, *found)))
        return out

    seen: set[str] = set()  # the examined documents: their whole data read once, here
    for doc in repo.examined():
        seen.add(doc.path)
        year = plan_year(doc) if doc.kind == "plan" else None
        if year is not None:
            mine += [(doc, path, key) for path, key in links(doc, year)]
    if not mine:
        return
    years = {key[0] for _, _, key in mine}
    for other in repo.documents:
        year = plan_year(other) if other.kind == "plan" else None
        if year is not None and year in years and other.path not in seen:
            links(repo.whole(other), year)
    for doc, path, key in mine:
        others = [p for p in by_key.get(key, ()) if p != doc.path]
        if others:
            year, doc_id, activity = key
            yield Finding(
                doc.path,
                path + ("carried_from",),
                f'{others[0]} cũng ghi thực hiện hoạt động "{activity}" của "{doc_id}" trong năm '
                f"{year}: kehoach đếm hai việc (due nhắc hai lần, báo cáo đếm hai lần); giữ "
                "`carried_from` ở một kế hoạch",
            )


@register(
    "KH433",
    "carried-lead-differs",
    level="warning",
    reads=(("contents", "activities", "*", "lead"),
           ("contents", "activities", "*", "co_leads"),
           ("contents", "activities", "*", "carried_from"),
           ("areas", "*", "activities", "*", "id"),
           ("areas", "*", "activities", "*", "lead"),
           ("areas", "*", "activities", "*", "co_leads")),
    focused=True,
)  # fmt: skip
def carried_lead_differs(repo: Repository) -> Iterator[Finding]:
    """Hoạt động của kế hoạch thực hiện một hoạt động của chương trình (`carried_from: {program: …,
    activity: …}`) mà đơn vị chủ trì (`lead`, cùng các đơn vị đồng chủ trì `co_leads`) khác với
    chương trình ghi cho hoạt động ấy — thường gặp khi chương trình được sửa đổi giữa kỳ (đổi đơn vị
    chủ trì) mà kế hoạch đã ban hành vẫn ghi đơn vị cũ: `who` kể việc cho cả hai bên, `due` nhắc
    bên cũ. Sửa cho khớp (ghi ở kế hoạch đơn vị chủ trì mới, hay sửa lại chương trình); nếu đó thật
    là một việc khác do bên kia chủ trì, bỏ `carried_from` (và đổi mã) — khi đó kehoach coi là hai
    việc. (Thứ tự chủ trì, đồng chủ trì không được so: cùng các đơn vị là khớp.)"""
    leads: dict[tuple[str, str], list[str]] = {}  # (program id, activity id) -> its leads
    known: set[str] = set()
    for doc in repo.examined():
        if doc.kind != "plan":
            continue
        for path, act in navigate.activities(doc):
            where = act.get("carried_from")
            if (
                not isinstance(where, dict)
                or "plan" in where
                or not isinstance(act.get("lead"), str)
            ):
                continue  # carried over from a plan (or both: KH426), or no lead (the schema's)
            found = source(act)
            program = repo.by_id(found[0]) if found is not None else None
            if found is None or program is None or program.kind != "program":
                continue  # nothing to compare with (KH426)
            if program.id not in known:
                known.add(program.id)
                for _, own in navigate.activities(repo.whole(program)):
                    if isinstance(own.get("id"), str) and isinstance(own.get("lead"), str):
                        leads.setdefault((program.id, own["id"]), _leads(own))
            theirs = leads.get((program.id, found[1]))
            mine = _leads(act)
            if theirs is None or set(mine) == set(theirs):
                continue
            yield Finding(
                doc.path,
                path + ("lead",),
                f'Chủ trì {_names(repo, mine)} khác chủ trì mà chương trình "{program.id}" ghi '
                f'cho hoạt động "{found[1]}" kế hoạch thực hiện: {_names(repo, theirs)}. Sửa cho '
                "khớp (chương trình đã đổi đơn vị chủ trì thì sửa kế hoạch), hoặc bỏ "
                "`carried_from` nếu đó là việc khác",
            )


def _leads(act: dict) -> list[str]:
    """Its lead, then its co-leads (``co_leads``), each once."""
    return list(dict.fromkeys([act["lead"], *navigate.co_leads(act)]))


def _names(repo: Repository, orgs: list[str]) -> str:
    """'"skhcn" (Sở Khoa học và Công nghệ), "td" (…)': each id as written, then its name."""
    return ", ".join(
        f'"{org}"' + (f" ({name})" if (name := repo.org_name(org)) != org else "") for org in orgs
    )
