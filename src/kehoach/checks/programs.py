"""Checks that a program is carried out: the annual plans its schedule asks for."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..model.links import covering_plans
from ..model.schedule import plan_years
from .registry import Finding, register


@register(
    "KH419",
    "missing-annual-plan",
    level="warning",
    reads=(("id",), ("bases", "*", "ref"), ("year",), ("period",), ("reviews", "schedule", "*")),
)
def missing_annual_plan(repo: Repository) -> Iterator[Finding]:
    """Chương trình có lịch `kind: plan` (mỗi năm một kế hoạch thực hiện) nhưng thiếu kế hoạch của
    một năm nằm giữa các năm đã có kế hoạch (ví dụ có kế hoạch 2022 và 2024, thiếu 2023). Kế hoạch
    "thuộc" chương trình khi căn cứ nó (`bases: - ref: <mã chương trình>`) và có `year` là năm đó
    (hoặc `period` chứa năm đó). Các năm chưa tới hoặc chưa có kế hoạch nào sau đó không bị báo ở
    đây — `kehoach due` nhắc chúng theo hạn."""
    for program in repo.documents:
        if program.kind != "program":
            continue
        period = navigate.window(program)
        for path, item in navigate.schedule(program):
            if item.get("kind") != "plan" or item.get("every", "year") != "year":
                continue
            years = [o.year for o in plan_years(item, period) if o.year is not None]
            covered = [y for y in years if covering_plans(repo, program.id, y)]
            if not covered:
                continue
            missing = [y for y in years if y < max(covered) and y not in covered]
            if missing:
                shown = ", ".join(str(y) for y in missing)
                yield Finding(
                    program.path,
                    path,
                    f"Chương trình thiếu kế hoạch thực hiện năm {shown} "
                    f"(đã có kế hoạch các năm {', '.join(map(str, covered))})",
                )
