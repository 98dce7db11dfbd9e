"""The left column of the header when several bodies are stacked (joint documents): each body's
parent line, name and ornament, and room between one body's rule (or ***) and the next body,
so that the rule never runs through the accents of the line below it ("TỈNH", "Ả")."""

from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from helpers import CTPH_BT, KHLT, ORGS_QNG, build_tree, has_rule, open_docx, top

GAP = 120  # twips: 6 pt


def _before(p) -> int:
    spacing = p._p.pPr.find(qn("w:spacing"))
    value = spacing.get(qn("w:before")) if spacing is not None else None
    return int(value or 0)


def _stack(path):
    header = top(open_docx(path))[0]
    return header.rows[0].cells[0].paragraphs


@pytest.mark.parametrize("path", [KHLT, CTPH_BT], ids=lambda p: p.stem)
def test_a_stacked_body_starts_below_the_ornament_above_it(path):
    paras = _stack(path)
    ornaments = [i for i, p in enumerate(paras) if has_rule(p) or p.text in ("***", "*")]
    following = [i + 1 for i in ornaments if i + 1 < len(paras)]
    assert following, [p.text for p in paras]  # the example stacks two bodies
    for i in following:
        assert _before(paras[i]) >= GAP, (paras[i].text, _before(paras[i]))
    # within one body the lines stay together, and the first body starts at the top
    assert _before(paras[0]) == 0
    inside = [i for i in range(1, len(paras)) if i not in following]
    assert all(_before(paras[i]) == 0 for i in inside)


def test_three_stacked_bodies(tmp_path):
    """Tỉnh Đoàn (***), a Sở and a Liên hiệp Hội (a rule each, with their parent line)."""
    program = """\
kind: program
parties: [td, skhcn, lhh]
number: 15
date: 2026-01-15
period: {from: 2026, to: 2030}
title: Phối hợp thử
goals: {items: [Một ý]}
areas:
  - {id: a, title: Nội dung một}
signers:
  - {org: td, authority: TM., title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, authority: KT., title: PHÓ GIÁM ĐỐC, name: Nguyễn Văn B}
  - {org: lhh, authority: TM., title: CHỦ TỊCH, name: Nguyễn Văn C}
recipients:
  groups:
    - items: [Như trên]
  archive: [VT]
"""
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS_QNG, "programs/ct.yaml": program},
    )
    paras = _stack(root / "programs/ct.yaml")
    texts = [p.text for p in paras]
    parents = [i for i, t in enumerate(texts) if t == "UBND TỈNH QUẢNG NGÃI"]
    assert len(parents) == 2
    for i in parents:  # each under the ornament of the body above it, 6 pt below
        assert has_rule(paras[i - 1]) or texts[i - 1] == "***"
        assert _before(paras[i]) >= GAP
