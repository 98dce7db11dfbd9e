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


def test_two_keys_that_differ_only_in_their_unicode_form_are_one_key_written_twice():
    """``"tiêu đề"`` precomposed, then decomposed: one key once both are NFC; as of any key written
    twice, the later value wins and KH106 points at it — no value is kept or dropped unseen."""
    nfd = unicodedata.normalize("NFD", "tiêu đề")
    text = f'kind: plan\nmeta:\n  "tiêu đề": một\n  "{nfd}": hai\n'
    loaded = parse("kh.yaml", text)
    assert loaded.data["meta"] == {"tiêu đề": "hai"}
    ((code, line, col),) = [(p.code, p.line, p.col) for p in loaded.problems]
    assert (code, line, col) == ("KH106", 4, 4)


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


OTHERS_PLAN = PLAN.replace(
    "support: [skhcn]", 'support: [skhcn]\n      support_others: ["Các Huyện, Thị, Thành đoàn"]'
)


def test_supporting_units_in_words_are_shown_by_due_who_and_site(cli, repo, monkeypatch, tmp_path):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_text(OTHERS_PLAN, encoding="utf-8")
    words = "Các Huyện, Thị, Thành đoàn"
    args = ("due", "--today", "2022-03-01", "--all")
    item = json.loads(cli(*args, "--format", "json").stdout)["items"][0]
    assert item["support_others"] == [words]
    table = cli(*args, "--format", "table").stdout
    assert "Thành đoàn" in table
    assert words in cli(*args, "--format", "csv").stdout
    ics = (
        cli(*args, "--format", "ics")
        .stdout.replace("\r\n", "\n")
        .replace("\n ", "")
        .replace("\\,", ",")
    )
    # after another name, the phrase that is not a name is written in lower case
    listed = "các Huyện, Thị, Thành đoàn"
    assert f"Phối hợp: Sở Khoa học và Công nghệ tỉnh Bình Thuận, {listed}" in ics
    who = json.loads(cli("who", "--party", "td", "--format", "json").stdout)
    lead = who["parties"][0]["leads"][0]
    assert lead["others_names"][-1] == words
    assert f"Sở KH&CN, {listed}" in cli("who", "--party", "td", "--format", "md").stdout
    site = tmp_path / "site"
    assert cli("site", "-o", str(site), "--today", "2022-03-01").exit_code == 0
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert words in pages


MEETINGS_PLAN = PLAN.replace(
    "signers:",
    "reviews:\n  schedule:\n    - {id: hop-1, kind: meeting, time: 2022-06-15}\n"
    "    - {id: giao-ban, kind: meeting, every: quarter}\nsigners:",
)


def test_a_meeting_held_once_is_not_called_periodic(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_text(MEETINGS_PLAN, encoding="utf-8")
    due = json.loads(cli("due", "--today", "2022-03-01", "--all", "--format", "json").stdout)
    titles = [i["title"] for i in due["items"] if i["kind"] == "meeting"]
    assert "Cuộc họp" in titles
    assert any(t.startswith("Họp định kỳ (") for t in titles)  # the quarterly one
    text = cli("render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-").stdout
    assert "- Cuộc họp: ngày 15/6/2022" in text
    assert "- Họp định kỳ: tháng cuối mỗi quý" in " ".join(text.split())
