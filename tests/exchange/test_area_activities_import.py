"""A program's area activities printed as kehoach prints them by default (an item, then its
'+ Thời gian: …', '+ Đơn vị chủ trì: …; phối hợp: …', '+ Kinh phí: …' lines) come back as the
area's activities on import — before, as paragraphs: ``due`` and ``who`` saw nothing (a program
rendered by kehoach and imported again lost its activities)."""

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


def test_an_area_s_listed_activities_come_back_as_activities(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLES, repo)
    program = repo / PROGRAM
    text = program.read_text(encoding="utf-8")
    marker = "  - id: tiep-can-khcn\n"
    program.write_text(text.replace(marker, ACTS + marker, 1), encoding="utf-8")
    result = run([str(program)], use_cache=False)
    doc = next(d for d in result.repo.documents if d.path.endswith(PROGRAM))
    assert [a["id"] for a in doc.data["areas"][0]["activities"]] == ["hoi-thao", "cuoc-thi"]
    docx = tmp_path / "ctph.docx"
    docx.write_bytes(render(doc, result.repo, "docx"))
    (tmp_path / "out").mkdir()
    imported = run_import([str(docx)], output=str(tmp_path / "out"), repo_root=str(repo))

    data = yaml.safe_load(imported.files[0].text)
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
