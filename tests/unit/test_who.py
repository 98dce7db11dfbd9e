"""``kehoach who``: responsibilities by party, in the core and through the CLI."""

import json

import pytest
from typer.testing import CliRunner

from agenda_data import agenda_repo
from helpers import EXAMPLES, run
from kehoach.cli.app import app
from kehoach.who.run import responsibilities


@pytest.fixture
def root(tmp_path):
    return agenda_repo(tmp_path)


def by_org(root, party=None):
    result = run([str(root)])
    return {p.org: p for p in responsibilities(result.repo, result.repo.documents, party)}


def test_leads_supports_duties_reviews(root):
    got = by_org(root)
    assert list(got) == ["td", "skhcn"]  # orgs.yaml order
    skhcn, td = got["skhcn"], got["td"]
    assert [e.title for e in skhcn.leads] == ["Chuyển giao mô hình", "Tập huấn không mã"]
    assert (
        skhcn.leads[0].status == "đang thực hiện" and skhcn.leads[0].time == "6 tháng cuối năm 2022"
    )
    assert skhcn.leads[0].others == ["td"]
    assert [e.title for e in skhcn.supports] == ['Hội thi sáng tạo, "Ý tưởng; trẻ"']
    assert skhcn.supports[0].others == ["td"]
    # Implementation section with org (plan) and the program's duties.
    assert [(e.doc_id, e.title) for e in skhcn.duties] == [
        ("kh-2022", "Sở Khoa học và Công nghệ"),
        ("ctph", "Trách nhiệm của Sở Khoa học và Công nghệ tỉnh Bình Thuận"),
    ]
    assert skhcn.duties[1].text == ["Phối hợp triển khai các nội dung của Chương trình."]
    # reviews are led by the first party by default; the other party joins them
    # the annual plan: drafted with the chair ("phối hợp"), not attended ("tham dự")
    assert [(e.doc_id, e.kind, e.role) for e in skhcn.reviews] == [
        ("ctph", "Sơ kết", "member"),
        ("ctph", "Kế hoạch năm", "support"),
        ("ctph", "Tổng kết", "member"),
    ]
    assert skhcn.reviews[0].others == ["td"]
    assert [(e.doc_id, e.kind, e.time, e.role) for e in td.reviews] == [
        ("kh-2022", "Họp", "hằng quý: 29/3/2022, 28/6/2022, 29/9/2022, 29/12/2022", "lead"),
        ("ctph", "Sơ kết", "hằng năm: 30/12/2022, 29/12/2023, 31/12/2024, 31/12/2025", "lead"),
        (
            "ctph",
            "Kế hoạch năm",
            "hằng năm: 31/12/2021, 30/12/2022, 29/12/2023, 31/12/2024",
            "lead",
        ),
        ("ctph", "Tổng kết", "cuối thời hạn: 31/12/2025", "lead"),
    ]
    assert all(e.line > 0 for p in got.values() for _, _, entries in p.groups() for e in entries)


def test_single_party(root):
    got = by_org(root, "skhcn")
    assert list(got) == ["skhcn"]


def test_cli_json_and_md(root):
    res = CliRunner().invoke(app, ["who", str(root), "--party", "skhcn", "-f", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    party = doc["parties"][0]
    assert party["org"] == "skhcn" and set(party) == {
        "org",
        "name",
        "leads",
        "supports",
        "duties",
        "reviews",
        "focal",
    }
    assert party["leads"][0]["source"].endswith("kh-2022.yaml:" + str(party["leads"][0]["line"]))
    md = CliRunner().invoke(app, ["who", str(root), "-f", "md"]).stdout
    assert md.startswith("# Trách nhiệm các bên\n")
    assert "## Sở Khoa học và Công nghệ tỉnh Bình Thuận (`skhcn`)" in md
    assert "### Chủ trì (2)" in md and "\\|" not in md


def test_cli_table_and_file(root, tmp_path):
    res = CliRunner().invoke(app, ["who", str(root)])
    assert res.exit_code == 0
    assert "Tỉnh Đoàn Bình Thuận (td)" in res.stdout and "Họp, sơ kết, tổng kết (4)" in res.stdout
    out = tmp_path / "who.md"
    res = CliRunner().invoke(app, ["who", str(root), "-f", "md", "-o", str(out)])
    assert res.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Trách nhiệm")


def test_unknown_party_exits_2_with_a_suggestion(root, monkeypatch):
    from kehoach.cli import main

    errors = []
    monkeypatch.setattr(
        "kehoach.cli.app.report_error", lambda msg, hint=None: errors.append((msg, hint))
    )
    assert main(["who", str(root), "--party", "skhc"]) == 2
    assert "skhc" in errors[0][0] and "skhcn" in errors[0][1]
    assert main(["who", str(root), "--format", "xml"]) == 2


def test_examples_skhcn_bt():
    result = run([str(EXAMPLES)])
    (party,) = responsibilities(result.repo, result.repo.documents, "skhcn-bt")
    assert len(party.leads) == 5 and len(party.supports) == 8
    assert {e.doc_id for e in party.duties} == {
        "kh-2022-tinhdoan-bt",
        "khlt-sang-tao-tre-2023-bt",
        "ctph-2021-2025-tinhdoan-skhcn-bt",
    }


def test_duties_split_by_department_are_listed(tmp_path):
    from helpers import ORGS, PLAN, build_tree, run
    from kehoach.who.run import responsibilities

    plan = (
        PLAN
        + """implementation:
  sections:
    - title: Cấp tỉnh
      org: td
      sections:
        - title: "Ban Phong trào:"
          items: [Chủ trì tổ chức Hội thi.]
"""
    )
    root = build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": plan}
    )
    repo = run([str(root)]).repo
    [td] = [p for p in responsibilities(repo, repo.documents, "td")]
    texts = [t for _, _, entries in td.groups() for e in entries for t in e.text]
    assert "Ban Phong trào: Chủ trì tổ chức Hội thi." in texts


def test_review_days_are_the_days_due_lists(root):
    """who and due read one schedule: every meeting and review is on the same day in both."""
    from kehoach.due.items import collect
    from kehoach.model.schedule import work_calendar

    result = run([str(root)])
    repo = result.repo
    due_days: dict = {}
    for item in collect(repo, repo.documents, work_calendar(repo.settings)):
        if item.kind != "activity":
            due_days.setdefault((item.doc_id, item.json_path), []).append(item.date)
    seen = 0
    for party in responsibilities(repo, repo.documents):
        for e in party.reviews:
            assert e.dates == sorted(due_days[(e.doc_id, e.json_path)]), e
            seen += 1
    assert seen >= 7


def test_focal_points_and_codes_in_json():
    res = CliRunner().invoke(app, ["who", str(EXAMPLES), "-f", "json"])
    assert res.exit_code == 0, res.output
    parties = {p["org"]: p for p in json.loads(res.stdout)["parties"]}
    focal = parties["tinhdoan-bt"]["focal"]
    assert focal and focal[0]["document"] == "ctph-2021-2025-tinhdoan-skhcn-bt"
    assert "Ban Phong trào" in focal[0]["title"] and "Nguyễn Ngọc Thiện" in focal[0]["title"]
    skhcn = parties["skhcn-bt"]
    lead = skhcn["leads"][0]
    assert lead["status"] in ("planned", "in_progress", "done", "cancelled")
    assert lead["status_vi"] and lead["time_vi"] and lead["role"] == "lead"
    review = next(r for r in skhcn["reviews"] if r["role"] == "member")
    assert review["kind"] in ("meeting", "interim", "final", "plan") and review["kind_vi"]
    assert review["others"] == ["tinhdoan-bt"] and review["others_names"] == ["Tỉnh Đoàn"]
    assert review["dates"] and all(len(d) == 10 for d in review["dates"])


def test_table_never_wraps_a_source_path(root):
    res = CliRunner().invoke(app, ["who", str(root)], env={"COLUMNS": "90"})
    assert res.exit_code == 0
    sources = {
        e.source for p in by_org(root).values() for _, _, entries in p.groups() for e in entries
    }
    for source in sources:
        shown = source.split("/")[-1]
        assert shown in res.stdout, shown


def test_json_time_is_the_code_as_text():
    """A year written bare (``time: 2021``) is read as a number; the JSON gives its code as text,
    as it gives every other time."""
    res = CliRunner().invoke(app, ["who", str(EXAMPLES), "-f", "json"])
    assert res.exit_code == 0, res.output
    entries = [
        e
        for p in json.loads(res.stdout)["parties"]
        for group in ("leads", "supports", "duties", "focal", "reviews")
        for e in p.get(group) or []
    ]
    times = [e["time"] for e in entries if e["time"] is not None]
    assert "2021" in times  # plans/2021/kh-khcn-2021-tinhdoan-dt.yaml writes it bare
    assert all(isinstance(t, str) for t in times)


def test_a_co_led_activity_says_who_leads_with_it_and_who_supports(tmp_path, cli, monkeypatch):
    """The Tỉnh Đoàn's line of an activity it leads with the Sở, the Liên hiệp Hội supporting:
    "cùng chủ trì: Sở KH&CN; phối hợp: Liên hiệp Hội" — before, "cùng: Sở KH&CN, Liên hiệp
    Hội", the co-lead and the supporter alike."""
    root = agenda_repo(tmp_path)
    plan = root / "plans/2022/kh-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("      support: [skhcn]\n      time: 2022-Q2\n",
                     "      co_leads: [skhcn]\n      support: [lhh]\n      time: 2022-Q2\n", 1),
        encoding="utf-8",
    )  # fmt: skip
    monkeypatch.chdir(root)
    out = cli("who", "--party", "td", "-f", "md")
    assert out.exit_code == 0, out.output
    line = next(ln for ln in out.stdout.splitlines() if "Ý tưởng; trẻ" in ln)
    assert "cùng chủ trì: Sở KH&CN; phối hợp:" in line, line


def test_an_activity_led_names_its_supporters_as_phoi_hop(tmp_path, cli, monkeypatch):
    """The lead's line of an activity without co-leads names the supporting units "phối hợp: …",
    as the line of a co-led one does — before, "cùng: Sở KH&CN", a word the reader had to guess
    (a meeting chaired keeps "cùng": the others attend it)."""
    root = agenda_repo(tmp_path)
    monkeypatch.chdir(root)
    out = cli("who", "--party", "td", "-f", "md")
    assert out.exit_code == 0, out.output
    line = next(ln for ln in out.stdout.splitlines() if "Ý tưởng; trẻ" in ln)
    assert "phối hợp: Sở KH&CN" in line and "cùng:" not in line, line
