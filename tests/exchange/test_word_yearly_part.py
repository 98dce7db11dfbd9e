"""A time typed as a part of every year ('Quý III hằng năm', 'Tháng 10 hàng năm') in a program's
activity table: a yearly activity over the program's years, printed as typed — before, no
``time`` and a TODO saying the words could not be read, though 'Hằng năm' and 'Hằng quý' were."""

from __future__ import annotations

from . import wordmake as wm
from .test_trial14 import _reprinted
from .test_word_contents import _plan


def test_a_part_of_every_year_is_a_yearly_time(word_repo, import_word, monkeypatch):
    from .test_word_program import _program

    grid = wm.grid_table
    times = ["Quý III hằng năm", "Tháng 10 hàng năm"]

    def yearly_times(d, rows, **kw):
        return grid(
            d, [rows[0]] + [[*r[:4], t] for r, t in zip(rows[1:], times, strict=True)], **kw
        )

    monkeypatch.setattr(wm, "grid_table", yearly_times)
    got = import_word(_program(table=True), word_repo, kind="program")
    acts = got.data["areas"][0]["activities"]
    assert [(a.get("time"), a.get("every")) for a in acts] == [("2023..2025", "year")] * 2
    assert [a["details"] for a in acts] == [[f"Thời gian: {t}"] for t in times]
    assert "không đọc được thành mốc thời gian" not in got.text
    printed = _reprinted(got, word_repo, "ct.yaml")
    assert "Quý III hằng năm" in printed and "Tháng 10 hàng năm" in printed


def test_a_part_of_every_year_in_an_annual_plan_is_that_part_of_its_year(word_repo, import_word):
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Hội thi Sáng tạo", "Văn phòng", "Quý III hằng năm"]]  # fmt: skip
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    (act,) = got.data["contents"]["activities"]
    assert (act["time"], act["details"]) == ("2023-Q3", ["Thời gian: Quý III hằng năm"])


def test_what_is_no_part_of_every_year():
    from kehoach.exchange.importer.timerepeat import within_yearly

    assert within_yearly("Quý III hằng năm") == "quý iii"
    assert within_yearly("Hằng năm") is None
    assert within_yearly("Quý III/2027 hằng năm") is None
    assert within_yearly("Tổ chức hằng năm") is None
