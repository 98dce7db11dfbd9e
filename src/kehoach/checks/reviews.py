"""Checks of the schedule of meetings and reviews as its chairs go: a rotation (``rotation``) that
the commands can follow as written (KH432). Its org ids themselves: KH401."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..model.turns import rotation
from ..vocab import clean_str, review_kind_title
from .facts import facts
from .registry import Finding, register


@register("KH432", "review-rotation", level="warning", per_document=True)
def review_rotation(repo: Repository) -> Iterator[Finding]:
    """Một mục lịch họp, sơ kết, tổng kết ghi các bên luân phiên chủ trì (`rotation`) mà các lệnh
    không theo được như ghi: mục ghi cả `lead` (đơn vị chủ trì cố định) — `lead` bị bỏ qua, bên
    đầu của `rotation` chủ trì lần thứ nhất; mục `kind: plan` (kế hoạch năm của một bên, theo
    `lead`) — không có luân phiên, `rotation` bị bỏ qua; hoặc một bên trong `rotation` không phải
    cơ quan ban hành (kế hoạch) hay một bên (chương trình) của văn bản — thường là gõ nhầm mã, hay
    quên thêm bên ấy vào `issuers`/`parties`. Bỏ `lead` (hay `rotation`), sửa mã cho đúng."""
    for doc in repo.documents:
        if not facts(repo, doc).has_rotation:
            continue
        issuers = doc.issuers
        role = "cơ quan ban hành" if doc.kind == "plan" else "bên"
        for path, item in navigate.schedule(doc):
            turns = item.get("rotation")
            if not isinstance(turns, list):
                continue
            title = clean_str(item.get("title")) or review_kind_title(item, "Họp")
            if item.get("kind") == "plan":
                yield Finding(
                    doc.path,
                    path + ("rotation",),
                    f'"{title}" là kế hoạch năm (`kind: plan`) của một bên (`lead`): không có '
                    "luân phiên chủ trì, `rotation` bị bỏ qua",
                )
                continue
            if "lead" in item:
                yield Finding(
                    doc.path,
                    path + ("lead",),
                    f'"{title}" ghi cả `lead` lẫn `rotation`: các bên luân phiên chủ trì theo '
                    f"`rotation` ({', '.join(rotation(item))}), `lead` bị bỏ qua; bỏ một trong hai",
                )
            for i, org in enumerate(turns):  # an org orgs.yaml lacks: KH401 says so
                if isinstance(org, str) and issuers and org not in issuers and org in repo.orgs:
                    yield Finding(
                        doc.path,
                        path + ("rotation", i),
                        f'"{org}"{_named(repo, org)} luân phiên chủ trì "{title}" nhưng không '
                        f"phải {role} của văn bản ({', '.join(issuers)})",
                    )


def _named(repo: Repository, org: str) -> str:
    name = repo.org_name(org)
    return f" ({name})" if name != org else ""
