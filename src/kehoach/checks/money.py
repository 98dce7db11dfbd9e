"""Checks on amounts: what an activity spent against its own budget (KH447)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Repository, navigate
from ..spending import OVER_CODE, OVER_FACTOR, over_budget
from ..viet import money
from .registry import Finding, register


@register(OVER_CODE, "spent-over-budget", level="warning", per_document=True)
def spent_over_budget(repo: Repository) -> Iterator[Finding]:
    """Số đã chi (`spent`) của một hoạt động lớn hơn 5 lần kinh phí dự kiến (`budget`) của chính
    nó, ví dụ `budget: 30000000`, `spent: 300000000`. Chi vượt dự toán có khi xảy ra (bổ sung kinh
    phí trong năm), nhưng gấp nhiều lần thì thường là gõ nhầm: thừa một hai chữ số 0, hay ghi số
    nghìn đồng, triệu đồng như số đồng (hoặc ngược lại ở `budget`). Kiểm tra lại hai số (đơn vị là
    đồng); nếu đúng là chi như vậy, ghi lý do vào `note` (cảnh báo vẫn còn; tắt bằng `checks:
    {disable: [KH447]}` nếu kho hay chi như vậy). `kehoach update` cũng cảnh báo như vậy ở ô Đã chi
    của bảng tiến độ."""
    for doc in repo.documents:
        for path, act in navigate.activities(doc):
            spent, budget = act.get("spent"), act.get("budget")
            if over_budget(spent, budget):
                assert isinstance(spent, int) and isinstance(budget, int)
                yield Finding(
                    doc.path,
                    path + ("spent",),
                    f"Đã chi {money(spent)} đồng, gấp {_times(spent, budget)} lần kinh phí dự kiến "
                    f"({money(budget)} đồng; cảnh báo khi quá {OVER_FACTOR} lần): kiểm tra lại số "
                    "tiền (thừa chữ số 0? ghi nghìn đồng thay cho đồng?)",
                )


def _times(spent: int, budget: int) -> str:
    """'12', '7,5' — the ratio as a Vietnamese reader writes it (one decimal, comma)."""
    ratio = round(spent / budget, 1)
    whole = int(ratio)
    return money(whole) if ratio == whole else f"{money(whole)},{round((ratio - whole) * 10)}"
