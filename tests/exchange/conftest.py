"""Fixtures of the importer's tests: a small repository of Hà Nội bodies (with aliases), and a
helper that imports Word bytes into it and returns the result with its draft parsed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

ORGS = """\
kind: orgs
orgs:
  - id: tdhn
    name: Thành Đoàn Hà Nội
    short: Thành Đoàn
    header: BCH THÀNH ĐOÀN HÀ NỘI
    code: TĐTN
    system: doan
    place: Hà Nội
    body: BAN THƯỜNG VỤ THÀNH ĐOÀN
    head: BÍ THƯ
    aliases: [Thành đoàn Hà Nội, BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH THÀNH PHỐ HÀ NỘI]
    people:
      - {name: Nguyễn Văn Hùng, title: Phó Bí thư}
  - id: skhcn-hn
    name: Sở Khoa học và Công nghệ Hà Nội
    short: Sở KH&CN
    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ
    parent: UBND THÀNH PHỐ HÀ NỘI
    code: SKHCN
    system: state
    place: Hà Nội
    head: GIÁM ĐỐC
    people:
      - {name: Trần Thị Mai, title: Phó Giám đốc}
  - id: twd
    name: Trung ương Đoàn TNCS Hồ Chí Minh
    short: Trung ương Đoàn
    header: BAN CHẤP HÀNH TRUNG ƯƠNG
    code: TWĐTN
    system: doan
    place: Hà Nội
    body: BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN
  - id: hsv-hn
    name: Hội Sinh viên Việt Nam thành phố Hà Nội
    short: Hội Sinh viên
    header: HỘI SINH VIÊN VIỆT NAM THÀNH PHỐ HÀ NỘI
    code: HSV
    system: association
    place: Hà Nội
"""


@pytest.fixture
def word_repo(tmp_path) -> Path:
    root = tmp_path / "kho"
    root.mkdir()
    (root / "kehoach.yaml").write_text("kind: settings\nplace: Hà Nội\n", encoding="utf-8")
    (root / "orgs.yaml").write_text(textwrap.dedent(ORGS), encoding="utf-8")
    return root


class Imported:
    """One imported document: the result record, the draft's text and data."""

    def __init__(self, result):
        self.result = result
        self.file = result.files[0]
        self.text = self.file.text or ""
        self.data = yaml.load(self.text, Loader=_Loader) if self.file.text else None

    @property
    def errors(self):
        return [p for p in self.file.problems if p.level == "error"]

    def activities(self) -> list[dict]:
        return (self.data.get("contents") or {}).get("activities") or []


class _Loader(yaml.CSafeLoader):
    yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.CSafeLoader.yaml_implicit_resolvers.items()
    }


@pytest.fixture
def import_word(tmp_path):
    """``import_word(data, repo, name='van-ban.docx', **run_import options)`` → ``Imported``."""
    from kehoach.exchange.importer import run_import

    def go(data: bytes, repo: Path, name: str = "van-ban.docx", **kw) -> Imported:
        src = tmp_path / "nguon" / name
        src.parent.mkdir(exist_ok=True)
        src.write_bytes(data)
        if "output" not in kw:
            (tmp_path / "nhap").mkdir(exist_ok=True)  # -o names a folder that exists
            kw["output"] = str(tmp_path / "nhap")
        return Imported(run_import([str(src)], repo_root=str(repo), **kw))

    return go
