"""What a trial of documents typed by offices found (session 15): the line pointing at the
activity appendix typed in the heading of the contents' last subsection ('2. Các hoạt động cụ thể:
(Chi tiết tại Phụ lục kèm theo)')."""

from __future__ import annotations

from . import wordmake as wm
from .test_trial14 import _reprinted
from .test_word_layouts import _pointing_plan


def test_the_appendix_pointed_at_in_a_subheading_itself(word_repo, import_word):
    """'2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)' after '1. Thời gian: …': the
    activities of the landscape appendix are the plan's (``due``, ``who`` track them) and the
    line prints as typed — before, the appendix stayed a loose ``appendices`` table with a TODO
    and the heading a subsection of its own."""

    def contents(d):
        wm.para(d, "1. Thời gian: từ tháng 6 đến tháng 8/2023.")
        wm.para(d, "2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)")

    d = wm.new()
    _pointing_plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    contents = got.data["contents"]
    assert got.errors == [] and "appendices" not in got.data
    assert contents["layout"] == "appendix" and "sections" not in contents
    assert contents["paragraphs"] == ["1. Thời gian: từ tháng 6 đến tháng 8/2023."]
    assert contents["appendix_note"] == "2. Các hoạt động cụ thể: (Chi tiết tại {label} kèm theo)"
    assert [a["title"] for a in contents["activities"]] == ["Phát động", "Tổng kết"]
    text = _reprinted(got, word_repo)
    assert text.count("2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)") == 1
