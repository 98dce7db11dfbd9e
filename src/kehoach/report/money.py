"""The money section of a report ("4. Kinh phí"): what was planned, what was spent by the
activities done by the end of the period, what activities not done record, and the table of
each activity's money (``Report.budget``)."""

from __future__ import annotations

from ..model.links import plan_year
from ..viet import money
from .blocks import Block, dmy, pct
from .build import Report


def _amount(value: object) -> str:
    return money(value) if isinstance(value, int) else "—"


def _beyond(items: list) -> str:
    """', trong đó … đồng là kinh phí cả thời gian của N hoạt động kéo dài ra ngoài kỳ': the budget
    of an activity is for its whole time, which the period may hold only part of."""
    if not items:
        return ""
    total = sum(i.budget or 0 for i in items)
    return (
        f", trong đó {money(total)} đồng là kinh phí cho cả thời gian của {len(items)} hoạt động "
        "kéo dài ra ngoài kỳ báo cáo"
    )


def _carried(items: list) -> str:
    """What the earlier plans' copies of a piece of work carried over spent is the work's: say so
    ('… (kế hoạch năm 2026: 95.000.000 đồng)'), as it is in its planned and spent money."""
    parts = []
    for i in items:
        copies = [
            f"{f'kế hoạch năm {year}' if (year := plan_year(doc)) else doc.id}: "
            f"{money(act['spent'])} đồng"
            for doc, act in reversed(i.carried_money)
        ]
        parts.append(f'"{i.title}" ({"; ".join(copies)})')
    return (
        f"Dự kiến và đã chi của {len(items)} hoạt động chuyển tiếp gồm cả số đã chi ở kế hoạch "
        f"trước của cùng hoạt động: {'; '.join(parts)}."
    )


def money_blocks(report: Report) -> list[Block]:
    """Money as of the end of the period (``AS_OF_RULE``): planned, spent by the activities done by
    then, and what activities not done by then record, shown apart."""
    b = report.budget()
    end = dmy(report.end)
    blocks: list[Block] = [
        (
            "p",
            f"Tổng kinh phí dự kiến của các hoạt động trong kỳ (không tính hoạt động hủy): "
            f"{money(b['planned'])} đồng{_beyond(b['beyond'])}.",
        )
    ]
    if b["recorded"]:
        blocks.append(
            (
                "p",
                f"Kinh phí đã chi đến hết ngày {end}, ghi nhận ở {len(b['recorded'])} hoạt động "
                f"đã hoàn thành: {money(b['spent'])} đồng, so với dự kiến "
                f"{money(b['planned_of_recorded'])} đồng của các hoạt động đó "
                f"({pct(b['spent'], b['planned_of_recorded'])}).",
            )
        )
    else:
        blocks.append(
            ("p", f"Chưa có hoạt động nào hoàn thành đến hết ngày {end} ghi kinh phí đã chi.")
        )
    if b["later"]:
        later = sum(i.spent or 0 for i in b["later"])
        blocks.append(
            (
                "p",
                f"Chưa tính {money(later)} đồng ghi ở {len(b['later'])} hoạt động chưa hoàn thành "
                f"đến hết ngày {end} (sẽ tính vào kỳ hoạt động hoàn thành).",
            )
        )
    carried = [i for i in b["rows"] if i.carried_money]
    if carried:
        blocks.append(("p", _carried(carried)))
    rows = [
        [
            i.title,
            _amount(i.budget),
            _amount(i.spent) if i.state == "done" else "—",
        ]
        for i in b["rows"]
    ]
    if rows:
        budgets = sum(i.budget or 0 for i in b["rows"] if i.state != "cancelled")
        rows.append(["Cộng", money(budgets), money(b["spent"])])
        blocks.append(("table", ["Hoạt động", "Dự kiến (đồng)", "Đã chi (đồng)"], rows))
    return blocks
