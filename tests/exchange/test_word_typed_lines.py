"""The lines under an activity of a detailed list keep the order, labels and end stops they were
typed with ('Thời gian thực hiện', then 'Cơ quan chủ trì', 'Cơ quan phối hợp' on a line of its
own, 'Kinh phí'; with or without '.'), while ``due`` and ``who`` still read the time, lead,
support and budget — before, 'Cơ quan chủ trì' was no activity line: the activity was a
subsection of words, tracked by no one; 'Đơn vị phối hợp' typed on its own line was printed on
the lead's, every line ended with a '.' never typed."""

from __future__ import annotations

from . import typedplan as tp
from . import wordmake as wm


def _contests(d):
    wm.para(d, "1. Hội thi Sáng tạo kỹ thuật thành phố lần thứ X")
    wm.para(d, "- Thời gian thực hiện: Quý III/2023.")
    wm.para(d, "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.")
    wm.para(d, "- Cơ quan phối hợp: Thành Đoàn, Hội Sinh viên.")
    wm.para(d, "- Kinh phí: 50.000.000 đồng.")
    wm.para(d, "2. Diễn đàn thanh niên khởi nghiệp")
    wm.para(d, "- Thời gian thực hiện: Quý IV/2023.")
    wm.para(d, "- Cơ quan chủ trì: Thành Đoàn.")
    wm.para(d, "- Cơ quan phối hợp: Sở Khoa học và Công nghệ.")


def test_labels_and_order_typed_are_kept_on_the_list(word_repo, import_word):
    got = import_word(tp.plan(_contests), word_repo)
    assert got.errors == []
    contents = got.data["contents"]
    assert contents["layout"] == "detailed_list"
    assert contents["field_lines"] == {
        "order": ["time", "lead", "support", "budget"],
        "labels": {"time": "Thời gian thực hiện", "lead": "Cơ quan chủ trì",
                   "support": "Cơ quan phối hợp"},
    }  # fmt: skip
    contest, forum = got.activities()
    assert "field_lines" not in contest and "field_lines" not in forum
    # the data is still read: lead, support, time, budget
    assert (contest["lead"], contest["support"]) == ("skhcn-hn", ["tdhn", "hsv-hn"])
    assert (contest["time"], contest["budget"]) == ("2023-Q3", 50000000)
    assert (forum["lead"], forum["support"], forum["time"]) == ("tdhn", ["skhcn-hn"], "2023-Q4")
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "1. Hội thi", 9) == [
        "1. Hội thi Sáng tạo kỹ thuật thành phố lần thứ X",
        "- Thời gian thực hiện: Quý III/2023.",
        "- Cơ quan chủ trì: Sở KH&CN.",
        "- Cơ quan phối hợp: Thành Đoàn, Hội Sinh viên.",
        "- Kinh phí: 50.000.000 đồng.",
        "2. Diễn đàn thanh niên khởi nghiệp",
        "- Thời gian thực hiện: Quý IV/2023.",
        "- Cơ quan chủ trì: Thành Đoàn.",
        "- Cơ quan phối hợp: Sở KH&CN.",
    ]


def test_lines_typed_without_a_stop_print_without_one(word_repo, import_word):
    """Lines typed with no closing '.' (and 'Kinh phí' before 'Thời gian'): printed so, in that
    order; an activity typed otherwise than the others keeps its own ``field_lines``."""

    def contents(d):
        wm.para(d, "1. Hội thi Sáng tạo kỹ thuật")
        wm.para(d, "- Kinh phí: 50.000.000 đồng")
        wm.para(d, "- Thời gian: Quý III/2023")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn")
        wm.para(d, "2. Diễn đàn thanh niên")
        wm.para(d, "- Kinh phí: 10.000.000 đồng")
        wm.para(d, "- Thời gian: Quý IV/2023")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn")
        wm.para(d, "3. Giao ban cơ sở")
        wm.para(d, "- Thời gian: Tháng 12/2023;")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")

    got = import_word(tp.plan(contents), word_repo)
    assert got.errors == []
    assert got.data["contents"].get("field_lines") is None
    contest, forum, meeting = got.activities()
    assert contest["field_lines"] == forum["field_lines"] == {
        "order": ["budget", "time", "lead"], "end": ""}  # fmt: skip
    assert meeting["field_lines"] == {"end": ";."}
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "1. Hội thi", 11) == [
        "1. Hội thi Sáng tạo kỹ thuật",
        "- Kinh phí: 50.000.000 đồng",
        "- Thời gian: Quý III/2023",
        "- Đơn vị chủ trì: Thành Đoàn",
        "2. Diễn đàn thanh niên",
        "- Kinh phí: 10.000.000 đồng",
        "- Thời gian: Quý IV/2023",
        "- Đơn vị chủ trì: Thành Đoàn",
        "3. Giao ban cơ sở",
        "- Thời gian: Tháng 12/2023;",
        "- Đơn vị chủ trì: Thành Đoàn.",
    ]


def test_a_lead_kept_in_words_takes_the_label_typed(word_repo, import_word):
    """'Cơ quan chủ trì: Các cơ sở Đoàn' names no body: the words are kept, printed under the
    label typed — not kehoach's 'Đơn vị chủ trì'."""

    def contents(d):
        wm.para(d, "1. Treo băng rôn, khẩu hiệu")
        wm.para(d, "- Thời gian thực hiện: Tháng 5/2023.")
        wm.para(d, "- Cơ quan chủ trì: Các cơ sở Đoàn.")
        wm.para(d, "2. Giao ban cơ sở")
        wm.para(d, "- Thời gian thực hiện: Tháng 6/2023.")
        wm.para(d, "- Cơ quan chủ trì: Thành Đoàn.")

    got = import_word(tp.plan(contents), word_repo)
    assert got.errors == []
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "1. Treo", 6) == [
        "1. Treo băng rôn, khẩu hiệu",
        "- Thời gian thực hiện: Tháng 5/2023.",
        "- Cơ quan chủ trì: Các cơ sở Đoàn.",
        "2. Giao ban cơ sở",
        "- Thời gian thực hiện: Tháng 6/2023.",
        "- Cơ quan chủ trì: Thành Đoàn.",
    ]


def test_a_budget_typed_in_other_words_prints_as_typed(word_repo, import_word):
    """'Kinh phí: 50 triệu đồng.': ``budget: 50000000`` for the totals, the line printed in the
    words typed — before, '50.000.000 đồng.'."""

    def contents(d):
        wm.para(d, "1. Hội thi Sáng tạo kỹ thuật")
        wm.para(d, "- Thời gian: Quý III/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")
        wm.para(d, "- Kinh phí: 50 triệu đồng.")
        wm.para(d, "2. Diễn đàn thanh niên")
        wm.para(d, "- Thời gian: Quý IV/2023.")
        wm.para(d, "- Kinh phí: 10.000.000 đồng.")

    got = import_word(tp.plan(contents), word_repo)
    assert got.errors == []
    contest, forum = got.activities()
    assert contest["budget"] == 50000000 and contest["details"] == ["Kinh phí: 50 triệu đồng"]
    assert forum["budget"] == 10000000 and "details" not in forum
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "1. Hội thi", 4)[3] == "- Kinh phí: 50 triệu đồng."
    assert "- Kinh phí: 10.000.000 đồng." in lines
