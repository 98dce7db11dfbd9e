"""Several bodies typed in the Chủ trì column: the first leads, the others orgs.yaml knows lead
with it (``co_leads``) — "Thành Đoàn, Sở KH&CN", "Thành Đoàn và Sở Khoa học và Công nghệ" (the
"và" inside a body's name kept); a body kehoach does not know stays in words with a TODO. Before,
the second body became a supporting unit (printed under "phối hợp"), and "Thành Đoàn và Sở Khoa
học và Công nghệ" was read as the Sở led by a department "Thành Đoàn và"."""

from __future__ import annotations

from . import wordmake as wm
from .test_word_contents import _plan


def test_bodies_leading_together_are_co_leads(word_repo, import_word):
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Hội thảo khoa học", "Thành Đoàn, Sở KH&CN", "Hội Sinh viên", "Quý II/2023"],
        ["2", "Tập huấn", "Thành Đoàn và Sở Khoa học và Công nghệ", "", "Tháng 9/2023"],
        ["3", "Tọa đàm", "Thành Đoàn, Trung tâm ABC", "", "Tháng 10/2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    first, second, third = got.data["contents"]["activities"]
    assert (first["lead"], first["co_leads"], first["support"]) == (
        "tdhn",
        ["skhcn-hn"],
        ["hsv-hn"],
    )
    assert (second["lead"], second["co_leads"]) == ("tdhn", ["skhcn-hn"])
    assert "lead_unit" not in second
    assert third["lead"] == "tdhn" and "co_leads" not in third
    assert third["support_others"] == ["Trung tâm ABC"]
    assert "đồng chủ trì trong văn bản: Trung tâm ABC" in got.text
