"""``model.record``: a document as the office registers it (register, hand-off metadata)."""

from __future__ import annotations

import pytest

from helpers import EXAMPLES, KHLT, load
from kehoach.model.record import count_copies, recipient_lines, record


def test_record_of_a_joint_plan():
    doc, repo = load(KHLT)
    rec = record(doc, repo)
    assert (rec.number_text, rec.symbol, rec.notation) == (
        "12",
        "12-KHLT/TĐTN-SKHCN",
        "KHLT/TĐTN-SKHCN",
    )
    assert rec.summary.startswith("Kế hoạch liên tịch tổ chức Hội thi Sáng tạo trẻ")
    assert [s.competence for s in rec.signers] == [
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
        "KT. GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    ]
    assert rec.copies == len(rec.recipients) + len(rec.archive)


@pytest.mark.parametrize(
    ("path", "type_name", "code"),
    [
        ("decisions/qd-twd-ban-to-chuc-qua-cau-vang-2024.yaml", "Quyết định", "QĐ"),
        ("reports/bc-so-ket-2022-tinhdoan-bt.yaml", "Báo cáo", "BC"),
        ("rules/the-le-khoi-nghiep-sv-2023.yaml", "Thể lệ", "TL"),
        ("rules/qc-xet-chon-hoi-thi-2023-bt.yaml", "Quy chế", "QC"),
    ],
)
def test_record_of_every_kind(path, type_name, code):
    doc, repo = load(EXAMPLES / path)
    rec = record(doc, repo)
    assert (rec.type_name, rec.type_code) == (type_name, code)


def test_an_archive_line_written_as_a_sentence():
    assert recipient_lines({"archive": "Lưu VT, CTTN."})[1] == ("VT", "CTTN")
    assert recipient_lines({"archive": "- Lưu: VT-LT."})[1] == ("VT-LT",)


def test_copies_count_what_the_items_say():
    items, archive = recipient_lines(
        {
            "groups": [
                {"purpose": "b/c", "items": ["TW Đoàn (02 nơi)", "Tỉnh ủy;"]},
                {"items": [{"name": "Sở KH&CN", "note": "phối hợp"}, "Các Huyện đoàn (10 bản)"]},
            ],
            "archive": "VT, BPT.",
        }
    )
    assert items == (
        "TW Đoàn (02 nơi)",
        "Tỉnh ủy",
        "Sở KH&CN (phối hợp)",
        "Các Huyện đoàn (10 bản)",
    )
    assert archive == ("VT", "BPT")
    assert count_copies(items, archive) == 2 + 1 + 1 + 10 + 2
    assert recipient_lines(None) == ((), ())


def test_copies_written_in_the_document_win(repo):
    text = (repo / "plans/2022/kh.yaml").read_text(encoding="utf-8")
    (repo / "plans/2022/kh.yaml").write_text(
        text.replace("kind: plan\n", "kind: plan\ncopies: 30\nurgency: hỏa tốc\n"), encoding="utf-8"
    )
    doc, r = load(repo / "plans/2022/kh.yaml")
    rec = record(doc, r)
    assert rec.copies == 30 and rec.urgency == "Hỏa tốc"
