"""The words of an activity's Thời gian and Kinh phí cells (or lines): a time expression and an
amount in đồng where they read so; words the field would print otherwise ("Trước ngày …", "Xã
hội hóa", "Trong năm") kept as a detail line, printed as typed, with a TODO where needed.

The time comes from ``timephrase.read_time``; the draft says when the words are more than the
time prints: the words kept (a ``details`` line printed in place of the time) with a TODO.

A time that recurs — every year (``Hằng năm``), every quarter, month, six months (``Định kỳ hằng
quý``) — is tracked over the document's years: the plan's year, or every year of a program (``new
plan`` copies it). Every month, quarter or six months is the activity's ``every`` (``due`` reminds
at the end of each period), the words printed as typed; every week has no ``every``: ``due``
reminds once, at the end of those years, and the TODO says so."""

from __future__ import annotations

import re

from ... import viet
from ...timephrase import read_time
from .draft import Draft
from .lost_words import (
    lost_in_budget,
    lost_in_time,
    printed_time,
    reworded_time,
    whole_year_words,
)
from .money import read_money, words_agree
from .text import clean
from .timerepeat import recurring, within_yearly, yearly

# the periods of ``every`` by the words of ``timerepeat.recurring``
_EVERY = {"tháng": "month", "quý": "quarter", "6 tháng": "half"}
# times listed apart ("Tháng 3, 9/2026", "Tháng 4 và tháng 11/2027", "Quý I; quý III"): the span
# from the first to the last is tracked, the print keeps the words
_LISTED = re.compile(r",|;|&|\bvà\b", re.I)

# an amount per unit: '1,5 triệu đồng/đơn vị', '500.000đ/người/ngày', 'mỗi đội 2 triệu'
# (not 'ngân sách tỉnh/xã hội hóa': the slash follows the amount itself)
_RATE = re.compile(r"(?:\d|đồng|đ|vnđ|vnd|nghìn|ngàn|triệu|tỷ)\s*/\s*[^\W\d_]|\bmỗi\b", re.I)


class CellWords:
    """The time and budget of an activity (the cells' part of ``ActivityBuilder``)."""

    draft: Draft
    year: int | None
    span: tuple[int, int] | None  # a program's years: what "Hằng năm" spans there

    def time(self, act: dict, text: str, path: tuple) -> None:
        """The ``time`` of ``act`` from the words that give it."""
        if not clean(text):
            return
        every = recurring(text)
        years = self.span or ((self.year, self.year) if self.year is not None else None)
        if every in _EVERY:  # 'Định kỳ hằng quý': due at the end of each quarter
            act["every"] = _EVERY[every]
            if years is not None:
                first, last = years
                act["time"] = first if first == last else f"{first}..{last}"
            # printed as typed ('Định kỳ hằng quý', not kehoach's 'Hằng quý')
            act.setdefault("details", []).append(f"Thời gian: {clean(text)}")
            return
        if every is not None:  # every week: no such period (``every``)
            if years is None:
                self.keep(act, "Thời gian", text, path, f"lặp lại mỗi {every}: kehoach không có "
                          f"kỳ lặp lại mỗi {every} cho hoạt động, `kehoach due` không nhắc; thêm "
                          "time (một hạn) nếu cần nhắc")  # fmt: skip
                return
            first, last = years
            act["time"] = first if first == last else f"{first}..{last}"
            self.keep(act, "Thời gian", text, path, f"lặp lại mỗi {every}: kehoach không có kỳ "
                      f"lặp lại mỗi {every} cho hoạt động (`every`: tháng, quý, 6 tháng, năm), "
                      f"`kehoach due` chỉ nhắc một lần, ngày 31/12/{last}; ghi `every: month` nếu "
                      "nhắc hằng tháng là đủ")  # fmt: skip
            return
        got = read_time(text, self.year)
        within = within_yearly(text) if got.value is None else None
        if within is not None and years is not None:
            # 'Quý III hằng năm': in that part of every year of the program (of the plan's year)
            first, last = years
            act.setdefault("details", []).append(f"Thời gian: {clean(text)}")  # printed as typed
            if first == last:
                act["time"] = read_time(within, first).value
                return
            act["every"] = "year"
            act["time"] = f"{first}..{last}"
            typed = clean(text)[: len(within)]  # 'Quý III', as typed
            self.draft.todo(path + ("every",), f'văn bản ghi "{clean(text)}": lặp lại hằng năm; '
                            f"`kehoach due` nhắc hạn cuối mỗi năm, không phải cuối {typed} "
                            "(hoạt động không ghi được tháng trong kỳ như `reviews.schedule`)")  # fmt: skip
            return
        if got.value is None and yearly(text):
            if years is not None:
                # every year of the program (each year's plan carries it out: ``new plan`` copies
                # it), or the plan's own year: tracked so, printed as typed
                first, last = years
                act["time"] = first if first == last else f"{first}..{last}"
                act.setdefault("details", []).append(f"Thời gian: {clean(text)}")
                return
            self.keep(act, "Thời gian", text, path, "lặp lại hằng năm: hoạt động chưa có dạng "
                      "thời gian lặp lại (`every` chỉ dùng cho lịch `reviews.schedule`), `due` "
                      "không theo dõi; thêm time nếu cần theo dõi một hạn")  # fmt: skip
            return
        if got.value is None:
            self.keep(act, "Thời gian", text, path, "không đọc được thành mốc thời gian: giữ "
                      "nguyên chữ ở đây; thêm time nếu cần theo dõi hạn")  # fmt: skip
            return
        act["time"] = int(got.value) if got.value.isdigit() else got.value
        listed = not got.exact and (
            (".." in got.value and _LISTED.search(text) is not None)
            or "(" in text  # a remark: 'Quý II/2027 (tháng 5)'
        )
        if whole_year_words(text, got.value):
            # "Trong năm", "Cả năm": tracked over the (plan's) year, printed as typed
            act.setdefault("details", []).append(f"Thời gian: {clean(text)}")
        elif (
            lost_in_time(text, got.value) or listed or got.exact and reworded_time(text, got.value)
        ):
            # words the time prints otherwise, or months listed ("Tháng 3, 9/2026": two months, not
            # "Tháng 3 – 9/2026"): the line keeps the document's words
            self.keep(act, "Thời gian", text, path, f"bản in giữ chữ này thay cho "
                      f'"{printed_time(got.value)}" (time: {got.value}, để theo dõi hạn)')  # fmt: skip
            return
        if not got.exact:
            self.draft.todo(path + ("time",), f'văn bản ghi "{clean(text)}"')

    def budget(self, act: dict, text: str, unit: int, path: tuple) -> None:
        if not clean(text):
            return
        got = read_money(text, unit)
        if got.value is None:
            self.keep(
                act,
                "Kinh phí",
                text,
                path,
                "không phải số tiền: bản in ghi chữ này ở ô Kinh phí (bảng) hay dòng Kinh phí",
            )
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
