"""Render → import → the same activities, for a plan whose activities are grouped (``group``) and
laid out as a table, a list that says each one's time, lead and budget (``detailed_list``: ``1.``
subheadings over ``a)``, ``b)`` activities with their ``- Thời gian: …`` lines), or a plain list:
the groups, titles, leads and departments, support and its departments, times, budgets, places and participants come
back, and so does the layout."""

from __future__ import annotations

import shutil

import pytest
import yaml

from helpers import EXAMPLES
from kehoach.exchange.importer import run_import
from kehoach.render.document import render
from kehoach.validate.run import run_validate

PLAN = "plans/2022/kh-2022-tinhdoan-bt.yaml"
FIELDS = ("group", "title", "lead", "lead_unit", "support", "support_units", "time", "budget",
          "place", "participants")  # fmt: skip


def _grouped(root, layout: str) -> None:
    """The example plan with its first activity in one group, the others in a second."""
    path = root / PLAN
    text = path.read_text("utf-8").replace("  layout: table\n", f"  layout: {layout}\n", 1)
    data = yaml.safe_load(text)
    ids = [a["id"] for a in data["contents"]["activities"]]
    for n, act_id in enumerate(ids):
        group = "Công tác tuyên truyền" if n == 0 else "Hỗ trợ khởi nghiệp"
        text = text.replace(
            f"    - id: {act_id}\n", f"    - id: {act_id}\n      group: {group}\n", 1
        )
    # the Sở leads, a department of the Tỉnh Đoàn supports: "Ban Phong trào Tỉnh Đoàn"
    lead = "      lead: skhcn-bt\n      support: [tinhdoan-bt]\n      time: 2022-Q2\n"
    assert text.count(lead) == 1
    text = text.replace(lead, lead + "      support_units: {tinhdoan-bt: Ban Phong trào}\n")
    path.write_text(text, "utf-8")


@pytest.mark.parametrize("layout", ["table", "detailed_list"])
def test_grouped_activities_come_back(layout, tmp_path, monkeypatch):
    root = tmp_path / "kho"
    shutil.copytree(EXAMPLES, root)
    _grouped(root, layout)
    monkeypatch.chdir(root)
    result = run_validate([PLAN], use_cache=False, need_repo=True)
    assert not [p for p in result.problems if p.path == PLAN and p.level == "error"]
    (doc,) = [d for d in result.repo.documents if d.path == PLAN]
    docx = tmp_path / "kh.docx"
    docx.write_bytes(render(doc, result.repo, "docx"))
    (tmp_path / "nhap").mkdir()
    got = run_import([str(docx)], output=str(tmp_path / "nhap"), repo_root=str(root))
    back = yaml.safe_load(got.files[0].text)["contents"]
    assert back.get("layout", "table") == layout
    before = doc.data["contents"]["activities"]
    assert len(back["activities"]) == len(before)
    for old, new in zip(before, back["activities"], strict=True):
        # dates as the files write them (``yaml.safe_load`` reads 2022-09-15 as a date)
        assert {k: str(old.get(k)) for k in FIELDS} == {k: str(new.get(k)) for k in FIELDS}
