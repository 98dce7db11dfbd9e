"""An activity of a detailed list (``layout: detailed_list``) keeps its title line on the page of
its lines (``+ Thời gian: …``, ``+ Đơn vị chủ trì: …``): the title never ends a page with its lines
on the next one (found in a joint plan of Quảng Trị whose last activity's title stayed on page 1
while its lines went with the signature to page 2)."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from helpers import ORGS, build_tree, load, view
from kehoach.render.document import render

PLAN = """\
kind: plan
issuers: [td]
year: 2022
title: Kế hoạch thử
contents:
  layout: detailed_list
  activities:
    - {id: a, title: Tập huấn giáo viên, lead: td, time: 2022-10-15}
    - {id: b, title: Ngày hội khởi nghiệp, lead: td, time: 2022-Q4, budget: 80000000}
    - {id: c, title: Theo dõi câu lạc bộ, lead: td, time: ongoing}
  after_activities:
    paragraphs: [Các đơn vị chủ động tổ chức thêm hoạt động.]
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
recipients: {archive: [VT]}
"""

TITLES = ("- Tập huấn giáo viên", "- Ngày hội khởi nghiệp", "- Theo dõi câu lạc bộ")


def _plan(tmp_path):
    root = build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": PLAN}
    )
    return root / "plans/kh.yaml"


def test_each_activity_title_keeps_with_its_lines(tmp_path):
    blocks = view(_plan(tmp_path))["blocks"]
    items = [b for b in blocks if b["type"] == "item"]
    for title in TITLES:
        at = next(i for i, b in enumerate(items) if f"{b['marker']} {b['text']}" == title)
        assert items[at]["keep"] is True, title
        assert items[at + 1]["marker"] == "+"
    # a line under a title is not chained to the next activity
    assert items[1]["text"].startswith("Thời gian") and items[1]["keep"] is False


def test_the_docx_title_paragraphs_keep_with_next(tmp_path):
    document = docx.Document(io.BytesIO(render(*load(_plan(tmp_path)), "docx")))
    kept = {
        p.text: p._p.find(qn("w:pPr") + "/" + qn("w:keepNext")) is not None
        for p in document.paragraphs
    }
    assert all(kept[title] for title in TITLES), kept
