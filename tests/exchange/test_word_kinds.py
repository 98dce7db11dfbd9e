"""Decisions, rules and reports typed in Word by people (python-docx, not kehoach's templates), in
their Đoàn and state variants: recognised from the type line, read into the format's fields,
valid, the same draft twice, and every word of the source printed again."""

from __future__ import annotations

import pytest

from . import samples
from . import wordmake as wm


@pytest.fixture
def with_plan(word_repo):
    """The repository with plan 45, which the decision cites and the rules go with."""
    (word_repo / "plans" / "2023").mkdir(parents=True)
    (word_repo / "plans" / "2023" / "kh-45.yaml").write_text(samples.PLAN_45, encoding="utf-8")
    return word_repo


def doc(make) -> bytes:
    d = wm.new()
    make(d)
    return wm.save(d)


def test_doan_decision(with_plan, import_word):
    got = import_word(doc(samples.doan_decision), with_plan, name="qd-58.docx", output=None)
    data = got.data
    assert got.errors == [] and got.file.todos == 0
    assert data["kind"] == "decision" and got.file.output.endswith("decisions/qd-58.yaml")
    assert (data["issuers"], data["number"], data["unit"], data["date"]) == (
        ["tdhn"], 58, "VP", "2023-03-15"
    )  # fmt: skip
    assert data["title"] == "Về việc thành lập Ban Tổ chức Ngày hội\nSáng tạo trẻ Thủ đô năm 2023"
    # the line above the bases says more than the signer's "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN"
    assert data["authority"] == "BAN THƯỜNG VỤ THÀNH ĐOÀN HÀ NỘI"
    assert "bases_style" not in data  # "- Căn cứ …;" is how a Đoàn decision writes them
    first, plan, last = data["bases"]
    assert first == {"text": "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh"}
    assert plan["ref"] == "kh-45" and plan["text"].startswith("Căn cứ Kế hoạch số 45")
    assert last == {"text": "Xét đề nghị của Ban Phong trào Thành Đoàn,"}  # its comma kept
    assert "decides" not in data
    one, two, three = data["articles"]
    assert one["text"].endswith("gồm các đồng chí có tên sau:")
    assert one["clauses"] == [
        "Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thành Đoàn - Trưởng ban;",
        "Đồng chí Trần Thị Mai, Phó Giám đốc Sở KH&CN - Phó Trưởng ban.",
    ]
    assert two == "Ban Tổ chức tự giải thể sau khi hoàn thành nhiệm vụ."
    assert three.endswith("căn cứ Quyết định thi hành.")  # "./." is kehoach's to add
    assert data["signers"] == [{"org": "tdhn", "authority": "TM.", "for": "BAN THƯỜNG VỤ THÀNH ĐOÀN",
                                "title": "PHÓ BÍ THƯ", "name": "Nguyễn Văn Hùng"}]  # fmt: skip
    assert data["recipients"] == {"groups": [{"items": ["Như Điều 3"]}], "archive": "Lưu VP."}


def test_state_decision(word_repo, import_word):
    got = import_word(doc(samples.state_decision), word_repo)
    data = got.data
    assert got.errors == [] and got.file.todos == 0
    assert (data["kind"], data["issuers"], data["number"]) == ("decision", ["skhcn-hn"], 15)
    assert "unit" not in data and "symbol" not in data and "header" not in data
    # "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ" is what kehoach prints for a "KT. GIÁM ĐỐC" signer
    assert "authority" not in data
    assert data["bases"] == [
        {"doc_type": "Luật Khoa học và Công nghệ", "number": "29/2013/QH13",
         "date": "2013-06-18", "issuer": "Quốc hội"},
        {"text": "Theo đề nghị của Trưởng phòng Quản lý khoa học"},
    ]  # fmt: skip
    assert data["articles"] == [
        "Ban hành kèm theo Quyết định này Quy định xét chọn đề tài của sinh viên.",
        "Quyết định có hiệu lực kể từ ngày ký.",
        "Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học chịu trách nhiệm thi hành Quyết "
        "định này.",
    ]
    assert data["recipients"]["groups"] == [{"items": ["Như Điều 3", "Thành Đoàn Hà Nội"]}]
    assert data["recipients"]["archive"] == ["VT", "QLKH"]


def test_doan_rules_attached_to_a_plan(with_plan, import_word):
    got = import_word(doc(samples.doan_rules), with_plan)
    data = got.data
    assert got.errors == []
    assert (data["kind"], data["doc_type"], data["issuers"]) == ("rules", "THỂ LỆ", ["tdhn"])
    assert "number" not in data and "date" not in data and "signers" not in data
    # the plan is in the repository: linked; it names the plan's issuer otherwise than kehoach
    # would, so the line is also kept as written
    assert data["attached_to"] == "kh-45"
    assert data["attached_line"].startswith("(Ban hành kèm theo Kế hoạch số 45-KH/TĐTN-VP")
    assert [s["title"] for s in data["sections"]] == ["ĐỐI TƯỢNG THAM GIA", "SẢN PHẨM DỰ THI"]
    assert data["sections"][1]["items"][1] == "Mỗi cá nhân, nhóm gửi tối đa 02 sản phẩm."


def test_rules_attached_to_a_document_not_in_the_repository(word_repo, import_word):
    got = import_word(doc(samples.doan_rules), word_repo)
    assert got.errors == []
    assert "attached_to" not in got.data
    assert got.data["attached_line"].endswith("của Ban Thường vụ Thành Đoàn Hà Nội)")


def test_state_rules_with_chapters(word_repo, import_word):
    got = import_word(doc(samples.state_rules), word_repo)
    data = got.data
    assert got.errors == [] and got.file.todos == 0
    assert (data["doc_type"], data["number"]) == ("QUY ĐỊNH", 20)  # Số: 20/QyĐ-SKHCN
    assert "symbol" not in data
    first, second = data["chapters"]
    assert first["title"] == "QUY ĐỊNH CHUNG" and second["title"] == "TỔ CHỨC THỰC HIỆN"
    scope, principles = first["articles"]
    assert scope == {
        "title": "Phạm vi điều chỉnh",
        "paragraphs": [
            "Quy định này quy định việc xét chọn đề tài nghiên cứu khoa học của sinh viên."
        ],
    }
    assert principles["clauses"][1] == {
        "text": "Mỗi đề tài được hai chuyên gia nhận xét, gồm:",
        "points": ["một chuyên gia của Sở;", "một chuyên gia của trường."],
    }
    assert second["articles"] == ["Phòng Quản lý khoa học hướng dẫn thực hiện Quy định này."]
    # signed with the title alone, no authority word and no Nơi nhận
    assert data["signers"] == [{"org": "skhcn-hn", "title": "GIÁM ĐỐC", "name": "Lê Văn Nam"}]


def test_doan_report(word_repo, import_word):
    got = import_word(doc(samples.doan_report), word_repo, name="bc-30.docx", output=None)
    data = got.data
    assert got.errors == [] and got.file.todos == 0
    assert data["kind"] == "report" and got.file.output.endswith("reports/bc-30.yaml")
    assert (data["number"], data["unit"], data["year"]) == (30, "BPT", 2023)
    results, review, outlook = data["sections"]
    assert results["title"] == "KẾT QUẢ THỰC HIỆN"
    assert results["sections"][1]["table"] == {
        "columns": ["Nội dung", "Kế hoạch", "Thực hiện"],
        "rows": [["Sản phẩm trưng bày", "100", "126"], ["Đơn vị tham gia", "30", "32"]],
    }
    assert review["items"] == ["Các hoạt động bám sát Kế hoạch, hoàn thành đúng tiến độ.",
                               "Kinh phí còn hạn chế."]  # fmt: skip
    assert outlook["title"] == "PHƯƠNG HƯỚNG NĂM 2024"
    assert data["closing"] == ["Trên đây là báo cáo kết quả Ngày hội Sáng tạo trẻ Thủ đô năm 2023"]


def test_state_report_closes_with_its_request(word_repo, import_word):
    got = import_word(doc(samples.state_report), word_repo)
    data = got.data
    assert got.errors == [] and got.file.todos == 0
    assert [s["title"] for s in data["sections"]] == ["KẾT QUẢ", "KIẾN NGHỊ"]
    assert data["sections"][1]["paragraphs"] == ["Bố trí kinh phí hỗ trợ ươm tạo trong năm 2024."]
    assert data["closing"] == [
        "Sở Khoa học và Công nghệ kính báo cáo Ủy ban nhân dân Thành phố xem xét, chỉ đạo"
    ]
    assert data["signers"][0]["authority"] == "KT."


@pytest.mark.parametrize(
    "make",
    [
        samples.doan_decision,
        samples.state_decision,
        samples.doan_rules,
        samples.state_rules,
        samples.doan_report,
        samples.state_report,
    ],  # fmt: skip
    ids=lambda f: f.__name__,
)
def test_importing_twice_gives_the_same_draft(make, with_plan, import_word):
    data = doc(make)
    (with_plan.parent / "lan-2").mkdir(exist_ok=True)
    assert (
        import_word(data, with_plan, name="a.docx").text
        == import_word(data, with_plan, name="a.docx", output=str(with_plan.parent / "lan-2")).text
    )


def test_the_kind_option_reads_a_document_without_its_type_line(word_repo, import_word):
    d = wm.new()
    samples.state_header_table(d, "Số: 15/QĐ-SKHCN", "Hà Nội, ngày 20 tháng 3 năm 2023")
    wm.para(d, "Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13;", italic=True)
    wm.para(d, "Điều 1. Ban hành kèm theo Quyết định này Quy định xét chọn đề tài.")
    wm.para(d, "Điều 2. Quyết định có hiệu lực kể từ ngày ký./.")
    samples.signature(d, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai", ["- Lưu: VT."])
    without = import_word(wm.save(d), word_repo)
    assert without.file.status == "failed" and without.errors[0].code == "KH605"
    got = import_word(wm.save(d), word_repo, name="b.docx", kind="decision")
    assert got.errors == []
    assert got.data["kind"] == "decision" and len(got.data["articles"]) == 2
