"""A coordination program's Kinh phí (``budget``): printed where real programs put it, after the
duties of the parties and before the reviews and the focal points, in every format."""

from __future__ import annotations

import io
import re

import docx

from helpers import ORGS, build_tree, load
from kehoach.render.document import render

PROGRAM = """\
kind: program
parties: [td, skhcn]
date: 2021-12-30
period: {from: 2021, to: 2025}
title: Phối hợp thử
goals: {paragraphs: [Mục đích của chương trình.]}
areas:
  - id: tuyen-truyen
    title: Tuyên truyền
duties:
  - org: td
    items: [Chủ trì tổ chức Hội thi.]
budget:
  title: Kinh phí thực hiện
  paragraphs: [Kinh phí thực hiện Chương trình từ nguồn kinh phí hoạt động thường xuyên của mỗi bên.]
  lines:
    - {item: Giải thưởng Hội thi, amount: 30000000, source: Sở KH&CN}
  total: 30000000
reviews:
  paragraphs: [Hằng năm, hai bên tổ chức sơ kết.]
focal:
  - {org: td, unit: Ban Phong trào}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Văn B}
recipients:
  archive: [VT]
"""

ORDER = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. NỘI DUNG PHỐI HỢP",
    "III. TRÁCH NHIỆM CỦA CÁC BÊN",
    "IV. KINH PHÍ THỰC HIỆN",
    "V. CHẾ ĐỘ THÔNG TIN, SƠ KẾT, TỔNG KẾT",
    "VI. ĐẦU MỐI PHỐI HỢP",
]


def _program(tmp_path):
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": PROGRAM},
    )
    return load(root / "programs/ctph.yaml")


def test_budget_after_the_duties_before_the_reviews(tmp_path):
    txt = render(*_program(tmp_path), "txt").decode("utf-8")
    assert [ln for ln in txt.splitlines() if re.match(r"^[IVX]+\. ", ln)] == ORDER
    part = " ".join(txt.split("IV. KINH PHÍ THỰC HIỆN")[1].split("V. CHẾ ĐỘ")[0].split())
    assert "từ nguồn kinh phí hoạt động thường xuyên của mỗi bên." in part
    assert "- Giải thưởng Hội thi: 30.000.000 đồng (Sở KH&CN)." in part
    assert "Tổng kinh phí: 30.000.000 đồng (Bằng chữ: Ba mươi triệu đồng)." in part


def test_every_format_prints_it_in_the_same_place(tmp_path):
    doc, repo = _program(tmp_path)
    paras = [p.text for p in docx.Document(io.BytesIO(render(doc, repo, "docx"))).paragraphs]
    assert [t for t in paras if re.match(r"^[IVX]+\. ", t)] == ORDER
    for fmt in ("md", "html"):
        text = render(doc, repo, fmt).decode("utf-8")
        places = [
            text.index(s) for s in ("TRÁCH NHIỆM", "KINH PHÍ THỰC HIỆN", "30.000.000", "SƠ KẾT")
        ]
        assert places == sorted(places), fmt
