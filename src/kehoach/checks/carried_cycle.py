"""Activities carried over from one another in a cycle (KH450): the 2022 plan's copy said to be
carried over from the 2023 plan's, which is carried over from it — a link written the wrong way
round. No command loops on it, a report counts the work once (``model.walk``), but no copy is the
first: ``new plan`` finds no program activity it carries out."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..model.carry import key as activity_key
from ..model.carry import source
from ..model.chains import Chains, Node
from .registry import Finding, register


@register(
    "KH450",
    "carried-cycle",
    level="warning",
    reads=(("id",), ("contents", "activities", "*", "id"),
           ("contents", "activities", "*", "carried_from")),
    focused=True,
)  # fmt: skip
def carried_cycle(repo: Repository) -> Iterator[Finding]:
    """Hoạt động ghi `carried_from` (chuyển tiếp từ kế hoạch trước) mà chuỗi chuyển tiếp quay về
    chính nó: bản năm 2022 ghi chuyển tiếp từ bản năm 2023, bản năm 2023 lại ghi chuyển tiếp từ bản
    năm 2022 — thường do ghi nhầm chiều. Không bản nào là bản đầu: `kehoach new plan` không biết hoạt
    động ấy thực hiện hoạt động nào của chương trình (việc còn dở không được chuyển tiếp lại), báo
    cáo chỉ đếm một việc ở bản sau cùng. Bỏ `carried_from` ở bản sớm nhất (hoặc ghi ở đó hoạt động
    của chương trình mà nó thực hiện: `carried_from: {program: …, activity: …}`). Chuỗi được theo
    qua các hoạt động có mã (`id`)."""
    chains = Chains.of(repo)
    for doc in repo.examined(carrying=True):
        if doc.kind != "plan":
            continue
        chains.learn(doc)
        for path, act in navigate.activities(doc):
            if "carried_from" not in act or "plan" not in act["carried_from"]:
                continue
            found = source(act)
            if found is None:
                continue
            start = (doc.id, activity_key(act))
            chain = chains.round(start, found)
            if chain is not None:
                yield Finding(
                    doc.path,
                    path + ("carried_from",),
                    "Chuỗi `carried_from` quay về chính hoạt động này: "
                    + " chuyển tiếp từ ".join(_named(n) for n in [*chain, start])
                    + " — không bản nào là bản đầu của việc; bỏ `carried_from` ở bản sớm nhất",
                )


def _named(node: Node) -> str:
    doc_id, k = node
    return f'"{k}" ({doc_id})'
