"""A decision and the rules it issues typed in one Word file: after the decision's signature, a
page break, the rules' own header (Quốc hiệu, Tiêu ngữ), 'QUY ĐỊNH', '(Ban hành kèm theo Quyết định
số …)', chapters and articles. Two drafts come out — the decision, and the rules ``attached_to``
it — and no signer is ever made of the rules' header, title or articles."""

from __future__ import annotations

import pytest
import yaml
from docx.enum.text import WD_BREAK

from kehoach.exchange.importer import run_import

from . import samples
from . import wordmake as wm
from .samples import STATE_RIGHT


def _file(own_header: bool) -> bytes:
    d = wm.new()
    samples.state_decision(d)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if own_header:
        t = d.add_table(rows=1, cols=2)
        wm.cell_lines(t.cell(0, 0), [("UBND THÀNH PHỐ HÀ NỘI", False),
                                     ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)])  # fmt: skip
        wm.cell_lines(t.cell(0, 1), STATE_RIGHT)
    wm.para(d, "QUY ĐỊNH", bold=True, center=True)
    wm.para(d, "Xét chọn đề tài của sinh viên", bold=True, center=True)
    wm.para(d, "(Ban hành kèm theo Quyết định số 15/QĐ-SKHCN ngày 20 tháng 3 năm 2023\ncủa Giám "
               "đốc Sở Khoa học và Công nghệ)", italic=True, center=True)  # fmt: skip
    wm.para(d, "Chương I\nQUY ĐỊNH CHUNG", bold=True, center=True)
    wm.para(d, "Điều 1. Phạm vi điều chỉnh", bold=True)
    wm.para(d, "Quy định này quy định việc xét chọn đề tài của sinh viên.")
    wm.para(d, "Điều 2. Tổ chức thực hiện", bold=True)
    wm.para(d, "Phòng Quản lý khoa học hướng dẫn thực hiện Quy định này./.")
    return wm.save(d)


def _import(tmp_path, repo, data: bytes, output: str):
    src = tmp_path / "qd-15-kem-quy-dinh.docx"
    src.write_bytes(data)
    return run_import([str(src)], output=output, repo_root=str(repo))


@pytest.mark.parametrize("own_header", [True, False])
def test_a_decision_and_its_rules_become_two_drafts(word_repo, tmp_path, own_header):
    (tmp_path / "nhap").mkdir()
    result = _import(tmp_path, word_repo, _file(own_header), str(tmp_path / "nhap"))
    decision, rules = result.files
    assert [f.problems for f in result.files if f.failed] == []
    first = yaml.safe_load(decision.text)
    assert first["kind"] == "decision" and first["number"] == 15
    (signer,) = first["signers"]
    assert (signer["title"], signer["name"]) == ("PHÓ GIÁM ĐỐC", "Trần Thị Mai")
    assert "extra_sections" not in first and "QUY ĐỊNH CHUNG" not in decision.text
    second = yaml.safe_load(rules.text)
    assert (second["kind"], second["doc_type"]) == ("rules", "QUY ĐỊNH")
    assert second["attached_to"] == "qd-15-kem-quy-dinh"
    # without a header of their own, issued by the decision's issuer: never a placeholder body
    assert second["issuers"] == first["issuers"] and not rules.proposals
    assert rules.output.endswith("qd-15-kem-quy-dinh-quy-dinh.yaml")
    assert [a["title"] for a in second["chapters"][0]["articles"]] == [
        "Phạm vi điều chỉnh",
        "Tổ chức thực hiện",
    ]
    assert "signers" not in second


def test_one_yaml_asked_for_keeps_the_decision_and_says_what_follows(word_repo, tmp_path):
    result = _import(tmp_path, word_repo, _file(True), str(tmp_path / "qd.yaml"))
    (only,) = result.files
    data = yaml.safe_load(only.text)
    assert data["kind"] == "decision" and len(data["signers"]) == 1
    assert "tệp Word còn một văn bản kèm theo: nhập riêng" in only.text


def test_a_second_document_of_a_kind_not_kept_stays_unplaced(word_repo, tmp_path):
    d = wm.new()
    samples.state_decision(d)
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)])
    wm.cell_lines(t.cell(0, 1), STATE_RIGHT)
    wm.para(d, "HƯỚNG DẪN", bold=True, center=True)
    wm.para(d, "Thực hiện Quyết định số 15/QĐ-SKHCN", bold=True, center=True)
    wm.para(d, "1. Các phòng triển khai đúng tiến độ.")
    (tmp_path / "nhap").mkdir()
    (only,) = _import(tmp_path, word_repo, wm.save(d), str(tmp_path / "nhap")).files
    data = yaml.safe_load(only.text)
    assert len(data["signers"]) == 1 and data["signers"][0]["name"] == "Trần Thị Mai"
    assert "tệp Word còn một văn bản kèm theo: nhập riêng" in only.text
    assert "1. Các phòng triển khai đúng tiến độ." in data["extra_sections"][-1]["paragraphs"]
