"""How a review schedule entry is worded in the printed document (``render.phrases.when``): the
years it runs, ``start`` and ``until``; held in one year only, no "hằng năm"."""

from __future__ import annotations

import pytest

from kehoach.render.phrases import when


@pytest.mark.parametrize(
    ("item", "words"),
    [
        ({"kind": "plan", "every": "year", "month": 2, "start": 2026, "until": 2026},
         "tháng 2 năm 2026"),
        ({"kind": "interim", "every": "year", "month": 12, "start": 2026, "until": 2027},
         "tháng 12 hằng năm, từ năm 2026 đến năm 2027"),
        ({"kind": "interim", "every": "year", "month": 12, "start": 2022},
         "tháng 12 hằng năm, từ năm 2022"),
        ({"kind": "interim", "every": "year", "month": 12, "until": 2027},
         "tháng 12 hằng năm, đến năm 2027"),
        ({"kind": "plan", "every": "year", "year_offset": -1, "month": 12, "start": 2027,
          "until": 2027}, "tháng 12 năm 2026 (cho kế hoạch năm sau)"),
        ({"kind": "meeting", "every": "quarter", "start": 2026, "until": 2026},
         "tháng cuối mỗi quý năm 2026"),
        ({"kind": "meeting", "every": "month", "day": 5}, "ngày 5 hằng tháng"),
        ({"kind": "meeting", "every": "month", "day": 5, "start": 2026, "until": 2026},
         "ngày 5 hằng tháng năm 2026"),
        ({"kind": "interim", "every": "half", "start": 2026, "until": 2026},
         "tháng 6 và tháng 12 năm 2026"),
    ],
)  # fmt: skip
def test_the_years_a_schedule_runs(item, words):
    """Before: 'tháng 2 hằng năm, từ năm 2026' for a plan due once (start = until = 2026), and
    'tháng 12 hằng năm' with no end for one that stops (``until``) — in the document signed."""
    assert when(item) == words
