"""Activities listed under NỘI DUNG as offices type them: a lone group typed with its number after
numbered items ('3. Các hoạt động chính:' after '1.', '2.') keeps that number; lines typed '- …'
and '+ …' under an auto-numbered activity keep their markers and their place before 'Thời gian',
'Đơn vị chủ trì'; a time that recurs each quarter is said not to be reminded each quarter."""

from __future__ import annotations

import re

from . import wordmake as wm
from .test_trial14 import _reprinted
from .test_word_contents import _plan


def test_a_lone_group_after_numbered_items_keeps_its_number(word_repo, import_word):
    """'1. Thời gian …', '2. Địa điểm …', then '3. Các hoạt động chính:' over the activities:
    printed 1., 2., 3. as typed — before, the third was a group printed '1. Các hoạt động chính:'
    (1, 2, 1), its activities lettered a), b) though typed '-'."""

    def contents(d):
        wm.para(d, "1. Thời gian: 01 ngày, dự kiến ngày 26/3/2023 (Kỷ niệm Ngày thành lập Đoàn).")
        wm.para(d, "2. Địa điểm: Cung Thanh niên Hà Nội.")
        wm.para(d, "3. Các hoạt động chính:", bold=True)
        wm.para(d, "- Triển lãm sản phẩm sáng tạo của thanh niên")
        wm.para(d, "Thời gian: ngày 26/3/2023")
        wm.para(d, "Đơn vị chủ trì: Ban Phong trào Thành Đoàn; phối hợp: Sở KH&CN")
        wm.para(d, "- Diễn đàn thanh niên khởi nghiệp")
        wm.para(d, "Thời gian: Quý II/2023")
        wm.para(d, "Đơn vị chủ trì: Sở Khoa học và Công nghệ; phối hợp: Thành Đoàn")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    part = got.data["contents"]
    assert part["paragraphs"][-1] == "3. Các hoạt động chính:"
    assert [a.get("group") for a in part["activities"]] == [None, None]
    text = _reprinted(got, word_repo)
    numbers = re.findall(r"^(\d+)\. ", text, re.M)
    assert numbers == ["1", "2", "3"], text
    assert "- Triển lãm sản phẩm sáng tạo" in text and "a) Triển lãm" not in text


def test_groups_typed_with_other_numbers_are_said(word_repo, import_word):
    """Two groups typed '2.' and '3.' after an item typed '1.': kehoach numbers its groups 1., 2.
    — the draft says so."""

    def contents(d):
        wm.para(d, "1. Đối tượng: đoàn viên, thanh niên Thủ đô.")
        for n, name in ((2, "Tuyên truyền"), (3, "Thi đua")):
            wm.para(d, f"{n}. Công tác {name.lower()}", bold=True)
            for k in (1, 2):
                wm.para(d, f"- {name} đợt {k}")
                wm.para(d, "- Thời gian: Quý II/2023.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert 'nhóm hoạt động "Công tác tuyên truyền" gõ số 2., bản in đánh số 1.' in got.text


def test_lines_typed_under_an_auto_numbered_activity_keep_markers_and_order(word_repo, import_word):
    """'- Nội dung:' with '+ …' points, then '- Thời gian: …', '- Đơn vị chủ trì: …' under a
    Word-numbered activity: printed in that order with their markers — before, the points
    printed after the lines of time and lead, without markers, no TODO."""
    d = wm.new()
    acts = wm.numbering(d, [("decimal", "%1."), ("bullet", "-"), ("bullet", "+")])

    def contents(d):
        wm.numbered(d, "Tổ chức Hội thi Sáng tạo kỹ thuật", acts, 0)
        wm.para(d, "- Thời gian: Quý II/2023.")
        wm.para(d, "- Đơn vị chủ trì: Thành Đoàn; phối hợp: Sở Khoa học và Công nghệ.")
        wm.numbered(d, "Tư vấn, phản biện các đề án của thành phố", acts, 0)
        wm.para(d, "- Nội dung:")
        wm.para(d, "+ Phản biện Đề án phát triển nguồn nhân lực;")
        wm.para(d, "+ Góp ý dự thảo Quy hoạch đô thị.")
        wm.para(d, "- Thời gian: Quý III/2023.")
        wm.para(d, "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.")

    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    first, second = got.activities()
    assert "details_first" not in first
    assert second["details_first"] is True
    assert second["details"] == ["- Nội dung:", "+ Phản biện Đề án phát triển nguồn nhân lực;",
                                 "+ Góp ý dự thảo Quy hoạch đô thị."]  # fmt: skip
    text = _reprinted(got, word_repo)
    block = text[text.index("2. Tư vấn") :]
    lines = [ln.strip() for ln in block.splitlines() if ln.strip()][:6]
    assert lines == [
        "2. Tư vấn, phản biện các đề án của thành phố",
        "- Nội dung:",
        "+ Phản biện Đề án phát triển nguồn nhân lực;",
        "+ Góp ý dự thảo Quy hoạch đô thị.",
        "- Thời gian: Quý III/2023.",
        "- Đơn vị chủ trì: Sở KH&CN.",
    ]


def test_a_time_each_quarter_recurs_each_quarter(word_repo, import_word):
    """'định kỳ hằng quý', 'Hằng tháng': ``every: quarter``, ``every: month`` over the plan's year
    (``due`` reminds at the end of each period), printed as typed, no TODO — before, ``due``
    reminded once, at the end of the year, and a TODO said so; earlier still, ``time: ongoing``
    (no reminder at all)."""
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Tư vấn, phản biện các đề án", "Thành Đoàn", "Định kỳ hằng quý"],
            ["2", "Giao ban cơ sở", "Thành Đoàn", "Hằng tháng"],
            ["3", "Sinh hoạt chuyên đề", "Thành Đoàn", "Hằng tuần"]]  # fmt: skip
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    quarterly, monthly, weekly = got.activities()
    assert quarterly["time"] == monthly["time"] == weekly["time"] == 2023
    assert (quarterly["every"], monthly["every"]) == ("quarter", "month") and "every" not in weekly
    assert quarterly["details"] == ["Thời gian: Định kỳ hằng quý"]
    assert "Định kỳ hằng quý" not in "".join(t for t in got.text.splitlines() if "TODO" in t)
    # every week: no such period; the TODO says due reminds once
    assert "kỳ lặp lại mỗi tuần" in got.text and "ngày 31/12/2023" in got.text
    text = _reprinted(got, word_repo)
    assert "Định kỳ hằng quý" in text and "Thường xuyên" not in text


def test_activities_numbered_after_their_group_stay_so(word_repo, import_word):
    """'1. Công tác tuyên truyền' over '1.1. …', '1.2. …', then '2. …' over '2.1. …': the
    activities print '1.1.', '1.2.', '2.1.' again (``activities_style: outline``) — before, they
    were lettered 'a)', 'b)' (trial of 04/12/2026)."""

    def contents(d):
        for g, name in ((1, "Công tác tuyên truyền"), (2, "Các hoạt động trọng tâm")):
            wm.para(d, f"{g}. {name}", bold=True)
            for k in (1, 2):
                wm.para(d, f"{g}.{k}. {name} - việc {k}", bold=True)
                wm.para(d, "- Thời gian: Tháng 5/2023.")
                wm.para(d, "- Đơn vị chủ trì: Thành Đoàn.")

    d = wm.new()
    _plan(d, contents)
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    assert got.data["contents"]["activities_style"] == "outline"
    text = _reprinted(got, word_repo)
    assert re.findall(r"^(\d+\.\d+)\. ", text, re.M) == ["1.1", "1.2", "2.1", "2.2"], text
    assert "a) Công tác" not in text


def test_a_lead_that_names_no_body_is_printed_as_typed(word_repo, import_word):
    """'Các cơ sở Đoàn' in the Chủ trì column names no body of orgs.yaml: ``lead`` is the issuer
    (who answers for it in ``due``, ``who``), with a TODO, and the document's words are kept and
    printed in the lead's place — before, the reprint said the issuer led it."""
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Treo băng rôn, khẩu hiệu", "Các cơ sở Đoàn", "Tháng 5/2023"],
            ["2", "Giao ban cơ sở", "Thành Đoàn", "Tháng 6/2023"]]  # fmt: skip
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    banners, meeting = got.activities()
    assert banners["lead"] == meeting["lead"]  # the issuer
    assert "Đơn vị chủ trì: Các cơ sở Đoàn" in banners["details"]
    text = _reprinted(got, word_repo)
    line = next(x for x in text.splitlines() if "Chủ trì:" in x)
    assert "Chủ trì: Các cơ sở Đoàn" in line, text
