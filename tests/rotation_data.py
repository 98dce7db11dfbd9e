"""Shared data for the tests of parties taking turns to chair (``rotation``): a program of three
parties (Quảng Ngãi) whose yearly review and half-yearly meeting rotate, and room for one more
schedule entry."""

from __future__ import annotations

from pathlib import Path

from helpers import ORGS_QNG, build_tree

PROGRAM = """\
kind: program
id: ctph
date: 2025-12-20
title: Phối hợp hoạt động khoa học và công nghệ giai đoạn 2026 - 2030
parties: [lhh, td, skhcn]
period: {{from: 2026, to: 2030}}
areas:
  - {{id: a, title: Tuyên truyền, items: [Tuyên truyền.]}}
reviews:
  schedule:
    - id: so-ket
      kind: interim
      title: Sơ kết hằng năm
      every: year
      month: 12
      rotation: [td, skhcn, lhh]
    - id: giao-ban
      kind: meeting
      title: Họp giao ban
      every: half
      rotation: [skhcn, td]
{extra}signers:
  - {{org: lhh, authority: TM., for: BAN THƯỜNG TRỰC, title: CHỦ TỊCH, name: Lê Văn C}}
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}}
  - {{org: skhcn, title: GIÁM ĐỐC, name: Trần Văn B}}
recipients:
  groups:
    - {{items: [Như trên]}}
  archive: [VT]
"""


def rotation_repo(tmp_path: Path, extra: str = "") -> Path:
    """The program (``programs/ctph.yaml``) in a repository of its own; ``extra``: schedule
    entries after its two."""
    root = build_tree(
        tmp_path / "kho",
        {
            "kehoach.yaml": "kind: settings\nplace: Quảng Ngãi\n",
            "orgs.yaml": ORGS_QNG,
            "programs/ctph.yaml": PROGRAM.format(extra=extra),
        },
    )
    return root / "programs/ctph.yaml"
