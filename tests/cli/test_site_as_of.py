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


def test_documents_are_named_by_number_or_title_not_by_file_id(tmp_path, monkeypatch):
    """Leaders read the site: a document is 'Chương trình số 05-CTPH/…' once it has a number, else
    its title; the file's id stays only in the link's tooltip."""
    root = _repo(tmp_path / "kho", monkeypatch)
    out = tmp_path / "site"
    code, output = cli("site", "-o", str(out), "--today", "2025-12-15")
    assert code == 0, output
    page = (out / "van-ban" / "kh-2025.html").read_text(encoding="utf-8")
    assert 'title="ctph">Chương trình phối hợp thử</a>' in page  # its basis, by its title
    program = root / "programs/ctph.yaml"
    program.write_text(
        program.read_text(encoding="utf-8").replace(
            "kind: program\n", "kind: program\nnumber: 5\n"
        ),
        encoding="utf-8",
    )
    code, output = cli("site", "-o", str(out), "--today", "2025-12-15")
    assert code == 0, output
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'title="ctph">Chương trình số 05-' in home  # the agenda's Văn bản column
    page = (out / "van-ban" / "ctph.html").read_text(encoding="utf-8")
    assert "Chương trình · số 05-" in page


def _bar_status(today: str) -> str:
    code, output = cli("timeline", "--year", "2025", "-f", "svg", "--today", today)
    assert code == 0, output
    bar = re.search(
        r'<g[^>]*data-status="([a-z_]+)"[^>]*>\s*<title>Cuộc thi tìm hiểu khoa học năm', output
    )
    assert bar is not None, output
    return bar.group(1)


def test_the_timeline_colours_a_bar_as_of_its_day(tmp_path, monkeypatch):
    """The timeline (``kehoach timeline``, the site's Gantt pages) draws each activity as it stood
    on its "today", as the site's tables do: done on 20/6/2025 is in progress on 10/6/2025. Before,
    the bar was green (done) on a chart of 10/6/2025."""
    _repo(tmp_path / "kho", monkeypatch)
    assert _bar_status("2025-06-10") == "in_progress"
    assert _bar_status("2025-07-01") == "done"
