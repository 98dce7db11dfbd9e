"""Activities carried over from an earlier plan (``carried_from``, ``model.carry``): what they name
must be there, or the earlier activity is counted and reminded of as if nothing continued it."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..model.carry import source
from .registry import Finding, register


@register(
    "KH426",
    "carried-from-unknown",
    level="warning",
    reads=(("id",), ("contents", "activities", "*", "id"),
           ("contents", "activities", "*", "carried_from"),
           ("areas", "*", "activities", "*", "carried_from")),
    focused=True,
)  # fmt: skip
def carried_from_unknown(repo: Repository) -> Iterator[Finding]:
    """Hoạt động ghi `carried_from` (chuyển tiếp từ một kế hoạch trước) mà kế hoạch hay hoạt động
    được nêu không có trong kho: `plan` phải là mã (`id`) một kế hoạch của kho, `activity` là mã
    (`id`) của hoạt động ấy trong kế hoạch đó, hoặc tên của nó nếu nó không có mã (như `kehoach new
    plan` ghi; khi kế hoạch ấy có hoạt động không mã, tên không được kiểm tra). Khi không khớp, báo
    cáo đếm cả hai hoạt động và `kehoach due` vẫn nhắc hoạt động cũ."""
    # plan id -> the ids of its activities, and whether one has none (named by its title then:
    # not read here, the titles of every document would weigh on every validate)
    keys: dict[str, tuple[set[str], bool]] = {}
    for doc in repo.examined():
        for path, act in navigate.activities(doc):
            found = source(act)
            if found is None:
                continue
            plan_id, activity = found
            plan = repo.by_id(plan_id)
            where = path + ("carried_from",)
            if plan is None or plan.kind != "plan":
                if plan_id not in repo.invalid_ids:  # a plan that fails its schema: said there
                    yield Finding(
                        doc.path,
                        where,
                        f'Chuyển tiếp từ "{plan_id}": không có kế hoạch này trong kho',
                    )
                continue
            if plan_id not in keys:
                # its activities: packed apart when it is not examined (``Repository.whole``)
                ids = [a.get("id") for _, a in navigate.activities(repo.whole(plan))]
                keys[plan_id] = ({i for i in ids if isinstance(i, str) and i}, not all(ids))
            known, untitled = keys[plan_id]
            if activity not in known and not untitled:
                yield Finding(
                    doc.path,
                    where,
                    f'Chuyển tiếp từ hoạt động "{activity}" của "{plan_id}": kế hoạch đó không có '
                    "hoạt động nào có mã hay tên này",
                )
