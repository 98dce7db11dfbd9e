"""``who`` loads only what it reads of each document (``who.part.DUTIES``, cut where each file is
loaded: ``loadparts``), with the source lines of its entries found there and kept with the part,
and prints exactly what it prints from whole documents — every format, every party or one — on
the examples, the agenda test repository and a generated one; cold (cut in this process and in
forked helpers), after ``validate`` filled the cache with whole documents only, and from the
parts the cache then keeps, without reading any file again for the lines."""

from __future__ import annotations

import pytest

from agenda_data import agenda_repo
from helpers import compared_repo, fresh_cache
from kehoach.io import lines
from kehoach.load import loading
from kehoach.loaded import _learn
from kehoach.output import Style
from kehoach.validate import run_validate
from kehoach.who import run_who
from kehoach.who.formats import FORMATS
from kehoach.who.part import DUTIES
from kehoach.who.run import WhoResult, responsibilities


def _whole(party: str | None) -> WhoResult:
    """``run_who`` on whole documents, as before it had a part."""
    with loading(None) as loaded:
        repo = loaded.repo
        found = responsibilities(repo, loaded.target_documents(), repo.require_org(party))
        errors = sum(p.level == "error" for p in loaded.target_problems())
        names = {org: repo.org_name(org) for org in repo.orgs}
    return WhoResult(found, names, errors)


def _printed(make) -> dict:
    out = {}
    for party in (None, "skhcn", "tinhdoan-bt", "skhcn-bt"):
        try:
            result = make(party)
        except Exception as exc:  # noqa: BLE001 - an unknown party: the same refusal both ways
            out[party] = repr(exc)
            continue
        for name, fmt in FORMATS.items():
            out[party, name] = "".join((fmt.stream or fmt.write)(result, Style()))
            out[party, name, "lines"] = sorted(
                (e.doc_path, e.json_path, e.line)
                for p in result.parties
                for _, _, entries in p.groups()
                for e in entries
            )
        out[party, "errors"] = result.errors
    return out


KEYS = ("purpose", "contents", "extra_sections", "goals")  # where the sections with duties are


def _parts(party):
    return run_who(None, party)


def _no_reading(path, *args, **kwargs):
    raise AssertionError(f"{path} read again for its source lines")


# duties written in every kind of section, up to three levels down, in a plan whose file is not
# named after its id; a program's goals naming a party
SECTIONS_PLAN = """\
kind: plan
id: kh-cac-muc-2023
issuers: [td, skhcn]
date: 2023-02-01
year: 2023
title: Kế hoạch có nhiệm vụ ở mọi loại mục
purpose:
  sections:
    - title: Mục đích của Sở
      org: skhcn
      paragraphs: [Nâng cao nhận thức.]
contents:
  sections:
    - title: Các nhiệm vụ
      sections:
        - title: Đoàn thanh niên
          org: td
          items: [Vận động đoàn viên.]
extra_sections:
  - title: Phân công thêm
    sections:
      - title: Khối cơ quan
        sections:
          - title: Sở Khoa học và Công nghệ
            org: skhcn
            items: [Báo cáo hằng quý.]
signers:
  - org: td
    title: BÍ THƯ
  - org: skhcn
    title: GIÁM ĐỐC
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""
PROGRAM_GOALS = """\
goals:
  sections:
    - title: Mục tiêu của Đoàn
      org: td
      items: [Mỗi năm một mô hình.]
"""


def _sections_repo(root):
    agenda_repo(root)
    program = root / "programs" / "ctph.yaml"
    program.write_text(program.read_text(encoding="utf-8") + PROGRAM_GOALS, encoding="utf-8")
    (root / "plans" / "2023" / "ke-hoach-muc.yaml").write_text(SECTIONS_PLAN, encoding="utf-8")
    return root


@pytest.fixture(params=["examples", "agenda", "sections", "generated"])
def repo(request, tmp_path, monkeypatch):
    return compared_repo(request.param, tmp_path, monkeypatch, _sections_repo)


def test_who_on_parts_is_who_on_whole_documents(repo, tmp_path, monkeypatch):
    fresh_cache(monkeypatch, tmp_path / "whole")
    whole = _printed(_whole)
    assert any(isinstance(k, tuple) and k[1] == "json" and '"line"' in v for k, v in whole.items())
    assert any(e[2] for k, v in whole.items() if k[-1:] == ("lines",) for e in v)
    if repo.name == "sections":  # a duty in each kind of section, its line found
        assert {e[1][0] for e in whole[None, "json", "lines"] if e[2]} >= set(KEYS)
        assert "kh-cac-muc-2023" in whole[None, "json"]

    fresh_cache(monkeypatch, tmp_path / "parts")
    with loading(None, part=DUTIES) as loaded:  # cold: cut where loaded
        docs = loaded.repo.documents
        assert docs and not any("signers" in d.data or "recipients" in d.data for d in docs)
    fresh_cache(monkeypatch, tmp_path / "cold")
    with monkeypatch.context() as m:  # lines given by the line scanner as each file is read
        m.setattr(lines, "read_bytes", _no_reading)
        assert _printed(_parts) == whole
        assert _printed(_parts) == whole  # and kept beside the parts

    fresh_cache(monkeypatch, tmp_path / "after-validate")
    run_validate(None)  # whole documents only in the cache
    assert _printed(_parts) == whole  # cut here, from the whole data
    with monkeypatch.context() as m:
        m.setattr(lines, "read_bytes", _no_reading)
        assert _printed(_parts) == whole


def test_lines_are_never_learnt_from_other_content(tmp_path, monkeypatch):
    """A file edited after it was loaded (its data from the old bytes) is read for its lines as
    before, but nothing found in it is kept: the cache never pairs a document with the lines of
    another content."""
    root = agenda_repo(tmp_path / "agenda")
    monkeypatch.chdir(root)
    fresh_cache(monkeypatch, tmp_path / "cache")
    edit = "# sửa sau khi đọc\n"
    run_validate(None)  # whole documents in the cache: no line found as they are cut
    with loading(None, part=DUTIES) as loaded:
        plan = next(f for f in loaded.files if f.shown.endswith("kh-2022.yaml"))
        assert plan.lines is None
        with open(plan.path, "rb") as fh:
            read = fh.read()  # the bytes its data came from
        with open(plan.path, "a", encoding="utf-8") as fh:
            fh.write(edit)
        finder = loaded.line_finder()
        assert finder.line(plan.shown, ("contents", "activities", 1)) == 16  # read as before
        assert loaded._lines.get(plan.path, plan.digest) is None  # nothing learnt from it
        # the same file as it was read: its lines are learnt
        learnt = _learn(DUTIES, loaded._lines, plan, read, read.decode("utf-8"))
        assert learnt[("contents", "activities")][:2] == (11, 16)
        assert loaded._lines.get(plan.path, plan.digest) == learnt
        assert loaded._lines.get(plan.path, "other content") is None
