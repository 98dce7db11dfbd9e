"""KH447: an activity that spent more than 5 times its own budget is warned of (a zero too many, an
amount in thousands read as đồng). Before, ``spent: 100000000000000000000`` beside ``budget:
30000000`` passed ``validate`` silently."""

from __future__ import annotations

import pytest

from helpers import ORGS, PLAN, build_tree, run


def _warnings(tmp_path, money: str) -> list:
    plan = PLAN.replace("      time: 2022-Q2\n", "      time: 2022-Q2\n" + money)
    root = build_tree(tmp_path / "kho", {"orgs.yaml": ORGS, "plans/kh.yaml": plan})
    return [p for p in run([str(root)], use_cache=False).problems if p.code == "KH447"]


@pytest.mark.parametrize(
    "spent,times",
    [
        (100_000_000_000_000_000_000, "3.333.333.333.333,3"),
        (300_000_000, "10"),
        (160_000_000, "5,3"),
    ],
)
def test_spent_far_above_the_budget_is_warned_of(tmp_path, spent, times):
    [found] = _warnings(tmp_path, f"      budget: 30000000\n      spent: {spent}\n")
    assert found.level == "warning" and (found.line, found.col) == (14, 14)
    assert f"gấp {times} lần kinh phí dự kiến (30.000.000 đồng;" in found.message, found.message


@pytest.mark.parametrize(
    "money",
    [
        "      budget: 30000000\n      spent: 150000000\n",  # 5 times: still believed
        "      budget: 30000000\n      spent: 45000000\n",  # over the budget, not many times
        "      spent: 150000000\n",  # no budget to compare with
        "      budget: 0\n      spent: 150000000\n",
    ],
)
def test_spending_within_belief_is_not(tmp_path, money):
    assert _warnings(tmp_path, money) == []
