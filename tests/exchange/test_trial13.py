"""What a trial of eight documents typed by offices found (session 13), each read back right:
a basis whose issuer is followed by the verb of its summary, a department whose name holds a
comma, a lead unit typed with its full stop, the focal points of a program written as people
write them, a time written otherwise than kehoach prints it (no KH613)."""

from __future__ import annotations

from kehoach.exchange.importer.bases import read_basis
from kehoach.exchange.importer.kept_words import lost_words
from kehoach.exchange.importer.repository import load_repo

from . import wordmake as wm
from .test_word_program import _program


def test_the_issuer_of_a_basis_ends_where_the_verb_of_its_summary_begins(word_repo):
    """'… của UBND tỉnh Nghệ An ban hành Kế hoạch truyền thông về khoa học …': the issuer is
    the UBND — before, 'UBND tỉnh Nghệ An ban hành Kế hoạch truyền thông' (cut at the 'về' of
    the summary); printed the same either way."""
    text = ("Căn cứ Quyết định số 1538/QĐ-UBND ngày 15/6/2023 của UBND tỉnh Nghệ An ban hành Kế "
            "hoạch truyền thông về khoa học, công nghệ giai đoạn 2023 - 2025;")  # fmt: skip
    base = read_basis(text, load_repo(word_repo))
    assert base["issuer"] == "UBND tỉnh Nghệ An"
    assert base["summary"] == (
        "ban hành Kế hoạch truyền thông về khoa học, công nghệ giai đoạn 2023 - 2025"
    )


def _lead_lines(d) -> None:
    wm.para(d, "II. NỘI DUNG PHỐI HỢP", bold=True)
    wm.para(d, "1. Tư vấn, phản biện", bold=True)
    wm.para(d, "- Phản biện các đề án của tỉnh.")


def test_a_department_whose_name_holds_a_comma_and_a_unit_with_its_full_stop(
    word_repo, import_word
):
    """'Ban Tư vấn, Phản biện' is one department (before: 'Ban Tư vấn' led, 'Phản biện' became a
    co-lead in ``support_others``); 'Văn phòng Thành Đoàn.' prints no full stop inside the
    line ('… Văn phòng. Thành Đoàn.')."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Phản biện đề án", "Ban Tư vấn, Phản biện", "Quý II/2023"],
        ["2", "Tập huấn", "Văn phòng.", "Tháng 9/2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    first, second = got.data["contents"]["activities"]
    assert first["lead_unit"] == "Ban Tư vấn, Phản biện"
    assert "support_others" not in first and "support" not in first
    assert second["lead_unit"] == "Văn phòng"


def test_focal_points_named_without_the_place_and_a_department_alone(word_repo, import_word):
    """'- Sở Khoa học và Công nghệ thành phố: Phòng Quản lý khoa học.': a focal point of that party, the
    department its unit — before, the whole section stayed an extra section (the party written
    without its place not found, a lone part taken for a person)."""

    def tail(d):
        wm.para(d, "VI. ĐẦU MỐI PHỐI HỢP", bold=True)
        wm.para(d, "- Sở Khoa học và Công nghệ thành phố: Phòng Quản lý khoa học.")
        wm.para(d, "- Thành đoàn: Ban Thanh niên trường học; đồng chí Lê Văn Tâm.")
        wm.para(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", bold=True)
        wm.para(d, "PHÓ BÍ THƯ", bold=True)
        wm.para(d, "Nguyễn Văn Hùng", bold=True)
        wm.para(d, "Nơi nhận:", bold=True, italic=True)
        wm.para(d, "- Lưu: VT.")

    got = import_word(_program(tail=tail), word_repo, kind="program")
    assert got.data["focal"] == [
        {"org": "skhcn-hn", "unit": "Phòng Quản lý khoa học"},
        {"org": "tdhn", "unit": "Ban Thanh niên trường học", "person": "đồng chí Lê Văn Tâm"},
    ]


def test_a_time_written_otherwise_is_no_loss():
    printed = "a) Tổ chức hội thảo\n- Thời gian: Tháng 2 – 12/2025.\n"
    source = [("- Thời gian: Từ tháng 2 đến tháng 12/2025.", "đoạn 17")]
    assert lost_words(source, [printed]) == []
    # a sentence of words is still looked for
    assert lost_words([("Các đơn vị gửi báo cáo về Văn phòng trước ngày 15/12.", "đoạn 3")],
                      [printed]) != []  # fmt: skip


def test_an_appendix_table_without_a_total_prints_none(word_repo, import_word):
    """An activity table in a Phụ lục the contents do not point at (``appendices[]``), typed
    without a Tổng cộng row: ``print_total: false`` — before, the print added a total the source
    never had."""
    from . import samples

    d = wm.new()
    samples.doan_header_table(d)
    samples.body(d)
    wm.para(d, "PHỤ LỤC", bold=True, center=True)
    wm.para(d, "DỰ KIẾN HOẠT ĐỘNG CÁC NĂM", bold=True, center=True)
    wm.grid_table(d, [["STT", "Nội dung", "Chủ trì", "Kinh phí"],
                      ["1", "Hội thi", "Thành Đoàn", "80.000.000"],
                      ["2", "Tập huấn", "Sở KH&CN", "20.000.000"]])  # fmt: skip
    got = import_word(wm.save(d), word_repo)
    [appendix] = got.data["appendices"]
    assert appendix["print_total"] is False and len(appendix["activities"]) == 2


def test_schools_of_two_kinds_are_one_supporting_name():
    """'Các trường THCS, THPT' is one name (schools of both kinds) — before, 'THPT' became a body of
    its own in ``support_others``; a body's acronym after a body's name stays a body."""
    from kehoach.exchange.importer.names import split_names

    assert split_names("Các trường THCS, THPT; Sở GD&ĐT") == ["Các trường THCS, THPT", "Sở GD&ĐT"]
    assert split_names("Sở KH&CN, LHH") == ["Sở KH&CN", "LHH"]


def test_a_district_body_named_without_its_district():
    """'Phòng Giáo dục và Đào tạo huyện' (a party's duties heading) is the party '… huyện Tuy
    Phước', as '… tỉnh' is for a province's — before, the whole duties section stayed extra."""
    from kehoach.exchange.importer.orgs import OrgIndex

    index = OrgIndex([{"id": "pgd", "name": "Phòng Giáo dục và Đào tạo huyện Tuy Phước"},
                      {"id": "hd", "name": "Huyện Đoàn Tuy Phước"}])  # fmt: skip
    assert index.find_unplaced("Phòng Giáo dục và Đào tạo huyện", ["pgd", "hd"]) == "pgd"
    index.preferred = ["pgd", "hd"]
    assert index.find("Phòng Giáo dục và Đào tạo") == "pgd"


def test_a_kem_theo_line_kehoach_cannot_reprint_is_kept_in_a_todo():
    """The appendix's "(Kèm theo …)" line when kehoach cannot tell what it will print (no number
    yet): kept in a TODO — before, it was dropped without a word."""
    from kehoach.exchange.importer.appendix import Appendix, _noted
    from kehoach.exchange.importer.draft import Draft

    draft = Draft("plan")
    note = "(Kèm theo Kế hoạch số 32-KH/ĐK ngày 16/3/2026 của Ban Thường vụ Đoàn Khối)"
    _noted(Appendix("Phụ lục", note=note), "", ("appendices", 0, "title"), draft)
    assert note in draft.todos[("appendices", 0, "title")]


def test_group_rows_of_an_appendix_table_are_groups(word_repo, import_word):
    """The group rows of the activity table of a Phụ lục ('I. TUYÊN TRUYỀN' across it): the
    ``group`` of the activities under them, as in the contents — before, they were dropped
    without a word (in the contents' appendix and in ``appendices[]``)."""
    from . import samples
    from .test_word_contents import ROWS

    for pointed in (True, False):
        d = wm.new()
        samples.doan_header_table(d)
        wm.para(d, "KẾ HOẠCH", bold=True, center=True)
        wm.para(d, "Hoạt động năm 2023", bold=True, center=True)
        wm.para(d, "I. NỘI DUNG", bold=True)
        wm.para(d, "(Chi tiết tại Phụ lục kèm theo)" if pointed else "Các hoạt động chính.")
        samples.signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
                          ["- Lưu: VP."])  # fmt: skip
        wm.para(d, "Phụ lục", bold=True, center=True)
        wm.para(d, "CÁC HOẠT ĐỘNG", bold=True, center=True)
        rows = [ROWS[0], ["I. TUYÊN TRUYỀN", "", "", "", "", ""], ROWS[1],
                ["II. TÌNH NGUYỆN", "", "", "", "", ""], ROWS[2]]  # fmt: skip
        t = wm.grid_table(d, rows)
        for r in (1, 3):
            t.cell(r, 0).merge(t.cell(r, 5))
        got = import_word(wm.save(d), word_repo)
        acts = (got.data["contents"] if pointed else got.data["appendices"][0])["activities"]
        assert [(a["group"], a["title"]) for a in acts] == [
            ("TUYÊN TRUYỀN", "Phát động Ngày hội"),
            ("TÌNH NGUYỆN", "Trưng bày sản phẩm"),
        ], pointed


def test_a_lead_body_orgs_yaml_does_not_know_is_proposed(word_repo, import_word):
    """'Trung tâm Dịch vụ việc làm tỉnh' leads, 'Ban Thường vụ Thành Đoàn' supports: the centre is
    proposed for orgs.yaml and leads, the Thành Đoàn supports — before, the centre was taken for a
    department of the issuer (printed "… việc làm tỉnh Thành Đoàn"), and the Thành Đoàn, now the
    lead, was dropped from the supporting bodies."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Ngày hội việc làm", "Trung tâm Dịch vụ việc làm tỉnh", "Ban Thường vụ Thành Đoàn",
         "Tháng 6/2023"],
    ]  # fmt: skip
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    assert got.errors == []
    [act] = got.data["contents"]["activities"]
    [prop] = [p for p in got.file.proposals if p.name == "Trung tâm Dịch vụ việc làm tỉnh"]
    assert (act["lead"], act.get("support"), act.get("lead_unit")) == (prop.id, ["tdhn"], None)
    assert any(p.code == "KH611" and "Trung tâm" in p.message for p in got.file.problems)


def test_rules_imported_again_are_issued_by_the_decision_s_bodies(word_repo, import_word):
    """A decision and the rules it issues, imported a second time (the first drafts now in the
    repository): the rules, attached to the decision already there, are issued by its bodies —
    before, by a placeholder "TODO cơ quan 1" (KH611, then KH401)."""
    from . import samples

    def both() -> bytes:
        d = wm.new()
        samples.doan_decision(d)
        # the rules it issues, with no header of their own (as attached rules often are)
        wm.para(d, "QUY CHẾ", bold=True, center=True)
        wm.para(d, "Làm việc của Ban Tổ chức Ngày hội", bold=True, center=True)
        wm.para(d, "(Ban hành kèm theo Quyết định số 58-QĐ/TĐTN-VP ngày 15/3/2023 của Ban Thường "
                   "vụ Thành Đoàn Hà Nội)", italic=True, center=True)  # fmt: skip
        wm.para(d, "Điều 1. Ban Tổ chức làm việc theo chế độ tập thể.")
        wm.para(d, "Điều 2. Trưởng ban phân công nhiệm vụ các thành viên.")
        return wm.save(d)

    first = import_word(both(), word_repo, name="qd.docx")
    for f in first.result.files:
        (word_repo / "decisions").mkdir(exist_ok=True)
        (word_repo / "decisions" / f.output.rsplit("/", 1)[-1]).write_text(f.text, encoding="utf-8")
    again = import_word(both(), word_repo, name="qd.docx")
    rules = next(f for f in again.result.files if f.kind == "rules")
    assert "todo-co-quan" not in rules.text and "TODO cơ quan" not in rules.text


def test_months_listed_keep_the_document_s_words(word_repo, import_word):
    """'Tháng 3, 9/2023' (two months) read as the span 3–9 for `due`: the document's words are
    kept in a line under the activity, so the print does not say "Tháng 3 – 9/2023" alone."""
    from .test_word_contents import _plan

    rows = [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Sơ kết chuyên đề", "Thành Đoàn", "Tháng 3, 9/2023"],
    ]
    d = wm.new()
    _plan(d, lambda d: wm.grid_table(d, rows))
    got = import_word(wm.save(d), word_repo)
    [act] = got.data["contents"]["activities"]
    assert act["time"] == "2023-03..2023-09"
    assert act["details"] == ["Thời gian: Tháng 3, 9/2023"]
