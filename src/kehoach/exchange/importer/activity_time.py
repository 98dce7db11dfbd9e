"""The time of an activity from the words of its cell or line (``timephrase.read_time``), and
what the draft says when the words are more than the time prints: the words kept (a ``details``
line printed in place of the time) with a TODO.

A time that recurs — every year (``Hằng năm``), every quarter, month, week, six months
(``Định kỳ hằng quý``) — is tracked over the document's years: the plan's year, or every year of
a program (``new plan`` copies it). kehoach has no recurring time for an activity (``every`` is
for ``reviews.schedule`` only), so ``due`` reminds once, at the end of those years: for a time
more often than yearly, the TODO says so — no reminder at each quarter's end."""

from __future__ import annotations

from .lost_words import lost_in_time, printed_time, whole_year_words
from .text import clean
from .timephrase import read_time, recurring, yearly

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from .activity_fields import ActivityBuilder


def read(acts: ActivityBuilder, act: dict, text: str, path: tuple) -> None:
    if not clean(text):
        return
    every = recurring(text)
    years = acts.span or ((acts.year, acts.year) if acts.year is not None else None)
    if every is not None:
        if years is None:
            acts.keep(act, "Thời gian", text, path, f"lặp lại mỗi {every}: kehoach chưa có dạng "
                      "thời gian lặp lại cho hoạt động, `kehoach due` không nhắc; thêm time "
                      "(một hạn) nếu cần nhắc")  # fmt: skip
            return
        first, last = years
        act["time"] = first if first == last else f"{first}..{last}"
        acts.keep(act, "Thời gian", text, path, f"lặp lại mỗi {every}: kehoach chưa có dạng "
                  f"thời gian lặp lại cho hoạt động, `kehoach due` chỉ nhắc một lần, ngày "
                  f"31/12/{last}, không nhắc cuối mỗi {every}; tách thành từng hoạt động (mỗi "
                  f"{every} một hạn) nếu cần nhắc từng kỳ")  # fmt: skip
        return
    got = read_time(text, acts.year)
    if got.value is None and yearly(text):
        if years is not None:
            # every year of the program (each year's plan carries it out: ``new plan`` copies
            # it), or the plan's own year: tracked so, printed as typed
            first, last = years
            act["time"] = first if first == last else f"{first}..{last}"
            act.setdefault("details", []).append(f"Thời gian: {clean(text)}")
            return
        acts.keep(act, "Thời gian", text, path, "lặp lại hằng năm: hoạt động chưa có dạng "
                  "thời gian lặp lại (`every` chỉ dùng cho lịch `reviews.schedule`), `due` "
                  "không theo dõi; thêm time nếu cần theo dõi một hạn")  # fmt: skip
        return
    if got.value is None:
        acts.keep(act, "Thời gian", text, path, "không đọc được thành mốc thời gian: giữ "
                  "nguyên chữ ở đây; thêm time nếu cần theo dõi hạn")  # fmt: skip
        return
    act["time"] = int(got.value) if got.value.isdigit() else got.value
    listed = ".." in got.value and "," in text and not got.exact
    if whole_year_words(text, got.value):
        # "Trong năm", "Cả năm": tracked over the (plan's) year, printed as typed
        act.setdefault("details", []).append(f"Thời gian: {clean(text)}")
    elif lost_in_time(text, got.value) or listed:
        # words the time prints otherwise, or months listed ("Tháng 3, 9/2026": two months, not
        # "Tháng 3 – 9/2026"): the line keeps the document's words
        acts.keep(act, "Thời gian", text, path, f"bản in giữ chữ này thay cho "
                  f'"{printed_time(got.value)}" (time: {got.value}, để theo dõi hạn)')  # fmt: skip
        return
    if not got.exact:
        acts.draft.todo(path + ("time",), f'văn bản ghi "{clean(text)}"')
