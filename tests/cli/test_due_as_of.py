"""``due --today`` in the past shows the agenda as it stood that day, as ``report`` and ``site``
count (``model.progress.state_at``): an activity completed after that day (``done_date`` later) is
still open then — overdue once its deadline has passed — and shows no completion date. Before,
``due --today 2025-07-10`` treated an activity done on 15/7/2025 as closed already."""

from __future__ import annotations

import json

from test_program_activity_link import _repo, cli


def _late(tmp_path, monkeypatch):
    """The plan's contest (due 30/6/2025) done on 15/7/2025, two weeks late."""
    root = _repo(tmp_path, monkeypatch)
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("done_date: 2025-06-20", "done_date: 2025-07-15"), "utf-8")
    return root


def _contest(*args: str) -> tuple[int, list[dict]]:
    code, output = cli("due", "-f", "json", *args)
    items = [i for i in json.loads(output)["items"] if i["document"] == "kh-2025"]
    return code, items


def test_an_activity_done_after_today_is_overdue_then(tmp_path, monkeypatch):
    _late(tmp_path, monkeypatch)
    code, items = _contest("--today", "2025-07-10", "--overdue", "--fail-on-overdue")
    assert code == 1
    assert [(i["title"], i["status"], i["overdue"], i["done_date"]) for i in items] == [
        ("Cuộc thi tìm hiểu khoa học năm 2025", "in_progress", True, None)
    ]
    code, output = cli("due", "--today", "2025-07-10")
    assert "Quá hạn (1)" in output and "Cuộc thi tìm hiểu khoa học năm 2025" in output, output
    # once done, it is closed: listed only with --all, with its completion date
    code, items = _contest("--today", "2025-07-20", "--overdue", "--fail-on-overdue")
    assert code == 0 and items == []
    code, items = _contest("--today", "2025-07-20", "--all")
    assert [(i["status"], i["overdue"], i["done_date"]) for i in items] == [
        ("done", False, "2025-07-15")
    ]


def test_the_site_s_agenda_counts_as_its_tables_do(tmp_path, monkeypatch):
    """The site's overdue list comes from ``due``: it now says what the site's activity table
    says (in progress on its day), not "done"."""
    root = _late(tmp_path, monkeypatch)
    code, output = cli("site", "-o", "site", "--today", "2025-07-10")
    assert code == 0, output
    home = (root / "site/index.html").read_text(encoding="utf-8")
    assert "Cuộc thi tìm hiểu khoa học năm 2025" in home
