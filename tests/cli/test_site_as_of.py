"""The site's figures are as of its day (``--today``, "Số liệu đến ngày …"), as ``report`` counts
them: an activity done after that day is in progress then — no done date, its spending not
counted. Before, the site said "hoàn thành 28/9/2023" under "Số liệu đến ngày 15/6/2023"."""

from __future__ import annotations

import re

from test_program_activity_link import _repo, cli


def _page(tmp_path, today: str) -> str:
    out = tmp_path / f"site-{today}"
    code, output = cli("site", "-o", str(out), "--today", today)
    assert code == 0, output
    return (out / "van-ban" / "kh-2025.html").read_text(encoding="utf-8")


def _row(page: str) -> str:
    return re.search(r'<tr id="hd-cuoc-thi".*?</tr>', page, re.S).group(0)


def test_an_activity_done_after_the_site_s_day_is_in_progress_then(tmp_path, monkeypatch):
    root = _repo(tmp_path / "kho", monkeypatch)
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("done_date: 2025-06-20\n", "done_date: 2025-06-20\n      spent: 25000000\n"),
        encoding="utf-8",
    )
    before = _row(_page(tmp_path, "2025-06-10"))
    assert "Đang thực hiện" in before or "đang thực hiện" in before, before
    assert "20/6/2025" not in before and "25.000.000" not in before
    after = _row(_page(tmp_path, "2025-07-01"))
    assert "20/6/2025" in after and "25.000.000" in after
