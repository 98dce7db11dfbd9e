"""``model.record``: a document as the office registers it (register, hand-off metadata)."""

from __future__ import annotations

from helpers import KHLT, load
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
