"""A program's area activities printed as kehoach prints them by default (an item, then its
'+ Thời gian: …', '+ Đơn vị chủ trì: …; phối hợp: …', '+ Kinh phí: …' lines) come back as the
area's activities on import — before, as paragraphs: ``due`` and ``who`` saw nothing (a program
rendered by kehoach and imported again lost its activities); and so do activities whose lines
were typed otherwise (``areas[].field_lines``)."""

from __future__ import annotations

import shutil

import yaml

from helpers import EXAMPLES, run
from kehoach.exchange.importer import run_import
from kehoach.render.document import render

PROGRAM = "programs/ctph-2021-2025-tinhdoan-skhcn-bt.yaml"
ACTS = """\
    activities:
      - id: hoi-thao
        title: Hội thảo khoa học tuổi trẻ
        lead: tinhdoan-bt
        support: [skhcn-bt]
        time: 2023-Q3
        budget: 20000000
      - id: cuoc-thi
        title: Cuộc thi tìm hiểu pháp luật về khoa học và công nghệ
        lead: skhcn-bt
        time: 2024-05
"""


# the same activities, their lines typed otherwise than kehoach prints them (``field_lines``)
TYPED_ACTS = (
    """\
    field_lines:
      order: [budget, time, lead, support]
      labels: {time: Thời gian thực hiện, lead: Cơ quan chủ trì, support: Cơ quan phối hợp}
      end: ""
"""
    + ACTS
)


def _program_with(tmp_path, acts: str):
    """The examples repository whose program's first area holds ``acts``: (its root, the run of
    ``validate`` on the program, the program as loaded)."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLES, repo)
    program = repo / PROGRAM
    text = program.read_text(encoding="utf-8")
    marker = "  - id: tiep-can-khcn\n"
    program.write_text(text.replace(marker, acts + marker, 1), encoding="utf-8")
    result = run([str(program)], use_cache=False)
    doc = next(d for d in result.repo.documents if d.path.endswith(PROGRAM))
    return repo, result, doc


def _imported_again(tmp_path, repo, result, doc) -> dict:
    """The draft ``import`` makes of the program rendered as .docx."""
    docx = tmp_path / "ctph.docx"
    docx.write_bytes(render(doc, result.repo, "docx"))
    (tmp_path / "out").mkdir()
    imported = run_import([str(docx)], output=str(tmp_path / "out"), repo_root=str(repo))
    return yaml.safe_load(imported.files[0].text)


def test_an_area_s_listed_activities_come_back_as_activities(tmp_path):
    repo, result, doc = _program_with(tmp_path, ACTS)
    assert [a["id"] for a in doc.data["areas"][0]["activities"]] == ["hoi-thao", "cuoc-thi"]
    data = _imported_again(tmp_path, repo, result, doc)
    acts = data["areas"][0]["activities"]
    got = [(a["lead"], a.get("support"), a["time"], a.get("budget")) for a in acts]
    assert got == [
        ("tinhdoan-bt", ["skhcn-bt"], "2023-Q3", 20000000),
        ("skhcn-bt", None, "2024-05", None),
    ]
    assert [a["title"] for a in acts] == [
        "Hội thảo khoa học tuổi trẻ",
        "Cuộc thi tìm hiểu pháp luật về khoa học và công nghệ",
    ]
    assert "paragraphs" not in data["areas"][0]  # the lines are the activities', not the area's
    assert "activities" not in data["areas"][1]  # an area with no activities has none


def test_an_area_s_typed_lines_print_and_come_back(tmp_path):
    """A program's area whose activities' lines were typed otherwise than kehoach prints them
    (``areas[].field_lines``): printed so, and a .docx of it imported again gives the same
    ``field_lines`` on the area, the data (lead, support, time, budget) read as before."""
    repo, result, doc = _program_with(tmp_path, TYPED_ACTS)
    assert [p for p in result.problems if p.level == "error"] == []
    printed = [ln.strip() for ln in render(doc, result.repo, "txt").decode().splitlines()]
    at = next(i for i, ln in enumerate(printed) if ln.endswith("Hội thảo khoa học tuổi trẻ"))
    assert [ln for ln in printed[at + 1 : at + 9] if ln][:6] == [
        "+ Kinh phí: 20.000.000 đồng",
        "+ Thời gian thực hiện: Quý III/2023",
        "+ Cơ quan chủ trì: Tỉnh Đoàn",
        "+ Cơ quan phối hợp: Sở KH&CN",
        "- Cuộc thi tìm hiểu pháp luật về khoa học và công nghệ",
        "+ Thời gian thực hiện: Tháng 5/2024",
    ]
    area = _imported_again(tmp_path, repo, result, doc)["areas"][0]
    assert area["field_lines"] == {
        "order": ["budget", "time", "lead", "support"],
        "labels": {"time": "Thời gian thực hiện", "lead": "Cơ quan chủ trì",
                   "support": "Cơ quan phối hợp"},
        "end": "",
    }  # fmt: skip
    got = [(a["lead"], a.get("support"), a["time"], a.get("budget")) for a in area["activities"]]
    assert got == [("tinhdoan-bt", ["skhcn-bt"], "2023-Q3", 20000000),
                   ("skhcn-bt", None, "2024-05", None)]  # fmt: skip
    assert all("field_lines" not in a for a in area["activities"])
