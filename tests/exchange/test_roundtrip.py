"""Render → import → the same data, for every example of the repository.

Each example is rendered to DOCX with kehoach's own renderer, imported, and the draft is put in
place of the original in a copy of the example repository. Then, field by field: number and
symbol, date and place, title, issuers, căn cứ, activities (lead, support, time, budget…),
review schedule, signers, Nơi nhận; the prose compared after whitespace normalisation (the view
model kehoach prints from); the draft validates; importing twice gives the same bytes; and the
draft renders to the very same text as the original.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from helpers import EXAMPLES, run
from kehoach.exchange.importer import run_import
from kehoach.render import context
from kehoach.render.document import render
from kehoach.timeexpr import parse_time

# Every example document. NOT_YET lists those whose layout (issue 11: mixed headers, authored
# review lines, new kinds) the importer does not read back yet; it must end empty.
NOT_YET = {
    "khlt-eureka-2024-thanhdoan-skhcn-hcm",
    "ctph-2018-2023-lhh-hhdn-tb",
    "ctph-2021-2025-tinhdoan-skhcn-bt",
    "kh-twd-qua-cau-vang-2024",
    "khlt-24-thanhdoan-dhqg-hcm",
}
ALL = sorted(
    p
    for sub in ("plans", "programs")
    for p in (EXAMPLES / sub).rglob("*.yaml")
    if p.stem not in NOT_YET
)


def load(path: Path):
    result = run([str(path)], use_cache=False)
    doc = next(d for d in result.repo.documents if Path(d.path).resolve() == path.resolve())
    return doc, result.repo, result


class RoundTrip:
    def __init__(self, original: Path, tmp: Path):
        self.original = original
        self.doc, self.repo, _ = load(original)
        self.docx = tmp / f"{original.stem}.docx"
        self.docx.write_bytes(render(self.doc, self.repo, "docx"))
        self.result = run_import([str(self.docx)], output=str(tmp / "a"), repo_root=str(EXAMPLES))
        self.again = run_import([str(self.docx)], output=str(tmp / "b"), repo_root=str(EXAMPLES))
        self.file = self.result.files[0]
        copy = tmp / "repo"
        shutil.copytree(EXAMPLES, copy)
        self.placed = copy / original.relative_to(EXAMPLES)
        self.placed.write_text(self.file.text, encoding="utf-8")
        self.new, self.new_repo, self.validation = load(self.placed)

    @property
    def a(self) -> dict:
        return self.doc.data

    @property
    def b(self) -> dict:
        return self.new.data


@pytest.fixture(scope="module", params=ALL, ids=lambda p: p.stem)
def rt(request, tmp_path_factory) -> RoundTrip:
    return RoundTrip(request.param, tmp_path_factory.mktemp(request.param.stem))


def views(rt: RoundTrip) -> tuple[dict, dict]:
    return context.build(rt.doc, rt.repo), context.build(rt.new, rt.new_repo)


def test_imported_and_valid(rt):
    assert rt.file.status in ("imported", "todo"), rt.file.problems
    assert [p for p in rt.validation.problems if p.level == "error"] == []
    assert {p.code for p in rt.validation.problems} <= {"KH418", "KH419"}


def test_import_twice_gives_the_same_draft(rt):
    assert rt.again.files[0].text == rt.file.text


def test_number_symbol_date_place_title_issuers(rt):
    a, b = rt.a, rt.b
    assert b.get("number") == a.get("number")
    assert b.get("date") == a.get("date")
    assert " ".join(b["title"].split()) == " ".join(a["title"].split())
    key = "issuers" if a["kind"] == "plan" else "parties"
    assert b[key] == a[key]
    va, vb = views(rt)
    assert vb["header"] == va["header"]  # number line (symbol, unit), place and date as printed
    assert vb["doc_type"] == va["doc_type"]
    if a["kind"] == "plan":
        assert b.get("year") == a.get("year")
    else:
        assert b["period"] == a["period"]


def test_bases(rt):
    a, b = rt.a.get("bases") or [], rt.b.get("bases") or []
    assert len(b) == len(a)
    for x, y in zip(a, b, strict=True):
        assert y.get("ref") == x.get("ref")
        for k in ("number", "date"):
            if x.get(k) and not x.get("ref"):
                assert y.get(k) == x[k]
    va, vb = views(rt)
    assert vb["bases"] == va["bases"]


def _time(value):
    return None if value is None else parse_time(value).text


def test_activities(rt):
    a = (rt.a.get("contents") or {}).get("activities") or []
    b = (rt.b.get("contents") or {}).get("activities") or []
    assert [" ".join(x["title"].split()) for x in b] == [" ".join(x["title"].split()) for x in a]
    if (rt.a.get("contents") or {}).get("layout") == "list":
        # a list prints titles only: lead, support, time and budget are not in the document
        assert all(y["lead"] in rt.b["issuers"] for y in b)
        return
    for x, y in zip(a, b, strict=True):
        for k in (
            "lead",
            "lead_unit",
            "support",
            "support_others",
            "budget",
            "place",
            "participants",
            "outputs",
        ):
            assert y.get(k) == x.get(k), (x["id"], k)
        assert _time(y.get("time")) == _time(x.get("time")), x["id"]


def test_reviews_and_sections_of_orgs(rt):
    a, b = rt.a.get("reviews") or {}, rt.b.get("reviews") or {}
    fields = ("kind", "every", "time", "lead", "start", "year_offset", "day", "title")
    assert [{k: e.get(k) for k in fields} for e in b.get("schedule") or []] == [
        {k: e.get(k) for k in fields} for e in a.get("schedule") or []
    ]
    for x, y in zip(a.get("schedule") or [], b.get("schedule") or [], strict=True):
        default = {"quarter": 3, "half": 6, "year": 12}.get(x.get("every"))
        assert y.get("month", default) == x.get("month", default)

    def orgs(section):
        out = []
        for sub in (section or {}).get("sections") or []:
            out += [sub.get("org")] + orgs(sub)
        return out

    assert orgs(rt.b.get("implementation")) == orgs(rt.a.get("implementation"))
    assert [d["org"] for d in rt.b.get("duties") or []] == [
        d["org"] for d in rt.a.get("duties") or []
    ]


def test_signers_and_recipients(rt):
    va, vb = views(rt)
    assert vb["signers"] == va["signers"]
    assert vb["recipients"] == va["recipients"]
    for x, y in zip(rt.a["signers"], rt.b["signers"], strict=True):
        for k in ("org", "authority", "title", "name"):
            assert y.get(k) == x.get(k)
    ra, rb = rt.a.get("recipients") or {}, rt.b.get("recipients") or {}
    assert [g.get("purpose", "") for g in rb.get("groups") or []] == [
        g.get("purpose", "") for g in ra.get("groups") or []
    ]
    assert rb.get("archive") == ra.get("archive")


def test_prose_after_whitespace_normalisation(rt):
    va, vb = views(rt)
    assert vb["preamble"] == va["preamble"]
    assert vb["blocks"] == va["blocks"]
    assert vb["closing"] == va["closing"]


def test_the_draft_prints_the_same_document(rt):
    assert render(rt.new, rt.new_repo, "txt") == render(rt.doc, rt.repo, "txt")


def test_the_draft_is_plain_yaml_of_the_format(rt):
    data = yaml.safe_load(rt.file.text)
    assert data["kind"] == rt.a["kind"]
    assert rt.file.text.startswith("# Nhập từ ")
