"""An activity table whose Chủ trì cell is empty, or which has no Chủ trì column: the issuer is
the lead ``due`` and ``who`` hold to account (with a TODO), never printed as one — before, the
reprint said 'Chủ trì: Thành Đoàn' where the document named no one."""

from __future__ import annotations

import io

import docx

from . import typedplan as tp
from . import wordmake as wm


def _table(rows):
    return tp.plan(lambda d: wm.grid_table(d, rows))


def test_an_empty_chu_tri_cell_prints_empty(word_repo, import_word):
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Treo băng rôn, khẩu hiệu", "", "Tháng 5/2023"],
            ["2", "Giao ban cơ sở", "Thành Đoàn", "Tháng 6/2023"]]  # fmt: skip
    got = import_word(_table(rows), word_repo)
    assert got.errors == []
    banners, meeting = got.activities()
    assert banners["lead"] == "tdhn" and banners["lead_printed"] is False
    assert "lead_printed" not in meeting
    lines = tp.lines(got, word_repo)
    assert tp.after(lines, "1. Treo", 4) == [
        "1. Treo băng rôn, khẩu hiệu",
        "Thời gian: Tháng 5/2023",
        "2. Giao ban cơ sở",
        "Chủ trì: Thành Đoàn; Thời gian: Tháng 6/2023",
    ]
    table = docx.Document(io.BytesIO(tp.printed(got, word_repo, "docx"))).tables[1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Đơn vị chủ trì",
                                                     "Phối hợp", "Thời gian"]  # fmt: skip
    assert [c.text for c in table.rows[1].cells][2] == ""
    assert [c.text for c in table.rows[2].cells][2] == "Thành Đoàn"


def test_a_table_without_a_chu_tri_column_prints_none(word_repo, import_word):
    """STT | Nội dung | Phối hợp | Thời gian: no row names a lead; the reprint has no Chủ trì
    column (docx) nor 'Chủ trì:' (txt), as the document had none."""
    rows = [["STT", "Nội dung", "Phối hợp", "Thời gian"],
            ["1", "Treo băng rôn, khẩu hiệu", "Sở KH&CN", "Tháng 5/2023"],
            ["2", "Giao ban cơ sở", "", "Tháng 6/2023"]]  # fmt: skip
    got = import_word(_table(rows), word_repo)
    assert got.errors == []
    acts = got.activities()
    assert [(a["lead"], a["lead_printed"]) for a in acts] == [("tdhn", False)] * 2
    assert acts[0]["support"] == ["skhcn-hn"]
    lines = tp.lines(got, word_repo)
    assert not [ln for ln in lines if "Chủ trì:" in ln]
    assert tp.after(lines, "1. Treo", 4) == [
        "1. Treo băng rôn, khẩu hiệu",
        "Phối hợp: Sở KH&CN; Thời gian: Tháng 5/2023",
        "2. Giao ban cơ sở",
        "Thời gian: Tháng 6/2023",
    ]
    table = docx.Document(io.BytesIO(tp.printed(got, word_repo, "docx"))).tables[1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Phối hợp", "Thời gian"]
    assert [c.text for c in table.rows[1].cells] == ["1", "Treo băng rôn, khẩu hiệu", "Sở KH&CN",
                                                     "Tháng 5/2023"]  # fmt: skip
