"""A program's duties common to its parties (``duties_common``, "1. Trách nhiệm chung"): printed
first in the duties section, numbered before each party's; `who` gives them to every party."""

from __future__ import annotations

import io
import json

import docx
from typer.testing import CliRunner

from helpers import ORGS, build_tree, load
from kehoach.cli.app import app
from kehoach.render.document import render

PROGRAM = """\
kind: program
parties: [td, skhcn]
date: 2021-12-30
period: {from: 2021, to: 2025}
title: Phối hợp thử
areas:
  - id: tuyen-truyen
    title: Tuyên truyền
duties_common:
  items: [Phối hợp xây dựng kế hoạch hằng năm., Trao đổi thông tin định kỳ.]
duties:
  - org: td
    items: [Chủ trì tổ chức Hội thi.]
  - org: skhcn
    items: [Cử chuyên gia phản biện.]
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Văn B}
recipients:
  archive: [VT]
"""


def _repo(tmp_path, program: str = PROGRAM):
    return build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ctph.yaml": program},
    )


def _duties_lines(lines: list[str]) -> list[str]:
    start = next(i for i, t in enumerate(lines) if "TRÁCH NHIỆM CỦA CÁC BÊN" in t)
    return [t for t in lines[start + 1 :] if t]


def test_printed_first_and_numbered_before_the_parties(tmp_path):
    root = _repo(tmp_path)
    text = render(*load(root / "programs/ctph.yaml"), "txt").decode()
    lines = [ln.strip() for ln in text.splitlines()]
    assert _duties_lines(lines)[:7] == [
        "1. Trách nhiệm chung",
        "- Phối hợp xây dựng kế hoạch hằng năm.",
        "- Trao đổi thông tin định kỳ.",
        "2. Tỉnh Đoàn Bình Thuận",
        "- Chủ trì tổ chức Hội thi.",
        "3. Sở Khoa học và Công nghệ tỉnh Bình Thuận",
        "- Cử chuyên gia phản biện./.",  # the end mark of the last section
    ]
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(*load(
        root / "programs/ctph.yaml"), "docx"))).paragraphs]  # fmt: skip
    assert "1. Trách nhiệm chung" in paragraphs
    assert paragraphs.index("1. Trách nhiệm chung") < paragraphs.index("2. Tỉnh Đoàn Bình Thuận")


def test_its_own_title_and_no_party_duties(tmp_path):
    program = PROGRAM.replace("duties_common:\n", "duties_common:\n  title: Hai bên cùng\n")
    program = program.split("duties:\n")[0] + "signers:" + program.split("signers:")[1]
    root = _repo(tmp_path, program)
    text = render(*load(root / "programs/ctph.yaml"), "txt").decode()
    lines = [ln.strip() for ln in text.splitlines()]
    assert _duties_lines(lines)[:2] == ["1. Hai bên cùng", "- Phối hợp xây dựng kế hoạch hằng năm."]


def test_who_gives_them_to_every_party(tmp_path, monkeypatch):
    root = _repo(tmp_path)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    for _ in range(2):  # the second run reads the cache (the ``duties`` part of each document)
        got = CliRunner().invoke(app, ["who", str(root), "--format", "json"])
        assert got.exit_code == 0, got.output
        parties = {p["org"]: p for p in json.loads(got.output)["parties"]}
        for org in ("td", "skhcn"):
            duties = parties[org]["duties"]
            assert duties[0]["title"] == "Trách nhiệm chung"
            assert duties[0]["text"] == [
                "Phối hợp xây dựng kế hoạch hằng năm.",
                "Trao đổi thông tin định kỳ.",
            ]
            assert duties[0]["line"] == 9  # the line of ``duties_common``


def test_an_empty_one_is_a_located_error(tmp_path):
    """``duties_common`` with a title only: nothing to print, said where it is."""
    program = PROGRAM.replace(
        "  items: [Phối hợp xây dựng kế hoạch hằng năm., Trao đổi thông tin định kỳ.]\n",
        "  title: Trách nhiệm chung\n",
    )
    got = CliRunner().invoke(
        app, ["validate", str(_repo(tmp_path, program)), "--format", "parsable"]
    )
    assert got.exit_code == 1
    assert "ctph.yaml:10:3: error KH201" in got.output
    assert '"paragraphs", "items" trong duties_common' in got.output


def test_the_sections_own_words_print_under_their_titles(tmp_path):
    """``areas_intro`` and ``duties_intro``: under the section's title, before its first
    subsection (and before the common duties)."""
    program = PROGRAM.replace(
        "areas:\n",
        "areas_intro:\n  paragraphs: [Hai bên phối hợp các nội dung sau.]\nareas:\n",
    ).replace(
        "duties_common:\n",
        "duties_intro:\n  items: [Mỗi bên cử một đầu mối.]\nduties_common:\n",
    )
    root = _repo(tmp_path, program)
    lines = [
        ln.strip() for ln in render(*load(root / "programs/ctph.yaml"), "txt").decode().splitlines()
    ]
    lines = [t for t in lines if t]
    at = next(i for i, t in enumerate(lines) if t.endswith(". NỘI DUNG PHỐI HỢP"))
    assert lines[at + 1 : at + 3] == ["Hai bên phối hợp các nội dung sau.", "1. Tuyên truyền"]
    assert _duties_lines(lines)[:2] == ["- Mỗi bên cử một đầu mối.", "1. Trách nhiệm chung"]
