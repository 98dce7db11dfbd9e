"""What a second look at the trial documents of session 14 found, each read back right: a body
said to lead with the lead ("Sở KH&CN (đồng chủ trì)", "Tỉnh Đoàn và Sở KH&CN đồng chủ trì",
"cùng chủ trì") is a co-lead (``co_leads``), not a supporting unit in words."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer.names import split_names
from kehoach.exchange.importer.roles import split

from . import wordmake as wm
from .samples import doan_header_table
from .test_trial14 import _reprinted
from .test_word_contents import _plan

CO_LEADS = [
    "Thành Đoàn (chủ trì), Sở KH&CN (đồng chủ trì)",
    "Thành Đoàn; Sở KH&CN (đồng chủ trì)",
    "Thành Đoàn (chủ trì)\nSở KH&CN (cùng chủ trì)",
    "Thành Đoàn và Sở KH&CN đồng chủ trì",
    "Thành Đoàn, Sở KH&CN cùng chủ trì",
    "Thành Đoàn chủ trì, Sở KH&CN đồng chủ trì",
]


def test_a_body_said_to_lead_with_the_lead_is_a_co_lead(word_repo, import_word):
    """'Thành Đoàn (chủ trì), Sở KH&CN (đồng chủ trì)' and the like in the Chủ trì column: the Sở
    leads with the Thành Đoàn (``co_leads``) — before, it was a supporting unit in words
    ('Sở KH&CN (đồng chủ trì)', printed under Phối hợp), or read as no body at all."""
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]]
    rows += [[str(n), f"Hoạt động {n}", lead, "Quý II/2023"] for n, lead in enumerate(CO_LEADS, 1)]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    acts = got.activities()
    assert [(a["lead"], a.get("co_leads")) for a in acts] == [("tdhn", ["skhcn-hn"])] * len(
        rows[1:]
    )
    assert [a for a in acts if "support_others" in a or "support" in a] == []
    assert "# TODO" not in got.text
    assert "chủ trì)" not in _reprinted(got, word_repo)


def test_co_leads_said_in_an_activity_line_with_its_supporters(word_repo, import_word):
    """'- Đơn vị chủ trì: Thành Đoàn và Sở KH&CN đồng chủ trì; phối hợp: Hội Sinh viên.' under an
    activity (a program's way): both lead, the Hội supports — before, the lead was read as
    'Thành Đoàn và Sở KH&CN đồng' (the Thành Đoàn with a TODO, the Sở lost)."""

    def contents(d):
        wm.para(d, "1. Công tác tuyên truyền", bold=True)
        wm.para(d, "a) Hội thi sáng tạo")
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(
            d, "- Đơn vị chủ trì: Thành Đoàn và Sở KH&CN đồng chủ trì; phối hợp: Hội Sinh viên."
        )
        wm.para(d, "b) Tọa đàm về chuyển đổi số")
        wm.para(d, "- Thời gian: Quý III/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn cùng chủ trì với Sở KH&CN.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    first, second = got.activities()
    assert (first["lead"], first["co_leads"], first["support"]) == (
        "tdhn",
        ["skhcn-hn"],
        ["hsv-hn"],
    )
    assert "support_others" not in first
    assert (second["lead"], second["co_leads"]) == ("tdhn", ["skhcn-hn"])
    assert "# TODO" not in got.text
    text = _reprinted(got, word_repo)
    assert "đồng" not in text


@pytest.mark.parametrize(
    ("text", "lead", "support"),
    [
        ("Tỉnh Đoàn (chủ trì), Sở KH&CN (đồng chủ trì)", "Tỉnh Đoàn, Sở KH&CN", ""),
        ("Tỉnh Đoàn; Sở KH&CN (đồng chủ trì)", "Tỉnh Đoàn, Sở KH&CN", ""),
        ("Tỉnh Đoàn (chủ trì), Sở KH&CN (cùng chủ trì), Hội LHPN (phối hợp)",
         "Tỉnh Đoàn, Sở KH&CN", "Hội LHPN"),
        ("Tỉnh Đoàn và Sở KH&CN đồng chủ trì", "Tỉnh Đoàn và Sở KH&CN", ""),
        ("Tỉnh Đoàn và Sở KH&CN cùng chủ trì, phối hợp với các huyện, thị, thành đoàn",
         "Tỉnh Đoàn và Sở KH&CN", "các huyện, thị, thành đoàn"),
        ("Tỉnh Đoàn chủ trì, Sở KH&CN đồng chủ trì; các huyện đoàn phối hợp",
         "Tỉnh Đoàn, Sở KH&CN", "các huyện đoàn"),
        ("Tỉnh Đoàn đồng chủ trì với Sở KH&CN, phối hợp với Hội Sinh viên",
         "Tỉnh Đoàn, Sở KH&CN", "Hội Sinh viên"),
        # a body helping, not leading: as before
        ("Thành Đoàn chủ trì, cùng Sở KH&CN", "Thành Đoàn", "Sở KH&CN"),
        ("Thành Đoàn chủ trì, phối hợp với Sở KH&CN", "Thành Đoàn", "Sở KH&CN"),
    ],
)  # fmt: skip
def test_split_reads_the_bodies_leading_together(text, lead, support):
    assert split(text) == (lead, support)


def test_another_kind_of_the_same_schools_is_one_unit(word_repo, import_word):
    """'Các trường THPT, Cao đẳng trên địa bàn tỉnh.' in the Phối hợp column: one unit (the schools
    of both kinds) — before, two ('Các trường THPT' and 'Cao đẳng trên địa bàn tỉnh')."""
    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Cuộc thi ý tưởng", "Thành Đoàn",
         "Sở KH&CN; Các trường THPT, Cao đẳng trên địa bàn tỉnh.", "Quý II/2023"],
        ["2", "Hội thảo", "Thành Đoàn", "Sở KH&CN, Các huyện, thị, thành đoàn", "Quý III/2023"],
    ]  # fmt: skip
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    first, second = got.activities()
    assert first["support"] == ["skhcn-hn"]
    assert first["support_others"] == ["Các trường THPT, Cao đẳng trên địa bàn tỉnh"]
    assert second["support_others"] == ["Các huyện, thị, thành đoàn"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Các trường Đại học, Cao đẳng, Trung cấp trên địa bàn",
         ["Các trường Đại học, Cao đẳng, Trung cấp trên địa bàn"]),
        ("Các trường Tiểu học, THCS trong tỉnh", ["Các trường Tiểu học, THCS trong tỉnh"]),
        # a school of its own (named), or another body: a name of its own, as before
        ("Các trường THPT, Đại học Quy Nhơn", ["Các trường THPT", "Đại học Quy Nhơn"]),
        ("Các trường THPT, Hội Sinh viên", ["Các trường THPT", "Hội Sinh viên"]),
        ("Trường THPT Chu Văn An, Đại học Quy Nhơn", ["Trường THPT Chu Văn An", "Đại học Quy Nhơn"]),
        ("Sở KH&CN, Các huyện, thị, thành đoàn", ["Sở KH&CN", "Các huyện, thị, thành đoàn"]),
    ],
)  # fmt: skip
def test_split_names_keeps_the_kinds_of_many_schools_together(text, names):
    assert split_names(text) == names


def _plan_with_duties(d, duties) -> None:
    """A plan of the Thành Đoàn whose TỔ CHỨC THỰC HIỆN is typed by ``duties(d)``."""
    doan_header_table(d)
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    wm.para(d, "- Tổ chức Ngày hội Sáng tạo trẻ.")
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    duties(d)
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("Nơi nhận:", True), ("- Lưu: VP.", False)], center=False)
    wm.cell_lines(
        t.cell(0, 1),
        [("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True), ("PHÓ BÍ THƯ", True), ("Nguyễn Văn Hùng", True)],
    )


CLOSING = (
    "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Phong trào để tổng "
    "hợp, báo cáo Ban Thường vụ Thành Đoàn./."
)


def test_departments_of_the_issuer_and_a_last_sentence_to_every_unit(word_repo, import_word):
    """'1. Ban Phong trào', '2. Văn phòng' under TỔ CHỨC THỰC HIỆN of the Thành Đoàn's plan: duties
    of the Thành Đoàn (``org``, for ``who``) — before, no org; 'Trong quá trình thực hiện, nếu có
    vướng mắc, các đơn vị phản ánh về …' typed last: the closing — before, a duty of the body of
    the last subsection ('3. Đề nghị Sở Khoa học và Công nghệ')."""

    def duties(d):
        wm.para(d, "1. Ban Phong trào", bold=True)
        wm.para(d, "- Chủ trì tham mưu triển khai Kế hoạch.")
        wm.para(d, "2. Văn phòng", bold=True)
        wm.para(d, "- Bảo đảm kinh phí cho các hoạt động.")
        wm.para(d, "3. Đề nghị Sở Khoa học và Công nghệ", bold=True)
        wm.para(d, "- Phối hợp tuyên truyền về sở hữu trí tuệ.")
        wm.para(d, CLOSING)

    d = wm.new()
    _plan_with_duties(d, duties)
    got = import_word(wm.save(d), word_repo)
    sections = got.data["implementation"]["sections"]
    assert [(s["title"], s.get("org")) for s in sections] == [
        ("Ban Phong trào", "tdhn"),
        ("Văn phòng", "tdhn"),
        ("Đề nghị Sở Khoa học và Công nghệ", "skhcn-hn"),
    ]
    assert sections[2]["items"] == ["Phối hợp tuyên truyền về sở hữu trí tuệ."]
    assert got.data["closing"] == [CLOSING.removesuffix("./.")]
    text = _reprinted(got, word_repo)
    last = text[text.index("sở hữu trí tuệ.") :].split("TM. BAN")[0]
    assert " ".join(last.split()) == f"sở hữu trí tuệ. {CLOSING}"  # printed where it was typed


def test_a_department_of_another_body_or_a_body_of_a_place_is_not_the_issuer(
    word_repo, import_word
):
    """'Trung tâm Văn hóa huyện' (a body of its own) as a duty's title: no org of the issuer; a
    sentence about problems inside a duty, not last: stays there."""

    def duties(d):
        wm.para(d, "1. Trung tâm Văn hóa huyện", bold=True)
        wm.para(d, "- Bố trí địa điểm.")
        wm.para(d, "- Trong quá trình thực hiện, nếu có khó khăn, báo cáo Thành Đoàn.")
        wm.para(d, "2. Ban Phong trào", bold=True)
        wm.para(d, "- Theo dõi, tổng hợp kết quả.")

    d = wm.new()
    _plan_with_duties(d, duties)
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["implementation"]["sections"]
    assert "org" not in first and second["org"] == "tdhn"
    assert len(first["items"]) == 2 and "closing" not in got.data


def test_a_department_of_one_of_two_issuers_is_that_issuer_s():
    """In a joint plan: 'Văn phòng Sở' is the Sở's, 'Văn phòng' alone is no one's (either)."""
    from kehoach.exchange.importer.orgs import OrgIndex
    from kehoach.exchange.importer.plan_map import issuer_of_unit

    index = OrgIndex([
        {"id": "td", "name": "Tỉnh Đoàn Bình Thuận", "short": "Tỉnh Đoàn"},
        {"id": "so", "name": "Sở Khoa học và Công nghệ tỉnh Bình Thuận", "short": "Sở KH&CN"},
    ])  # fmt: skip
    both = ["td", "so"]
    assert issuer_of_unit("2. Văn phòng Sở", index, both) == "so"
    assert issuer_of_unit("Văn phòng", index, both) is None
    assert issuer_of_unit("1. Phòng Quản lý chuyên ngành", index, ["so"]) == "so"
    assert issuer_of_unit("Ban Phong trào Tỉnh Đoàn", index, ["so"]) is None  # named: mentioned
    assert issuer_of_unit("Các phòng chuyên môn", index, ["so"]) is None
