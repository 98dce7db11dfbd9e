"""A "Đồng chủ trì: …" line under an activity typed as paragraphs ("- Đơn vị chủ trì: Tỉnh Đoàn" /
"- Đồng chủ trì: Sở Khoa học và Công nghệ" / "- Đơn vị phối hợp: …" / "- Thời gian: …"), and a
column headed "Đồng chủ trì" in an activity table: the bodies lead with the lead (``co_leads``).
Before, the line was taken for an activity of its own (its title "Đồng chủ trì: Sở …", the lines
after it its fields, the activity above without them), and the column was read as a second Chủ
trì column: its cell glued to the lead's ("Thành Đoàn Sở KH&CN", the Sở leading through a
department "Thành Đoàn"), its header kept in "Nội dung chưa xếp được"."""

from __future__ import annotations

import pytest

from . import wordmake as wm
from .samples import STATE_RIGHT
from .test_trial14 import _reprinted
from .test_word_contents import _plan
from .test_word_layouts import JOINT_LEFT

CO_LEAD_LINES = [
    "- Đồng chủ trì: Sở Khoa học và Công nghệ",
    "- Đồng chủ trì: Sở Khoa học và Công nghệ.",
    "+ Cơ quan đồng chủ trì : Sở KH&CN;",
    "Đơn vị đồng chủ trì:Sở KH&CN",
    "- Đơn vị đồng chủ trì\uff1a Sở KH&CN",  # a full-width colon
]


def _activities(d, co_line: str, *, co_first: bool = False) -> None:
    """NỘI DUNG as '1. ‹group›' with two lettered activities, each with its labelled lines (the
    co-lead line after the lead's, or before it)."""
    wm.para(d, "1. Công tác tuyên truyền", bold=True)
    wm.para(d, "a) Hội thi sáng tạo")
    for line in [co_line, "- Đơn vị chủ trì: Thành Đoàn"][:: 1 if co_first else -1]:
        wm.para(d, line)
    wm.para(d, "- Đơn vị phối hợp: Hội Sinh viên")
    wm.para(d, "- Thời gian: Quý II/2023.")
    wm.para(d, "b) Tọa đàm về chuyển đổi số")
    wm.para(d, "- Đơn vị chủ trì: Sở KH&CN")
    wm.para(d, "- Thời gian: Quý III/2023.")


@pytest.mark.parametrize("co_line", CO_LEAD_LINES)
def test_a_co_lead_line_under_an_activity(word_repo, import_word, co_line):
    d = wm.new()
    _plan(d, lambda d: _activities(d, co_line))
    got = import_word(wm.save(d), word_repo)
    assert got.result.files[0].problems == []
    first, second = got.activities()
    assert (first["title"], first["lead"], first["co_leads"], first["support"]) == (
        "Hội thi sáng tạo",
        "tdhn",
        ["skhcn-hn"],
        ["hsv-hn"],
    )
    assert first["time"] == "2023-Q2" and "support_others" not in first
    assert (second["title"], second["lead"]) == ("Tọa đàm về chuyển đổi số", "skhcn-hn")
    assert "co_leads" not in second and "# TODO" not in got.text
    text = _reprinted(got, word_repo)
    # the support typed on a line of its own prints on its own line again (``field_lines``)
    assert "- Đơn vị chủ trì: Thành Đoàn, Sở KH&CN.\n- Đơn vị phối hợp: Hội Sinh viên." in text
    assert "CHƯA XẾP ĐƯỢC" not in text


def test_a_co_lead_line_of_a_body_kehoach_does_not_know_is_kept_with_a_todo(word_repo, import_word):
    """'Đồng chủ trì: Trung tâm ABC' (no body of orgs.yaml): kept in words, with a TODO."""
    d = wm.new()
    _plan(d, lambda d: _activities(d, "- Đồng chủ trì: Trung tâm ABC"))
    got = import_word(wm.save(d), word_repo)
    first = got.activities()[0]
    assert first["lead"] == "tdhn" and "co_leads" not in first
    assert first["support_others"] == ["Trung tâm ABC"]
    assert "đồng chủ trì trong văn bản: Trung tâm ABC" in got.text


@pytest.mark.parametrize("co_first", [False, True])
def test_the_lead_named_again_on_the_co_lead_line_only_leads(word_repo, import_word, co_first):
    """'Đồng chủ trì: Thành Đoàn, Sở KH&CN' beside 'Đơn vị chủ trì: Thành Đoàn', typed after it
    or before it: the Thành Đoàn leads, the Sở leads with it."""
    d = wm.new()
    line = "- Đồng chủ trì: Thành Đoàn, Sở KH&CN"
    _plan(d, lambda d: _activities(d, line, co_first=co_first))
    first = import_word(wm.save(d), word_repo).activities()[0]
    assert (first["lead"], first["co_leads"]) == ("tdhn", ["skhcn-hn"])


@pytest.mark.parametrize("header", ["Đồng chủ trì", "Đơn vị đồng chủ trì", "Cơ quan cùng chủ trì"])
def test_a_co_lead_column(word_repo, import_word, header):
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", header, "Đơn vị phối hợp", "Thời gian"],
        ["1", "Hội thảo khoa học", "Thành Đoàn", "Sở KH&CN", "Hội Sinh viên", "Quý II/2023"],
        ["2", "Tập huấn", "Ban Phong trào Thành Đoàn", "", "", "Tháng 9/2023"],
        ["3", "Tọa đàm", "Sở KH&CN", "Thành Đoàn, Hội Sinh viên", "", "Tháng 10/2023"],
        ["4", "Diễn đàn", "Thành Đoàn, Sở KH&CN", "Hội Sinh viên", "", "Tháng 11/2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    assert got.result.files[0].problems == []
    acts = [
        (a["lead"], a.get("lead_unit"), a.get("co_leads"), a.get("support"))
        for a in got.activities()
    ]
    assert acts == [
        ("tdhn", None, ["skhcn-hn"], ["hsv-hn"]),
        ("tdhn", "Ban Phong trào", None, None),
        ("skhcn-hn", None, ["tdhn", "hsv-hn"], None),
        ("tdhn", None, ["skhcn-hn", "hsv-hn"], None),  # with those of the Chủ trì cell
    ]
    assert "# TODO" not in got.text
    assert "CHƯA XẾP ĐƯỢC" not in _reprinted(got, word_repo)


def test_a_co_lead_line_under_a_program_s_area_activity(word_repo, import_word):
    """A program's area activity typed '- …' with '+ Đơn vị chủ trì: …' / '+ Đồng chủ trì: …'
    lines (``area_lists``)."""
    d = wm.new()
    wm.header_table(d, JOINT_LEFT, STATE_RIGHT, "Số: 12-CTr/TĐTN-SKHCN",
                    "Hà Nội, ngày 20 tháng 01 năm 2023")  # fmt: skip
    wm.para(d, "CHƯƠNG TRÌNH PHỐI HỢP", bold=True, center=True)
    wm.para(d, "giữa Thành Đoàn và Sở Khoa học và Công nghệ giai đoạn 2023 - 2025", bold=True,
            center=True)  # fmt: skip
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Phát huy vai trò của thanh niên trong khoa học, công nghệ.")
    wm.para(d, "II. NỘI DUNG PHỐI HỢP", bold=True)
    wm.para(d, "1. Tuyên truyền, phổ biến kiến thức khoa học", bold=True)
    for line in ("- Tổ chức Hội thảo khoa học tuổi trẻ", "+ Đơn vị chủ trì: Thành Đoàn",
                 "+ Đồng chủ trì: Sở Khoa học và Công nghệ", "+ Đơn vị phối hợp: Hội Sinh viên",
                 "+ Thời gian: Quý III/2023."):  # fmt: skip
        wm.para(d, line)
    wm.para(d, "III. TRÁCH NHIỆM CỦA CÁC BÊN", bold=True)
    wm.para(d, "1. Sở Khoa học và Công nghệ", bold=True)
    wm.para(d, "- Cử chuyên gia tư vấn, phản biện.")
    wm.para(d, "2. Thành đoàn thành phố", bold=True)
    wm.para(d, "- Chỉ đạo các cấp bộ Đoàn triển khai thực hiện.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")
    got = import_word(wm.save(d), word_repo, kind="program")
    assert got.result.files[0].problems == []
    (act,) = got.data["areas"][0]["activities"]
    assert (act["lead"], act["co_leads"], act["support"], act["time"]) == (
        "tdhn",
        ["skhcn-hn"],
        ["hsv-hn"],
        "2023-Q3",
    )
