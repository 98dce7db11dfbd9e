"""What a new user met on a fresh clone (each test is one finding, fixed): output folders named
with a trailing slash, one document not blocked by another's problems, the wrong file given to
``update``, a site folder under a missing parent, the schemas ``init`` copies, help screens."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import EXAMPLES
from kehoach.init.run import GLOBS, scaffold
from kehoach.model import DOCUMENT_KINDS
from kehoach.model.record import join_type

PROGRAM = EXAMPLES / "programs" / "ctph-2021-2025-tinhdoan-skhcn-bt.yaml"
PLAN_2022 = Path("plans/2022/kh-2022-tinhdoan-bt.yaml")


def test_output_folder_with_a_slash_must_exist(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = cli("render", str(PROGRAM), "--to", "txt", "-o", "khong-co/")
    assert res.exit_code == 2 and "Không có thư mục khong-co" in res.output
    assert not (tmp_path / "khong-co").exists()  # no file named like the folder
    (tmp_path / "co").mkdir()
    assert cli("render", str(PROGRAM), "--to", "txt", "-o", "co/").exit_code == 0
    assert (tmp_path / "co" / f"{PROGRAM.stem}.txt").is_file()


def test_a_plan_with_errors_does_not_block_its_program(cli, tmp_path):
    repo = tmp_path / "kho"
    shutil.copytree(EXAMPLES, repo)
    plan = repo / PLAN_2022
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("lead: skhcn-bt", "lead: skhcn-x", 1),
        encoding="utf-8",
    )
    program = repo / "programs" / PROGRAM.name
    assert cli("validate", str(program)).exit_code == 1  # validate FILE reports its dependents
    res = cli("render", str(program), "--to", "txt", "-o", "-")
    assert res.exit_code == 0 and "CHƯƠNG TRÌNH PHỐI HỢP" in res.stdout
    assert cli("render", str(plan), "--to", "txt", "-o", "-").exit_code == 1


def test_update_refuses_a_file_that_is_not_a_spreadsheet(cli, monkeypatch):
    monkeypatch.chdir(EXAMPLES)
    res = cli("update", "--from", str(PLAN_2022))
    assert res.exit_code == 2 and "không phải bảng tính Excel (.xlsx)" in res.output


def test_site_folder_is_made_but_never_its_parents(cli, tmp_path):
    res = cli(
        "site", str(EXAMPLES), "--today", "2023-06-15", "-o", str(tmp_path / "a" / "b" / "site")
    )
    assert res.exit_code == 2 and "Không có thư mục" in res.output
    assert not (tmp_path / "a").exists()


def test_init_copies_the_schema_of_every_kind(tmp_path):
    scaffold(tmp_path / "kho", git=False)
    assert set(GLOBS) == {"settings", "orgs", *DOCUMENT_KINDS}
    assert all((tmp_path / "kho" / "schemas" / f"{kind}.schema.json").is_file() for kind in GLOBS)
    ignored = (tmp_path / "kho" / ".gitignore").read_text(encoding="utf-8")
    assert "*.xlsx" in ignored and "*.csv" in ignored


def test_a_type_name_is_not_repeated_by_the_subject():
    assert join_type("Chương trình phối hợp", "phối hợp hoạt động giai đoạn 2025 – 2027") == (
        "Chương trình phối hợp hoạt động giai đoạn 2025 – 2027"
    )
    assert join_type("Kế hoạch", "thực hiện Chương trình") == "Kế hoạch thực hiện Chương trình"


def test_help_screens(cli):
    top = cli("-h").stdout
    assert "LỆNH [ĐỐI_SỐ]" in top and "Ví dụ:" in top and "..." not in top.split("Lệnh:")[1]
    assert "cần --program hoặc --year" in cli("timeline", "-h").stdout
    bad = cli("register", "--year", "abc")
    assert (
        bad.exit_code == 2
        and "cần một số nguyên" in bad.output
        and "Input should" not in bad.output
    )


def test_a_timeline_of_a_year_with_nothing_says_so(cli):
    """A mistyped year (2032 for 2023): before, an empty chart and nothing on stderr."""
    empty = cli("timeline", str(EXAMPLES), "--year", "2032", "-f", "md")
    assert empty.exit_code == 0, empty.output
    assert "Cảnh báo: Năm 2032: không có hoạt động, họp, sơ kết hay tổng kết nào" in empty.stderr
    full = cli("timeline", str(EXAMPLES), "--year", "2023", "-f", "md")
    assert full.exit_code == 0 and "Cảnh báo" not in full.stderr
