"""The duties of a coordination program titled by a department of a party ("Văn phòng Sở",
"Ban Phong trào Thành Đoàn", "Phòng Quản lý khoa học – Sở KH&CN") get that party's ``org``, as a
plan's TỔ CHỨC THỰC HIỆN subsections do, so that ``who`` names the right party. Before, a
program's duties section with one such title it could not read as a party ("Văn phòng Sở"), a
subsection about no party ("Các cơ sở Đoàn") or departments under each party's heading was kept
whole as an extra section without any ``org``: ``who`` found no duty of either party there."""

from __future__ import annotations

import pytest

from helpers import run
from kehoach.who.run import responsibilities

from . import wordmake as wm
from .samples import STATE_RIGHT
from .test_word_layouts import JOINT_LEFT


def _joint(kind: str, duties: list[tuple[str, list[str]]]) -> bytes:
    """A program (or a joint plan) of the Thành Đoàn and the Sở whose III. TỔ CHỨC THỰC HIỆN
    holds ``duties``: (heading, lines under it)."""
    d = wm.new()
    number = "Số: 12-CTr/TĐTN-SKHCN" if kind == "program" else "Số: 12-KHLT/TĐTN-SKHCN"
    wm.header_table(d, JOINT_LEFT, STATE_RIGHT, number, "Hà Nội, ngày 20 tháng 01 năm 2023")
    if kind == "program":
        wm.para(d, "CHƯƠNG TRÌNH PHỐI HỢP", bold=True, center=True)
        wm.para(d, "giữa Thành Đoàn và Sở Khoa học và Công nghệ giai đoạn 2023 - 2025", bold=True,
                center=True)  # fmt: skip
    else:
        wm.para(d, "KẾ HOẠCH LIÊN TỊCH", bold=True, center=True)
        wm.para(d, "Hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Phát huy vai trò của thanh niên trong khoa học, công nghệ.")
    wm.para(d, "II. NỘI DUNG PHỐI HỢP" if kind == "program" else "II. NỘI DUNG", bold=True)
    wm.para(d, "1. Tuyên truyền, phổ biến kiến thức khoa học", bold=True)
    wm.para(d, "- Tổ chức các diễn đàn khoa học cho đoàn viên, thanh niên.")
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    for heading, lines in duties:
        wm.para(d, heading, bold=True)
        for line in lines:
            wm.para(d, line)
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True),
                                 ("Trần Thị Mai", True)])  # fmt: skip
    wm.cell_lines(t.cell(0, 1), [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True),
                                 ("Nguyễn Văn Hùng", True)])  # fmt: skip
    wm.para(d, "Nơi nhận:", bold=True, italic=True)
    wm.para(d, "- Lưu: VT.")
    return wm.save(d)


BARE = [("1. Văn phòng Sở", ["- Cử chuyên gia tư vấn, phản biện."]),
        ("2. Ban Phong trào Thành Đoàn", ["- Chủ trì tham mưu triển khai."])]  # fmt: skip
MIXED = [("1. Ban Phong trào Thành Đoàn", ["- Chủ trì tham mưu triển khai."]),
         ("2. Phòng Quản lý khoa học – Sở KH&CN", ["- Cử chuyên gia tư vấn, phản biện."]),
         ("3. Các cơ sở Đoàn", ["- Triển khai đến đoàn viên."])]  # fmt: skip
NESTED = [("1. Thành Đoàn", []),
          ("1.1. Ban Phong trào", ["- Chủ trì tham mưu triển khai."]),
          ("1.2. Văn phòng", ["- Bảo đảm kinh phí."]),
          ("2. Sở Khoa học và Công nghệ", []),
          ("2.1. Phòng Quản lý khoa học", ["- Cử chuyên gia tư vấn, phản biện."])]  # fmt: skip


def _titled(sec: dict, depth: int = 0) -> list[tuple[str, str | None]]:
    """(title, org) of the subsections of ``sec``, deeper ones indented."""
    out = []
    for sub in sec.get("sections") or []:
        out.append(("  " * depth + sub["title"], sub.get("org")))
        out += _titled(sub, depth + 1)
    return out


def test_a_program_s_duty_titled_by_a_department_of_a_party(word_repo, import_word):
    """'Văn phòng Sở' beside 'Ban Phong trào Thành Đoàn': each party's duty."""
    got = import_word(_joint("program", BARE), word_repo, kind="program")
    assert got.errors == [] and "extra_sections" not in got.data
    assert [(d["org"], d["title"]) for d in got.data["duties"]] == [
        ("skhcn-hn", "Văn phòng Sở"),
        ("tdhn", "Ban Phong trào Thành Đoàn"),
    ]


@pytest.mark.parametrize(
    ("duties", "orgs"),
    [
        (MIXED, [("Ban Phong trào Thành Đoàn", "tdhn"),
                 ("Phòng Quản lý khoa học – Sở KH&CN", "skhcn-hn"),
                 ("Các cơ sở Đoàn", None)]),
        (NESTED, [("Thành Đoàn", "tdhn"), ("  Ban Phong trào", None), ("  Văn phòng", None),
                  ("Sở Khoa học và Công nghệ", "skhcn-hn"), ("  Phòng Quản lý khoa học", None)]),
    ],
    ids=["a-subsection-about-no-party", "departments-under-each-party"],
)  # fmt: skip
def test_a_program_s_duties_kept_as_written_get_the_orgs_a_plan_s_get(
    word_repo, import_word, duties, orgs
):
    """Duties the program's ``duties`` cannot hold (a subsection about no party, departments under
    each party's heading) stay an extra section as written — each subsection about one party with
    its ``org``, exactly as the same section of a joint plan gets them."""
    program = import_word(_joint("program", duties), word_repo, kind="program")
    assert program.errors == [] and "duties" not in program.data
    (kept,) = program.data["extra_sections"]
    assert _titled(kept) == orgs
    plan = import_word(_joint("plan", duties), word_repo, name="khlt.docx", kind="plan")
    assert _titled(plan.data["implementation"]) == orgs


def test_who_names_the_party_of_a_department_s_duties(word_repo, import_word):
    got = import_word(_joint("program", MIXED), word_repo, kind="program")
    path = word_repo / "programs" / "ctph.yaml"
    path.parent.mkdir()
    path.write_text(got.text, encoding="utf-8")
    repo = run([str(word_repo)]).repo
    for org, title in (("tdhn", "Ban Phong trào Thành Đoàn"),
                       ("skhcn-hn", "Phòng Quản lý khoa học – Sở KH&CN")):  # fmt: skip
        [party] = responsibilities(repo, repo.documents, org)
        assert [e.title for e in party.duties] == [title]
