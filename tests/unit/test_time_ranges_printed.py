"""How a time range prints, as docs/format.md §2 says: a cell of a document's activities table
joins the two ends with an en dash and writes the year once ('Tháng 6 – Quý IV/2022'); everything
else, the commands' lists and tables included (due, who, site), says 'từ … đến …'."""

from __future__ import annotations

from helpers import ORGS, PLAN, build_tree, load
from kehoach.render.document import render

RANGE = "2022-06..2022-Q4"
CELL = "Tháng 6 – Quý IV/2022"
WORDS = "từ tháng 6/2022 đến quý IV/2022"


def _repo(tmp_path, monkeypatch):
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "plans/kh.yaml": PLAN.replace("time: 2022-Q2", f"time: {RANGE}"),
        },
    )
    monkeypatch.chdir(root)
    return root


def test_a_table_cell_is_short_with_an_en_dash(tmp_path, monkeypatch):
    root = _repo(tmp_path, monkeypatch)
    doc, repo = load(root / "plans/kh.yaml")
    for fmt in ("txt", "md", "html"):
        text = render(doc, repo, fmt).decode("utf-8")
        assert CELL in text, fmt
        assert "Tháng 6/2022 - " not in text


def test_running_text_says_from_to(tmp_path, monkeypatch, cli):
    _repo(tmp_path, monkeypatch)
    due = cli("due", "--today", "2022-06-15", "--within", "12m", "--format", "json")
    assert f'"time": "{WORDS}"' in due.stdout, due.stdout
    who = cli("who", "--party", "td")
    assert WORDS in " ".join(who.stdout.split()), who.stdout
    out = cli("site", ".", "-o", str(tmp_path / "trang"), "--today", "2022-06-15")
    assert out.exit_code == 0, out.output
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "trang").rglob("*.html"))
    assert f"<td>{WORDS}</td>" in pages  # its own tables; the document it shows prints CELL
