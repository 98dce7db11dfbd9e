"""The typed words of a table's Thời gian and Kinh phí cells (``details`` lines ``import`` keeps:
'Thời gian: Trước ngày 30/6', 'Kinh phí: Xã hội hóa') are printed in those cells, not in the
content cell."""

from __future__ import annotations

import io

import docx

from helpers import ORGS, build_tree, load
from kehoach.render.document import render

PLAN = """\
kind: plan
id: kh-2027
issuers: [td]
date: 2027-01-10
year: 2027
title: Kế hoạch năm 2027
contents:
  layout: table
  activities:
    - id: hoi-thi
      title: Hội thi sáng tạo
      lead: td
      time: 2027-Q2
      details: ["Kinh phí: Xã hội hóa", "Thời gian: Trước ngày 30/6/2027"]
    - id: tap-huan
      title: Tập huấn
      lead: td
      time: 2027-05
signers:
  - org: td
    title: BÍ THƯ
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""


def test_budget_words_stand_in_the_budget_cell(tmp_path):
    """Before: the Kinh phí column was left out (no amount anywhere) and "Kinh phí: Xã hội hóa"
    printed under the activity's name (trial of 04/12/2026)."""
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
         "orgs.yaml": ORGS, "plans/kh.yaml": PLAN},
    )  # fmt: skip
    d = docx.Document(io.BytesIO(render(*load(root / "plans/kh.yaml"), "docx")))
    table = next(t for t in d.tables if "Nội dung" in t.rows[0].cells[1].text)
    head = [c.text for c in table.rows[0].cells]
    assert any("Kinh phí" in h for h in head)
    row = [c.text for c in table.rows[1].cells]
    assert row[head.index(next(h for h in head if "Kinh phí" in h))] == "Xã hội hóa"
    assert "Trước ngày 30/6/2027" in row
    assert not any("Kinh phí:" in c or "Thời gian:" in c for c in row)


def test_budget_words_in_the_other_formats(tmp_path):
    """The text output says "Kinh phí: Xã hội hóa" (no "đồng" after words); Markdown and HTML
    put the words in the Kinh phí column."""
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS,
         "plans/kh.yaml": PLAN},
    )  # fmt: skip
    doc = load(root / "plans/kh.yaml")
    text = render(*doc, "txt").decode("utf-8")
    assert "Kinh phí: Xã hội hóa" in text and "Xã hội hóa đồng" not in text
    md = render(*doc, "md").decode("utf-8")
    assert "| Xã hội hóa |" in md
    html = render(*doc, "html").decode("utf-8")
    assert '<td class="budget">Xã hội hóa</td>' in html
