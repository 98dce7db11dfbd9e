"""How far an amount spent may be from belief before it is doubted: one rule for ``validate``
(KH447) and ``update`` (the Đã chi cell of the progress workbook).

- above ``MAX_AMOUNT`` (10^15 đồng, a million billion — more than a province's budget for
  years) an amount is no amount: ``update`` refuses it (``1e20`` typed in a cell);
- spent more than ``OVER_FACTOR`` (5) times the activity's own budget is possible (money added
  during the year) but far more often a slip: a zero too many, an amount in đồng where the
  budget line counted thousands. It is said, never refused."""

from __future__ import annotations

__all__ = ["MAX_AMOUNT", "OVER_FACTOR", "OVER_CODE", "over_budget"]

MAX_AMOUNT = 10**15
OVER_FACTOR = 5
OVER_CODE = "KH447"  # the check of ``validate`` that says it of a YAML file


def over_budget(spent: object, budget: object) -> bool:
    """Whether ``spent`` is more than ``OVER_FACTOR`` times a positive ``budget`` (both whole
    đồng; anything else: no)."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (spent, budget)):
        return False
    assert isinstance(spent, int) and isinstance(budget, int)
    return budget > 0 and spent > OVER_FACTOR * budget
