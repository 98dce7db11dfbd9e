"""``update`` with a workbook exported from another repository. The ``kehoach`` sheet records the
folder and, in git, the commit of the export and the root commits of its history: a clone of the
same repository (another folder, another machine) is accepted; a repository with none of the
documents the workbook names is told so once; one with a history of its own (documents of the same
names: the same template) is refused, ``--force`` writes; a clone with commits not pulled here is
written with a warning. Before, the folder name was recorded and never read: a workbook of
another repository changed this one's activities without a word, and in a new repository each row
said “văn bản … không còn trong kho”."""

from __future__ import annotations

import shutil

from test_sheet_cli import fill

from helpers import EXAMPLES, git

PLAN = "plans/2022/kh-2022-tinhdoan-bt.yaml"
TITLE = "title: Thực hiện Chương trình phối hợp với Sở Khoa học và Công nghệ năm 2022"
NOTE = {"y-tuong-khoi-nghiep": {"Ghi chú": "Trao 06 giải, 01 ý tưởng được ươm tạo"}}
WRITTEN = "      note: Trao 06 giải, 01 ý tưởng được ươm tạo\n"


def _filled(cli, root, monkeypatch, name: str = "t.xlsx") -> str:
    """Export from ``root``, fill the workbook; its path."""
    monkeypatch.chdir(root)
    result = cli("export", "-o", name, "--today", "2023-06-15")
    assert result.exit_code == 0, result.output
    fill(root / name, NOTE)
    return str(root / name)


def _retitled(root) -> None:
    plan = root / PLAN
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace(TITLE, TITLE + " (bản sao)"), encoding="utf-8")


def test_a_repository_without_the_workbook_s_documents_is_told_once(
    cli, kho, tmp_path, monkeypatch
):
    workbook = _filled(cli, kho, monkeypatch)
    assert cli("init", str(tmp_path / "moi")).exit_code == 0
    monkeypatch.chdir(tmp_path / "moi")
    result = cli("update", "--from", workbook)
    assert result.exit_code == 2, result.output
    flat = " ".join(result.output.split())
    assert (
        "t.xlsx: bảng tính được xuất từ một kho khác (thư mục “kho”): không văn bản nào bảng nêu "
        "(kh-2022-tinhdoan-bt, kh-khcn-2021-tinhdoan-dt, kh-lhh-thuc-hien-5395 và 3 văn bản khác) "
        f"có trong kho này ({(tmp_path / 'moi').resolve()})" in flat
    ), flat
    assert "không còn trong kho" not in flat  # before: once per row


def test_a_repository_with_a_history_of_its_own_is_refused(cli, kho, tmp_path, monkeypatch):
    """The same examples, started anew (``git init``) with a plan retitled: documents of the same
    names, another repository."""
    other = tmp_path / "kho-khac"
    shutil.copytree(EXAMPLES, other)
    _retitled(other)
    git(other, "init", "-q")
    git(other, "add", "-A")
    git(other, "commit", "-qm", "khác")
    workbook = _filled(cli, other, monkeypatch)
    before = (kho / PLAN).read_text(encoding="utf-8")
    monkeypatch.chdir(kho)
    result = cli("update", "--from", workbook)
    assert result.exit_code == 1, result.output
    flat = " ".join(result.output.split())
    assert "bảng tính được xuất từ một kho khác (thư mục “kho-khac”): lịch sử git" in flat, flat
    assert "không chung gốc" in flat and "--force nếu chắc đây là cùng một kho" in flat, flat
    assert "Trao 06 giải" not in flat  # no row of it read
    assert (kho / PLAN).read_text(encoding="utf-8") == before
    result = cli("update", "--from", workbook, "--force")
    assert result.exit_code == 0, result.output
    assert "không chung gốc, dù có văn bản cùng tên — vẫn ghi (--force)" in result.stderr
    assert WRITTEN in (kho / PLAN).read_text(encoding="utf-8")


def test_a_colleague_s_clone_is_the_same_repository(cli, kho, tmp_path, monkeypatch):
    """A clone in a folder of another name: written without a word; one with a commit not pulled
    here: written, with a warning that says so."""
    clone = tmp_path / "may-khac" / "ke-hoach"
    git(tmp_path, "clone", "-q", str(kho), str(clone))
    workbook = _filled(cli, clone, monkeypatch)
    monkeypatch.chdir(kho)
    result = cli("update", "--from", workbook)
    assert result.exit_code == 0, result.output
    assert "Cảnh báo" not in result.stderr and "kho khác" not in result.stderr, result.stderr
    assert WRITTEN in (kho / PLAN).read_text(encoding="utf-8")
    git(kho, "checkout", "-q", "--", PLAN)
    _retitled(clone)
    git(clone, "commit", "-qam", "đổi tên")
    workbook = _filled(cli, clone, monkeypatch, "t2.xlsx")
    monkeypatch.chdir(kho)
    result = cli("update", "--from", workbook)
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stderr.split())
    assert "bảng tính được xuất từ kho (thư mục “ke-hoach”) lúc ở commit" in flat, flat
    assert "commit kho này không có (bản sao có commit chưa kéo về — git pull —" in flat, flat
    assert WRITTEN in (kho / PLAN).read_text(encoding="utf-8")
