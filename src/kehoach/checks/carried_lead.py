"""A plan's activity carrying out a program's activity with other leads than the program gives it
(KH433): a mid-cycle amendment that changed the lead, the issued plan still naming the old one."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..model.carry import source
from .registry import Finding, register


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
    for doc in repo.examined(carrying=True):
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
