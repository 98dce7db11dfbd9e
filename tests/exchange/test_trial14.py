"""What a trial of documents typed by offices found (session 14), each read back right: a time
typed "Trong năm", "Cả năm" (the whole plan year, printed in the office's words), "Hằng năm" in a
program (no yearly time for an activity in the format: kept as words with a TODO that says so)."""

from __future__ import annotations

from kehoach.render.document import render
from kehoach.validate.run import run_validate

from . import wordmake as wm
from .test_word_contents import _plan


def _reprinted(got, repo, name: str = "nhap.yaml") -> str:
    """The draft ``got`` rendered again as txt, from a copy in ``repo``."""
    path = repo / "plans" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(got.text, encoding="utf-8")
    result = run_validate([str(path)], use_cache=False, need_repo=True)
    assert [p for p in result.problems if p.level == "error" and p.path.endswith(name)] == []
    (doc,) = [d for d in result.repo.documents if d.path.endswith(name)]
    return render(doc, result.repo, "txt").decode("utf-8")


WHOLE_YEAR = ["Trong năm", "Cả năm", "Trong năm 2023", "Suốt năm"]


def test_the_whole_year_in_the_offices_words_is_printed_so(word_repo, import_word):
    """'Trong năm', 'Cả năm', 'Trong năm 2023', 'Suốt năm' in the time column of an annual plan:
    tracked over the plan's year (``time: 2023``) and printed as typed, in the time cell — before,
    'Trong năm' printed 'Năm 2023', and 'Cả năm' both in the content cell and as 'Năm 2023'."""
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]]
    rows += [[str(n), f"Hoạt động {n}", "Thành Đoàn", t] for n, t in enumerate(WHOLE_YEAR, 1)]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    acts = got.activities()
    assert [a["time"] for a in acts] == [2023] * 4
    assert [a["details"] for a in acts] == [[f"Thời gian: {t}"] for t in WHOLE_YEAR]
    assert "# TODO" not in got.text  # read exactly: nothing to check
    text = _reprinted(got, word_repo)
    assert "Năm 2023" not in text
    for t in WHOLE_YEAR:
        assert text.count(f"Thời gian: {t}\n") == 1, t  # in the time cell, once


def test_the_whole_year_of_a_detailed_list_is_printed_so(word_repo, import_word):
    """'- Thời gian: Trong năm.' under a lettered activity: the line prints as typed."""

    def contents(d):
        wm.para(d, "1. Công tác tuyên truyền", bold=True)
        wm.para(d, "a) Tuyên truyền trên mạng xã hội")
        wm.para(d, "- Thời gian: Trong năm.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")
        wm.para(d, "b) Tọa đàm về chuyển đổi số")
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first = got.activities()[0]
    assert first["time"] == 2023 and first["details"] == ["Thời gian: Trong năm."]
    text = _reprinted(got, word_repo)
    assert "- Thời gian: Trong năm." in text and "Năm 2023" not in text


def test_a_yearly_time_of_a_program_is_kept_with_a_todo_that_says_why(
    word_repo, import_word, monkeypatch
):
    """'Hằng năm', 'Hàng năm', 'Định kỳ hằng năm' as the time of a program's activity: kehoach has
    no yearly time for an activity (``every`` is only for ``reviews.schedule``), so no ``time``:
    the words stay printed, with a TODO that says it recurs every year and ``due`` does not follow
    it — before, the TODO said the words could not be read as a time."""
    from .test_word_program import _program

    grid = wm.grid_table
    times = ["Hằng năm", "Định kỳ hằng năm"]

    def yearly_times(d, rows, **kw):
        return grid(
            d, [rows[0]] + [[*r[:4], t] for r, t in zip(rows[1:], times, strict=True)], **kw
        )

    monkeypatch.setattr(wm, "grid_table", yearly_times)
    got = import_word(_program(table=True), word_repo, kind="program")
    acts = got.data["areas"][0]["activities"]
    assert [a.get("time") for a in acts] == [None, None]
    assert [a["details"] for a in acts] == [[f"Thời gian: {t}"] for t in times]
    todos = [ln for ln in got.text.splitlines() if ln.lstrip().startswith('- "Thời gian:')]
    assert len(todos) == 2 and all("# TODO" in t and "lặp lại hằng năm" in t for t in todos)
    assert "Thời gian: Hằng năm" in _reprinted(got, word_repo, "ct.yaml")
