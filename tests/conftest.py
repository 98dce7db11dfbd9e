"""Shared test helpers: build a small plan repository from a dict of texts; run the CLI in-process."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

ORGS = """\
kind: orgs
orgs:
  - id: td
    name: Tỉnh Đoàn Bình Thuận
    short: Tỉnh Đoàn
    header: BCH TỈNH ĐOÀN BÌNH THUẬN
    code: TĐTN
    system: doan
    place: Bình Thuận
    body: BAN THƯỜNG VỤ TỈNH ĐOÀN
  - id: skhcn
    name: Sở Khoa học và Công nghệ tỉnh Bình Thuận
    short: Sở KH&CN
    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ
    parent: UBND TỈNH BÌNH THUẬN
    code: SKHCN
    system: state
    place: Bình Thuận
"""

PLAN = """\
kind: plan
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch thử
contents:
  activities:
    - id: a1
      title: Hội thi
      lead: td
      support: [skhcn]
      time: 2022-Q2
signers:
  - org: td
    authority: TM.
    for: BAN THƯỜNG VỤ TỈNH ĐOÀN
    title: BÍ THƯ
    name: Nguyễn Văn A
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""


def build_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` under ``root`` (text dedented) and return ``root``."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    from kehoach import cache

    cache.cache_dir.cache_clear()
    yield
    cache.cache_dir.cache_clear()


@pytest.fixture
def repo(tmp_path):
    """A minimal valid repository: kehoach.yaml, orgs.yaml and one plan."""
    return build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/2022/kh.yaml": PLAN,
        },
    )
