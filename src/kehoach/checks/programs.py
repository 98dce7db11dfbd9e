"""Checks that a program is carried out: the annual plans its schedule asks for, within its
period."""

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
    """Chương trình có lịch `kind: plan` (mỗi năm một kế hoạch thực hiện — một hay nhiều mục, ví dụ
    kế hoạch năm đầu và kế hoạch các năm sau) nhưng thiếu kế hoạch của một năm trước một năm đã có
    kế hoạch (ví dụ có kế hoạch 2022 và 2024, thiếu 2023). Kế hoạch
    "thuộc" chương trình khi căn cứ nó (`bases: - ref: <mã chương trình>`) và có `year` là năm đó
    (hoặc `period` chứa năm đó). Các năm chưa tới hoặc chưa có kế hoạch nào sau đó không bị báo ở
    đây — `kehoach due` nhắc chúng theo hạn."""
    for program in repo.documents:
        if program.kind != "program":
            continue
        period = navigate.window(program)
        asked: dict[int, tuple] = {}  # each year a plan is asked for: the item that asks for it
        for path, item in navigate.schedule(program):
            if item.get("kind") != "plan" or item.get("every", "year") != "year":
                continue
            for occ in plan_years(item, period):
                if occ.year is not None:
                    asked.setdefault(occ.year, path)
        covered = [y for y in sorted(asked) if covering_plans(repo, program.id, y)]
        if not covered:
            continue
        missing: dict[tuple, list[int]] = {}
        for year in sorted(asked):
            if year < max(covered) and year not in covered:
                missing.setdefault(asked[year], []).append(year)
        for path, years in missing.items():
            yield Finding(
                program.path,
                path,
                f"Chương trình thiếu kế hoạch thực hiện {_years(years)} "
                f"(đã có kế hoạch {_years(covered)})",
            )


def _years(years: list[int]) -> str:
    """'năm 2028', 'các năm 2027, 2028'."""
    return ("các năm " if len(years) > 1 else "năm ") + ", ".join(map(str, years))


def _cited_programs(repo: Repository, plan) -> Iterator:
    seen = set()
    for _, ref in navigate.cited_refs(plan):
        program = repo.by_id(ref)
        if program is not None and program.kind == "program" and ref not in seen:
            seen.add(ref)
            yield program


@register(
    "KH424",
    "plan-outside-program",
    level="warning",
    reads=(
        ("id",),
        ("bases", "*", "ref"),
        ("year",),
        ("period",),
        ("contents", "activities", "*", "time"),
    ),
    focused=True,
)
def plan_outside_program(repo: Repository) -> Iterator[Finding]:
    """Kế hoạch căn cứ một chương trình (`bases: - ref: <mã chương trình>`) mà năm (`year`) hay thời
    hạn (`period`) của nó nằm ngoài thời hạn của chương trình, ví dụ kế hoạch năm 2029 thực hiện
    chương trình giai đoạn 2026 - 2028, hoặc kế hoạch `2028-07..2029-06` của chương trình đó (khi kế
    hoạch chỉ ra ngoài một phần, hạn của từng hoạt động sau ngày kết thúc chương trình cũng được
    nêu). Thường là gõ nhầm năm, căn cứ nhầm chương trình, hoặc chương trình đã bị rút ngắn. Là cảnh
    báo chứ không phải lỗi vì chương trình có thể được kéo dài bằng một văn bản khác: khi đó hãy sửa
    `period` của chương trình cho đúng (`kehoach new plan` cũng từ chối năm ngoài thời hạn)."""
    # each plan as kept (``Repository.headed``): its activities unpacked only when it reaches
    # past the program's end (over 100,000 plans, ~0.9 s of unpacking every one)
    for plan in repo.headed().examined():
        if plan.kind != "plan" or not plan.data.get("bases"):
            continue
        win = navigate.window(plan)
        if win is None or win.start is None or win.end is None or win.kind == "ongoing":
            continue
        for program in _cited_programs(repo, plan):
            span = navigate.window(program)
            if span is None or span.start is None or span.end is None or span.contains(win):
                continue
            where = ("period",) if "period" in plan.data else ("year",)
            apart = win.end < span.start or span.end < win.start
            yield Finding(
                plan.path,
                where,
                f"Kế hoạch {win.vi()} {'nằm ngoài' if apart else 'vượt ra ngoài'} thời hạn của "
                f'chương trình "{program.id}" ({span.vi()}) mà nó căn cứ',
            )
            if apart:
                continue  # wholly outside: its activities are too, said once above
            for path, act in navigate.activities(repo.whole(plan)):
                t = navigate.time_of(act.get("time"))
                if t is not None and t.end is not None and t.end > span.end:
                    yield Finding(
                        plan.path,
                        path + ("time",),
                        f'Hạn "{t.vi()}" sau khi chương trình "{program.id}" kết thúc '
                        f"({span.vi()})",
                    )
