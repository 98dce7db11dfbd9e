"""Activities carried over from an earlier plan, or carrying out an activity of a program
(``carried_from``, ``model.carry``): what they name must be there, or the earlier activity is
counted and reminded of as if nothing continued it."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Document, Repository, navigate
from ..model.carry import key as activity_key
from ..model.carry import source
from ..model.chains import Chains, Node, twins
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
    # of the documents looked at, only ``carried_from`` is read: what their kept skeletons hold
    # (``Repository.headed``), none unpacked
    for doc in repo.headed().examined(carrying=True):
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
    reads=(("id",), ("bases", "*", "ref"), ("year",), ("period",),
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
    chương trình nó chép.) Khi một kế hoạch khác của cùng năm đã thực hiện hoạt động ấy (trực tiếp
    hay qua chuỗi `carried_from`), thêm `carried_from` ở đây thì thành hai việc (KH431): thông báo
    nêu kế hoạch ấy và đề nghị bỏ hoạt động này (việc ở kế hoạch kia) hoặc đổi mã nếu là việc khác."""
    programs: dict[str, set[str]] = {}
    elsewhere = _YearLinks(repo)
    # each plan as kept (``Repository.headed``): its activities unpacked only when their bytes may
    # hold an id of a program it cites (over 100,000 plans, ~0.9 s of unpacking every one)
    for doc in repo.headed().examined():
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
        if not repo.may_hold(doc, [i for r in cited for i in programs[r]]):
            continue  # no activity of it has an id of theirs
        for path, act in navigate.activities(repo.whole(doc)):
            own = act.get("id")
            if "carried_from" in act or not isinstance(own, str):
                continue
            holder = next((r for r in cited if own in programs[r]), None)
            if holder is None:
                continue
            other = elsewhere.carrying(doc, own, (holder, own))
            if other is not None:
                yield Finding(
                    doc.path,
                    path + ("id",),
                    f'Hoạt động trùng mã với hoạt động "{own}" của chương trình "{holder}", mà '
                    f"{other} đã thực hiện trong năm {plan_year(doc)}: là một việc thì bỏ hoạt động "
                    "này (việc ấy ở kế hoạch kia; ghi thêm `carried_from` ở đây thì thành hai việc, "
                    "KH431); là việc khác thì đổi mã",
                )
            else:
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
    một hoạt động của chương trình, hay cùng chuyển tiếp một hoạt động của kế hoạch trước), hoặc
    tới hai hoạt động mà chuỗi `carried_from` dẫn về cùng một việc (kế hoạch năm 2028 của một bên
    thực hiện hoạt động của chương trình, kế hoạch năm 2028 của bên kia chuyển tiếp bản năm 2027 của
    chính hoạt động ấy): kehoach coi là hai việc — `due` nhắc hai lần, báo cáo và bảng tiến độ đếm
    hai lần (kinh phí cộng hai lần). Thường gặp khi mỗi bên soạn kế hoạch của mình và cùng chép
    hoạt động chung của chương trình. Giữ `carried_from` ở kế hoạch của bên chủ trì hoạt động ấy; ở
    kế hoạch kia bỏ hoạt động, hoặc bỏ `carried_from` và đổi mã nếu đó là một việc khác. (Trong
    một kế hoạch, hai hoạt động cùng thực hiện một hoạt động — việc chia làm hai phần — không bị
    báo; hai phần ấy được kế hoạch năm sau của hai bên chuyển tiếp mỗi bên một phần cũng không. Chuỗi
    được theo qua các hoạt động có mã, `id`.)"""
    chains = Chains.of(repo)
    # (document, path, year, start, first link) of the examined plans' links
    mine: list[tuple[Document, tuple, int, Node, Node]] = []
    # (plan path, year, start, first link) of the links of the plans of their years
    every: list[tuple[str, int, Node, Node]] = []

    def links(doc: Document, year: int) -> list[tuple[tuple, Node, Node]]:
        """(path, the activity, what it is carried from) of each activity of ``doc`` (whole)
        that carries work out or over, each noted in ``every``; what each is carried from
        learnt on the way (``Chains.learn``: no plan read twice)."""
        out = []
        chains.learn(doc)
        for path, act in navigate.activities(doc):
            if (found := source(act)) is not None:
                start = (doc.id, activity_key(act))
                every.append((doc.path, year, start, found))
                out.append((path, start, found))
        return out

    seen: set[str] = set()  # the examined documents: their whole data read once, here
    for doc in repo.examined(carrying=True):
        seen.add(doc.path)
        year = plan_year(doc) if doc.kind == "plan" else None
        if year is not None:
            mine += [(doc, path, year, start, found) for path, start, found in links(doc, year)]
    if not mine:
        return
    years = {year for _, _, year, _, _ in mine}
    for other in repo.documents:
        year = plan_year(other) if other.kind == "plan" else None
        if year is not None and year in years and other.path not in seen:
            if repo.may_carry(other):  # (one that carries nothing is carried from nothing)
                links(repo.whole(other), year)
    # (year, the piece of work a chain ends at) -> (plan path, chain) of every link to it
    by_root: dict[tuple, list[tuple[str, list[Node]]]] = {}
    for where, year, start, found in every:
        chain = chains.chain(start, found)
        by_root.setdefault((year, chain[-1]), []).append((where, chain))
    for doc, path, year, start, found in mine:
        chain = chains.chain(start, found)
        twin = next(
            (
                (where, theirs)
                for where, theirs in by_root.get((year, chain[-1]), ())
                if where != doc.path and twins(chain, theirs)
            ),
            None,
        )
        if twin is None:
            continue
        where, theirs = twin
        doc_id, activity = chain[-1]
        via = "" if chain[1] == theirs[1] else f" (ở đây {_how(chain)}, ở kia {_how(theirs)})"
        yield Finding(
            doc.path,
            path + ("carried_from",),
            f'{where} cũng ghi thực hiện hoạt động "{activity}" của "{doc_id}" trong năm '
            f"{year}{via}: kehoach đếm hai việc (due nhắc hai lần, báo cáo đếm hai lần); giữ "
            "`carried_from` ở một kế hoạch",
        )


def _how(chain: list[Node]) -> str:
    """How an activity reaches the end of its chain: carrying it out, or carried over from a
    plan."""
    if len(chain) == 2:
        return "ghi thẳng `carried_from` tới nó"
    return f'chuyển tiếp từ "{chain[1][0]}"'


class _YearLinks:
    """The chains of the links of each year's plans, read when first asked for (KH429)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self._chains = Chains.of(repo)
        self._years: dict[int, list[tuple[str, list[Node]]]] = {}

    def carrying(self, doc: Document, own: str, work: Node) -> str | None:
        """The path of another plan of ``doc``'s year that carries out ``work`` (a program's
        activity), so that ``doc``'s activity ``own`` linked to it too would be its twin; None
        when none does."""
        year = plan_year(doc)
        if year is None:
            return None
        if year not in self._years:
            found: list[tuple[str, list[Node]]] = []
            for other in self._repo.documents:
                if other.kind != "plan" or plan_year(other) != year:
                    continue
                if not self._repo.may_carry(other):
                    continue  # nothing carried out there
                whole = self._repo.whole(other)
                for _, act in navigate.activities(whole):
                    if (link := source(act)) is not None:
                        start = (whole.id, activity_key(act))
                        found.append((other.path, self._chains.chain(start, link)))
            self._years[year] = found
        linked = [(doc.id, own), work]  # as the link KH429 would suggest makes it
        return next(
            (
                path
                for path, chain in self._years[year]
                if path != doc.path and chain[-1] == work and twins(linked, chain)
            ),
            None,
        )
