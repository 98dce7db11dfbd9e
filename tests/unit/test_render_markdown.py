"""Markdown read back by a CommonMark parser (markdown-it-py): every line the document prints as
a line stays a line (a hard break or a paragraph of its own), never joined to the next."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from helpers import ALL, rendered


def _soft_breaks(text: str) -> list[str]:
    """The source lines CommonMark joins to the next one (a soft break: shown as a space)."""
    parser = MarkdownIt("commonmark").enable("table")
    joined = []
    for token in parser.parse(text):
        for i, child in enumerate(token.children or []):
            if child.type == "softbreak":
                before = token.children[i - 1].content if i else ""
                joined.append(before)
    return joined


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_no_line_is_joined_to_the_next(path):
    assert _soft_breaks(rendered(path, "md").decode("utf-8")) == []


def test_items_are_lines_of_one_block(tmp_path):
    """Dashed and lettered items: one hard break between them, no blank line (the look of the
    printed page), and the run ends where the next block starts."""
    from helpers import ORGS, build_tree, load
    from kehoach.render.document import render

    plan = """\
kind: plan
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch thử
purpose:
  items: [Ý một, Ý hai, Ý ba]
contents:
  sections:
    - title: Lĩnh vực
      item_style: letter
      items: [Cơ khí, Tin học]
      paragraphs: [Lời dẫn.]
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
recipients:
  groups:
    - items: [TW Đoàn, Các cơ sở Đoàn]
  archive: [VT]
"""
    root = build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": plan}
    )
    md = render(*load(root / "plans/kh.yaml"), "md").decode("utf-8")
    assert "\\- Ý một\\\n\\- Ý hai\\\n\\- Ý ba\n\n" in md
    assert "a) Cơ khí\\\nb) Tin học./.\n\n" in md
    html = MarkdownIt("commonmark").render(md)
    assert "<p>- Ý một<br />\n- Ý hai<br />\n- Ý ba</p>" in html
    assert "\\- TW Đoàn;\\\n\\- Các cơ sở Đoàn;\\\n" in md  # Nơi nhận as before
    assert _soft_breaks(md) == []
