"""A document's sections print in the order it typed them: a section the format has no place for
(``PHƯƠNG THỨC PHỐI HỢP`` between a program's areas and its duties, ``THỜI GIAN, ĐỊA ĐIỂM``
before a plan's contents) says after which section it stands (``after``); a section of the format
typed out of the format's order is moved with a TODO that says so."""

from __future__ import annotations

import re

from kehoach.model import Document, Repository
from kehoach.render.body import blocks

from . import wordmake as wm
from .samples import STATE_RIGHT, doan_header_table
from .test_trial14 import _reprinted
from .test_word_layouts import JOINT_LEFT


def _signature(d) -> None:
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")


def _program() -> bytes:
    """A program typed with the usual five sections: its ways of working (III) between its areas
    and the duties of each party, and its closing sentence in the last section."""
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
    wm.para(d, "- Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên.")
    wm.para(d, "III. PHƯƠNG THỨC PHỐI HỢP", bold=True)
    wm.para(d, "1. Trao đổi thông tin thường xuyên qua đầu mối được phân công.")
    wm.para(d, "2. Lồng ghép nội dung Chương trình vào kế hoạch công tác hằng năm của mỗi bên.")
    wm.para(d, "IV. TRÁCH NHIỆM CỦA CÁC BÊN", bold=True)
    wm.para(d, "1. Sở Khoa học và Công nghệ", bold=True)
    wm.para(d, "- Cử chuyên gia tư vấn, phản biện.")
    wm.para(d, "2. Thành đoàn thành phố", bold=True)
    wm.para(d, "- Chỉ đạo các cấp bộ Đoàn triển khai thực hiện.")
    wm.para(d, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "- Hằng năm, hai bên tổ chức sơ kết việc thực hiện Chương trình.")
    wm.para(d, "Chương trình có hiệu lực kể từ ngày ký, hai bên trao đổi để điều chỉnh khi cần./.")
    _signature(d)
    return wm.save(d)


def _headings(text: str) -> list[str]:
    return re.findall(r"^([IVX]+\. .+)$", text, re.M)


def test_a_programs_ways_of_working_stay_between_its_areas_and_duties(word_repo, import_word):
    """'III. PHƯƠNG THỨC PHỐI HỢP' typed between the areas and the duties: an extra section
    ``after: areas``, printed III as typed — before, it printed last (V), after TỔ CHỨC THỰC
    HIỆN and its closing sentence, the end mark './.' with it, III–V renumbered, no TODO."""
    got = import_word(_program(), word_repo, kind="program")
    assert got.errors == []
    (extra,) = got.data["extra_sections"]
    assert extra["title"] == "PHƯƠNG THỨC PHỐI HỢP" and extra["after"] == "areas"
    assert "# TODO: mục" not in got.text  # nothing moved
    text = _reprinted(got, word_repo)
    assert _headings(text) == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG PHỐI HỢP",
                               "III. PHƯƠNG THỨC PHỐI HỢP", "IV. TRÁCH NHIỆM CỦA CÁC BÊN",
                               "V. TỔ CHỨC THỰC HIỆN"]  # fmt: skip
    assert text.index("1. Trao đổi thông tin") < text.index("Cử chuyên gia")
    # the document ends where it ended: the end mark after the closing sentence
    words = " ".join(text.split())
    assert "điều chỉnh khi cần./." in words
    assert "kế hoạch công tác hằng năm của mỗi bên./." not in words


def _plan(sections) -> bytes:
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    for n, (title, lines) in enumerate(sections, 1):
        wm.para(d, f"{['I', 'II', 'III', 'IV', 'V'][n - 1]}. {title}", bold=True)
        for line in lines:
            wm.para(d, line)
    _signature(d)
    return wm.save(d)


PURPOSE = ("MỤC ĐÍCH, YÊU CẦU", ["- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô."])
WHEN = ("THỜI GIAN, ĐỊA ĐIỂM", ["- Ngày 26/3/2023, tại Cung Thanh niên Hà Nội."])
CONTENTS = ("NỘI DUNG", ["- Thành Đoàn tổ chức Ngày hội."])
BUDGET = ("KINH PHÍ", ["Kinh phí tổ chức từ nguồn xã hội hóa."])
DUTIES = ("TỔ CHỨC THỰC HIỆN", ["- Các cơ sở Đoàn triển khai Kế hoạch."])


def test_a_plans_section_of_no_place_keeps_its_place(word_repo, import_word):
    """'II. THỜI GIAN, ĐỊA ĐIỂM' between the purpose and the contents: ``after: purpose``, printed
    II; an extra section typed last needs no ``after`` (it prints last)."""
    last = ("KHEN THƯỞNG", ["- Thành Đoàn khen thưởng các đơn vị tiêu biểu."])
    got = import_word(_plan([PURPOSE, WHEN, CONTENTS, DUTIES, last]), word_repo)
    assert got.errors == []
    when, reward = got.data["extra_sections"]
    assert when["after"] == "purpose" and "after" not in reward
    assert "# TODO: mục" not in got.text
    text = _reprinted(got, word_repo)
    assert _headings(text) == ["I. MỤC ĐÍCH, YÊU CẦU", "II. THỜI GIAN, ĐỊA ĐIỂM", "III. NỘI DUNG",
                               "IV. TỔ CHỨC THỰC HIỆN", "V. KHEN THƯỞNG"]  # fmt: skip


def test_a_section_the_format_moves_is_said_in_a_todo(word_repo, import_word):
    """KINH PHÍ typed after TỔ CHỨC THỰC HIỆN: kehoach prints a plan's budget before its
    implementation — the draft says so (before, it moved without a word)."""
    got = import_word(_plan([PURPOSE, CONTENTS, DUTIES, BUDGET]), word_repo)
    assert got.errors == []
    todo = [ln for ln in got.text.splitlines() if ln.startswith("budget:")]
    assert todo and 'mục "KINH PHÍ" gõ sau mục "TỔ CHỨC THỰC HIỆN"' in todo[0]


def test_an_extra_section_prints_after_the_section_it_names(tmp_path):
    """``after`` in the renderer: after the section named, ``preamble`` before section I, none
    at the end; a section the document lacks still gives the place it would have."""
    data = {
        "kind": "plan",
        "issuers": ["tdhn"],
        "year": 2023,
        "title": "Kế hoạch",
        "purpose": {"items": ["Mục đích."]},
        "contents": {"items": ["Nội dung."]},
        "implementation": {"items": ["Thực hiện."]},
        "extra_sections": [
            {"title": "Cuối", "items": ["x"]},
            {"title": "Đầu", "after": "preamble", "items": ["x"]},
            {"title": "Sau kinh phí", "after": "budget", "items": ["x"]},
            {"title": "Sau mục đích", "after": "purpose", "items": ["x"]},
        ],
        "signers": [],
    }
    doc = Document(str(tmp_path / "kh.yaml"), "plan", data)
    heads = [b["text"] for b in blocks(doc, Repository(tmp_path)) if b["type"] == "heading"]
    assert heads == ["ĐẦU", "MỤC ĐÍCH, YÊU CẦU", "SAU MỤC ĐÍCH", "NỘI DUNG", "SAU KINH PHÍ",
                     "TỔ CHỨC THỰC HIỆN", "CUỐI"]  # fmt: skip


def test_the_schema_names_the_sections_an_extra_section_may_follow():
    """``after`` takes the names of ``vocab.SECTION_ORDER`` (tools/schema_src.py writes them)."""
    import json
    from pathlib import Path

    from kehoach.vocab import EXTRA_AFTER, SECTION_ORDER

    root = Path(__file__).resolve().parents[2] / "schemas"
    for kind in ("plan", "program"):
        schema = json.loads((root / f"{kind}.schema.json").read_text(encoding="utf-8"))
        extra = schema["properties"]["extra_sections"]["items"]
        assert extra["properties"]["after"]["enum"] == [EXTRA_AFTER, *SECTION_ORDER[kind]]
