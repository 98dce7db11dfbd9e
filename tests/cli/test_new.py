"""``kehoach new plan|program``: drafts valid as written, seeded from the program and the previous
year's plan, never overwriting."""

from __future__ import annotations

import json
import shutil

import yaml
from typer.testing import CliRunner

from helpers import EXAMPLES, ORGS, build_tree, run
from kehoach.cli.app import app
from kehoach.errors import KehoachError

runner = CliRunner()
PROGRAM_ID = "ctph-2021-2025-tinhdoan-skhcn-bt"


def cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if isinstance(result.exception, KehoachError):
        return 2, result.output + result.exception.message
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _examples(tmp_path, monkeypatch):
    root = tmp_path / "kho"
    shutil.copytree(EXAMPLES, root)
    monkeypatch.chdir(root)
    return root


def errors(root):
    """Errors only: drafts may carry "to fill" warnings for their TODO placeholders."""
    return [p for p in run([str(root)], use_cache=False).problems if p.level == "error"]


def _load(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def test_new_plan_from_program_and_previous_year(tmp_path, monkeypatch):
    root = _examples(tmp_path, monkeypatch)
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    path = root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml"
    text = path.read_text(encoding="utf-8")
    assert "TODO" in text and text.startswith("# yaml-language-server: $schema=")
    assert errors(root) == []
    data = _load(path)
    assert data["year"] == "2023" and data["issuers"] == ["tinhdoan-bt"]
    assert data["bases"][0] == {"ref": PROGRAM_ID}
    # a căn cứ copied from the 2022 plan names its document as it is, with a TODO to check it
    assert "năm 2022" in data["bases"][1]["text"]
    assert "kiểm tra căn cứ còn hiệu lực / thay bằng văn bản năm 2023" in text
    # "năm 2022" is left only there and where the draft says what it carries over from 2022
    head, bases = text.split("kind: plan")[1].split("\nbases:\n")
    body = head + bases.split("thêm căn cứ khác")[1]
    assert all("chưa hoàn thành" in line for line in body.splitlines() if "năm 2022" in line)
    assert data["signers"][0]["name"] == "Thái Thành Bi"
    assert data["recipients"]["archive"] == ["VP", "BPT"]
    # one activity per area (2022's unfinished ones carried over come beside them)
    acts = [a for a in data["contents"]["activities"] if a["id"] == a["area"]]
    assert [a["area"] for a in acts] == [
        "tuyen-truyen",
        "tiep-can-khcn",
        "khoi-nghiep",
        "tai-nang-tre",
        "chinh-sach",
    ]
    assert all(
        a["status"] == "planned" and a["lead"] == "tinhdoan-bt" and a["time"] == "2023"
        for a in acts
    )
    assert all(a["support"] == ["skhcn-bt"] for a in acts)
    assert data["reviews"]["items"] == [
        "Tháng 12/2023: Sơ kết hằng năm",
        "Tháng 12/2023: Thống nhất kế hoạch thực hiện năm tiếp theo (năm 2024)",
    ]


def test_new_plan_never_overwrites(tmp_path, monkeypatch):
    root = _examples(tmp_path, monkeypatch)
    target = root / "mine.yaml"
    target.write_text("giữ nguyên\n", encoding="utf-8")
    code, output = cli("new", "plan", "-p", PROGRAM_ID, "-y", "2024", "-o", str(target))
    assert code == 2 and "không ghi đè" in output
    assert target.read_text(encoding="utf-8") == "giữ nguyên\n"


def test_new_plan_errors(tmp_path, monkeypatch):
    _examples(tmp_path, monkeypatch)
    code, output = cli("new", "plan", "-p", "khong-co", "-y", "2023")
    assert code == 2 and "không có trong kho" in output
    code, output = cli("new", "plan", "-p", "kh-2022-tinhdoan-bt", "-y", "2023")
    assert code == 2 and "không phải chương trình" in output
    code, output = cli("new", "plan", "-p", PROGRAM_ID, "-y", "2030")
    assert code == 2 and "ngoài thời hạn" in output
    code, output = cli("new", "plan", "-p", PROGRAM_ID, "-y", "2023", "--issuer", "khong-co")
    assert code == 2 and "orgs.yaml" in output


def test_new_plan_issuer_option_and_first_year(tmp_path, monkeypatch):
    root = _examples(tmp_path, monkeypatch)
    code, output = cli(
        "new",
        "plan",
        "-p",
        PROGRAM_ID,
        "-y",
        "2022",
        "--issuer",
        "skhcn-bt",
        "-o",
        "plans/2022/skhcn.yaml",
    )
    assert code == 0, output
    data = _load(root / "plans/2022/skhcn.yaml")
    assert data["issuers"] == ["skhcn-bt"]
    # no earlier plan of this issuer: the signer comes from the program's signer for that party
    assert (
        data["signers"][0]["authority"] == "KT."
        and data["signers"][0]["name"] == "Nguyễn Hoài Trung"
    )
    assert all(a["support"] == ["tinhdoan-bt"] for a in data["contents"]["activities"])
    assert errors(root) == []


def test_new_program_then_plans_in_a_fresh_repository(tmp_path, monkeypatch):
    root = build_tree(tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS})
    monkeypatch.chdir(root)
    code, output = cli("new", "program", "--parties", "td,skhcn", "--from", "2026", "--to", "2030")
    assert code == 0, output
    program = root / "programs/ctph-2026-2030-td-skhcn.yaml"
    data = _load(program)
    assert data["parties"] == ["td", "skhcn"] and data["period"] == {"from": "2026", "to": "2030"}
    assert errors(root) == []
    code, output = cli("new", "plan", "-p", "ctph-2026-2030-td-skhcn", "-y", "2026")
    assert code == 0, output
    code, output = cli("new", "plan", "-p", "ctph-2026-2030-td-skhcn", "-y", "2027")
    assert code == 0, output
    assert errors(root) == []
    plan = _load(root / "plans/2027/kh-2027-ctph-2026-2030-td-skhcn.yaml")
    acts = plan["contents"]["activities"]
    # 2026's activities (none done) are the areas' placeholders kept as they were: carried over
    # under their own ids, and no second activity of the same title proposed for those areas
    assert [a["id"] for a in acts] == ["noi-dung-1", "noi-dung-2"]
    assert [a["area"] for a in acts] == ["noi-dung-1", "noi-dung-2"]
    assert [a["carried_from"]["activity"] for a in acts] == ["noi-dung-1", "noi-dung-2"]
    assert plan["reviews"]["items"][0] == "Tháng 12/2027: Sơ kết hằng năm"
    # a second program with the same id is refused
    code, output = cli("new", "program", "--parties", "td,skhcn", "--from", "2026", "--to", "2030")
    assert code == 2


def test_a_new_program_asks_for_the_plan_of_its_first_year_too(tmp_path, monkeypatch):
    """Signed at the start of its first year, a program's plan for that year is due soon after (not
    the December before, as the next years' plans): without that plan, ``due`` reminds of it and
    ``validate`` warns (KH419) — before, the first year was not asked for at all."""
    root = build_tree(tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS})
    monkeypatch.chdir(root)
    assert cli("new", "program", "--parties", "td,skhcn", "--from", "2026", "--to", "2028")[0] == 0
    code, output = cli("due", "--kind", "plan", "--all", "--today", "2026-03-15", "-f", "json")
    assert code == 0, output
    items = json.loads(output)["items"]
    assert [(i["date"], i["overdue"]) for i in items][:1] == [("2026-02-27", True)]
    assert "năm 2026" in items[0]["title"]
    assert cli("new", "plan", "-p", "ctph-2026-2028-td-skhcn", "-y", "2027")[0] == 0
    code, output = cli("validate")
    assert "KH419" in output and "thiếu kế hoạch thực hiện năm 2026" in output, output


def test_new_program_errors(tmp_path, monkeypatch):
    root = build_tree(tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS})
    monkeypatch.chdir(root)
    assert cli("new", "program", "--parties", "td")[0] == 2
    assert cli("new", "program", "--parties", "td,nope")[0] == 2
    assert cli("new", "program", "--from", "2030", "--to", "2026")[0] == 2
    code, output = cli("new", "program", "--from", "2026", "--to", "2026", "--id", "ctph-mot-nam")
    assert code == 0, output
    assert errors(root) == []


def test_copied_schedule_moves_to_the_new_year(tmp_path, monkeypatch):
    """A fixed review time of the previous year's plan moves with the year (2023-12 → 2024-12),
    so the draft validates as written."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLES, repo)
    monkeypatch.chdir(repo)
    out = repo / "plans" / "2024" / "draft.yaml"
    result = CliRunner().invoke(
        app,
        [
            "new",
            "plan",
            "--program",
            "ctph-2021-2025-tinhdoan-skhcn-bt",
            "--year",
            "2024",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "time: 2024-12" in text and "năm 2024" in text
    errors = [p for p in run([str(out)]).problems if p.level == "error"]
    assert errors == []


def test_drafts_point_at_the_repository_schemas(tmp_path, monkeypatch):
    """In a repository made by init, a draft's schema line is relative (works in every clone)."""
    from kehoach.init.run import scaffold

    root = tmp_path / "kho"
    scaffold(root, git=False)
    monkeypatch.chdir(root)
    orgs = [
        o["id"] for o in yaml.safe_load((root / "orgs.yaml").read_text(encoding="utf-8"))["orgs"]
    ]
    result = CliRunner().invoke(
        app,
        [
            "new",
            "program",
            "--parties",
            ",".join(orgs[:2]),
            "--from",
            "2025",
            "--to",
            "2026",
            "--id",
            "ct",
        ],
    )
    assert result.exit_code == 0, result.output
    first = (root / "programs" / "ct.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/program.schema.json"


def test_next_years_draft_keeps_last_years_groups_and_layout(tmp_path, monkeypatch):
    """Last year's plan, typed as a list with its lines and its activities in groups: the draft
    is one too — each area's activity in the group its activities were in, each carried activity
    in its own, a group's activities together (no KH427) though the program's area order mixes
    them."""
    root = _examples(tmp_path, monkeypatch)
    last = root / "plans/2022/kh-2022-tinhdoan-bt.yaml"
    text = last.read_text(encoding="utf-8").replace(
        "layout: table", "layout: detailed_list\n  print_total: false"
    )
    # departments of a carried activity's lead and supporting body go on with it
    lead = "      lead: skhcn-bt\n      support: [tinhdoan-bt]\n      time: 2022-H2\n"
    assert text.count(lead) == 1
    text = text.replace(
        lead,
        "      lead: skhcn-bt\n      lead_unit: Phòng Quản lý công nghệ\n"
        "      lead_unit_alone: true\n      support: [tinhdoan-bt]\n"
        "      support_units: {tinhdoan-bt: Ban Phong trào}\n      time: 2022-H2\n",
    )
    first, second = "Tuyên truyền, khởi nghiệp", "Hỗ trợ thanh niên"
    groups = {"tuyen-truyen": "Tuyên truyền,  khởi nghiệp", "khoi-nghiep": first}
    for area in ("tuyen-truyen", "khoi-nghiep", "tiep-can-khcn", "chinh-sach", "tai-nang-tre"):
        group = groups.get(area, second)
        text = text.replace(f"      area: {area}\n", f"      area: {area}\n      group: {group}\n")
    last.write_text(text, encoding="utf-8")
    assert not [p for p in run([str(root)], use_cache=False).problems if p.code == "KH427"]

    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    data = _load(root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml")
    assert data["contents"]["layout"] == "detailed_list"
    assert data["contents"]["print_total"] == "false"  # BaseLoader: strings
    acts = data["contents"]["activities"]
    (moved,) = [a for a in acts if a["id"] == "chuyen-giao-mo-hinh"]
    assert moved["lead_unit"] == "Phòng Quản lý công nghệ"
    assert moved["lead_unit_alone"] == "true"  # printed as last year's plan printed it
    assert moved["support_units"] == {"tinhdoan-bt": "Ban Phong trào"}
    # the program's areas in last year's groups, the carried activities in theirs; the program's
    # area order (tuyen-truyen, tiep-can-khcn, khoi-nghiep, tai-nang-tre, chinh-sach) within the
    # groups, the groups in last year's order
    assert [(a["id"], a.get("group")) for a in acts] == [
        ("tuyen-truyen", first),
        ("tuyen-truyen-khcn", first),
        ("khoi-nghiep", first),
        ("tiep-can-khcn", second),
        ("chuyen-giao-mo-hinh", second),
        ("tai-nang-tre", second),
        ("tuyen-duong-tai-nang-tre", second),
        ("chinh-sach", second),
    ]
    problems = run([str(root)], use_cache=False).problems
    assert errors(root) == [] and not [p for p in problems if p.code == "KH427"]


def test_a_draft_without_groups_last_year_has_none(tmp_path, monkeypatch):
    root = _examples(tmp_path, monkeypatch)
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    text = (root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml").read_text(encoding="utf-8")
    assert "group:" not in text and "layout: table" in text


def test_a_plan_of_one_issuer_after_a_joint_plan_keeps_only_its_own_signers(tmp_path, monkeypatch):
    """Last year's plan was joint (Tỉnh Đoàn and Sở KH&CN): this year's, of Tỉnh Đoàn alone, is
    signed by Tỉnh Đoàn only and keeps no archive copy of the Sở ('VT Sở KH&CN') — before, both
    signers were copied and the draft failed KH408 (``issue`` then refused it)."""
    root = _examples(tmp_path, monkeypatch)
    out = root / "plans/2024/mot-minh.yaml"
    code, output = cli(
        "new", "plan", "-p", "ctph-2021-2025-tinhdoan-skhcn-bt", "-y", "2024",
        "--issuer", "tinhdoan-bt", "-o", str(out),
    )  # fmt: skip
    assert code == 0, output
    data = _load(out)
    assert [s["org"] for s in data["signers"]] == ["tinhdoan-bt"]
    assert "VT Sở KH&CN" not in data["recipients"]["archive"]
    assert data["recipients"]["archive"][:2] == ["VP Tỉnh Đoàn", "BPT"]
    assert [p for p in errors(root) if str(out.name) in p.path] == []


def _with_ban_tin(tmp_path, monkeypatch):
    """The examples, the program listing a quarterly bản tin (no ``time``: its whole period)."""
    root = _examples(tmp_path, monkeypatch)
    prog = root / "programs" / f"{PROGRAM_ID}.yaml"
    text = prog.read_text(encoding="utf-8")
    prog.write_text(
        text.replace(
            "  - id: tuyen-truyen\n",
            "  - id: tuyen-truyen\n    activities:\n      - id: ban-tin\n"
            "        title: Phát hành bản tin khoa học cho thanh niên\n"
            "        lead: tinhdoan-bt\n        every: quarter\n",
            1,
        ),
        encoding="utf-8",
    )
    return root


def _plan_2022_with(root, activities: str) -> None:
    """The 2022 plan of the examples with ``activities`` (YAML, 4 spaces in) first in its list."""
    plan = root / "plans/2022/kh-2022-tinhdoan-bt.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("  activities:\n", "  activities:\n" + activities, 1), encoding="utf-8"
    )


def _ban_tin(year: int, status: str, carried_from: str) -> str:
    """The program's quarterly bản tin as a plan of ``year`` carries it (YAML, 4 spaces in):
    ``status`` its status lines, ``carried_from`` the flow mapping it continues."""
    return (
        "    - id: ban-tin\n"
        "      title: Phát hành bản tin khoa học cho thanh niên\n"
        f"      area: tuyen-truyen\n      lead: tinhdoan-bt\n      time: {year}\n"
        f"      every: quarter\n{status}      carried_from: {carried_from}\n"
    )


def test_recurring_activities_recur_in_the_new_plan(tmp_path, monkeypatch):
    """``every`` goes with the activities a draft copies: the program's recurring activity (no
    ``time``: over its whole period) is carried out again in 2023, quarterly; last year's own
    recurring activity, done in 2022, is repeated (a new activity, no ``carried_from``); one not
    done is carried over, still quarterly."""
    root = _with_ban_tin(tmp_path, monkeypatch)
    _plan_2022_with(
        root,
        "    - id: giao-ban\n      title: Giao ban công tác phối hợp\n"
        "      area: tuyen-truyen\n      lead: tinhdoan-bt\n      every: quarter\n"
        "      status: done\n      done_date: 2022-12-20\n"
        "    - id: bao-cao\n      title: Báo cáo tiến độ hằng tháng\n      area: tuyen-truyen\n"
        "      lead: tinhdoan-bt\n      time: 2022\n      every: month\n",
    )
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    path = root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml"
    acts = {a["title"]: a for a in _load(path)["contents"]["activities"]}
    ban_tin = acts["Phát hành bản tin khoa học cho thanh niên"]
    assert (ban_tin["time"], ban_tin["every"]) == ("2023", "quarter")
    assert ban_tin["carried_from"] == {"program": PROGRAM_ID, "activity": "ban-tin"}
    giao_ban = acts["Giao ban công tác phối hợp"]
    assert (giao_ban["time"], giao_ban["every"], giao_ban["status"]) == (
        "2023",
        "quarter",
        "planned",
    )
    assert "carried_from" not in giao_ban
    bao_cao = acts["Báo cáo tiến độ hằng tháng"]
    assert bao_cao["every"] == "month" and bao_cao["carried_from"]["plan"] == "kh-2022-tinhdoan-bt"
    text = path.read_text(encoding="utf-8")
    assert "Hoạt động định kỳ của plans/2022/kh-2022-tinhdoan-bt.yaml (năm 2022)" in text
    assert errors(root) == []


def test_a_program_s_recurring_activity_done_last_year_is_carried_out_once(tmp_path, monkeypatch):
    """Last year's plan carried out the program's quarterly bản tin and marked it done: this
    year's draft carries out the program's activity again, once (before: also a repeat of last
    year's copy, 'ban-tin-chuyen-tiep', listed twice by ``due``)."""
    root = _with_ban_tin(tmp_path, monkeypatch)
    _plan_2022_with(
        root,
        _ban_tin(2022, "      status: done\n      done_date: 2022-12-20\n",
                 f"{{program: {PROGRAM_ID}, activity: ban-tin}}"),
    )  # fmt: skip
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    path = root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml"
    acts = _load(path)["contents"]["activities"]
    copies = [a for a in acts if a["title"] == "Phát hành bản tin khoa học cho thanh niên"]
    assert len(copies) == 1, copies
    assert copies[0]["carried_from"] == {"program": PROGRAM_ID, "activity": "ban-tin"}
    assert errors(root) == []


def test_the_draft_is_dated_as_kehoach_today_says(tmp_path, monkeypatch):
    """The header comment names the day the draft was made: ``$KEHOACH_TODAY`` when set, as
    every command counts from it (before: the machine's date, whatever it said)."""
    root = _examples(tmp_path, monkeypatch)
    monkeypatch.setenv("KEHOACH_TODAY", "2022-12-01")
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    text = (root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml").read_text(encoding="utf-8")
    assert "Tạo bằng `kehoach new plan` ngày 2022-12-01." in text


def test_a_recurring_activity_finished_after_its_year_is_not_the_next_years(tmp_path, monkeypatch):
    """Last year's plan carried out the program's quarterly bản tin and marked it done in January
    2023, after its year ended: that was 2022's edition, finished late. The 2023 draft carries out
    the program's activity afresh, planned — before, it continued last year's copy with its
    ``status: done`` and ``done_date``, so the 2023 edition was counted done and never reminded
    of."""
    root = _with_ban_tin(tmp_path, monkeypatch)
    _plan_2022_with(
        root,
        _ban_tin(2022, "      status: done\n      done_date: 2023-01-10\n",
                 f"{{program: {PROGRAM_ID}, activity: ban-tin}}"),
    )  # fmt: skip
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    path = root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml"
    acts = _load(path)["contents"]["activities"]
    copies = [a for a in acts if a["title"] == "Phát hành bản tin khoa học cho thanh niên"]
    assert len(copies) == 1, copies
    assert copies[0]["status"] == "planned" and "done_date" not in copies[0]
    assert copies[0]["carried_from"] == {"program": PROGRAM_ID, "activity": "ban-tin"}
    assert errors(root) == []


def test_a_program_s_activity_reached_through_an_earlier_plan_is_carried_out_once(
    tmp_path, monkeypatch
):
    """The 2022 plan's bản tin continues the 2021 plan's (``carried_from: {plan: …}``), which
    carried out the program's: the 2023 draft carries out the program's activity once — before,
    also a repeat of the 2022 copy ('ban-tin-chuyen-tiep', no ``carried_from``), listed twice by
    ``due`` and counted twice by the report."""
    root = _with_ban_tin(tmp_path, monkeypatch)
    plan = root / "plans/2022/kh-2022-tinhdoan-bt.yaml"
    earlier = (
        plan.read_text(encoding="utf-8")
        .replace("number: 10\n", "number: 7\n", 1)
        .replace("date: 2022-01-10\n", "date: 2021-01-12\n", 1)
        .replace("year: 2022\n", "year: 2021\n", 1)
        .replace("năm 2022", "năm 2021")
    )
    (root / "plans/2021/kh-2021-tinhdoan-bt.yaml").write_text(
        earlier.replace(
            "  activities:\n",
            "  activities:\n"
            + _ban_tin(
                2021, "      status: in_progress\n", f"{{program: {PROGRAM_ID}, activity: ban-tin}}"
            ),  # fmt: skip
            1,
        ),
        encoding="utf-8",
    )
    _plan_2022_with(
        root,
        _ban_tin(2022, "      status: done\n      done_date: 2022-12-20\n",
                 "{plan: kh-2021-tinhdoan-bt, activity: ban-tin}"),
    )  # fmt: skip
    code, output = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2023")
    assert code == 0, output
    path = root / "plans/2023" / f"kh-2023-{PROGRAM_ID}.yaml"
    acts = _load(path)["contents"]["activities"]
    copies = [a for a in acts if a["title"] == "Phát hành bản tin khoa học cho thanh niên"]
    assert len(copies) == 1, copies
    assert copies[0]["carried_from"] == {"program": PROGRAM_ID, "activity": "ban-tin"}


def test_a_draft_asked_for_on_stdout_is_printed_and_no_file_written(tmp_path, monkeypatch):
    """``-o -`` prints, as with every command (README, "Ghi kết quả"): the draft on stdout, the
    notes on stderr — before, a file named "-" was written in the current folder."""
    root = _examples(tmp_path, monkeypatch)
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    result = CliRunner().invoke(app, ["new", "plan", "-p", PROGRAM_ID, "-y", "2024", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
    draft = yaml.safe_load(result.stdout)
    assert draft["kind"] == "plan" and draft["year"] == 2024
    assert "Đã tạo" not in result.output and "Lưu ý: " in result.stderr
    program = CliRunner().invoke(app, ["new", "program", "--from", "2026", "-o", "-"])
    assert program.exit_code == 0, program.output
    assert yaml.safe_load(program.stdout)["kind"] == "program"
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before
