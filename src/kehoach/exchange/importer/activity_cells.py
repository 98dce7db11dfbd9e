"""The words of an activity's Thời gian and Kinh phí cells (or lines): a time expression and an
amount in đồng where they read so; words the field would print otherwise ("Trước ngày …", "Xã
hội hóa", "Trong năm") kept as a detail line, printed as typed, with a TODO where needed."""

from __future__ import annotations

import re

from ... import viet
from . import activity_time
from .draft import Draft
from .lost_words import lost_in_budget
from .money import read_money, words_agree
from .text import clean

# an amount per unit: '1,5 triệu đồng/đơn vị', '500.000đ/người/ngày', 'mỗi đội 2 triệu'
# (not 'ngân sách tỉnh/xã hội hóa': the slash follows the amount itself)
_RATE = re.compile(r"(?:\d|đồng|đ|vnđ|vnd|nghìn|ngàn|triệu|tỷ)\s*/\s*[^\W\d_]|\bmỗi\b", re.I)


class CellWords:
    """The time and budget of an activity (a part of ``ActivityBuilder``)."""

    draft: Draft
    year: int | None
    span: tuple[int, int] | None  # a program's years: what "Hằng năm" spans there

    def time(self, act: dict, text: str, path: tuple) -> None:
        """The ``time`` of ``act`` from the words that give it (``activity_time``)."""
        activity_time.read(self, act, text, path)  # type: ignore[arg-type]

    def budget(self, act: dict, text: str, unit: int, path: tuple) -> None:
        if not clean(text):
            return
        got = read_money(text, unit)
        if got.value is None:
            self.keep(act, "Kinh phí", text, path, "không phải số tiền: giữ nguyên chữ ở đây")
            return
        if _RATE.search(text):  # '1,5 triệu đồng/đơn vị': a rate, not what the activity costs
            self.keep(act, "Kinh phí", text, path, "mức chi cho mỗi đơn vị, người…, không phải "
                       "kinh phí của hoạt động: ghi `budget` (tổng) nếu biết")  # fmt: skip
            return
        act["budget"] = got.value
        if got.rest and not words_agree(got.value, got.rest) and lost_in_budget(text, got.value):
            self.keep(act, "Kinh phí", text, path, f'cột Kinh phí in "{viet.money(got.value)}", '
                       "dòng này giữ chữ của văn bản")  # fmt: skip
        elif got.rest and not words_agree(got.value, got.rest):
            self.draft.todo(path + ("budget",), f'văn bản ghi "{clean(text)}"')

    def keep(self, act: dict, label: str, text: str, path: tuple, why: str) -> None:
        """The typed words of a cell that its field cannot print as typed ('Trước ngày …', 'Xã
        hội hóa'): kept as a detail line, printed in the activity's content cell, with a TODO."""
        details: list[str] = act.setdefault("details", [])
        details.append(f"{label}: {clean(text)}")
        self.draft.todo(path + ("details", len(details) - 1), f'văn bản ghi "{clean(text)}": {why}')
