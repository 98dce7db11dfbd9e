"""Findings of a user test on a Quảng Ngãi repository, each fixed as a class: a file saved in
decomposed Unicode, two lead units, recipients split at a comma, supporting units outside
orgs.yaml, one-off meetings, the report's words."""

from __future__ import annotations

import json
import unicodedata

from helpers import PLAN
from kehoach.io.yamlio import parse


def _parsable(cli, *args):
    return cli("validate", "--format", "parsable", "--no-cache", *args)


NFD_PLAN = unicodedata.normalize(
    "NFD",
    PLAN.replace(
        "time: 2022-Q2",
        "time: 2022-Q2\n    - id: a2\n      title: Tuyên truyền\n      lead: td\n"
        "      time: thường xuyên",
    ),
)


def test_a_decomposed_file_is_read_as_precomposed_in_place():
    marks: list = []
    loaded = parse("kh.yaml", NFD_PLAN, None, marks)
    data = loaded.data
    assert data["title"] == "Kế hoạch thử" and unicodedata.is_normalized("NFC", data["title"])
    assert data["contents"]["activities"][1]["time"] == "thường xuyên"
    assert loaded.text == NFD_PLAN  # positions and KH301 read the text as written
    # the lists are the objects the line marks know (due and who show source lines by them)
    if marks:
        kept = {id(seq) for seq, _ in marks}
        assert id(data["contents"]["activities"]) in kept


def test_a_decomposed_file_is_one_warning_and_due_who_keep_it(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_text(NFD_PLAN, encoding="utf-8")
    result = _parsable(cli)
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) == 1, lines
    assert "warning KH301 Tệp được lưu bằng Unicode tổ hợp (NFD):" in lines[0]
    assert "KH205" not in result.stdout
    due = cli("due", "--today", "2022-03-01", "--all", "--format", "json")
    assert due.exit_code == 0, due.stdout
    titles = [item["title"] for item in json.loads(due.stdout)["items"]]
    assert "Hội thi" in titles
    who = cli("who", "--party", "td", "--format", "csv")
    assert "Hội thi" in who.stdout
