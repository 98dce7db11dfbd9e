"""Activities led by two bodies together (``co_leads``: "Tỉnh Đoàn, Sở KH&CN" in the Chủ trì
column, common in joint plans): printed after the lead, each co-lead leads it in ``who``, ``due
--party`` finds it for each, a report names both; unknown ids and a co-lead also supporting are
warned of. Before, the format had one lead, and import put the second one among the supporters."""

from __future__ import annotations

import json

import openpyxl
from test_program_activity_link import _repo, cli

CO = "      co_leads: [skhcn]\n"


def _co(tmp_path, monkeypatch, co: str = CO):
    root = _repo(tmp_path, monkeypatch, link="")
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8").replace("      lead: td\n", "      lead: td\n" + co, 1)
    plan.write_text(text, encoding="utf-8")
    return root


def test_a_co_lead_is_printed_and_leads_in_who_and_due(tmp_path, monkeypatch):
    _co(tmp_path, monkeypatch)
    code, output = cli("validate")
    assert code == 0, output
    code, text = cli("render", "plans/kh-2025.yaml", "--to", "txt", "-o", "-")
    assert code == 0, text
    flat = " ".join(text.split())
    assert "Tỉnh Đoàn, Sở KH&CN" in flat, flat
    code, output = cli("who", "--party", "skhcn", "-f", "json")
    leads = json.loads(output)["parties"][0]["leads"]
    assert [e["title"] for e in leads if e["document"] == "kh-2025"] == [
        "Cuộc thi tìm hiểu khoa học năm 2025"
    ]
    code, output = cli("due", "--all", "--party", "skhcn", "--today", "2025-04-01", "-f", "json")
    items = [i for i in json.loads(output)["items"] if i["document"] == "kh-2025"]
    assert [(i["lead"], i["co_leads"], i["lead_name"]) for i in items] == [
        ("td", ["skhcn"], "Tỉnh Đoàn, Sở KH&CN")
    ]


def test_a_report_names_both_leads(tmp_path, monkeypatch):
    _co(tmp_path, monkeypatch)
    code, output = cli(
        "report", "kh-2025", "--period", "2025", "--to", "txt", "--today", "2026-01-10", "-o", "-"
    )
    assert code == 0, output
    flat = " ".join(output.split())
    assert "(Tỉnh Đoàn Bình Thuận và Sở Khoa học và Công nghệ tỉnh Bình Thuận chủ trì;" in flat


def test_unknown_and_doubled_co_leads_are_warned_of(tmp_path, monkeypatch):
    _co(tmp_path, monkeypatch, "      co_leads: [khong-co]\n")
    code, output = cli("validate")
    assert code == 1 and 'KH401  Không có tổ chức "khong-co"' in output, output
    _co(tmp_path, monkeypatch, "      co_leads: [td]\n      support: [skhcn]\n")
    code, output = cli("validate")
    assert 'KH425  Đơn vị chủ trì "td"' in output and "co_leads" in output, output
    _co(tmp_path, monkeypatch, "      co_leads: [skhcn]\n      support: [skhcn]\n")
    code, output = cli("validate")
    assert 'KH425  Đơn vị đồng chủ trì "skhcn"' in output, output


def test_a_co_lead_has_the_activity_in_its_sheet_site_page_and_next_plan(tmp_path, monkeypatch):
    """``export --party``, the site's unit page (its agenda and its .ics), ``new plan`` carrying the
    activity over: a co-lead is a party of the activity there too (review: each ignored it)."""
    root = _co(tmp_path, monkeypatch)
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace(
            "      status: done\n      done_date: 2025-06-20\n", "      status: in_progress\n"
        ),
        encoding="utf-8",
    )
    code, output = cli("export", "--party", "skhcn", "-o", "t.xlsx")
    assert code == 0, output
    sheet = openpyxl.load_workbook(root / "t.xlsx")["Hoạt động"]
    titles = [c.value for row in sheet.iter_rows(min_row=2) for c in row[2:3]]
    assert "Cuộc thi tìm hiểu khoa học năm 2025" in titles, titles
    code, output = cli("site", "-o", "site", "--today", "2025-06-15")
    assert code == 0, output
    page = (root / "site/don-vi/skhcn.html").read_text(encoding="utf-8")
    assert "Cuộc thi tìm hiểu khoa học năm 2025" in page
    assert "Cuộc thi tìm hiểu khoa học năm 2025" in (root / "site/don-vi/skhcn.ics").read_text(
        encoding="utf-8"
    ).replace("\r\n ", "")
    code, output = cli("new", "plan", "-p", "ctph", "-y", "2026", "--issuer", "td")
    assert code == 0, output
    draft = next(root.glob("plans/2026/*.yaml")).read_text(encoding="utf-8")
    assert "co_leads: [skhcn]" in draft


def test_a_link_naming_both_a_plan_and_a_program_is_warned_of(tmp_path, monkeypatch):
    _repo(
        tmp_path,
        monkeypatch,
        link="      carried_from: {plan: kh-2025, program: ctph, activity: cuoc-thi}",
    )
    code, output = cli("validate")
    assert "KH426  Ghi cả `plan` và `program`" in output, output


def test_diff_names_the_co_leads_of_an_activity_added():
    from kehoach.diff.activities import _details

    act = {"lead": "td", "co_leads": ["skhcn"], "support": ["hoi"], "time": "2025-Q2"}
    names = {"td": "Tỉnh Đoàn", "skhcn": "Sở KH&CN", "hoi": "Hội"}.get
    assert _details(act, names).startswith(" (chủ trì Tỉnh Đoàn, Sở KH&CN, phối hợp Hội,")


def test_the_report_counts_a_co_led_activity_for_each_lead(tmp_path, monkeypatch):
    """Section 3, "Kết quả theo đơn vị chủ trì": the co-lead's row counts the activity too, and a
    note says why the rows add up to more than Cộng. Before, only the lead's row had it."""
    _co(tmp_path, monkeypatch)
    code, output = cli(
        "report", "kh-2025", "--period", "2025", "--to", "md", "--today", "2026-01-10", "-o", "-"
    )
    assert code == 0, output
    section = output[output.index("3. Kết quả theo đơn vị chủ trì") : output.index("4. Kinh phí")]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    counts = {row.split("|")[1].strip(): row.split("|")[2].strip() for row in rows[2:]}
    assert counts == {
        "Tỉnh Đoàn Bình Thuận": "1",
        "Sở Khoa học và Công nghệ tỉnh Bình Thuận": "1",
        "Cộng": "1",
    }, rows
    flat = " ".join(section.split())
    assert "hoạt động có đơn vị đồng chủ trì (1 hoạt động) được tính cho mỗi đơn vị chủ trì" in flat
    # without co-leads, no note
    _co(tmp_path, monkeypatch, "")
    code, output = cli(
        "report", "kh-2025", "--period", "2025", "--to", "md", "--today", "2026-01-10", "-o", "-"
    )
    assert code == 0 and "đồng chủ trì" not in output, output


def test_the_report_asks_every_lead_of_an_overdue_activity_to_finish_it(tmp_path, monkeypatch):
    """ "Đề nghị …": the co-lead of an overdue activity is asked too, as the table counts it."""
    root = _co(tmp_path, monkeypatch)
    plan = root / "plans/kh-2025.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("      status: done\n      done_date: 2025-06-20\n", ""), encoding="utf-8"
    )
    code, output = cli(
        "report", "kh-2025", "--period", "2025", "--to", "md", "--today", "2026-01-10", "-o", "-"
    )
    assert code == 0, output
    flat = " ".join(output.split())
    assert (
        "Đề nghị Tỉnh Đoàn Bình Thuận, Sở Khoa học và Công nghệ tỉnh Bình Thuận tập trung hoàn "
        "thành 1 hoạt động quá hạn" in flat
    ), flat
