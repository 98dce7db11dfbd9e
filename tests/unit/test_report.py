"""``kehoach report``: every number of the sơ kết / tổng kết computed from the activities."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from typer.testing import CliRunner

from helpers import EXAMPLES, ORGS, build_tree, run
from kehoach.cli.app import app
from kehoach.errors import KehoachError
from kehoach.io.emit import prepare
from kehoach.output import Style
from kehoach.report.blocks import pct
from kehoach.report.build import build
from kehoach.report.formats import to_markdown, to_text
from kehoach.report.outline import outline
from kehoach.report.period import next_period, parse_report_period

runner = CliRunner()
PROGRAM = "ctph-2021-2025-tinhdoan-skhcn-bt"

SMALL_PROGRAM = """\
kind: program
title: Phối hợp thử
parties: [td, skhcn]
period: {from: 2022, to: 2023}
areas:
  - {id: a, title: Nội dung A}
  - {id: b, title: Nội dung B}
reviews:
  schedule:
    - {id: sk, kind: interim, title: Sơ kết năm, every: year, month: 12}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn B}
recipients: {groups: [{purpose: b/c, items: [UBND tỉnh]}], archive: [VT]}
"""

SMALL_PLAN = """\
kind: plan
issuers: [td]
year: 2022
title: Thực hiện chương trình năm 2022
bases: [{ref: ctph}]
contents:
  activities:
    - {id: x1, title: Việc một, area: a, lead: td, time: 2022-03, status: done, done_date: 2022-03-20, \
budget: 10000000, spent: 9000000, note: Đạt yêu cầu.}
    - {id: x2, title: Việc hai, area: a, lead: skhcn, time: 2022-Q2, status: in_progress, budget: 5000000}
    - {id: x3, title: Việc ba, area: b, lead: td, time: 2022-05, status: planned, budget: 7000000}
    - {id: x4, title: Việc bốn, area: b, lead: td, time: 2022-04, status: cancelled, budget: 3000000, \
note: Không còn phù hợp.}
    - {id: x5, title: Việc năm, lead: td, time: 2022-Q4, status: planned}
    - {id: x6, title: Việc sáu, area: a, lead: td, time: 2022-06, status: done, done_date: 2022-08-01}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn A}
recipients: {groups: [{purpose: b/c, items: [UBND tỉnh]}], archive: [VT]}
"""


@pytest.fixture
def small(tmp_path, monkeypatch):
    root = build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "programs/ctph.yaml": SMALL_PROGRAM,
            "plans/2022/kh.yaml": SMALL_PLAN,
        },
    )
    monkeypatch.chdir(root)
    result = run([str(root)], use_cache=False)
    assert result.problems == []
    return result.repo


def cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if isinstance(result.exception, KehoachError):
        return 2, result.output + result.exception.message
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_interim_counts_by_state_area_and_lead(small):
    report = build(small, "ctph", "2022-H1", date(2022, 7, 10))
    assert not report.final and report.kind_vi == "sơ kết"
    # x5 (Q4) is outside H1; x6 was done only in August, so at the end of H1 it was in progress
    assert report.tally().as_dict() == {
        "total": 5,
        "done": 1,
        "in_progress": 2,
        "planned": 1,
        "cancelled": 1,
        "overdue": 3,
    }
    areas = {area: report.tally(items).as_dict() for area, _, items in report.by_area()}
    assert areas["a"] == {
        "total": 3,
        "done": 1,
        "in_progress": 2,
        "planned": 0,
        "cancelled": 0,
        "overdue": 2,
    }
    assert areas["b"] == {
        "total": 2,
        "done": 0,
        "in_progress": 0,
        "planned": 1,
        "cancelled": 1,
        "overdue": 1,
    }
    leads = {lead: report.tally(items).total for lead, items in report.by_lead()}
    assert leads == {"td": 4, "skhcn": 1}
    budget = report.budget()
    assert budget["planned"] == 22_000_000 and budget["spent"] == 9_000_000
    assert budget["planned_of_recorded"] == 10_000_000
    assert report.next_period.text == "2022-H2"
    assert [(i.act["id"], carried) for i, carried in report.next_items] == [
        ("x2", True),
        ("x3", True),
        ("x6", True),
        ("x5", False),
    ]
    assert [t for _, t in report.next_reviews] == ["Tháng 12/2022: Sơ kết năm"]


def test_final_report_of_a_plan(small):
    report = build(small, "kh", "2022", date(2023, 1, 5))
    assert report.final and report.kind_vi == "tổng kết"
    t = report.tally()
    assert (t.total, t.done, t.in_progress, t.planned, t.cancelled, t.overdue) == (6, 2, 1, 2, 1, 3)
    areas = [a for a, _, items in report.by_area() if items]
    assert areas == ["a", "b", "_khac"]
    o = outline(report)
    assert o["title"] == (
        "Tổng kết năm 2022 thực hiện Kế hoạch của Tỉnh Đoàn Bình Thuận về thực hiện chương "
        "trình năm 2022"
    )
    # no "next period" part in the final report of a plan
    assert [title for title, _ in o["parts"]] == [
        "Kết quả thực hiện",
        "Tồn tại, hạn chế",
        "Đề xuất, kiến nghị",
    ]


def test_markdown_numbers_match_the_data(small):
    text = to_markdown(build(small, "ctph", "2022-H1", date(2022, 7, 10)), Style())
    assert (
        "# BÁO CÁO" in text
        and "**Sơ kết 6 tháng đầu năm 2022 thực hiện Chương trình phối hợp giữa Tỉnh Đoàn Bình "
        "Thuận và Sở Khoa học và Công nghệ tỉnh Bình Thuận giai đoạn 2022 – 2023**"
        in text
    )
    assert (
        "có 5 hoạt động: 1 hoàn thành (20%), 2 đang thực hiện, 1 chưa thực hiện, 1 hủy; "
        "3 hoạt động quá hạn (tính đến hết ngày 30/6/2022)" in text
    )
    assert "| Nội dung A | 3 | 1 | 2 | 0 | 0 | 2 |" in text
    assert "| Cộng | 5 | 1 | 2 | 1 | 1 | 3 |" in text
    assert "| Tỉnh Đoàn Bình Thuận | 4 | 1 | 1 | 1 | 1 | 2 |" in text
    assert (
        "- Việc một (Tỉnh Đoàn Bình Thuận chủ trì; tháng 3/2022): hoàn thành ngày 20/3/2022. Đạt yêu cầu."
        in text
    )
    assert "hoàn thành ngày 01/8/2022, sau kỳ báo cáo" in text
    assert (
        "Tổng kinh phí dự kiến của các hoạt động trong kỳ (không tính hoạt động hủy): 22.000.000 đồng."
        in text
    )
    assert "9.000.000 đồng, so với dự kiến 10.000.000 đồng của các hoạt động đó (90%)" in text
    assert "| Cộng | 22.000.000 | 9.000.000 |" in text
    assert "## III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022" in text
    assert "- Tháng 12/2022: Sơ kết năm" in text
    assert "**Nguyễn Văn A**" in text and "**Trần Văn B**" in text
    assert "Số: …-BCLT/TĐTN-SKHCN" in text  # numbered as the program is: by the Tỉnh Đoàn


def test_examples_report_matches_hand_count(tmp_path, monkeypatch):
    root = tmp_path / "kho"
    shutil.copytree(EXAMPLES, root)
    monkeypatch.chdir(root)
    report = build(run(None).repo, PROGRAM, "2022", date(2023, 1, 15))
    # plans/2022/kh-2022-tinhdoan-bt.yaml: 3 done, 2 in progress (1 overdue), 1 planned (overdue), 1 cancelled
    assert report.tally().as_dict() == {
        "total": 7,
        "done": 3,
        "in_progress": 2,
        "planned": 1,
        "cancelled": 1,
        "overdue": 2,
    }
    assert [d.path for d in report.source_docs] == ["plans/2022/kh-2022-tinhdoan-bt.yaml"]
    assert report.budget()["planned"] == 205_000_000
    code, out = cli("report", PROGRAM, "--period", "2022", "--today", "2023-01-15", "--to", "txt")
    assert code == 0, out
    assert re.search(r"^Tổng số\s+7\s+100%$", out, re.M)
    assert "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023" in out


def test_cli_writes_output_file(small, tmp_path):
    out_file = tmp_path / "out" / "bc.md"
    code, out = cli("report", "ctph", "--period", "2022-H1", "-o", str(out_file))
    assert (
        code == 2 and "Không có thư mục" in out and not out_file.parent.exists()
    )  # never made silently
    out_file.parent.mkdir()
    code, out = cli(
        "report", "ctph", "--period", "2022-H1", "--today", "2022-07-10", "-o", str(out_file)
    )
    assert code == 0, out
    written = out_file.read_text(encoding="utf-8")
    assert "**BCH TỈNH ĐOÀN BÌNH THUẬN**" in written and "# BÁO CÁO" in written
    assert "Nơi nhận:" in written and "Quốc hiệu" not in written


def test_cli_errors(small):
    assert cli("report", "khong-co", "--period", "2022")[0] == 2
    assert cli("report", "ctph", "--period", "2022-H3")[0] == 2
    assert cli("report", "ctph", "--period", "ongoing")[0] == 2
    assert cli("report", "ctph", "--period", "2030")[0] == 2
    assert cli("report", "ctph", "--period", "2022", "--to", "pdf")[0] == 2
    assert cli("report", "ctph", "--period", "2022", "--today", "hôm qua")[0] == 2


def test_periods_and_percentages():
    assert next_period(parse_report_period("2022")).text == "2023"
    assert next_period(parse_report_period("2022-H2")).text == "2023-H1"
    assert next_period(parse_report_period("2022-Q4")).text == "2023-Q1"
    assert next_period(parse_report_period("2022-12")).text == "2023-01"
    assert next_period(parse_report_period("2022-01..2022-09")).start == date(2022, 10, 1)
    assert pct(1, 3) == "33,3%" and pct(0, 0) == "0%" and pct(2, 2) == "100%"


def test_text_output_is_plain(small):
    text = to_text(build(small, "ctph", "2022", date(2023, 1, 5)), Style())
    # no Markdown: no **bold** (the *** under a Đoàn issuer is the ornament) and no | tables
    assert not re.search(r"\*\*[^\s*]", text) and "|" not in text
    assert "BÁO CÁO" in text and "Sơ kết năm 2022" in text


def test_docx_in_the_official_layout(small, tmp_path):
    import docx

    out_file = tmp_path / "bc.docx"
    code, out = cli(
        "report",
        "ctph",
        "--period",
        "2022-H1",
        "--today",
        "2022-07-10",
        "--to",
        "docx",
        "-o",
        str(out_file),
    )
    assert code == 0, out
    document = docx.Document(str(out_file))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts and "DỰ THẢO" in texts
    assert "I. KẾT QUẢ THỰC HIỆN" in texts
    assert any(
        t.startswith(
            "Trong 6 tháng đầu năm 2022, theo 1 kế hoạch thực hiện Chương trình có 5 hoạt động"
        )
        for t in texts
    )
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    assert ["Cộng", "5", "1", "2", "1", "1", "3"] in rows  # the counts are a real table
    assert texts[[i for i, t in enumerate(texts) if t.strip()][-1]].endswith("./.")
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any("Số: …-BCLT/TĐTN-SKHCN" in c for c in cells)
    assert any("Nguyễn Văn A" in c for c in cells) and any("Trần Văn B" in c for c in cells)


def test_docx_goes_to_a_pipe_but_never_to_a_terminal(small, monkeypatch):
    code, out = cli("report", "ctph", "--period", "2022", "--to", "docx")
    assert code == 0 and out.startswith("PK")  # a pipe gets the bytes (kehoach … > bc.docx)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    with pytest.raises(KehoachError, match="Không in tệp nhị phân ra màn hình"):
        prepare(None, binary=True)


def test_dash_output_means_stdout(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLES, repo)
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(
        app,
        [
            "report",
            "ctph-2021-2025-tinhdoan-skhcn-bt",
            "--period",
            "2022",
            "--to",
            "txt",
            "-o",
            "-",
            "--today",
            "2023-01-10",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "BÁO CÁO" in result.stdout
    assert not (repo / "-").exists()


def test_activities_written_in_a_program_area_count_for_that_area(tmp_path):
    program = """\
kind: program
parties: [td, skhcn]
date: 2022-01-05
period: {from: 2022, to: 2023}
title: Chương trình thử
areas:
  - id: sang-tao
    title: Sáng tạo trẻ
    activities:
      - id: hoi-thi
        title: Hội thi sáng tạo
        lead: td
        time: 2022-Q3
        status: done
        done_date: 2022-09-10
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ}
  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC}
recipients: {archive: [VT]}
"""
    root = build_tree(
        tmp_path,
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "programs/ct.yaml": program},
    )
    from helpers import run

    repo = run([str(root)]).repo
    report = build(repo, "ct", "2022", date(2023, 1, 10))
    [(area_id, _, items)] = [row for row in report.by_area() if row[2]]
    assert area_id == "sang-tao" and [i.act["id"] for i in items] == ["hoi-thi"]


def test_percentages_round_half_up():
    # 9/16 = 56,25%: people (and Excel) write 56,3%; round() to even gave 56,2%
    assert pct(9, 16) == "56,3%" and pct(1, 8) == "12,5%" and pct(1, 2000) == "0,1%"
    assert pct(1, 40) == "2,5%" and pct(2, 3) == "66,7%"


def test_three_parties_are_named_a_b_and_c():
    from kehoach.model import Repository
    from kehoach.report.naming import full_names

    repo = Repository(EXAMPLES)
    repo.orgs = {o: {"id": o, "name": o.upper()} for o in ("a", "b", "c")}
    assert full_names(repo, ["a", "b", "c"]) == "A, B và C"
    assert full_names(repo, ["a", "b"]) == "A và B"
    assert full_names(repo, []) == ""


def test_the_cli_reads_kehoach_today_as_every_dated_command_does(monkeypatch, capsys):
    """``KEHOACH_TODAY`` without ``--today``: the report is dated that day, as due, site… are."""
    from helpers import EXAMPLES
    from kehoach.cli import main

    monkeypatch.chdir(EXAMPLES)
    monkeypatch.setenv("KEHOACH_TODAY", "2022-07-15")
    main(["report", "ctph-2021-2025-tinhdoan-skhcn-bt", "--period", "2022", "--to", "txt"])
    assert "ngày      tháng      năm 2022" in capsys.readouterr().out


def test_the_words_of_a_report(small):
    """A period written from month to month opens its sentence with "Từ", not "Trong từ"; three
    bodies read "A, B và C"; a range of years is written as everywhere else ("2022 – 2023"); an
    activity's note ends with a full stop like the sentence before it."""
    report = build(small, "ctph", "2022-02..2023-06", date(2023, 7, 10))
    flat = " ".join(to_text(report, Style()).split())
    assert "Từ tháng 2/2022 đến tháng 6/2023, theo" in flat and "Trong từ" not in flat
    whole = build(small, "ctph", "2022..2023", date(2024, 1, 10))
    flat = " ".join(to_text(whole, Style()).split())
    assert "tổng kết giai đoạn 2022 – 2023 " in flat and "2022–2023" not in flat
    x4 = next(i for i in whole.items if i.act["id"] == "x4")
    x4.act["note"] = "Không còn phù hợp\nGộp vào việc một"
    flat = " ".join(to_text(whole, Style()).split())
    assert "Không còn phù hợp. Gộp vào việc một." in flat
    small.orgs["hoi"] = {"id": "hoi", "name": "Hội Liên hiệp Phụ nữ tỉnh"}
    report.target.data["parties"] = ["td", "skhcn", "hoi"]
    names = [small.org_name(o, short=False) for o in ("td", "skhcn")]
    intro = outline(report)["intro"]
    assert f"{names[0]}, {names[1]} và Hội Liên hiệp Phụ nữ tỉnh báo cáo" in intro, intro
