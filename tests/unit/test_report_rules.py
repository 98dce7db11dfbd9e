"""The report is true as of its period: one rule (the end of the period) for status, overdue and
money, printed in the report; the outlook never runs past the program; every format carries the
same header, title and Nơi nhận; the document reported on is cited by number, date and full names."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from cycle_data import PLAN_FILE, apply, build_cycle
from helpers import cell_width, reading_text, run
from kehoach.output import Style
from kehoach.render.metrics import text_width_twips
from kehoach.report.build import build
from kehoach.report.formats import FORMATS, to_markdown, to_text
from kehoach.report.outline import outline

PROGRAM = "ctph-2024-2026"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    root = build_cycle(tmp_path)
    apply(
        root,
        PLAN_FILE,
        [
            (
                "      budget: 80000000\n      status: planned",
                "      budget: 80000000\n      status: done\n      done_date: 2024-10-25\n"
                "      spent: 76000000",
            ),
            (
                "      budget: 30000000\n      status: planned",
                "      budget: 30000000\n      status: done\n      done_date: 2024-06-20\n"
                "      spent: 28000000",
            ),
        ],
    )
    monkeypatch.chdir(root)
    result = run([str(root)], use_cache=False)
    assert not result.errors, result.errors
    return result.repo


def test_one_rule_for_status_overdue_and_money(repo):
    h1 = build(repo, PROGRAM, "2024-H1", date(2024, 11, 20))  # written after the October work
    items = {i.act["id"]: i for i in h1.items}
    # the contest (04..09/2024, done 25/10) was in progress on 30/6 and not yet due
    assert items["hoi-thi"].state == "in_progress" and not items["hoi-thi"].overdue
    assert items["tap-huan"].state == "done"
    money = h1.budget()
    assert money["spent"] == 28_000_000  # the 76M of October belongs to H2
    assert [i.act["id"] for i in money["later"]] == ["hoi-thi"]
    text = " ".join(to_text(h1, Style()).split())
    assert "Số liệu tính đến hết ngày 30/6/2024 (ngày cuối kỳ báo cáo)" in text
    assert "Chưa tính 76.000.000 đồng" in text
    h2 = build(repo, PROGRAM, "2024-H2", date(2025, 1, 10))
    assert h2.budget()["spent"] == 76_000_000
    # due by 30/9, done 25/10: at the end of Q3 it was overdue, and the line says it was done later
    q3 = build(repo, PROGRAM, "2024-Q3", date(2024, 11, 20))
    late = next(i for i in q3.items if i.act["id"] == "hoi-thi")
    assert late.overdue and late.state == "in_progress"
    assert "hoàn thành ngày 25/10/2024, sau kỳ báo cáo" in " ".join(to_text(q3, Style()).split())


def test_outlook_stays_inside_the_program(repo):
    final = build(repo, PROGRAM, "2024..2026", date(2027, 1, 5))
    assert final.final and final.next_period is None
    o = outline(final)
    titles = [t for t, _ in o["parts"]]
    assert "Phương hướng, nhiệm vụ thời gian tới" in titles and "Đề xuất, kiến nghị" in titles
    cut = build(repo, PROGRAM, "2025-07..2026-06", date(2026, 7, 5))
    assert cut.next_period is not None and cut.next_period.end == date(2026, 12, 31)
    last = build(repo, PROGRAM, "2026-H2", date(2027, 1, 5))
    assert last.next_period is None or last.next_period.end <= date(2026, 12, 31)


def test_the_document_is_cited_by_number_date_and_full_names(repo):
    program = build(repo, PROGRAM, "2024", date(2025, 1, 10))
    assert program.doc_name == (
        "Chương trình phối hợp số 12-CTPH/TĐTN-SKHCN ngày 20/12/2023 giữa Tỉnh Đoàn Lâm Đồng "
        "và Sở Khoa học và Công nghệ tỉnh Lâm Đồng giai đoạn 2024 – 2026"
    )
    plan = build(repo, "kh-2024", "2024", date(2025, 1, 10))
    assert plan.doc_name == (
        "Kế hoạch số 05-KH/TĐTN ngày 10/01/2024 của Tỉnh Đoàn Lâm Đồng về thực hiện Chương "
        "trình phối hợp với Sở Khoa học và Công nghệ năm 2024"
    )
    title = outline(plan)["title"]
    assert "Kế hoạch thực hiện Kế hoạch" not in title and title.startswith("Tổng kết năm 2024")


def test_every_format_has_the_same_header_title_and_recipients(repo):
    report = build(repo, "kh-2024", "2024-H1", date(2024, 7, 10))
    o = outline(report)
    md = to_markdown(report, Style())
    txt = to_text(report, Style())
    document = docx.Document(io.BytesIO(FORMATS["docx"].write(report, Style())))
    words = " ".join(reading_text(document.element.body, document))
    for text in (
        " ".join(md.replace("*", "").split()),
        " ".join(txt.split()),
        " ".join(words.split()),
    ):
        assert "ĐOÀN TNCS HỒ CHÍ MINH" in text  # the Đoàn's own motto, as the plan has
        assert "BCH TỈNH ĐOÀN LÂM ĐỒNG" in text and "BÁO CÁO" in text
        assert " ".join(o["title"].split()) in text
        assert "Nơi nhận" in text and "Ban Bí thư Trung ương Đoàn" in text
        assert "ĐỀ XUẤT, KIẾN NGHỊ" in text


def test_docx_tables_never_cut_names_and_fit_their_headers(repo):
    report = build(repo, PROGRAM, "2024", date(2025, 1, 10))
    document = docx.Document(io.BytesIO(FORMATS["docx"].write(report, Style())))
    data_tables = [
        t for t in document.tables if len(t.columns) >= 3 and "Tổng số" in t.rows[0].cells[1].text
    ]
    assert data_tables
    for table in data_tables:
        for row in table.rows:
            for cell in row.cells:
                assert "…" not in cell.text
        for cell in table.rows[
            0
        ].cells:  # every header word fits its column: never one letter per line
            longest = max(cell.text.split(), key=len)
            assert text_width_twips(longest, 12, bold=True) + 140 <= cell_width(cell), cell.text
